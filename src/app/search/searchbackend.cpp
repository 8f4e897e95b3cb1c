#include "app/search/searchbackend.h"

#include "core/search/hitmatcher.h"
#include "core/search/searcher.h"
#include "core/search/snippet.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Baoku::App {

namespace {
// Private-use markers: they cannot occur in OCR text, so every one of them is a match boundary.
const QChar kOpen(0xE000);
const QChar kClose(0xE001);
} // namespace

SearchBackend::SearchBackend() = default;
SearchBackend::~SearchBackend() = default;

bool SearchBackend::open(const QString &path, QString *error)
{
    if (!m_archive.open(path, error, QFileInfo::exists(path) ? Core::OpenMode::Existing : Core::OpenMode::Create))
        return false;
    // A PostgreSQL archive searches through Archive::search (docs/shared-archives.md).
    if (m_archive.isRemote())
        return true;
    m_searcher = std::make_unique<Core::Searcher>(m_archive.database());
    // The app stays resident for hours: read the archive through the OS page cache instead of
    // mapping it (the Searcher maps 1 GiB) and keep a 16 MiB page cache, so that scrolling through
    // every hit of a 100,000-article archive stays under 300 MB resident (docs/benchmarks.md).
    try {
        m_archive.database().exec("PRAGMA mmap_size = 0; PRAGMA cache_size = -16384;");
    } catch (const Core::DatabaseError &) {
        // Only a tuning; searching works without it.
    }
    return true;
}

QString SearchBackend::coreQuery(const SearchRequest &request)
{
    switch (request.field) {
    case SearchScope::All: return request.query;
    case SearchScope::Title: return Core::HitMatcher::scoped(request.query, u"title:"_s);
    case SearchScope::Author: return Core::HitMatcher::scoped(request.query, u"author:"_s);
    case SearchScope::Column: return Core::HitMatcher::scoped(request.query, u"column:"_s);
    }
    return request.query;
}

Core::SearchRequest SearchBackend::coreRequest(const SearchRequest &request)
{
    Core::SearchRequest core;
    core.query = coreQuery(request);
    core.from = request.from;
    core.to = request.to;
    core.pages = request.pages;
    core.newspaper = request.newspaper;
    core.column = request.column;
    core.author = request.author;
    core.sort = request.sort == SearchSort::Date ? Core::SearchSort::Date : Core::SearchSort::Rank;
    return core;
}

SearchPage SearchBackend::run(const SearchRequest &request, const Core::ProgressListener *cancel)
{
    SearchPage page;
    page.offset = request.offset;
    page.query = coreQuery(request);
    Core::SearchRequest core = coreRequest(request);
    core.limit = request.limit;
    core.offset = request.offset;
    core.after = request.after;
    core.withTotal = request.offset == 0; // later pages reuse the first page's count
    core.deferCommonTotal = core.withTotal && request.deferCommonTotal && m_searcher;
    core.markOpen = QString(kOpen);
    core.markClose = QString(kClose);
    const Core::SearchResult result = m_searcher ? m_searcher->search(core, cancel) : m_archive.search(core, cancel);
    page.error = result.error;
    page.total = result.total;
    page.next = result.next;
    page.hits.reserve(result.hits.size());
    for (const Core::SearchHit &hit : result.hits) {
        SearchHitRow row;
        row.articleId = hit.articleId;
        row.date = hit.date;
        row.page = hit.page;
        row.title = hit.title;
        row.advertisement = hit.advertisement;
        row.bylines = hit.bylines.join(u"、"_s);
        row.snippetHtml = Core::markedToHtml(hit.snippet, kOpen, kClose);
        page.hits << row;
    }
    return page;
}

} // namespace Baoku::App
