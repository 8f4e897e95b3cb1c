#include "app/export/exportdialog.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Baoku::App {

QList<std::pair<Core::ExportFormat, QString>> ExportDialog::formats()
{
    return {
        {Core::ExportFormat::Pdf, tr("PDF document (*.pdf)")},
        {Core::ExportFormat::Odt, tr("OpenDocument text (*.odt)")},
        {Core::ExportFormat::Html, tr("Web page (*.html)")},
        {Core::ExportFormat::Markdown, tr("Markdown (*.md)")},
        {Core::ExportFormat::Text, tr("Plain text (*.txt)")},
        {Core::ExportFormat::Json, tr("JSON lines (*.jsonl)")},
        {Core::ExportFormat::Csv, tr("CSV table of metadata (*.csv)")},
        {Core::ExportFormat::Ris, tr("RIS citations (*.ris)")},
        {Core::ExportFormat::Bibtex, tr("BibTeX citations (*.bib)")},
        {Core::ExportFormat::CslJson, tr("CSL-JSON citations (*.json)")},
        {Core::ExportFormat::Gbt7714, tr("GB/T 7714 reference list (*.txt)")},
    };
}

ExportDialog::ExportDialog(const QList<Choice> &choices, int preferred, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_group(new QButtonGroup(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_folder(folder)
{
    setWindowTitle(tr("Export"));
    auto *what = new QGroupBox(tr("Export"), this);
    auto *whatLayout = new QVBoxLayout(what);
    for (qsizetype i = 0; i < choices.size(); ++i) {
        auto *button = new QRadioButton(choices.at(i).label, what);
        button->setEnabled(choices.at(i).enabled);
        m_group->addButton(button, int(i));
        whatLayout->addWidget(button);
    }
    if (preferred < 0 || preferred >= choices.size() || !choices.at(preferred).enabled) {
        preferred = -1;
        for (qsizetype i = 0; i < choices.size() && preferred < 0; ++i)
            preferred = choices.at(i).enabled ? int(i) : -1;
    }
    if (preferred >= 0)
        m_group->button(preferred)->setChecked(true);
    for (const auto &[format, name] : formats())
        m_format->addItem(name, int(format));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&File:"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_group, &QButtonGroup::idClicked, this, &ExportDialog::followChoice);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestName);
    connect(m_path, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(choice() >= 0 && !m_path->text().trimmed().isEmpty());
    });
    followChoice();
}

void ExportDialog::followChoice()
{
    const int index = choice();
    const auto only = index >= 0 ? m_choices.at(index).onlyFormat : std::nullopt;
    if (only) {
        if (m_format->isEnabled())
            m_otherFormat = m_format->currentIndex();
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*only)));
    } else if (!m_format->isEnabled() && m_otherFormat >= 0) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_otherFormat);
    }
    m_format->setEnabled(!only);
    suggestName();
}

int ExportDialog::choice() const { return m_group->checkedId(); }

void ExportDialog::setChoice(int index)
{
    if (QAbstractButton *button = m_group->button(index); button && button->isEnabled()) {
        button->setChecked(true);
        followChoice();
    }
}

Core::ExportFormat ExportDialog::format() const { return Core::ExportFormat(m_format->currentData().toInt()); }

void ExportDialog::setFormat(Core::ExportFormat format)
{
    if (m_format->isEnabled())
        m_format->setCurrentIndex(m_format->findData(int(format)));
}

QString ExportDialog::path() const
{
    QString path = m_path->text().trimmed();
    const QString extension = u'.' + Core::fileExtension(format());
    if (!path.isEmpty() && !path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    return path;
}

void ExportDialog::setPath(const QString &path) { m_path->setText(path); }

// A name that follows the choice and the format, in the folder of the file shown.
void ExportDialog::suggestName()
{
    if (choice() < 0)
        return;
    const QString current = m_path->text().trimmed();
    const QString folder = current.isEmpty() ? m_folder : QFileInfo(current).absolutePath();
    m_path->setText(QDir(folder).filePath(m_choices.at(choice()).fileName + u'.' + Core::fileExtension(format())));
}

void ExportDialog::browse()
{
    const QString name = m_format->currentText();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), name);
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace Baoku::App
