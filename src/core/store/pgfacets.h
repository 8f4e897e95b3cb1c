// Facets and trend on a PostgreSQL archive (docs/shared-archives.md): the FacetCounter's table is
// loaded from the database's tables and its matches come from the same tsquery sets as search, so
// counts are the SQLite archive's by construction.
#pragma once

#include "core/search/facets.h"

#include <memory>

namespace Baoku::Core {

class PgArchive;

std::unique_ptr<FacetSource> makePgFacetSource(const PgArchive &archive);

} // namespace Baoku::Core
