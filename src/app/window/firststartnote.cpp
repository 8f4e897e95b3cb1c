#include "app/window/firststartnote.h"

#include "app/settings/appsettings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Baoku::App {

FirstStartNote::FirstStartNote(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_import(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"firstStartNote"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_import->setObjectName(u"noteImportFolder"_s);
    m_close->setObjectName(u"noteClose"_s);
    m_close->setAutoRaise(true);
    m_close->setText(u"✕"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_import);
    layout->addWidget(m_close);
    connect(m_import, &QPushButton::clicked, this, &FirstStartNote::importFolderRequested);
    connect(m_close, &QToolButton::clicked, this, &FirstStartNote::dismiss);
    hide();
    retranslate();
}

void FirstStartNote::setPending()
{
    AppSettings::instance().setSampleNotePending(true);
}

bool FirstStartNote::isPending()
{
    return AppSettings::instance().sampleNotePending();
}

void FirstStartNote::showIfPending()
{
    setVisible(isPending());
}

void FirstStartNote::dismiss()
{
    AppSettings::instance().setSampleNotePending(false);
    hide();
}

void FirstStartNote::retranslate()
{
    m_text->setText(tr("These are a few sample issues that come with Baoku. To read your own newspapers, "
                       "import their OCR text files with File → Import Files… or Import Folder…, or drop them "
                       "on the window."));
    m_import->setText(tr("Import Folder…"));
    m_close->setToolTip(tr("Close this note"));
}

void FirstStartNote::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Baoku::App
