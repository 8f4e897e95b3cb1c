// Builds the reader pane's HTML for one article; every piece of article text is escaped.
#pragma once

#include "core/common/model.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace Baoku::App {

// Reader HTML and its style sheet: the document loads nothing the article names (no images, links).
class ArticleHtml final {
    Q_DECLARE_TR_FUNCTIONS(Baoku::App::ArticleHtml)
public:
    static QString render(const Core::Article &article, const Core::IssueInfo &issue);
    // The style sheet takes its colours from the palette so that the dark theme covers the reader.
    static QString styleSheet(const QPalette &palette);
    static QString roleLabel(const QString &role);
    // The link of a "continued on/from page N" note that leaves the article: baoku:page/N?from=M.
    static QString pageLink(int page, int fromPage);

private:
    static QString bylineText(const QList<Core::Byline> &bylines);
    static QString metaLine(const Core::Article &article, const Core::IssueInfo &issue);
};

} // namespace Baoku::App
