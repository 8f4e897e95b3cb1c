#include "app/collect/tagdialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

TagDialog::TagDialog(const QStringList &allTags, const QHash<QString, int> &held, int articles, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
{
    setWindowTitle(tr("Tags"));
    setObjectName(u"tagDialog"_s);
    m_list->setObjectName(u"tagList"_s);
    m_input->setObjectName(u"tagInput"_s);
    for (const QString &tag : allTags) {
        auto *item = new QListWidgetItem(tag, m_list);
        const int count = held.value(tag);
        const Qt::CheckState state = count == 0 ? Qt::Unchecked : count >= articles ? Qt::Checked : Qt::PartiallyChecked;
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(state);
        m_initial.insert(tag, state);
    }
    auto *completer = new QCompleter(allTags, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    m_input->setPlaceholderText(tr("New or existing tag"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(articles > 1 ? tr("Tags of the %n selected articles (ticked: all of them hold it):", nullptr, articles)
                                              : tr("Tags of this article:"), this));
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    const auto addTyped = [this] {
        addTag(m_input->text());
        m_input->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_input, &QLineEdit::returnPressed, this, addTyped);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        addTag(m_input->text()); // a typed tag counts without pressing Add
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void TagDialog::addTag(const QString &name)
{
    const QString tag = name.simplified();
    if (tag.isEmpty())
        return;
    const auto found = m_list->findItems(tag, Qt::MatchExactly);
    QListWidgetItem *item = found.isEmpty() ? nullptr : found.first();
    if (!item) {
        item = new QListWidgetItem(tag);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        m_list->insertItem(0, item);
    }
    item->setCheckState(Qt::Checked);
    m_list->setCurrentItem(item);
}

QStringList TagDialog::added() const
{
    QStringList tags;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked && m_initial.value(item->text(), Qt::Unchecked) != Qt::Checked)
            tags << item->text();
    }
    return tags;
}

QStringList TagDialog::removed() const
{
    QStringList tags;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Unchecked && m_initial.value(item->text(), Qt::Unchecked) != Qt::Unchecked)
            tags << item->text();
    }
    return tags;
}

} // namespace Baoku::App
