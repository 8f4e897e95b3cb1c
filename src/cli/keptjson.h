// JSON of kept articles and notes for collection, tag, star and note.
#pragma once

#include "core/store/research.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Baoku::Cli {

// id is null when the article's page is not in the archive now; the key fields are always there.
inline QJsonObject keptArticleJson(const Core::KeptArticle &item)
{
    using namespace Qt::StringLiterals;
    return {{u"id"_s, item.articleId ? QJsonValue(*item.articleId) : QJsonValue()},
            {u"newspaper"_s, item.newspaper}, {u"date"_s, item.date.toString(Qt::ISODate)},
            {u"page"_s, item.page}, {u"order"_s, item.order}, {u"title"_s, item.title}};
}

inline QJsonArray keptArticlesJson(const QList<Core::KeptArticle> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(keptArticleJson(item));
    return array;
}

} // namespace Baoku::Cli
