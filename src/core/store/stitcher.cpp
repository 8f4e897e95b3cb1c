#include "core/store/stitcher.h"

#include "core/sql/database.h"

#include "core/parser/textutil.h"
#include "core/search/ftsindex.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>
#include <map>

namespace Baoku::Core {

namespace {

constexpr int kMaxChain = 64; // an article continued over more pages than this is not followed

struct Part {
    qint64 id = 0;
    int page = 0;
    int order = 0;
    QString key; // the title as a comparison key
    std::optional<int> to;
    std::optional<int> from;
    std::optional<qint64> partOf;
};

} // namespace

Stitcher::Stitcher(Database &db)
    : m_db(db)
{
}

void Stitcher::restitch(qint64 issueId, std::optional<qint64> leaving)
{
    QList<Part> parts;
    {
        Statement row(m_db, R"sql(
SELECT id, page, ord, title, continued_to, continued_from, part_of, source_id FROM articles
WHERE issue_id = ?1 AND kind = 'article'
  AND (continued_to IS NOT NULL OR continued_from IS NOT NULL OR part_of IS NOT NULL)
ORDER BY page, ord, id)sql");
        row.bind(1, issueId);
        while (row.step()) {
            Part p{row.int64(0), row.integer(1), row.integer(2), Parse::compactKey(row.text(3)),
                   row.optionalInt(4), row.optionalInt(5), std::nullopt};
            if (!row.isNull(6))
                p.partOf = row.int64(6);
            if (leaving && row.int64(7) == *leaving)
                p.to = p.from = std::nullopt; // takes part in no link
            parts.append(p);
        }
    }
    if (parts.isEmpty())
        return;

    // Heads continued from page M to page N and parts on page N continued from page M, in page order.
    std::map<std::pair<int, int>, QList<int>> heads, tails; // (M, N) -> indexes into parts
    for (int i = 0; i < parts.size(); ++i) {
        const Part &p = parts.at(i);
        if (p.to && *p.to != p.page)
            heads[{p.page, *p.to}].append(i);
        if (p.from && *p.from != p.page)
            tails[{*p.from, p.page}].append(i);
    }
    QHash<int, int> parent; // part index -> the index of the part it continues
    for (auto &[pages, waiting] : tails) {
        QList<int> free = heads.count(pages) ? heads[pages] : QList<int>();
        QList<int> unmatched;
        // A repeated headline names its article; the rest go by their order on the pages.
        for (const int t : std::as_const(waiting)) {
            const QString &key = parts.at(t).key;
            const auto same = std::find_if(free.begin(), free.end(),
                                           [&](int h) { return !key.isEmpty() && parts.at(h).key == key; });
            if (same != free.end()) {
                parent.insert(t, *same);
                free.erase(same);
            } else {
                unmatched.append(t);
            }
        }
        for (int k = 0; k < unmatched.size() && k < free.size(); ++k)
            parent.insert(unmatched.at(k), free.at(k));
    }
    const auto rootOf = [&](int i) {
        for (int step = 0; step < kMaxChain && parent.contains(i); ++step)
            i = parent.value(i);
        return i;
    };

    QSet<qint64> affected;
    QList<std::pair<qint64, std::optional<qint64>>> changes;
    for (int i = 0; i < parts.size(); ++i) {
        const Part &p = parts.at(i);
        std::optional<qint64> wanted;
        if (parent.contains(i)) {
            const int root = rootOf(i);
            if (root != i)
                wanted = parts.at(root).id;
        }
        if (wanted == p.partOf)
            continue;
        changes.append({p.id, wanted});
        affected.insert(p.id);
        if (p.partOf)
            affected.insert(*p.partOf);
        if (wanted)
            affected.insert(*wanted);
    }
    if (changes.isEmpty())
        return;
    // The index holds each first part with the text of all its parts: what is indexed is removed
    // with the old links, and written again with the new ones. Parts and queued articles are not
    // in search_content, so for them both calls do nothing.
    QList<qint64> ids(affected.cbegin(), affected.cend());
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids))
        unindexArticle(m_db, id);
    Statement update(m_db, "UPDATE articles SET part_of = ?2 WHERE id = ?1");
    for (const auto &[id, partOf] : std::as_const(changes)) {
        update.reset();
        update.bind(1, id);
        if (partOf)
            update.bind(2, *partOf);
        else
            update.bindNull(2);
        update.run();
    }
    for (const qint64 id : std::as_const(ids))
        indexArticle(m_db, id);
}

} // namespace Baoku::Core
