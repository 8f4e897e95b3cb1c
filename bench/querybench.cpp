// baoku-querybench: the cost of long queries (issue 12). Builds a synthetic archive of N articles
// through the store's import path, then times queries of k distinct one-character words for k up
// to the bound (QueryParser::kMaxTerms), the same word repeated 5,000 times, and the refused
// 5,000-word query. The peer, timed in the same run, is the one-word query. Run by hand; see
// docs/benchmarks.md and docs/reliability.md.
#include "corpus.h"

#include "core/search/searcher.h"
#include "core/search/textfold.h"
#include "core/store/archive.h"
#include "core/store/importer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Baoku;

namespace {

// Median of `runs` timings of one query (snippets on, 20 hits, rank order, as the CLI asks).
double medianMs(Core::Searcher &searcher, const QString &query, int runs, Core::SearchResult *last)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        Core::SearchRequest request;
        request.query = query;
        request.limit = 20;
        QElapsedTimer timer;
        timer.start();
        *last = searcher.search(request);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

QString words(const QString &alphabet, int count, int distinct)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(alphabet.at(i % distinct));
    return list.join(u' ');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--help"_s)) {
        std::printf("Usage: baoku-querybench [--articles N] [--dir DIR] [--runs N]\n"
                    "Leaves DIR/query.sqlite for timing other binaries on the same archive.\n");
        return 0;
    }
    const auto option = [&args](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int articles = option(u"--articles"_s, u"20000"_s).toInt();
    const int runs = option(u"--runs"_s, u"5"_s).toInt();
    const QString dir = option(u"--dir"_s, QDir::tempPath() + u"/baoku-querybench"_s);
    QDir().mkpath(dir);
    const QString dbPath = dir + u"/query.sqlite"_s;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath + suffix);

    Bench::SyntheticCorpus corpus;
    QString error;
    Core::Archive archive;
    if (!corpus.load(QStringLiteral(BAOKU_SAMPLES_DIR), &error) || !archive.open(dbPath, &error)) {
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
        source.size = 4096;
        if (importer.importParsed(corpus.page(i), source, {}).status != Core::ImportStatus::Imported) {
            std::fprintf(stderr, "import of synthetic page %d failed\n", i);
            return 1;
        }
    }
    if (!importer.finishBatch(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    (void)Core::foldText(u"電"_s);
    Core::Searcher searcher(archive.database());
    // Common characters of the samples: each query word matches many articles.
    const QString common = u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你能子电信息产业发展新技术企业"
                           u"市场工作国家建设经济社会管理服务创标准部长通讯网络数据安全"_s;
    QString alphabet; // each character once, so that k words are k distinct terms
    for (const QChar c : common) {
        if (!alphabet.contains(c))
            alphabet += c;
    }
    if (alphabet.size() < 65) {
        std::fprintf(stderr, "the alphabet needs 65 distinct characters, has %d\n", int(alphabet.size()));
        return 1;
    }
    std::printf("archive: %d articles (%s)\n", pages * Bench::SyntheticCorpus::kArticlesPerPage, qPrintable(dbPath));
    Core::SearchResult result;
    const double peer = medianMs(searcher, alphabet.left(1), runs, &result);
    std::printf("peer: 1 word                      %9.2f ms  (%lld hits)\n", peer, static_cast<long long>(result.total));
    for (int k : {2, 4, 8, 16, 32, 64}) {
        const double ms = medianMs(searcher, words(alphabet, k, k), runs, &result);
        std::printf("%2d distinct words                 %9.2f ms  %6.2f ms/word  %5.1fx peer  (%lld hits%s)\n", k, ms,
                    ms / k, ms / peer, static_cast<long long>(result.total),
                    result.error.isEmpty() ? "" : ", refused");
    }
    const double repeated = medianMs(searcher, words(alphabet, 500, 1), runs, &result);
    std::printf("1 word written 500 times (999 ch) %9.2f ms  %5.1fx peer  (%lld hits)\n", repeated, repeated / peer,
                static_cast<long long>(result.total));
    const double tooMany = medianMs(searcher, words(alphabet, 65, 65), runs, &result);
    std::printf("65 distinct words (over the bound) %8.3f ms  refused: %s\n", tooMany, qPrintable(result.error));
    const double huge = medianMs(searcher, words(alphabet, 5000, 40), runs, &result);
    std::printf("5,000 one-character words         %9.3f ms  refused: %s\n", huge, qPrintable(result.error));
    return 0;
}
