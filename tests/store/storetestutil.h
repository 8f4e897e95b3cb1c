// Helpers for the store tests: hand-made parsed issues and a throw-away archive.
#pragma once

#include "core/common/model.h"
#include "core/store/archive.h"
#include "core/sql/database.h"
#include "core/store/importer.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QTemporaryDir>

namespace StoreTest {

using namespace Baoku::Core;

inline Article makeArticle(int order, const QString &title, const QString &body, QList<Byline> bylines = {})
{
    Article a;
    a.order = order;
    a.title = title;
    a.body = body;
    a.bylines = std::move(bylines);
    return a;
}

inline ParsedIssue makeIssue(const QDate &date, QList<Article> articles, const QString &newspaper = QStringLiteral("中国电子报"))
{
    ParsedIssue parsed;
    parsed.issue.newspaper = newspaper;
    parsed.issue.date = date;
    parsed.issue.dateSource = DateSource::Inferred;
    parsed.issue.weekday = chineseWeekday(date);
    parsed.articles = std::move(articles);
    return parsed;
}

// A source whose SHA-256 is derived from `tag`, so equal tags mean "the same file".
inline SourceFile makeSource(const QString &path, const QString &tag, int parserVersion = kParserVersion)
{
    const QByteArray digest = QCryptographicHash::hash(tag.toUtf8(), QCryptographicHash::Sha256).toHex();
    return SourceFile{path, QString::fromLatin1(digest), qint64(tag.size()), parserVersion};
}

inline qint64 count(Database &db, const char *sql)
{
    Statement row(db, sql);
    REQUIRE(row.step());
    return row.int64(0);
}

// An archive in a temporary folder, opened and migrated.
struct TempArchive {
    QTemporaryDir dir;
    Archive archive;
    QString path;
    TempArchive()
        : path(dir.filePath(QStringLiteral("archive.sqlite")))
    {
        REQUIRE(dir.isValid());
        QString error;
        REQUIRE(archive.open(path, &error));
        REQUIRE(error.isEmpty());
    }
    Database &db() { return archive.database(); }
};

} // namespace StoreTest

namespace StoreTest {

// Every row of every store table as text, to show that a refused import changed nothing.
inline QString snapshot(Baoku::Core::Database &db)
{
    QString text;
    for (const char *table : {"newspapers", "issues", "sources", "articles", "people", "article_people",
                              "search_fts_docsize"}) {
        Baoku::Core::Statement row(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table)));
        text += QString::fromLatin1(table) + u'\n';
        while (row.step()) {
            for (int i = 0; i < row.columnCount(); ++i)
                text += row.text(i) + u'|';
            text += u'\n';
        }
    }
    return text;
}

} // namespace StoreTest
