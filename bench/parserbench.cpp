// Parser throughput, run by hand: decodes and parses the given issue files (default: the bundled
// samples) over and over in one process and reports MB/s, beside decoding alone as the peer.
#include "core/parser/issueparser.h"
#include "core/common/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Input {
    QString path;
    QByteArray bytes;
};

double megabytesPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return double(bytes) / (1024.0 * 1024.0) / (double(nanoseconds) / 1e9);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList paths = app.arguments().mid(1);
    if (paths.isEmpty()) {
        const QDir samples(QStringLiteral(BAOKU_SAMPLES_DIR));
        for (const auto &name : samples.entryList({u"*.txt"_s}, QDir::Files))
            paths << samples.filePath(name);
    }
    QList<Input> inputs;
    qint64 total = 0;
    for (const auto &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: cannot be read\n", qPrintable(path));
            return 2;
        }
        inputs.append({path, file.readAll()});
        total += inputs.last().bytes.size();
    }
    // Enough rounds for about 30 MB of text, so one-off costs (compiling patterns) wash out.
    int rounds = int(std::max<qint64>(3, 30 * 1024 * 1024 / std::max<qint64>(total, 1)));
    if (const int wanted = qEnvironmentVariableIntValue("BAOKU_BENCH_ROUNDS"); wanted > 0)
        rounds = wanted; // e.g. 20 under callgrind


    QElapsedTimer timer;
    timer.start();
    qint64 chars = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const auto &input : inputs)
            chars += Baoku::Core::decodeText(input.bytes).text.size();
    }
    const qint64 decodeNs = timer.nsecsElapsed();

    timer.restart();
    qint64 articles = 0;
    const Baoku::Core::IssueParser parser;
    for (int r = 0; r < rounds; ++r) {
        for (const auto &input : inputs) {
            const auto decoded = Baoku::Core::decodeText(input.bytes);
            const auto outcome = parser.parseText(decoded.text, input.path);
            articles += outcome.ok() ? outcome.issue->articles.size() : 0;
        }
    }
    const qint64 parseNs = timer.nsecsElapsed();

    const qint64 bytes = total * rounds;
    std::printf("files %lld, rounds %d, %.1f MB of OCR text (%lld chars decoded, %lld articles)\n",
                static_cast<long long>(inputs.size()), rounds, double(bytes) / (1024.0 * 1024.0),
                static_cast<long long>(chars), static_cast<long long>(articles));
    std::printf("decode only (peer):   %8.1f MB/s\n", megabytesPerSecond(bytes, decodeNs));
    std::printf("decode + parse:       %8.1f MB/s  (%.2f ms per file)\n", megabytesPerSecond(bytes, parseNs),
                double(parseNs) / 1e6 / double(rounds * inputs.size()));
    std::printf("parse / decode time:  %8.1f x\n", double(parseNs) / double(std::max<qint64>(decodeNs, 1)));
    return 0;
}
