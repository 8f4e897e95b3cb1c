// Export of many articles to one PDF: builds a synthetic archive of N articles (the search
// benchmark's corpus) and runs `baoku-cli export` under /usr/bin/time -v for one PDF of all N,
// one PDF of N/10 (the peer: peak memory must not grow with N) and --split of N/10.
#include "corpus.h"

#include "core/store/archive.h"
#include "core/store/importer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

// Runs the CLI under /usr/bin/time -v; prints wall time, peak RSS and the PDF's pages.
bool measure(const QString &label, const QString &db, const QStringList &arguments, const QString &output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(u"/usr/bin/time"_s, QStringList{u"-v"_s, QStringLiteral(BAOKU_CLI), u"export"_s, u"--db"_s, db,
                                                  u"--quiet"_s, u"--force"_s} + arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed:\n%s\n", qPrintable(label), process.readAllStandardError().constData());
        return false;
    }
    const QString report = QString::fromLocal8Bit(process.readAllStandardError());
    const QString wall = QRegularExpression(u"Elapsed \\(wall clock\\) time.*: (\\S+)"_s).match(report).captured(1);
    const QString user = QRegularExpression(u"User time \\(seconds\\): (\\S+)"_s).match(report).captured(1);
    const double rssMb = QRegularExpression(u"Maximum resident set size \\(kbytes\\): (\\d+)"_s).match(report).captured(1).toDouble() / 1024;
    QString pages = u"-"_s;
    if (output.endsWith(u".pdf"_s)) {
        QProcess info;
        info.start(u"pdfinfo"_s, {output});
        info.waitForFinished(-1);
        pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(QString::fromLocal8Bit(info.readAllStandardOutput())).captured(1);
    }
    const qint64 bytes = QFileInfo(output).isFile() ? QFileInfo(output).size() : 0;
    std::printf("%-34s wall %s  user %s s  peak RSS %.0f MB  pages %s  file %.1f MB\n", qPrintable(label), qPrintable(wall),
                qPrintable(user), rssMb, qPrintable(pages), double(bytes) / 1e6);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList args = app.arguments();
    if (args.contains(u"--help"_s)) {
        std::printf("Usage: baoku-exportbench [--articles N] [--dir DIR] [--reuse]\n"
                    "Builds a synthetic archive of N articles (default 10000) in DIR (default <tmp>/baoku-exportbench)\n"
                    "and times baoku-cli export of all of them to one PDF, of the first N/10 to one PDF and to\n"
                    "one PDF each (--split), with peak memory from /usr/bin/time -v. See docs/benchmarks.md.\n");
        return 0;
    }
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int articles = option(u"--articles"_s, u"10000"_s).toInt();
    const QString dir = option(u"--dir"_s, QDir::tempPath() + u"/baoku-exportbench"_s);
    QDir().mkpath(dir);
    const QString db = dir + u"/export.sqlite"_s;
    QString error;
    if (!args.contains(u"--reuse"_s)) {
        QFile::remove(db);
        Bench::SyntheticCorpus corpus;
        Core::Archive archive;
        if (!corpus.load(QStringLiteral(BAOKU_SAMPLES_DIR), &error) || !archive.open(db, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        Core::Importer importer(archive);
        importer.startBatch();
        const int pages = (articles + Bench::SyntheticCorpus::kArticlesPerPage - 1) / Bench::SyntheticCorpus::kArticlesPerPage;
        for (int i = 0; i < pages; ++i) {
            Core::SourceFile source;
            source.path = u"synthetic/%1.txt"_s.arg(i);
            source.sha256 = QString::fromLatin1(QCryptographicHash::hash(source.path.toUtf8(), QCryptographicHash::Sha256).toHex());
            if (importer.importParsed(corpus.page(i), source, {}).status != Core::ImportStatus::Imported) {
                std::fprintf(stderr, "import of synthetic page %d failed\n", i);
                return 1;
            }
        }
        if (!importer.finishBatch(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("archive: %d articles in %s\n", pages * Bench::SyntheticCorpus::kArticlesPerPage, qPrintable(db));
    }
    // The first N/10 ids: the archive's ids run from 1.
    QStringList some;
    for (int id = 1; id <= articles / 10; ++id)
        some << QString::number(id);
    const QString all = dir + u"/all.pdf"_s, part = dir + u"/tenth.pdf"_s, split = dir + u"/split/"_s;
    QDir(split).removeRecursively();
    const bool ok = measure(u"one PDF, %1 articles"_s.arg(articles / 10), db,
                            {u"--format"_s, u"pdf"_s, u"--article"_s, some.join(u','), u"-o"_s, part}, part)
        && measure(u"one PDF per article, %1 articles"_s.arg(articles / 10), db,
                   {u"--format"_s, u"pdf"_s, u"--article"_s, some.join(u','), u"-o"_s, split}, split)
        && measure(u"one PDF, all %1 articles"_s.arg(articles), db, {u"--format"_s, u"pdf"_s, u"--all"_s, u"-o"_s, all}, all);
    return ok ? 0 : 1;
}
