// A temporary archive filled with hand-made issues through the store's real import path.
#pragma once

#include "core/search/searcher.h"
#include "core/store/archive.h"
#include "core/store/importer.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

class SearchFixture {
public:
    SearchFixture()
    {
        REQUIRE(m_dir.isValid());
        QString error;
        REQUIRE(m_archive.open(m_dir.filePath(QStringLiteral("archive.sqlite")), &error));
    }

    QString path() const { return m_archive.path(); }
    Baoku::Core::Archive &archive() { return m_archive; }
    Baoku::Core::Database &db() { return m_archive.database(); }

    // Imports one page of an issue; returns the ids of its articles in order.
    QList<qint64> addPage(const QDate &date, const QList<Baoku::Core::Article> &articles, int page = 1)
    {
        Baoku::Core::ParsedIssue parsed;
        parsed.issue.newspaper = QStringLiteral("中国电子报");
        parsed.issue.date = date;
        parsed.issue.dateSource = Baoku::Core::DateSource::Masthead;
        parsed.articles = articles;
        for (auto &article : parsed.articles)
            article.page = page;
        Baoku::Core::SourceFile source;
        source.path = QStringLiteral("/made/up/%1-%2.txt").arg(date.toString(Qt::ISODate)).arg(page);
        source.sha256 = QString::fromLatin1(QCryptographicHash::hash(QByteArray(source.path.toUtf8() + QByteArray::number(++m_serial)),
                                                                     QCryptographicHash::Sha256).toHex());
        source.size = 1;
        Baoku::Core::Importer importer(m_archive);
        const auto result = importer.importParsed(parsed, source, {});
        REQUIRE(result.status == Baoku::Core::ImportStatus::Imported);
        QList<qint64> ids;
        for (const auto &stored : m_archive.articlesOfIssue(result.issueId)) {
            if (stored.article.page == page)
                ids.append(stored.id);
        }
        return ids;
    }

    static Baoku::Core::Article article(const QString &title, const QString &body, const QStringList &people = {})
    {
        Baoku::Core::Article a;
        a.title = title;
        a.body = body;
        for (const QString &name : people)
            a.bylines.append(Baoku::Core::Byline{name, QStringLiteral("reporter"), {}});
        return a;
    }

    // The ids found for a query, in result order, with every hit requested.
    QList<qint64> ids(const QString &query, qint64 *total = nullptr)
    {
        Baoku::Core::Searcher searcher(db());
        Baoku::Core::SearchRequest request;
        request.query = query;
        request.limit = 100000;
        request.withSnippets = false;
        const auto result = searcher.search(request);
        REQUIRE(result.error.isEmpty());
        if (total)
            *total = result.total;
        QList<qint64> found;
        for (const auto &hit : result.hits)
            found.append(hit.articleId);
        return found;
    }

private:
    QTemporaryDir m_dir;
    Baoku::Core::Archive m_archive;
    int m_serial = 0;
};
