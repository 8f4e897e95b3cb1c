// The search worker's connection to the archive and the core search API.
#pragma once

#include "searchtypes.h"
#include "store/archive.h"

namespace Baoku::App {

class SearchBackend final {
public:
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_archive.isOpen(); }
    SearchPage run(const SearchRequest &request);

private:
    Core::Archive m_archive;
};

} // namespace Baoku::App
