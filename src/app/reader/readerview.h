// The reader pane: shows one article as escaped HTML, highlights search hits and find matches.
#pragma once

#include "app/reader/bodymap.h"
#include "core/common/model.h"

#include <QTextBrowser>

#include <memory>

namespace Baoku::Core {
class HitMatcher;
}

namespace Baoku::App {

class AppSettings;

class ReaderView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    // A note on a passage of the body, marked in the text with the note as its tooltip.
    struct NoteMark final {
        qint64 id = 0;
        int start = 0; // UTF-16 offset in Core::Article::body
        int length = 0;
        QString text;
    };

    void showArticle(const Core::Article &article, const Core::IssueInfo &issue);
    void showMessage(const QString &text);
    void clearArticle();
    bool hasArticle() const { return m_hasArticle; }

    // Search hits: every match of the query is marked; the current one is scrolled to.
    void setSearchQuery(const QString &query);
    int searchHitCount() const { return int(m_searchHits.size()); }
    int currentSearchHit() const { return m_currentSearchHit; }
    bool nextSearchHit();     // false when already at the last hit
    bool previousSearchHit(); // false when already at the first hit
    QString currentHitText() const;

    // Find in article (Ctrl+F); returns the number of matches.
    int find(const QString &text);
    void findNext();
    void findPrevious();
    int findCount() const { return int(m_findHits.size()); }
    int currentFind() const { return m_currentFind; }

    // Passage notes of the shown article; showArticle() clears them.
    void setNoteMarks(const QList<NoteMark> &marks);
    QList<QTextCursor> noteMarkCursors() const { return m_noteCursors; }
    // The note marked at a document position, if any (for the tooltip); valid until the marks change.
    const NoteMark *noteAt(int position) const;
    bool revealNote(qint64 id); // scrolls to the note's mark; false when it has none
    // The selection as a passage of the body: offset and length; nullopt when none of it is body text.
    std::optional<std::pair<int, int>> selectedPassage() const;
    static QColor noteColor();

    void setReaderFont(const QFont &font);
    // Takes the reader font and zoom from the settings, follows their changes and stores the zoom.
    void followSettings(AppSettings &settings);
    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    void zoomInStep();
    void zoomOutStep();
    void resetZoom() { setZoom(100); }
    void refreshStyle(); // after a palette change

    // Never load what the article names: no image, stylesheet or link target is fetched.
    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void zoomChanged(int percent);
    void hitsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QList<QTextCursor> findAll(const QString &text) const;
    void findSearchHits();
    void applySelections();
    void applyFont();
    void scrollToCursor(const QTextCursor &cursor);
    void placeNoteMarks();

    QString m_html;
    bool m_hasArticle = false;
    Core::Article m_article;
    BodyMap m_bodyMap;
    QList<NoteMark> m_notes;
    QList<QTextCursor> m_noteCursors; // one per placed mark, in m_placedNotes order
    QList<int> m_placedNotes;         // indexes into m_notes
    QFont m_font;
    int m_zoom = 100;
    QString m_query;
    std::unique_ptr<Core::HitMatcher> m_matcher;
    QList<QTextCursor> m_searchHits;
    int m_currentSearchHit = -1;
    QString m_findText;
    QList<QTextCursor> m_findHits;
    int m_currentFind = -1;
};

} // namespace Baoku::App
