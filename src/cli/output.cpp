#include "cli/output.h"

#include "cli/commands.h"

#include "core/common/textdecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Baoku::Cli {

namespace {

int g_writeErrno = 0; // the errno of the first failed write to stdout; 0 while all went well
bool g_writeFailed = false;

void noteFailure()
{
    if (!g_writeFailed) {
        g_writeFailed = true;
        g_writeErrno = errno;
    }
}

} // namespace

bool writeOut(const QByteArray &bytes, bool flush)
{
    if (g_writeFailed)
        return false;
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())
        || (flush && std::fflush(stdout) != 0) || std::ferror(stdout)) {
        noteFailure();
        return false;
    }
    return true;
}

bool printOut(const QString &text)
{
    return writeOut(text.toUtf8());
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool printJson(const QJsonObject &object, bool pretty)
{
    QByteArray bytes = QJsonDocument(object).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return writeOut(bytes);
}

bool outputFailed()
{
    return g_writeFailed;
}

int finishOutput(int exitCode)
{
    if (!g_writeFailed) {
        errno = 0;
        if (std::fflush(stdout) != 0 || std::ferror(stdout))
            noteFailure();
    }
    if (!g_writeFailed)
        return exitCode;
    const QString reason = g_writeErrno != 0 ? QString::fromLocal8Bit(std::strerror(g_writeErrno))
                                             : QCoreApplication::translate("baoku-cli", "unknown error");
    printErr(QCoreApplication::translate("baoku-cli", "baoku-cli: cannot write to standard output (%1); the output is incomplete\n")
                 .arg(reason));
    return WriteFailed;
}

QString printable(const QString &text)
{
    return Core::withoutControls(text);
}

} // namespace Baoku::Cli
