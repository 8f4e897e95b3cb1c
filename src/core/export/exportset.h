// Many articles as one document: what was exported (the cover) and the articles, by id.
//
// The writers take ids and a loader instead of loaded articles so that a set of any size streams:
// each article is loaded, written and dropped in turn. Any source that yields ids plugs in: an
// issue, the selected articles, every result of a search, a collection.
#pragma once

#include "core/common/progress.h"
#include "core/export/exportitem.h"

#include <QIODevice>

#include <functional>
#include <optional>

namespace Baoku::Core {

struct ExportSet final {
    QString cover;     // one line saying what was exported, e.g. "中国电子报 2024年3月29日 星期五"
    QList<qint64> ids; // the articles, in the order they are written
};

// Loads one article; nullopt when it is gone. Called once or twice per article, on the writer's thread.
using ItemLoader = std::function<std::optional<ExportItem>(qint64 id)>;

// A loader over articles already in memory (tests, and the app's single article).
ItemLoader loaderFor(const QList<ExportItem> &items);
ExportSet setFor(const QString &cover, const QList<ExportItem> &items);

// Cover lines, in the documents' language (Chinese, like 引用： and 第1版).
QString issueCover(const QString &newspaper, const QDate &date);
QString queryCover(const QString &query, const QString &filters = {});
QString selectionCover(qsizetype count);
// A collection by its kind's name (Research::kindName: "star", "list", "tag"): 星标文章,
// 收藏夹“芯片产业”, 标签“政策”.
QString collectionCover(const QString &kind, const QString &name);

// The title, or for an untitled piece the start of its body, for contents and bookmarks.
QString displayTitle(const Article &article);

// "中国电子报 2024年3月29日": the running header of an article's pages.
QString runningHeader(const ExportItem &item);
// "中国电子报 2024-03-29 第1版" (第1、3版 for a continued article): its place in a table of contents.
QString contentsSource(const ExportItem &item);

// The combined plain text: cover, numbered contents, then every article separated by a rule.
// Streams: two passes over the ids (contents, then articles). Stops when the listener cancels.
// False with a message in error when an article is missing, writing fails or the user cancelled.
bool writeCombinedText(const ExportSet &set, const ItemLoader &load, QIODevice &out, ProgressListener *listener,
                       QString *error);

} // namespace Baoku::Core
