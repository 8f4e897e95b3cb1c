#include "app/reader/readerview.h"

#include "app/settings/appsettings.h"

#include "app/reader/articlehtml.h"
#include "core/search/hitmatcher.h"

#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
constexpr int kMinZoom = 50;
constexpr int kMaxZoom = 300;
constexpr int kZoomStep = 10;

// Fixed colours with dark text: visible on both the light and the dark reader background.
const QColor kHitBackground(0xff, 0xd5, 0x4f);
const QColor kCurrentBackground(0xff, 0x8c, 0x00);
const QColor kHitForeground(Qt::black);
// Find-in-article matches in blue, so they are never taken for search hits.
const QColor kFindBackground(0x9e, 0xd0, 0xff);
const QColor kFindCurrentBackground(0x1e, 0x6f, 0xd9);
const QColor kFindCurrentForeground(Qt::white);
// Passage notes in green with an underline: neither a hit nor a find match.
const QColor kNoteBackground(0xc8, 0xe6, 0xc9);
} // namespace

ReaderView::~ReaderView() = default;

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"readerView"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    document()->setDocumentMargin(24);
    m_font = font();
    refreshStyle();
}

QVariant ReaderView::loadResource(int, const QUrl &)
{
    // An empty but valid answer: a null one would let QTextDocument read local files itself.
    return QVariant(QByteArray());
}

void ReaderView::showArticle(const Core::Article &article, const Core::IssueInfo &issue)
{
    m_hasArticle = true;
    m_html = ArticleHtml::render(article, issue);
    m_article = article;
    m_notes.clear();
    m_searchHits.clear();
    m_findHits.clear();
    m_currentSearchHit = m_currentFind = -1;
    setHtml(m_html);
    applyFont();
    m_bodyMap = BodyMap::build(*document(), m_article);
    placeNoteMarks();
    if (m_matcher)
        findSearchHits();
    if (!m_findText.isEmpty())
        find(m_findText);
    else
        applySelections();
}

void ReaderView::showMessage(const QString &text)
{
    m_hasArticle = false;
    m_html = u"<p class=\"meta\">"_s + text.toHtmlEscaped() + u"</p>"_s;
    m_article = {};
    m_bodyMap = {};
    m_notes.clear();
    m_noteCursors.clear();
    m_placedNotes.clear();
    m_searchHits.clear();
    m_findHits.clear();
    m_currentSearchHit = m_currentFind = -1;
    setHtml(m_html);
    applySelections();
}

void ReaderView::clearArticle()
{
    showMessage({});
}

QList<QTextCursor> ReaderView::findAll(const QString &text) const
{
    QList<QTextCursor> hits;
    if (text.isEmpty())
        return hits;
    QTextCursor cursor(document());
    while (true) {
        cursor = document()->find(text, cursor);
        if (cursor.isNull())
            break;
        hits << cursor;
    }
    return hits;
}

void ReaderView::setSearchQuery(const QString &query)
{
    if (query != m_query || !m_matcher) {
        m_query = query;
        m_matcher = query.trimmed().isEmpty() ? nullptr : std::make_unique<Core::HitMatcher>(query);
    }
    findSearchHits();
}

void ReaderView::findSearchHits()
{
    m_searchHits.clear();
    if (m_matcher) {
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            for (const auto &[start, length] : m_matcher->find(block.text())) {
                QTextCursor cursor(document());
                cursor.setPosition(block.position() + start);
                cursor.setPosition(block.position() + start + length, QTextCursor::KeepAnchor);
                m_searchHits << cursor;
            }
        }
    }
    m_currentSearchHit = m_searchHits.isEmpty() ? -1 : 0;
    applySelections();
    if (m_currentSearchHit >= 0)
        scrollToCursor(m_searchHits.at(0));
    emit hitsChanged();
}

bool ReaderView::nextSearchHit()
{
    if (m_currentSearchHit + 1 >= m_searchHits.size())
        return false;
    ++m_currentSearchHit;
    applySelections();
    scrollToCursor(m_searchHits.at(m_currentSearchHit));
    emit hitsChanged();
    return true;
}

bool ReaderView::previousSearchHit()
{
    if (m_currentSearchHit <= 0)
        return false;
    --m_currentSearchHit;
    applySelections();
    scrollToCursor(m_searchHits.at(m_currentSearchHit));
    emit hitsChanged();
    return true;
}

QString ReaderView::currentHitText() const
{
    if (m_currentSearchHit < 0)
        return {};
    return m_searchHits.at(m_currentSearchHit).selectedText();
}

int ReaderView::find(const QString &text)
{
    m_findText = text;
    m_findHits = findAll(text);
    m_currentFind = m_findHits.isEmpty() ? -1 : 0;
    applySelections();
    if (m_currentFind >= 0)
        scrollToCursor(m_findHits.at(0));
    emit hitsChanged();
    return int(m_findHits.size());
}

void ReaderView::findNext()
{
    if (m_findHits.isEmpty())
        return;
    m_currentFind = (m_currentFind + 1) % int(m_findHits.size());
    applySelections();
    scrollToCursor(m_findHits.at(m_currentFind));
    emit hitsChanged();
}

void ReaderView::findPrevious()
{
    if (m_findHits.isEmpty())
        return;
    m_currentFind = (m_currentFind - 1 + int(m_findHits.size())) % int(m_findHits.size());
    applySelections();
    scrollToCursor(m_findHits.at(m_currentFind));
    emit hitsChanged();
}

void ReaderView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    auto add = [&selections](const QTextCursor &cursor, const QColor &background, const QColor &foreground) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format.setBackground(background);
        selection.format.setForeground(foreground);
        selections << selection;
    };
    // Notes first: a hit or a find match inside a noted passage paints over it.
    for (const QTextCursor &cursor : std::as_const(m_noteCursors)) {
        add(cursor, kNoteBackground, kHitForeground);
        selections.last().format.setFontUnderline(true);
        selections.last().format.setUnderlineColor(QColor(0x2e, 0x7d, 0x32));
    }
    for (int i = 0; i < m_searchHits.size(); ++i) {
        const bool current = i == m_currentSearchHit && m_findHits.isEmpty();
        add(m_searchHits.at(i), current ? kCurrentBackground : kHitBackground, kHitForeground);
    }
    for (int i = 0; i < m_findHits.size(); ++i) {
        const bool current = i == m_currentFind;
        add(m_findHits.at(i), current ? kFindCurrentBackground : kFindBackground,
            current ? kFindCurrentForeground : kHitForeground);
    }
    setExtraSelections(selections);
}

void ReaderView::setNoteMarks(const QList<NoteMark> &marks)
{
    m_notes = marks;
    placeNoteMarks();
}

void ReaderView::placeNoteMarks()
{
    m_noteCursors.clear();
    m_placedNotes.clear();
    for (int i = 0; i < m_notes.size(); ++i) {
        const auto range = m_bodyMap.documentRange(m_notes.at(i).start, m_notes.at(i).length);
        if (!range)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(range->first);
        cursor.setPosition(range->second, QTextCursor::KeepAnchor);
        m_noteCursors << cursor;
        m_placedNotes << i;
    }
    applySelections();
}

const ReaderView::NoteMark *ReaderView::noteAt(int position) const
{
    for (int i = 0; i < m_noteCursors.size(); ++i) {
        const QTextCursor &cursor = m_noteCursors.at(i);
        if (position >= cursor.selectionStart() && position < cursor.selectionEnd())
            return &m_notes.at(m_placedNotes.at(i));
    }
    return nullptr;
}

std::optional<std::pair<int, int>> ReaderView::selectedPassage() const
{
    const QTextCursor cursor = textCursor();
    if (!m_hasArticle || !cursor.hasSelection())
        return std::nullopt;
    const auto range = m_bodyMap.bodyRange(cursor.selectionStart(), cursor.selectionEnd());
    if (!range)
        return std::nullopt;
    return std::make_pair(range->first, range->second - range->first);
}

bool ReaderView::revealNote(qint64 id)
{
    for (int i = 0; i < m_noteCursors.size(); ++i) {
        if (m_notes.at(m_placedNotes.at(i)).id == id) {
            scrollToCursor(m_noteCursors.at(i));
            return true;
        }
    }
    return false;
}

QColor ReaderView::noteColor()
{
    return kNoteBackground;
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const NoteMark *note = noteAt(cursorForPosition(help->pos()).position())) {
            QToolTip::showText(help->globalPos(), note->text.isEmpty() ? tr("A note without text") : note->text,
                               viewport());
            return true;
        }
        QToolTip::hideText();
    }
    return QTextBrowser::viewportEvent(event);
}

void ReaderView::scrollToCursor(const QTextCursor &cursor)
{
    QTextCursor position(cursor);
    position.clearSelection();
    setTextCursor(position);
    ensureCursorVisible();
}

void ReaderView::setReaderFont(const QFont &font)
{
    m_font = font;
    applyFont();
}

void ReaderView::followSettings(AppSettings &settings)
{
    setReaderFont(settings.readerFont());
    setZoom(settings.zoom());
    connect(&settings, &AppSettings::changed, this, [this, &settings](AppSettings::Key key) {
        if (key == AppSettings::Key::ReaderFont)
            setReaderFont(settings.readerFont());
        else if (key == AppSettings::Key::Zoom)
            setZoom(settings.zoom());
    });
    connect(this, &ReaderView::zoomChanged, &settings, &AppSettings::setZoom);
}

void ReaderView::setZoom(int percent)
{
    const int zoom = std::clamp(percent, kMinZoom, kMaxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    applyFont();
    emit zoomChanged(m_zoom);
}

void ReaderView::zoomInStep()
{
    setZoom(m_zoom + kZoomStep);
}

void ReaderView::zoomOutStep()
{
    setZoom(m_zoom - kZoomStep);
}

void ReaderView::applyFont()
{
    QFont font = m_font;
    font.setPointSizeF(std::max(4.0, m_font.pointSizeF() * m_zoom / 100.0));
    document()->setDefaultFont(font);
}

void ReaderView::refreshStyle()
{
    document()->setDefaultStyleSheet(ArticleHtml::styleSheet(palette()));
    if (!m_html.isEmpty()) {
        setHtml(m_html);
        applyFont();
        m_bodyMap = BodyMap::build(*document(), m_article);
        placeNoteMarks();
        if (m_matcher)
            findSearchHits();
        if (!m_findText.isEmpty())
            find(m_findText);
    }
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    // A read-only view has no cursor to move, so Ctrl+Home/End (and Home/End) scroll the article.
    QScrollBar *bar = verticalScrollBar();
    if (event->key() == Qt::Key_End || event->key() == Qt::Key_Home) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier) {
            bar->setValue(event->key() == Qt::Key_End ? bar->maximum() : bar->minimum());
            event->accept();
            return;
        }
    }
    QTextBrowser::keyPressEvent(event);
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshStyle();
}

} // namespace Baoku::App
