// baoku-cli collection, tag, star, note and saved as a script uses them: JSON out, exports, and
// clear refusals of bad input.
#include "storetestutil.h"

#include "../cli/clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;
using StoreTest::makeArticle;

namespace {

QJsonObject json(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

} // namespace

TEST_CASE("baoku-cli collection, tag, star, note and saved", "[store][research][cli]")
{
    StoreTest::TempArchive temp;
    REQUIRE(Importer(temp.archive).importParsed(
                StoreTest::makeIssue(QDate(2024, 3, 29), {makeArticle(1, u"芯片产业再上台阶"_s, u"今年芯片需求旺盛。"_s),
                                                           makeArticle(2, u"读者来信"_s, u"我每期都读电子报。"_s)}),
                StoreTest::makeSource(u"a.txt"_s, u"a"_s), {}).status == ImportStatus::Imported);
    const QString db = temp.path;
    const QStringList base{u"--db"_s, db};
    const auto cli = [&](const QString &command, const QStringList &args) { return runCli(QStringList{command} + base + args); };

    CHECK(cli(u"collection"_s, {u"add"_s, u"素材"_s, u"2"_s, u"1"_s}).exitCode == 0);
    const QJsonObject list = json(cli(u"collection"_s, {u"list"_s, u"--json"_s}));
    CHECK(list.value(u"collections"_s).toArray().first().toObject().value(u"count"_s).toInt() == 2);
    const QJsonArray shown = json(cli(u"collection"_s, {u"show"_s, u"素材"_s, u"--json"_s})).value(u"articles"_s).toArray();
    REQUIRE(shown.size() == 2);
    CHECK(shown[0].toObject().value(u"id"_s).toInteger() == 2);
    CHECK(shown[0].toObject().value(u"title"_s).toString() == u"读者来信"_s);

    const CliResult cited = cli(u"collection"_s, {u"export"_s, u"素材"_s, u"--format"_s, u"gbt7714"_s});
    REQUIRE(cited.exitCode == 0);
    CHECK(QString::fromUtf8(cited.out).contains(u"[1] 读者来信[N]. 中国电子报, 2024-03-29(1)."_s));
    CHECK(QString::fromUtf8(cited.out).contains(u"[2] 芯片产业再上台阶"_s));

    CHECK(cli(u"tag"_s, {u"add"_s, u"芯片"_s, u"1"_s}).exitCode == 0);
    CHECK(json(cli(u"tag"_s, {u"list"_s, u"--json"_s})).value(u"tags"_s).toArray().size() == 1);
    CHECK(cli(u"star"_s, {u"add"_s, u"1"_s}).exitCode == 0);
    CHECK(json(cli(u"star"_s, {u"show"_s, u"--json"_s})).value(u"articles"_s).toArray().first().toObject().value(u"id"_s).toInteger() == 1);
    CHECK(cli(u"star"_s, {u"remove"_s, u"1"_s}).exitCode == 0);
    CHECK(json(cli(u"star"_s, {u"show"_s, u"--json"_s})).value(u"articles"_s).toArray().isEmpty());

    const CliResult added = cli(u"note"_s, {u"add"_s, u"1"_s, u"需求数据"_s, u"--quote"_s, u"需求旺盛"_s, u"--json"_s});
    REQUIRE(added.exitCode == 0);
    CHECK(json(added).value(u"start"_s).toInt() == 4);
    CHECK(cli(u"note"_s, {u"add"_s, u"2"_s, u"#来信"_s}).exitCode == 0);
    const QJsonArray notes = json(cli(u"note"_s, {u"list"_s, u"--json"_s})).value(u"notes"_s).toArray();
    REQUIRE(notes.size() == 2);
    const QString markdown = QString::fromUtf8(cli(u"note"_s, {u"export"_s}).out);
    CHECK(markdown.contains(u"## 芯片产业再上台阶\n\n芯片产业再上台阶[N]. 中国电子报, 2024-03-29(1).\n\n> 需求旺盛\n\n需求数据\n"_s));
    CHECK(markdown.contains(u"\\#来信"_s)); // a note's leading # stays text
    const qint64 first = notes[0].toObject().value(u"id"_s).toInteger();
    CHECK(cli(u"note"_s, {u"edit"_s, QString::number(first), u"改"_s}).exitCode == 0);
    CHECK(cli(u"note"_s, {u"remove"_s, QString::number(first)}).exitCode == 0);
    CHECK(json(cli(u"note"_s, {u"list"_s, u"--json"_s})).value(u"notes"_s).toArray().size() == 1);

    CHECK(cli(u"saved"_s, {u"add"_s, u"来信"_s, u"电子报"_s, u"--page"_s, u"1"_s}).exitCode == 0);
    const QJsonObject run = json(runCli({u"search"_s, u"--db"_s, db, u"--saved"_s, u"来信"_s, u"--json"_s}));
    CHECK(run.value(u"total"_s).toInt() == 1);
    CHECK(run.value(u"hits"_s).toArray().first().toObject().value(u"id"_s).toInteger() == 2);
    CHECK(runCli({u"search"_s, u"--db"_s, db, u"--saved"_s, u"none"_s}).exitCode == 2);

    // Bad input: named, refused, nothing changed.
    const CliResult unknown = cli(u"collection"_s, {u"add"_s, u"素材"_s, u"77"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(QString::fromUtf8(unknown.err).contains(u"77"_s));
    CHECK(cli(u"collection"_s, {u"add"_s, u"素材"_s, u"x1"_s}).exitCode == 2);
    CHECK(cli(u"collection"_s, {u"show"_s, u"无"_s}).exitCode == 2);
    CHECK(cli(u"collection"_s, {u"frobnicate"_s}).exitCode == 2);
    CHECK(cli(u"collection"_s, {u"add"_s}).exitCode == 2);
    CHECK(cli(u"note"_s, {u"add"_s, u"1"_s, u"x"_s, u"--quote"_s, u"不在这里"_s}).exitCode == 2);
    CHECK(cli(u"note"_s, {u"remove"_s, u"9999"_s}).exitCode == 2);
    CHECK(cli(u"saved"_s, {u"add"_s, u"only-a-name"_s}).exitCode == 2);
    CHECK(json(cli(u"collection"_s, {u"show"_s, u"素材"_s, u"--json"_s})).value(u"articles"_s).toArray().size() == 2);
    CHECK(runCli({u"collection"_s, u"--db"_s, db + u".none"_s, u"list"_s}).exitCode == 2);
}
