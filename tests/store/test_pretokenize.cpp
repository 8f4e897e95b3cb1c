// Import workers tokenize articles ahead for the writer (search/tokencache.h): the archive must be
// the same, row for row and index page for index page, as one tokenized on the writer's thread.
#include "storetestutil.h"

#include "core/search/tokencache.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Baoku::Core;

namespace {

// Every row of the tables an import writes, the FTS5 shadow tables included; not `sources`,
// whose import times differ between two runs.
QStringList contents(Database &db)
{
    QStringList rows;
    for (const char *table : {"newspapers", "issues", "articles", "people", "article_people", "search_fts_data",
                              "search_fts_idx", "search_fts_docsize", "search_chars_data", "search_chars_idx",
                              "search_titles_data", "search_titles_idx", "search_titles_docsize"}) {
        Statement row(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table)));
        while (row.step()) {
            QString line = QString::fromLatin1(table) + u':';
            for (int i = 0; i < row.columnCount(); ++i)
                line += QString::fromLatin1(row.blob(i).toHex()) + u'|';
            rows.append(line);
        }
    }
    return rows;
}

// The bundled samples and multi-page issues (continued articles, page headers), and noisy copies
// of the samples under other dates, so that batches of the index hold many files.
QString makeFolder(const QString &root)
{
    const QString in = root + u"/in"_s;
    for (const QString &from : {QStringLiteral(BAOKU_SAMPLES_DIR), QStringLiteral(BAOKU_ISSUES_DIR)}) {
        QStringList found = Importer::collectFiles({from}, nullptr);
        for (const QString &file : std::as_const(found)) {
            const QString to = in + u'/' + QDir(from).relativeFilePath(file);
            REQUIRE(QDir().mkpath(QFileInfo(to).absolutePath()));
            REQUIRE(QFile::copy(file, to));
        }
    }
    const QStringList samples = Importer::collectFiles({QStringLiteral(BAOKU_SAMPLES_DIR)}, nullptr);
    REQUIRE(QDir().mkpath(in + u"/copies"_s));
    for (int i = 0; i < 120; ++i) {
        QFile sample(samples.at(i % samples.size()));
        REQUIRE(sample.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(sample.readAll());
        text.replace(QRegularExpression(u"(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"_s), QString());
        text[text.size() / 2] = QChar(0x4E00 + i); // each copy differs in one character
        QFile copy(in + u"/copies/"_s + QDate(2001, 1, 1).addDays(i).toString(Qt::ISODate) + u".txt"_s);
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write(text.toUtf8());
    }
    return in;
}

QStringList importAll(const QString &folder, bool pretokenize, qint64 *replayed)
{
    StoreTest::TempArchive temp;
    PretokenizedText::instance().setEnabled(pretokenize);
    const qint64 before = PretokenizedText::instance().replayed();
    int imported = 0;
    for (const ImportResult &result : Importer(temp.archive).importPaths({folder}, {})) {
        INFO(result.path.toStdString() << ": " << result.reason.toStdString());
        CHECK(result.status != ImportStatus::Failed); // the issues' front pages are the samples: skipped
        imported += result.status == ImportStatus::Imported ? 1 : 0;
    }
    PretokenizedText::instance().setEnabled(true);
    *replayed = PretokenizedText::instance().replayed() - before;
    CHECK(imported > 120);
    CHECK(PretokenizedText::instance().heldBytes() == 0); // nothing left behind after the import
    return contents(temp.db());
}

} // namespace

TEST_CASE("tokens made by the import workers give the same archive as tokenizing on the writer",
          "[store][import][index]")
{
    QTemporaryDir dir;
    const QString folder = makeFolder(dir.path());
    qint64 replayedWith = 0, replayedWithout = 0;
    const QStringList with = importAll(folder, true, &replayedWith);
    const QStringList without = importAll(folder, false, &replayedWithout);
    CHECK(replayedWithout == 0);
    // Nearly every text was replayed: body, title, names and column of each article.
    CHECK(replayedWith > 4 * 120);
    REQUIRE(with.size() == without.size());
    CHECK(with.size() > 1000);
    for (qsizetype i = 0; i < with.size(); ++i) {
        if (with.at(i) != without.at(i)) {
            FAIL("row " << i << " differs: " << with.at(i).left(200).toStdString() << " against "
                        << without.at(i).left(200).toStdString());
        }
    }
}
