// The search worker's own connection to the archive and the core Searcher.
#pragma once

#include "app/search/searchtypes.h"
#include "core/search/searcher.h"
#include "core/store/archive.h"

#include <memory>

namespace Baoku::Core {
class ProgressListener;
}

namespace Baoku::App {

class SearchBackend final {
public:
    SearchBackend();
    ~SearchBackend();
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_archive.isOpen(); }
    // `cancel` (may be null) is polled while SQLite works: a newer search stops this one.
    SearchPage run(const SearchRequest &request, const Core::ProgressListener *cancel = nullptr);
    static QString coreQuery(const SearchRequest &request); // applies the field filter
    // The core request for the query and every filter (no paging or markers).
    static Core::SearchRequest coreRequest(const SearchRequest &request);

private:
    Core::Archive m_archive;
    std::unique_ptr<Core::Searcher> m_searcher;
};

} // namespace Baoku::App
