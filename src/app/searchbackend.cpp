#include "searchbackend.h"

#include "snippetdelegate.h"

using namespace Qt::StringLiterals;

namespace Baoku::App {

bool SearchBackend::open(const QString &path, QString *error)
{
    return m_archive.open(path, error);
}

// Provisional: a substring scan until the core's ranked search lands.
SearchPage SearchBackend::run(const SearchRequest &request)
{
    SearchPage page;
    const QStringList terms = request.query.split(u' ', Qt::SkipEmptyParts);
    page.terms = terms;
    if (terms.isEmpty())
        return page;
    QString where = u"1"_s;
    for (int i = 0; i < terms.size(); ++i)
        where += u" AND instr(a.title || a.body, ?%1) > 0"_s.arg(i + 1);
    try {
        Core::Database &db = m_archive.database();
        Core::Statement count(db, u"SELECT count(*) FROM articles a WHERE "_s + where);
        for (int i = 0; i < terms.size(); ++i)
            count.bind(i + 1, terms.at(i));
        if (count.step())
            page.total = count.int64(0);
        Core::Statement rows(db, u"SELECT a.id, coalesce(i.user_date, i.date), a.page, a.title, a.body "
                                 "FROM articles a JOIN issues i ON i.id = a.issue_id WHERE "_s + where
                                 + u" ORDER BY 2 DESC, a.page, a.ord LIMIT %1 OFFSET %2"_s.arg(request.limit).arg(request.offset));
        for (int i = 0; i < terms.size(); ++i)
            rows.bind(i + 1, terms.at(i));
        while (rows.step()) {
            SearchHitRow hit;
            hit.articleId = rows.int64(0);
            hit.date = QDate::fromString(rows.text(1), Qt::ISODate);
            hit.page = rows.integer(2);
            hit.title = rows.text(3);
            const QString body = rows.text(4);
            const qsizetype at = std::max<qsizetype>(0, body.indexOf(terms.first()));
            QString marked = body.mid(std::max<qsizetype>(0, at - 30), 100);
            marked.replace(terms.first(), QChar(0x2) + terms.first() + QChar(0x3));
            hit.snippetHtml = SnippetDelegate::markedToHtml(marked, QChar(0x2), QChar(0x3));
            page.hits << hit;
        }
    } catch (const Core::DatabaseError &error) {
        page.error = error.message();
    }
    return page;
}

} // namespace Baoku::App
