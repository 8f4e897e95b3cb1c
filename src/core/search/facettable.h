// What facets and the trend need of every article, held in memory by the FacetCounter: issue
// (date, newspaper), page, column, kind and the people named, keyed by article id. Counting a
// query's facets is then one pass over the rowids of its MATCH with array lookups, instead of a
// join with `articles` and `issues` per hit (docs/search.md, "Facets and trend"). Internal to
// src/core/search.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace Baoku::Core {

class Database;
struct SqlFilters;

class FacetTable final {
public:
    // Articles are found in an array indexed by id while the ids span at most this many per
    // article (plus 1,024), else through a hash; 0 always takes the hash (for tests).
    explicit FacetTable(double maxDenseSpread = 2.0);

    // Loads the table when it has never been loaded or when the archive may have changed since:
    // another connection committed (PRAGMA data_version), this one wrote (its change count), or
    // the last load saw uncommitted changes of its own. Call it inside the read transaction the
    // counting uses, so that both see the same snapshot. Returns true when it (re)loaded. Throws
    // DatabaseError (also when cancelled); a failed load leaves the table empty and unloaded.
    bool refresh(Database &db);
    void invalidate() { m_loaded = false; }

    // The rows a table is made of, for an archive not held by SQLite (PgArchive): each function
    // calls its visitor once per row of the query load(Database &) runs (issues with their shown
    // date, articles with page, kind and column). Throws DatabaseError.
    using NameVisitor = std::function<void(qint64 id, const QString &name)>;
    using IssueVisitor = std::function<void(qint64 id, qint64 newspaperId, const QByteArray &shownDate)>;
    using ArticleVisitor = std::function<void(qint64 id, qint64 issueId, int page, QByteArrayView kind, QByteArrayView column)>;
    using LinkVisitor = std::function<void(qint64 articleId, qint64 personId)>;
    struct Rows {
        std::function<void(const NameVisitor &)> newspapers, people;
        std::function<void(const IssueVisitor &)> issues;
        std::function<void(const ArticleVisitor &)> articles;
        std::function<void(const LinkVisitor &)> links;
    };
    // Loads the table from these rows; the caller knows when the archive changed.
    void loadFrom(const Rows &rows);
    bool isLoaded() const { return m_loaded; }

    // An article's place in the arrays, or -1 when no article has this id.
    qint64 slotOf(qint64 articleId) const
    {
        if (m_dense) {
            const qint64 slot = articleId - m_minId;
            return slot >= 0 && slot < qint64(m_issue.size()) && m_issue[size_t(slot)] != 0 ? slot : -1;
        }
        return m_slotById.value(articleId, -1);
    }

    // Per slot. issue() is the index into the issue arrays plus 1 (0: no article in this slot).
    quint32 issue(qint64 slot) const { return m_issue[size_t(slot)]; }
    quint32 page(qint64 slot) const { return m_page[size_t(slot)]; }     // index into pageNumbers()
    quint32 column(qint64 slot) const { return m_column[size_t(slot)]; } // index into columns(); 0 is ''
    quint8 kind(qint64 slot) const { return m_kind[size_t(slot)]; }      // index into kinds()
    // The distinct people named in the article (bylines and signature), as indexes into people().
    const quint32 *peopleBegin(qint64 slot) const { return m_people.data() + m_peopleStart[size_t(slot)]; }
    const quint32 *peopleEnd(qint64 slot) const { return m_people.data() + m_peopleStart[size_t(slot) + 1]; }
    qint64 slotCount() const { return qint64(m_issue.size()); }

    // Per issue (index = issue() - 1).
    qsizetype issueCount() const { return m_issueDate.size(); }
    const QByteArray &issueDate(qsizetype issue) const { return m_issueDate.at(issue); } // shown date, UTF-8
    quint32 issueYear(qsizetype issue) const { return m_issueYear[size_t(issue)]; }   // index into years()
    quint32 issueMonth(qsizetype issue) const { return m_issueMonth[size_t(issue)]; } // index into months()
    quint32 issueNewspaper(qsizetype issue) const { return m_issueNewspaper[size_t(issue)]; }

    const QStringList &years() const { return m_years; }   // "2024", …: the shown dates' left(4)
    const QStringList &months() const { return m_months; } // "2024-03", …: left(7)
    const QStringList &newspapers() const { return m_newspapers; }
    const QList<int> &pageNumbers() const { return m_pageNumbers; }
    const QStringList &columns() const { return m_columns; }
    const QStringList &kinds() const { return m_kinds; }
    const QStringList &people() const { return m_peopleNames; }
    // The least and greatest shown date of all issues, articles or not (SQLite's text order).
    const QByteArray &firstDate() const { return m_firstDate; }
    const QByteArray &lastDate() const { return m_lastDate; }

    // The filters as per-value flags, so that each hit costs array lookups. `kinds` follows
    // ParsedQuery::kinds: empty leaves advertisements out, "*" takes every kind.
    struct Filter {
        std::vector<bool> issueOk, pageOk, kindOk;
        qint64 column = -1; // -1: any; otherwise the column's index (an unknown column matches none)
        qint64 person = -1; // -1: anyone
        bool none = false;  // nothing can pass
        bool passes(const FacetTable &table, qint64 slot) const;
    };
    Filter filter(const SqlFilters &filters, bool applyKinds) const;

    qint64 articleCount() const { return m_articles; }
    qint64 bytes() const; // memory held, approximately
    int loads() const { return m_loads; }
    double lastLoadMs() const { return m_lastLoadMs; }

private:
    void load(Database &db);
    void load(const Rows &rows);

    double m_maxDenseSpread;
    bool m_loaded = false;
    bool m_dirty = false; // loaded while this connection had uncommitted changes
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    int m_loads = 0;
    double m_lastLoadMs = 0;

    bool m_dense = true;
    qint64 m_minId = 0;
    QHash<qint64, qint64> m_slotById; // when not dense
    qint64 m_articles = 0;
    std::vector<quint32> m_issue, m_page, m_column;
    std::vector<quint8> m_kind;
    std::vector<quint32> m_peopleStart, m_people;

    QList<QByteArray> m_issueDate;
    std::vector<quint32> m_issueYear, m_issueMonth, m_issueNewspaper;
    QStringList m_years, m_months, m_newspapers, m_columns, m_kinds, m_peopleNames;
    QList<int> m_pageNumbers;
    QByteArray m_firstDate, m_lastDate;
};

inline bool FacetTable::Filter::passes(const FacetTable &table, qint64 slot) const
{
    if (!issueOk[table.issue(slot) - 1] || !pageOk[table.page(slot)] || !kindOk[table.kind(slot)])
        return false;
    if (column >= 0 && qint64(table.column(slot)) != column)
        return false;
    if (person >= 0) {
        for (const quint32 *p = table.peopleBegin(slot); p != table.peopleEnd(slot); ++p) {
            if (*p == quint32(person))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace Baoku::Core
