#include "app/collect/notespanel.h"

#include "app/collect/notemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_view(new QListView(this))
    , m_edit(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_model(new NoteModel(this))
{
    setObjectName(u"notesPanel"_s);
    m_view->setObjectName(u"noteList"_s);
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setMaximumHeight(120);
    auto *top = new QHBoxLayout;
    top->addWidget(m_label, 1);
    top->addWidget(m_edit);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto note = currentNote())
            emit editRequested(*note);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const auto note = currentNote())
            emit deleteRequested(*note);
    });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(m_model->noteAt(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_edit->setEnabled(index.isValid());
        m_delete->setEnabled(index.isValid());
        if (index.isValid())
            emit noteActivated(m_model->noteAt(index.row()));
    });
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
    hide();
    retranslate();
}

void NotesPanel::setNotes(const QList<Core::Note> &notes)
{
    m_model->setNotes(notes);
    m_edit->setEnabled(false);
    m_delete->setEnabled(false);
    setVisible(!notes.isEmpty());
    updateLabel();
}

std::optional<Core::Note> NotesPanel::currentNote() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->noteAt(index.row());
}

void NotesPanel::updateLabel()
{
    m_label->setText(tr("Notes on this article (%1)").arg(m_model->rowCount()));
}

void NotesPanel::retranslate()
{
    m_edit->setText(tr("Edit…"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
    updateLabel();
}

} // namespace Baoku::App
