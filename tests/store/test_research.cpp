// Stars, lists, tags, notes and saved searches: kept in the archive, and still there, on the right
// articles, after a re-import with --replace gave every article a new id.
#include "storetestutil.h"

#include "core/store/research.h"

using namespace Qt::StringLiterals;
using namespace Baoku::Core;
using StoreTest::makeArticle;

namespace {

const QDate kDay(2024, 3, 29);

QList<Article> page1(const QString &secondBody)
{
    return {makeArticle(1, u"芯片产业再上台阶"_s, u"今年芯片需求旺盛。产能继续扩大，芯片企业加快布局。"_s),
            makeArticle(2, u"读者来信"_s, secondBody),
            makeArticle(3, u"简讯"_s, u"一则简讯。"_s)};
}

qint64 idOf(Archive &archive, const QString &title)
{
    for (const auto &issue : archive.issues()) {
        for (const auto &stored : archive.articlesOfIssue(issue.id)) {
            if (stored.article.title == title)
                return stored.id;
        }
    }
    return 0;
}

} // namespace

TEST_CASE("collections, tags, stars and notes are kept and listed", "[store][research]")
{
    StoreTest::TempArchive temp;
    REQUIRE(Importer(temp.archive).importParsed(StoreTest::makeIssue(kDay, page1(u"我每期都读电子报。"_s)),
                                               StoreTest::makeSource(u"a.txt"_s, u"a"_s), {}).status == ImportStatus::Imported);
    const qint64 chip = idOf(temp.archive, u"芯片产业再上台阶"_s);
    const qint64 letter = idOf(temp.archive, u"读者来信"_s);
    Research research(temp.db());
    QString error;
    REQUIRE(research.add(CollectionKind::List, u"论文素材"_s, {letter, chip}, &error));
    REQUIRE(research.add(CollectionKind::List, u"论文素材"_s, {chip}, &error)); // already in: stays second
    REQUIRE(research.add(CollectionKind::Tag, u"芯片"_s, {chip}));
    REQUIRE(research.add(CollectionKind::Star, {}, {letter}));
    CHECK(research.isStarred(letter));
    CHECK_FALSE(research.isStarred(chip));

    const auto items = research.items(CollectionKind::List, u"论文素材"_s);
    REQUIRE(items.size() == 2);
    CHECK(items[0].articleId == letter);
    CHECK(items[1].articleId == chip);
    CHECK(items[1].newspaper == u"中国电子报"_s);
    CHECK(items[1].date == kDay);
    CHECK(research.collections(CollectionKind::List).first().count == 2);
    CHECK(research.collectionsOf(chip).size() == 2);

    // Bad input: an unknown article changes nothing, an empty name is refused.
    CHECK_FALSE(research.add(CollectionKind::List, u"论文素材"_s, {chip, 999999}, &error));
    CHECK(error.contains(u"999999"_s));
    CHECK(research.items(CollectionKind::List, u"论文素材"_s).size() == 2);
    CHECK_FALSE(research.add(CollectionKind::Tag, u"  "_s, {chip}, &error));
    CHECK_FALSE(research.remove(CollectionKind::Tag, u"无此标签"_s, {}, &error));
    CHECK_FALSE(research.addNote(chip, u"x"_s, u"不在正文里的话"_s, -1, &error));
    CHECK_FALSE(research.addNote(chip, u"  "_s, {}, -1, &error));

    REQUIRE(research.remove(CollectionKind::List, u"论文素材"_s, {letter}));
    CHECK(research.items(CollectionKind::List, u"论文素材"_s).size() == 1);
    REQUIRE(research.remove(CollectionKind::Tag, u"芯片"_s, {}));
    CHECK(research.collections(CollectionKind::Tag).isEmpty());
    CHECK(temp.archive.article(chip)); // removing a collection keeps its articles

    // A passage note: a wrong offset finds the nearest copy of the quote.
    const auto note = research.addNote(chip, u"需求"_s, u"芯片"_s, 20);
    REQUIRE(note);
    const auto notes = research.notes(chip);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].start == 16); // 16 is 4 away, 2 is 18 away
    CHECK(notes[0].anchored);
    REQUIRE(research.editNote(*note, u"改过"_s));
    CHECK(research.notes().first().text == u"改过"_s);
    REQUIRE(research.removeNote(*note));
    CHECK_FALSE(research.removeNote(*note));

    SavedSearch saved;
    saved.name = u"芯片 2024"_s;
    saved.query = u"芯片 -手机"_s;
    saved.from = QDate(2024, 1, 1);
    saved.pages = {1, 3};
    saved.author = u"宋婧"_s;
    REQUIRE(research.saveSearch(saved));
    saved.sort = u"date"_s;
    REQUIRE(research.saveSearch(saved)); // the same name replaces it
    const auto searches = research.savedSearches();
    REQUIRE(searches.size() == 1);
    CHECK(searches[0].query == saved.query);
    CHECK(searches[0].from == saved.from);
    CHECK_FALSE(searches[0].to.isValid());
    CHECK(searches[0].pages == saved.pages);
    CHECK(searches[0].author == saved.author);
    CHECK(searches[0].sort == u"date"_s);
    REQUIRE(research.removeSavedSearch(saved.name));
    CHECK(research.savedSearches().isEmpty());
}

TEST_CASE("kept articles and notes survive a re-import with --replace", "[store][research]")
{
    StoreTest::TempArchive temp;
    Importer importer(temp.archive);
    REQUIRE(importer.importParsed(StoreTest::makeIssue(kDay, page1(u"我每期都读电子报。电子报办得好。"_s)),
                                  StoreTest::makeSource(u"a.txt"_s, u"a"_s), {}).status == ImportStatus::Imported);
    const qint64 chip = idOf(temp.archive, u"芯片产业再上台阶"_s);
    const qint64 letter = idOf(temp.archive, u"读者来信"_s);
    const qint64 brief = idOf(temp.archive, u"简讯"_s);
    Research research(temp.db());
    REQUIRE(research.add(CollectionKind::List, u"素材"_s, {chip, letter, brief}));
    REQUIRE(research.add(CollectionKind::Star, {}, {chip}));
    REQUIRE(research.addNote(chip, u"整篇"_s));
    REQUIRE(research.addNote(chip, u"产能"_s, u"产能继续扩大"_s, 9));
    REQUIRE(research.addNote(letter, u"好评"_s, u"办得好"_s, 12));

    // The new file: an article inserted before the others (every position moves), the letter's
    // text changed so that its passage moved, and the brief gone.
    QList<Article> renewed = {makeArticle(1, u"新增头条"_s, u"头条正文。"_s),
                              makeArticle(2, u"芯片产业再上台阶"_s, u"今年芯片需求旺盛。产能继续扩大，芯片企业加快布局。"_s),
                              makeArticle(3, u"读者来信"_s, u"电子报办得好。"_s)};
    ImportOptions replace;
    replace.replace = true;
    const auto result = importer.importParsed(StoreTest::makeIssue(kDay, renewed), StoreTest::makeSource(u"b.txt"_s, u"b"_s), replace);
    REQUIRE(result.status == ImportStatus::Imported);
    const qint64 newChip = idOf(temp.archive, u"芯片产业再上台阶"_s);
    const qint64 newLetter = idOf(temp.archive, u"读者来信"_s);
    REQUIRE(newChip != chip);
    REQUIRE(newLetter != letter);

    const auto items = research.items(CollectionKind::List, u"素材"_s);
    REQUIRE(items.size() == 3);
    CHECK(items[0].articleId == newChip);
    CHECK(items[0].order == 2);
    CHECK(items[1].articleId == newLetter);
    CHECK_FALSE(items[2].articleId.has_value()); // the brief is gone: kept by its key, not linked
    CHECK(items[2].title == u"简讯"_s);
    CHECK(research.isStarred(newChip));

    const auto chipNotes = research.notes(newChip);
    REQUIRE(chipNotes.size() == 2);
    CHECK(chipNotes[0].quote.isEmpty());
    CHECK(chipNotes[1].start == 9);
    CHECK(chipNotes[1].anchored);
    const auto letterNotes = research.notes(newLetter);
    REQUIRE(letterNotes.size() == 1);
    CHECK(letterNotes[0].start == 3); // re-anchored by its text
    CHECK(letterNotes[0].anchored);

    // A third version drops the letter's passage: the note stays, marked as not anchored.
    renewed[2].body = u"来信已收到。"_s;
    REQUIRE(importer.importParsed(StoreTest::makeIssue(kDay, renewed), StoreTest::makeSource(u"c.txt"_s, u"c"_s), replace).status
            == ImportStatus::Imported);
    const auto lost = research.notes(idOf(temp.archive, u"读者来信"_s));
    REQUIRE(lost.size() == 1);
    CHECK_FALSE(lost[0].anchored);
    CHECK(lost[0].quote == u"办得好"_s);

    // The first file again brings the brief back, and it finds its place in the list.
    REQUIRE(importer.importParsed(StoreTest::makeIssue(kDay, page1(u"我每期都读电子报。电子报办得好。"_s)),
                                  StoreTest::makeSource(u"d.txt"_s, u"d"_s), replace).status == ImportStatus::Imported);
    CHECK(research.items(CollectionKind::List, u"素材"_s)[2].articleId == idOf(temp.archive, u"简讯"_s));
    const auto back = research.notes(idOf(temp.archive, u"读者来信"_s));
    CHECK(back[0].anchored);
    CHECK(back[0].start == 12);
}
