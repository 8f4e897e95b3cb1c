// Layouts found on generated pages the parser had never seen (tools/unseen): a headline broken
// after a comma inside its line, headlines a body read as its own text, a feature run on from an
// unsigned brief, lines cut inside a word. One made-up layout per trap, with the trap on the other
// side beside it.
#include "parserhelpers.h"

using namespace Baoku::Core;
using namespace Qt::StringLiterals;

namespace {

const Article *withBody(const QList<Article> &articles, const QString &part)
{
    for (const auto &article : articles) {
        if (article.body.contains(part))
            return &article;
    }
    return nullptr;
}

// A signed brief that closes before whatever a test puts after it.
const QString kSignedBrief = uR"(本报讯 6月2日，北坡县新建的
冷链仓库正式启用，可储存果蔬
两万吨。在北坡，冷链让果农不
再愁鲜果运不出去。 （马 原）
)"_s;

} // namespace

TEST_CASE("A headline broken after a comma inside its line stays a headline", "[parser][raw][unseen]")
{
    const QString page = uR"(在北坡，冷链让果
农不再愁

)"_s + kSignedBrief;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].title == u"在北坡，冷链让果农不再愁"_s);
    CHECK(articles[0].body.startsWith(u"6月2日，北坡县新建的冷链仓库"_s));
}

TEST_CASE("Trap: a paragraph's first line with a comma, standing alone, opens a body", "[parser][raw][unseen]")
{
    // The first line is indented (two characters short) and goes on in a punctuated line.
    const QString page = uR"(一家面馆的十年

本报记者 白露

)"_s + kSignedBrief + uR"(
十年前，城南这家小面馆只

有两张桌子，老板一个人既
当厨师又当伙计，每天只卖
早饭和午饭两顿，收入勉强
维持一家人的开销。如今，
面馆开了三家分店，雇了二
十多名员工。
)"_s;
    const auto articles = newsArticles(parseOk(page));
    const auto *shop = withBody(articles, u"十年前，城南这家小面馆只有两张桌子"_s);
    REQUIRE(shop != nullptr);
    CHECK(shop->title == u"一家面馆的十年"_s);
    CHECK(shop->body.startsWith(u"十年前"_s));
}

TEST_CASE("Headline lines a body read as text go back to the brief under them", "[parser][raw][unseen]")
{
    // The brief before is unsigned, and the next brief's two-line headline stands tight.
    const QString page = uR"(本报讯 6月3日，东岭镇第二批
电动公交车昨日投入运营，全镇
公交线路实现了电动化全覆盖，
每年可节约燃油近千吨。

西川区新建的体
育公园对外开放
本报讯 6月4日，西川区新建的
体育公园昨日对外开放，公园里
有足球场、篮球场和两公里长的
健身步道，周边居民纷纷前来锻
炼。 （林 木）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *park = withBody(articles, u"体育公园昨日对外开放"_s);
    REQUIRE(park != nullptr);
    CHECK(park->title == u"西川区新建的体育公园对外开放"_s);
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK_FALSE(bus->body.contains(u"体育公园对外开放"_s));
}

TEST_CASE("Trap: a body's unfinished last line before a dateline stays in the body", "[parser][raw][unseen]")
{
    // The line before the dateline ends no sentence and does not follow a finished one.
    const QString page = uR"(本报讯 6月3日，东岭镇第二批
电动公交车昨日投入运营，全镇
公交线路实现了电动化全覆盖
每年可节约燃油近千吨的目标
本报讯 6月4日，西川区新建的
体育公园昨日对外开放，公园里
有足球场、篮球场和两公里长的
健身步道。 （林 木）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK(bus->body.contains(u"每年可节约燃油近千吨的目标"_s));
}

TEST_CASE("A subtitle after a finished sentence starts the next article", "[parser][raw][unseen]")
{
    const QString page = uR"(本报讯 6月3日，东岭镇第二批
电动公交车昨日投入运营，全镇
公交线路实现了电动化全覆盖，
每年可节约燃油近千吨。

修表匠的坚守

——记东岭镇老手艺人钟表匠

走进老街尽头的小铺子，满墙
的挂钟滴答作响。老人戴着放大
镜，正在修一块上世纪的怀表。
他说，只要还有人送表来修，铺
子就会一直开下去。
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *watch = withBody(articles, u"满墙的挂钟"_s);
    REQUIRE(watch != nullptr);
    CHECK(watch->title == u"修表匠的坚守"_s);
    CHECK(watch->subtitle == u"——记东岭镇老手艺人钟表匠"_s);
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK_FALSE(bus->body.contains(u"修表匠"_s));
}

TEST_CASE("Trap: a dash line inside a sentence stays text", "[parser][raw][unseen]")
{
    const QString page = uR"(本报讯 6月3日，东岭镇第二批
电动公交车昨日投入运营，司机

——一位开了二十年车的老师傅，
说新车开起来又稳又安静。
 （林 木）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].body.contains(u"——一位开了二十年车的老师傅"_s));
    CHECK(articles[0].subtitle.isEmpty());
}

namespace {

// A signed brief, an unsigned brief (the reporter named in its dateline) and a feature whose
// body follows the unsigned brief with nothing between; the feature's headline stands at the top.
QString swallowedFeature(const QString &reporters)
{
    return uR"(南湖渔村的新营生

东岭镇公交全面电动化

)"_s + reporters + uR"(

本报讯 记者高远报道：6月3日，
东岭镇第二批电动公交车昨日投
入运营，全镇公交线路实现了电
动化全覆盖，每年可节约燃油近
千吨。

)"_s + uR"(傍晚时分，南湖边的渔村热闹
起来，村民们不再下湖捕鱼，而
是经营起了民宿和农家乐。南湖
渔村的新营生，让村民的腰包鼓
了起来。去年全村接待游客十多
万人次，人均增收一万多元。
)"_s;
}

} // namespace

TEST_CASE("An unsigned brief that ran on into a feature is cut where the feature's headline fits", "[parser][raw][unseen]")
{
    // The reporter under the headlines waits for a feature the page otherwise lacks.
    const auto articles = newsArticles(parseOk(swallowedFeature(u"本报记者 吕青"_s)));
    REQUIRE(articles.size() == 2);
    const auto *village = withBody(articles, u"傍晚时分"_s);
    REQUIRE(village != nullptr);
    CHECK(village->title == u"南湖渔村的新营生"_s);
    CHECK(village->body.startsWith(u"傍晚时分"_s));
    REQUIRE(village->bylines.size() == 1);
    CHECK(village->bylines[0].name == u"吕青"_s);
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK(bus->title == u"东岭镇公交全面电动化"_s);
    CHECK_FALSE(bus->body.contains(u"傍晚时分"_s));
}

TEST_CASE("Trap: without a reporter waiting for a feature, a brief is not cut", "[parser][raw][unseen]")
{
    // The same words, but nobody waits for a feature: the later paragraph may be the brief's own.
    const auto articles = newsArticles(parseOk(swallowedFeature(QString())));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].body.contains(u"傍晚时分"_s));
    CHECK(articles[0].body.contains(u"千吨"_s));
}

namespace {

// An unsigned brief, then a feature's banner and headline standing alone between them, the
// feature's reporter at the foot of the page (or nowhere).
QString featureAfterBrief(const QString &foot)
{
    return uR"(本报讯 记者高远报道：6月3日，
东岭镇第二批电动公交车昨日投
入运营，全镇公交线路实现了电
动化全覆盖，每年可节约燃油近
千吨。

乡村振兴一线

南湖渔村的新营生

傍晚时分，南湖边的渔村热闹
起来，村民们不再下湖捕鱼，而
是经营起了民宿和农家乐。南湖
渔村的新营生，让村民的腰包鼓
了起来。去年全村接待游客十多
万人次，人均增收一万多元。

)"_s + foot;
}

} // namespace

TEST_CASE("A feature's headline between an unsigned brief and the feature is not a subhead", "[parser][raw][unseen]")
{
    const auto articles = newsArticles(parseOk(featureAfterBrief(u"本报记者 吕青\n"_s)));
    REQUIRE(articles.size() == 2);
    const auto *village = withBody(articles, u"傍晚时分"_s);
    REQUIRE(village != nullptr);
    CHECK(village->title == u"南湖渔村的新营生"_s);
    CHECK(village->column == u"乡村振兴一线"_s);
    REQUIRE(village->bylines.size() == 1);
    CHECK(village->bylines[0].name == u"吕青"_s);
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK(bus->subheads.isEmpty());
    CHECK_FALSE(bus->body.contains(u"傍晚时分"_s));
}

TEST_CASE("Trap: subheads of a report stay subheads when no feature is missing", "[parser][raw][unseen]")
{
    const auto articles = newsArticles(parseOk(featureAfterBrief(QString())));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].body.contains(u"傍晚时分"_s));
    CHECK(articles[0].subheads.size() == 1);
}

TEST_CASE("A body line cut inside a word is not a headline or a subhead", "[parser][raw][unseen]")
{
    // “…生产车” / “间，…”: no sentence starts with a clause of one character.
    const QString page = uR"(一家面馆的十年

本报记者 白露

)"_s + kSignedBrief + uR"(
走进城南一家面馆的后

间，几口大锅热气腾腾，师傅
们正在揉面、拉面，动作十分
麻利。老板说，面馆开了十年，
靠的就是这一碗好面。
)"_s;
    const auto articles = newsArticles(parseOk(page));
    const auto *shop = withBody(articles, u"几口大锅热气腾腾"_s);
    REQUIRE(shop != nullptr);
    CHECK(shop->title == u"一家面馆的十年"_s);
    CHECK(shop->body.startsWith(u"走进城南一家面馆的后间，"_s));
}

TEST_CASE("Trap: a headline over a body that opens with a clause of two characters stays a headline", "[parser][raw][unseen]")
{
    const QString page = kSignedBrief + uR"(
城南面馆开了新分店

近日，城南一家开了十年的面
馆在新区开了第一家分店，开业
当天就排起了长队。老板说，新
店的面和老店一个味道。（白 露）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    const auto *shop = withBody(articles, u"近日，城南一家开了十年的面馆"_s);
    REQUIRE(shop != nullptr);
    CHECK(shop->title == u"城南面馆开了新分店"_s);
}

TEST_CASE("A two-line headline cut inside a word keeps both lines", "[parser][raw][unseen]")
{
    // The second line alone shares little with the body, and another headline stands tight under
    // it; the pair at the cut (“馆的”) is text of the body.
    const QString page = uR"(一家面馆
的“十年之变”
北坡冷链仓库正式启用

)"_s + kSignedBrief + uR"(
十年间，这家面馆从两张桌子变
成了三家分店。这家面馆的老板
说，面馆要开得久，靠的是一碗
好面和一群老顾客，还有每天凌
晨四点就起床和面的那股劲头。
 （白 露）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *shop = withBody(articles, u"十年间"_s);
    REQUIRE(shop != nullptr);
    CHECK(shop->title == u"一家面馆的“十年之变”"_s);
    const auto *store = withBody(articles, u"冷链仓库正式启用"_s);
    REQUIRE(store != nullptr);
    CHECK(store->title == u"北坡冷链仓库正式启用"_s);
}

TEST_CASE("Trap: two headlines over one another, not cut inside a word, stay apart", "[parser][raw][unseen]")
{
    const QString page = uR"(一家面馆的十年
北坡冷链仓库正式启用

)"_s + kSignedBrief + uR"(
十年间，一家面馆从两张桌子变
成了三家分店。老板说，面馆要
开得久，靠的是一碗好面和一群
老顾客，还有每天凌晨四点就起
床和面的那股劲头。 （白 露）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *store = withBody(articles, u"冷链仓库正式启用"_s);
    REQUIRE(store != nullptr);
    CHECK(store->title == u"北坡冷链仓库正式启用"_s);
    const auto *shop = withBody(articles, u"十年间"_s);
    REQUIRE(shop != nullptr);
    CHECK(shop->title == u"一家面馆的十年"_s);
}

namespace {

// A brief about a fishing village, signed, to stand beside kSignedBrief.
const QString kVillageBrief = uR"(本报讯 6月5日，南湖渔村近年
发展民宿和农家乐，在南湖，渔
村有了新营生，去年全村接待游
客十多万人次。 （吴 江）
)"_s;

} // namespace

TEST_CASE("A headline with a comma standing alone over another headline is no body", "[parser][raw][unseen]")
{
    // Wider than a paragraph's indented first line, and nothing runs on into the line below.
    const QString page = u"在南湖，渔村有了新营生啦\n\n北坡冷链仓库正式启用\n\n"_s + kSignedBrief + u"\n"_s + kVillageBrief;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *village = withBody(articles, u"南湖渔村近年"_s);
    REQUIRE(village != nullptr);
    CHECK(village->title == u"在南湖，渔村有了新营生啦"_s);
    const auto *store = withBody(articles, u"冷链仓库正式启用"_s);
    REQUIRE(store != nullptr);
    CHECK(store->title == u"北坡冷链仓库正式启用"_s);
}

TEST_CASE("A line much wider than the column does not continue a body's first line", "[parser][raw][unseen]")
{
    // The end of one headline and another with a comma on one line, under the first line of the
    // first headline that a word ties to it.
    const QString page = u"北坡冷链仓库正式\n\n启用 在南湖，渔村有了新营生\n\n"_s + kSignedBrief + u"\n"_s + kVillageBrief;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *store = withBody(articles, u"冷链仓库正式启用"_s);
    REQUIRE(store != nullptr);
    CHECK(store->title == u"北坡冷链仓库正式启用"_s);
    const auto *village = withBody(articles, u"南湖渔村近年"_s);
    REQUIRE(village != nullptr);
    CHECK(village->title == u"在南湖，渔村有了新营生"_s);
}

namespace {

// An unsigned brief, then a feature's headline over its reporter, tight under the brief's text.
QString headlineOverByline(const QString &lines)
{
    return uR"(本报讯 6月3日，东岭镇第二批
电动公交车昨日投入运营，全镇
公交线路实现了电动化全覆盖，
每年可节约燃
)"_s + lines + uR"(
本报记者 吕青

老街尽头有一间小小的钟表铺，
满墙的挂钟滴答作响。老人戴着
放大镜，正在修一块上世纪的怀
表。他说，只要还有人送表来修，
铺子就会一直开下去。
)"_s;
}

} // namespace

TEST_CASE("A byline inside a body gives back the headline read as text above it", "[parser][raw][unseen]")
{
    const auto articles = newsArticles(parseOk(headlineOverByline(u"油近千吨。\n老街上的\n修表匠\n"_s)));
    REQUIRE(articles.size() == 2);
    const auto *watch = withBody(articles, u"钟表铺"_s);
    REQUIRE(watch != nullptr);
    CHECK(watch->title == u"老街上的修表匠"_s);
    REQUIRE(watch->bylines.size() == 1);
    CHECK(watch->bylines[0].name == u"吕青"_s);
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK(bus->body.endsWith(u"每年可节约燃油近千吨。"_s));
}

TEST_CASE("Trap: the end of an unfinished sentence over a byline stays in the body", "[parser][raw][unseen]")
{
    const auto articles = newsArticles(parseOk(headlineOverByline(u"油近千吨\n"_s)));
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK(bus->body.contains(u"每年可节约燃油近千吨"_s));
}

TEST_CASE("A short line the next continues inside a word is no subhead", "[parser][raw][unseen]")
{
    const QString page = uR"(一家面馆的十年

本报记者 白露

十年间，这家面馆从两张桌子变
成了三家分店，雇了二十多名员
工，每天卖出上千碗面。

记者走进面馆的后

厨，几口大锅热气腾腾，师傅
们正在揉面、拉面，动作十分
麻利。

一碗面的讲究

老板说，面条要现揉现拉，汤
要熬足六个小时，一样都不能
省。 （白 露）
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 1);
    CHECK(articles[0].body.contains(u"记者走进面馆的后厨，"_s));
    // The trap on the other side: a real subhead, over a paragraph that starts a new sentence.
    REQUIRE(articles[0].subheads.size() == 1);
    CHECK(articles[0].body.split(u'\n').at(articles[0].subheads[0]) == u"一碗面的讲究"_s);
}

namespace {

// A feature with no byline of its own, then a brief with its headline right above it; a
// reporter's line ends the page.
const QString kFeatureThenBrief = uR"(一家面馆的十年

十年间，这家面馆从两张桌子变
成了三家分店，雇了二十多名员
工，每天卖出上千碗面。老板说，
靠的是一碗好面和一群老顾客。

北坡冷链仓库正式启用

)"_s;

} // namespace

TEST_CASE("A reporter at the foot of the page is not the byline of the headline listed before it", "[parser][raw][unseen]")
{
    // In the list of loose lines the reporter follows the brief's headline, but the brief's body
    // (unsigned, so it could take a byline) stands between them.
    QString brief = kSignedBrief;
    brief.replace(u" （马 原）"_s, QString());
    const QString page = kFeatureThenBrief + brief + u"\n本报记者 白露\n"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *shop = withBody(articles, u"十年间"_s);
    REQUIRE(shop != nullptr);
    REQUIRE(shop->bylines.size() == 1);
    CHECK(shop->bylines[0].name == u"白露"_s);
    const auto *store = withBody(articles, u"冷链仓库正式启用"_s);
    REQUIRE(store != nullptr);
    CHECK(store->bylines.isEmpty());
}

TEST_CASE("Trap: a reporter right under a brief's headline is its byline", "[parser][raw][unseen]")
{
    // The brief is unsigned: nothing says the reporter is someone else's.
    QString brief = kSignedBrief;
    brief.replace(u" （马 原）"_s, QString());
    const QString page = kFeatureThenBrief + u"本报记者 白露\n\n"_s + brief;
    const auto articles = newsArticles(parseOk(page));
    const auto *store = withBody(articles, u"冷链仓库正式启用"_s);
    REQUIRE(store != nullptr);
    REQUIRE(store->bylines.size() == 1);
    CHECK(store->bylines[0].name == u"白露"_s);
}

TEST_CASE("A title broken after a comma may run into a line that holds two headlines", "[parser][raw][unseen]")
{
    // Kicker, the title's first line ending in a comma, then a line with the title's end and the
    // start of another headline that holds a comma too.
    const QString page = uR"(省长在全省冷链物流大会上强调
推进冷链建设，

让果农不再愁 在南湖，渔村有
了新营生

本报讯 6月2日，全省冷链物流大
会在北坡召开。会议要求推进冷
链建设，让果农不再愁鲜果运不
出去，今年再建冷库五十座。
 （马 原）

)"_s + kVillageBrief;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *store = withBody(articles, u"冷链物流大会在北坡召开"_s);
    REQUIRE(store != nullptr);
    CHECK(store->kicker == u"省长在全省冷链物流大会上强调"_s);
    CHECK(store->title == u"推进冷链建设，让果农不再愁"_s);
    const auto *village = withBody(articles, u"南湖渔村近年"_s);
    REQUIRE(village != nullptr);
    CHECK(village->title == u"在南湖，渔村有了新营生"_s);
}

namespace {

// A feature whose first line stands alone, cut off from the rest by a blank line; the next line
// is as wide as the column and opens with a clause of two characters (“厨房，…”).
const QString kCutOpening = uR"(走进南湖一家渔家乐的后

厨房，几口大锅热气腾腾，师傅
们正在烧鱼、炖汤，动作十分麻
利。开渔家乐，是南湖渔村的新
营生，村民们的腰包鼓了起来，
去年全村接待游客十多万人次。
)"_s;

} // namespace

TEST_CASE("A body's first line cut off under its headline is neither the headline's end nor a banner", "[parser][raw][unseen]")
{
    SECTION("the headline stands right above it")
    {
        const auto articles = newsArticles(parseOk(kSignedBrief + u"\n南湖渔村的新营生\n\n"_s + kCutOpening));
        const auto *village = withBody(articles, u"几口大锅热气腾腾"_s);
        REQUIRE(village != nullptr);
        CHECK(village->title == u"南湖渔村的新营生"_s);
        CHECK(village->body.startsWith(u"走进南湖一家渔家乐的后厨房，"_s));
    }
    SECTION("the headline stands in the block at the top")
    {
        const auto articles = newsArticles(parseOk(u"南湖渔村的新营生\n\n本报记者 吕青\n\n"_s + kSignedBrief + u"\n"_s + kCutOpening));
        const auto *village = withBody(articles, u"几口大锅热气腾腾"_s);
        REQUIRE(village != nullptr);
        CHECK(village->title == u"南湖渔村的新营生"_s);
        CHECK(village->column.isEmpty());
        CHECK(village->kicker.isEmpty());
        CHECK(village->body.startsWith(u"走进南湖一家渔家乐的后厨房，"_s));
    }
}

TEST_CASE("Trap: a short headline alone over such a body stays its headline", "[parser][raw][unseen]")
{
    // The same shape under the only headline there is, which repeats none of the body's words.
    const QString page = kSignedBrief + uR"(
湖边人家的新日子

近日，南湖边的渔村热闹起来，村
民们不再下湖捕鱼，而是经营起了
民宿和农家乐。开渔家乐，成了村
民们的新营生，腰包鼓了起来，
去年全村接待游客十多万人次。
)"_s;
    const auto articles = newsArticles(parseOk(page));
    const auto *village = withBody(articles, u"南湖边的渔村热闹起来"_s);
    REQUIRE(village != nullptr);
    CHECK(village->title == u"湖边人家的新日子"_s);
    CHECK(village->body.startsWith(u"近日，南湖边的渔村"_s));
}

TEST_CASE("A swallowed feature's headline may end in a line that holds another headline", "[parser][raw][unseen]")
{
    // “南湖：渔” over “家乐越开越红火 东岭镇…”: the first headline's end and the brief's headline
    // on one line; the reporter waits for the feature that runs on from the unsigned brief.
    const QString page = uR"(南湖：渔

家乐越开越红火 东岭镇公交全面电动化

本报记者 吕青

本报讯 记者高远报道：6月3
日，东岭镇第二批电动公交车昨
日投入运营，全镇公交线路实现
了电动化全覆盖，每年可节约燃
油近千吨。据介绍，东岭镇今年
还将新建充电桩两百个，新车全
部配备了无障碍设施。镇交通办
有关负责人表示，下一步将优化
线路，让群众坐得上车、坐得好
车。


五年前，南湖渔村还只是一
个只有几十户人家的小村子，村
民们靠打鱼为生。如今，南湖的
渔家乐越开越红火，村民们的腰
包鼓了起来，去年全村接待游客
十多万人次。
)"_s;
    const auto articles = newsArticles(parseOk(page));
    REQUIRE(articles.size() == 2);
    const auto *village = withBody(articles, u"小村子"_s);
    REQUIRE(village != nullptr);
    CHECK(village->title == u"南湖：渔家乐越开越红火"_s);
    CHECK(village->column.isEmpty());
    CHECK(village->body.startsWith(u"五年前，南湖渔村"_s));
    REQUIRE(village->bylines.size() == 1);
    CHECK(village->bylines[0].name == u"吕青"_s);
    const auto *bus = withBody(articles, u"电动公交车"_s);
    REQUIRE(bus != nullptr);
    CHECK(bus->title == u"东岭镇公交全面电动化"_s);
    CHECK_FALSE(bus->body.contains(u"小村子"_s));
}
