// What the app's reader and result list take from the core: matches in any text, and marked
// snippets as escaped HTML.
#include "catchqt.h"
#include "core/search/hitmatcher.h"
#include "core/search/snippet.h"

#include <catch2/catch.hpp>

using namespace Baoku::Core;
using namespace Qt::StringLiterals;

TEST_CASE("HitMatcher finds a term's folded forms in UTF-16 units", "[hitmatcher]")
{
    HitMatcher matcher(u"工业"_s);
    REQUIRE_FALSE(matcher.isEmpty());
    // A supplementary-plane character first, so byte and UTF-16 offsets differ from characters.
    const QList<QPair<int, int>> hits = matcher.find(u"𠀀新型工業化与工业"_s);
    REQUIRE(hits.size() == 2);
    CHECK(hits.at(0) == QPair<int, int>(4, 2));
    CHECK(hits.at(1) == QPair<int, int>(8, 2));
}

TEST_CASE("HitMatcher of a query without positive terms matches nothing", "[hitmatcher]")
{
    HitMatcher matcher(u"-广告"_s);
    CHECK(matcher.isEmpty());
    CHECK(matcher.find(u"广告"_s).isEmpty());
}

TEST_CASE("Snippet markers become highlighted, escaped HTML", "[hitmatcher]")
{
    const QString html = markedToHtml(u"a<b>[芯片]c&"_s, u'[', u']');
    CHECK(html.startsWith(u"a&lt;b&gt;<span"_s));
    CHECK(html.contains(u">芯片</span>c&amp;"_s));
    CHECK(markedToHtml(u"[未闭合"_s, u'[', u']').endsWith(u"</span>"_s));
}
