#include "core/search/facettable.h"

#include "core/search/searchsql.h"
#include "core/sql/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Baoku::Core {

namespace {

struct Msg {
    Q_DECLARE_TR_FUNCTIONS(Baoku::Core::FacetCounter)
};

// Interns values into dense indexes in the order they are first seen. Rows read from an index
// come grouped, so the value before is checked first.
template <typename Key>
class Interner final {
public:
    quint32 operator()(const Key &key, QList<Key> &values)
    {
        if (m_hasLast && key == m_lastKey)
            return m_last;
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            it = m_index.insert(key, quint32(values.size()));
            values.append(key);
        }
        m_hasLast = true;
        m_lastKey = key;
        m_last = it.value();
        return m_last;
    }

private:
    QHash<Key, quint32> m_index;
    bool m_hasLast = false;
    Key m_lastKey{};
    quint32 m_last = 0;
};

// The same for UTF-8 text read from SQLite, compared as bytes: a copy is made only when the
// value differs from the one before.
class TextInterner final {
public:
    quint32 operator()(QByteArrayView text, QStringList &values)
    {
        if (m_hasLast && text == QByteArrayView(m_lastText))
            return m_last;
        m_lastText = text.toByteArray();
        auto it = m_index.constFind(m_lastText);
        if (it == m_index.cend()) {
            it = m_index.insert(m_lastText, quint32(values.size()));
            values.append(QString::fromUtf8(m_lastText));
        }
        m_hasLast = true;
        m_last = it.value();
        return m_last;
    }

private:
    QHash<QByteArray, quint32> m_index;
    bool m_hasLast = false;
    QByteArray m_lastText;
    quint32 m_last = 0;
};

template <typename T>
qint64 vectorBytes(const std::vector<T> &v)
{
    return qint64(v.capacity() * sizeof(T));
}

qint64 stringBytes(const QStringList &list)
{
    qint64 bytes = list.size() * qint64(sizeof(QString));
    for (const QString &s : list)
        bytes += s.capacity() * 2 + 16;
    return bytes;
}

} // namespace

FacetTable::FacetTable(double maxDenseSpread)
    : m_maxDenseSpread(maxDenseSpread)
{
}

bool FacetTable::refresh(Database &db)
{
    // data_version moves when another connection commits; the change count when this one writes.
    // Both are read inside the caller's read transaction, after it has started.
    qint64 dataVersion = -1;
    {
        Statement version(db, "PRAGMA data_version");
        if (version.step())
            dataVersion = version.int64(0);
    }
    const qint64 changes = sqlite3_total_changes64(db.handle());
    if (m_loaded && !m_dirty && dataVersion == m_dataVersion && changes == m_totalChanges)
        return false;
    m_loaded = false;
    load(db);
    m_dataVersion = dataVersion;
    m_totalChanges = changes;
    m_loaded = true;
    return true;
}

void FacetTable::load(Database &db)
{
    Rows rows;
    rows.newspapers = [&db](const NameVisitor &visit) {
        Statement papers(db, "SELECT id, name FROM newspapers");
        while (papers.step())
            visit(papers.int64(0), papers.text(1));
    };
    rows.issues = [&db](const IssueVisitor &visit) {
        Statement issues(db, "SELECT id, newspaper_id, COALESCE(user_date, date) FROM issues");
        while (issues.step())
            visit(issues.int64(0), issues.int64(1), issues.blob(2));
    };
    rows.people = [&db](const NameVisitor &visit) {
        Statement people(db, "SELECT id, name FROM people");
        while (people.step())
            visit(people.int64(0), people.text(1));
    };
    rows.articles = [&db](const ArticleVisitor &visit) {
        Statement articles(db, "SELECT id, issue_id, page, kind, column_name FROM articles");
        while (articles.step())
            visit(articles.int64(0), articles.int64(1), articles.integer(2), articles.textView(3), articles.textView(4));
    };
    rows.links = [&db](const LinkVisitor &visit) {
        Statement links(db, "SELECT article_id, person_id FROM article_people");
        while (links.step())
            visit(links.int64(0), links.int64(1));
    };
    load(rows);
}

void FacetTable::loadFrom(const Rows &rows)
{
    m_loaded = false;
    load(rows);
    m_loaded = true;
}

void FacetTable::load(const Rows &rows)
{
    QElapsedTimer timer;
    timer.start();
    const int loads = m_loads;
    *this = FacetTable(m_maxDenseSpread);
    m_loads = loads;

    QHash<qint64, quint32> paperIndex;
    rows.newspapers([&](qint64 id, const QString &name) {
        paperIndex.insert(id, quint32(m_newspapers.size()));
        m_newspapers.append(name);
    });
    QHash<qint64, quint32> issueIndex;
    {
        Interner<QString> years, months;
        rows.issues([&](qint64 id, qint64 newspaperId, const QByteArray &date) {
            issueIndex.insert(id, quint32(m_issueDate.size()));
            const QString text = QString::fromUtf8(date);
            m_issueDate.append(date);
            m_issueYear.push_back(years(text.left(4), m_years));
            m_issueMonth.push_back(months(text.left(7), m_months));
            // A newspaper row is always there (foreign key); a missing one would count nowhere.
            m_issueNewspaper.push_back(paperIndex.value(newspaperId, quint32(m_newspapers.size())));
            if (m_issueDate.size() == 1 || date < m_firstDate)
                m_firstDate = date;
            if (m_issueDate.size() == 1 || date > m_lastDate)
                m_lastDate = date;
        });
        if (std::find(m_issueNewspaper.cbegin(), m_issueNewspaper.cend(), quint32(m_newspapers.size())) != m_issueNewspaper.cend())
            m_newspapers.append(QString());
    }
    QHash<qint64, quint32> personIndex;
    rows.people([&](qint64 id, const QString &name) {
        personIndex.insert(id, quint32(m_peopleNames.size()));
        m_peopleNames.append(name);
    });

    // Articles first packed in the order read; laid out by id afterwards.
    std::vector<qint64> ids;
    std::vector<quint32> issue, page, column;
    std::vector<quint8> kind;
    {
        Interner<int> pages;
        TextInterner columns, kinds;
        columns(QByteArrayView(""), m_columns); // index 0: no column
        qint64 lastIssue = 0;
        auto at = issueIndex.constEnd();
        rows.articles([&](qint64 id, qint64 issueId, int pageNumber, QByteArrayView kindName, QByteArrayView columnName) {
            if (at == issueIndex.cend() || issueId != lastIssue) {
                lastIssue = issueId;
                at = issueIndex.constFind(lastIssue);
            }
            if (at == issueIndex.cend())
                return; // no such issue: the join with issues would drop it too
            ids.push_back(id);
            issue.push_back(at.value() + 1);
            page.push_back(pages(pageNumber, m_pageNumbers));
            // Compared as bytes; a copy is made only for a value not seen just before.
            column.push_back(columns(columnName, m_columns));
            const quint32 k = kinds(kindName, m_kinds);
            if (k > 255)
                throw DatabaseError(Msg::tr("the archive has more than 255 kinds of article; facets cannot be counted"));
            kind.push_back(quint8(k));
        });
    }
    m_articles = qint64(ids.size());

    // Lay the articles out by id when the ids are dense enough, else keep them packed and find
    // them through a hash.
    // The rows come in the order of whichever index SQLite reads (articles_facets), not by id.
    const auto [minId, maxId] = std::minmax_element(ids.cbegin(), ids.cend());
    const qint64 spread = ids.empty() ? 0 : *maxId - *minId + 1;
    m_dense = m_maxDenseSpread > 0 && spread <= qint64(m_maxDenseSpread * double(ids.size())) + 1024;
    m_minId = ids.empty() ? 0 : *minId;
    std::vector<qint64> slotOfRow(ids.size());
    if (m_dense) {
        m_issue.assign(size_t(spread), 0);
        m_page.assign(size_t(spread), 0);
        m_column.assign(size_t(spread), 0);
        m_kind.assign(size_t(spread), 0);
        for (size_t row = 0; row < ids.size(); ++row) {
            const auto slot = size_t(ids[row] - m_minId);
            slotOfRow[row] = qint64(slot);
            m_issue[slot] = issue[row];
            m_page[slot] = page[row];
            m_column[slot] = column[row];
            m_kind[slot] = kind[row];
        }
    } else {
        m_slotById.reserve(qsizetype(ids.size()));
        for (size_t row = 0; row < ids.size(); ++row) {
            slotOfRow[row] = qint64(row);
            m_slotById.insert(ids[row], qint64(row));
        }
        m_issue = std::move(issue);
        m_page = std::move(page);
        m_column = std::move(column);
        m_kind = std::move(kind);
    }

    // The people of each article, each once (a byline and a signature may name the same person).
    std::vector<std::pair<quint32, quint32>> named; // (slot, person)
    rows.links([&](qint64 articleId, qint64 personId) {
        const qint64 slot = slotOf(articleId);
        const auto person = personIndex.constFind(personId);
        if (slot >= 0 && person != personIndex.cend())
            named.emplace_back(quint32(slot), person.value());
    });
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    m_peopleStart.assign(m_issue.size() + 1, 0);
    for (const auto &[slot, person] : named)
        ++m_peopleStart[slot + 1];
    for (size_t s = 1; s < m_peopleStart.size(); ++s)
        m_peopleStart[s] += m_peopleStart[s - 1];
    m_people.reserve(named.size());
    for (const auto &[slot, person] : named)
        m_people.push_back(person);
    ++m_loads;
    m_lastLoadMs = double(timer.nsecsElapsed()) / 1e6;
}

FacetTable::Filter FacetTable::filter(const SqlFilters &filters, bool applyKinds) const
{
    Filter f;
    const QByteArray from = filters.from.toUtf8();
    const QByteArray to = filters.to.toUtf8();
    qint64 paper = -1;
    if (!filters.newspaper.isEmpty()) {
        paper = m_newspapers.indexOf(filters.newspaper);
        f.none = f.none || paper < 0;
    }
    f.issueOk.resize(size_t(m_issueDate.size()));
    for (qsizetype i = 0; i < m_issueDate.size(); ++i) {
        const QByteArray &date = m_issueDate.at(i);
        f.issueOk[size_t(i)] = (from.isEmpty() || date >= from) && (to.isEmpty() || date <= to)
            && (paper < 0 || qint64(m_issueNewspaper[size_t(i)]) == paper);
    }
    f.none = f.none || filters.noPage;
    f.pageOk.resize(size_t(m_pageNumbers.size()));
    for (qsizetype p = 0; p < m_pageNumbers.size(); ++p)
        f.pageOk[size_t(p)] = filters.pages.isEmpty() || filters.pages.contains(m_pageNumbers.at(p));
    // As kindCondition() in searchsql.cpp: advertisements only when asked for.
    f.kindOk.resize(size_t(m_kinds.size()));
    for (qsizetype k = 0; k < m_kinds.size(); ++k) {
        const QString &kind = m_kinds.at(k);
        f.kindOk[size_t(k)] = !applyKinds || filters.kinds.contains(u"*"_s)
            || (filters.kinds.isEmpty() ? kind != u"advertisement"_s : filters.kinds.contains(kind));
    }
    if (!filters.column.isEmpty()) {
        f.column = m_columns.indexOf(filters.column);
        f.none = f.none || f.column < 0;
    }
    if (!filters.author.isEmpty()) {
        f.person = m_peopleNames.indexOf(filters.author);
        f.none = f.none || f.person < 0;
    }
    return f;
}

qint64 FacetTable::bytes() const
{
    qint64 bytes = vectorBytes(m_issue) + vectorBytes(m_page) + vectorBytes(m_column) + vectorBytes(m_kind)
        + vectorBytes(m_peopleStart) + vectorBytes(m_people) + vectorBytes(m_issueYear) + vectorBytes(m_issueMonth)
        + vectorBytes(m_issueNewspaper) + m_slotById.capacity() * qint64(2 * sizeof(qint64) + 8);
    for (const QByteArray &date : m_issueDate)
        bytes += qint64(sizeof(QByteArray)) + date.capacity() + 16;
    bytes += stringBytes(m_years) + stringBytes(m_months) + stringBytes(m_newspapers) + stringBytes(m_columns)
        + stringBytes(m_kinds) + stringBytes(m_peopleNames) + m_pageNumbers.capacity() * qint64(sizeof(int));
    return bytes;
}

} // namespace Baoku::Core
