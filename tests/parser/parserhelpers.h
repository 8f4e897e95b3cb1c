// Small helpers for parser tests: parse made-up text and find articles in the result.
#pragma once

#include "core/common/model.h"
#include "core/parser/issueparser.h"

#include <catch2/catch.hpp>

#include <QStringList>

inline Baoku::Core::ParsedIssue parseOk(const QString &text, const QString &path = QStringLiteral("page.txt"),
                                        Baoku::Core::ParseOptions options = {})
{
    const auto outcome = Baoku::Core::IssueParser(options).parseText(text, path);
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok());
    return *outcome.issue;
}

inline QList<Baoku::Core::Article> newsArticles(const Baoku::Core::ParsedIssue &issue)
{
    QList<Baoku::Core::Article> out;
    for (const auto &article : issue.articles) {
        if (article.kind == Baoku::Core::ArticleKind::Article)
            out.append(article);
    }
    return out;
}

inline const Baoku::Core::Article *findByTitle(const Baoku::Core::ParsedIssue &issue, const QString &title)
{
    for (const auto &article : issue.articles) {
        if (article.title == title)
            return &article;
    }
    return nullptr;
}

inline QStringList titles(const Baoku::Core::ParsedIssue &issue)
{
    QStringList out;
    for (const auto &article : issue.articles)
        out << article.title;
    return out;
}

// Catch2 prints QStrings through this.
namespace Catch {
template<> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
}
