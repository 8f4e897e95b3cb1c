// Shared pieces of the hardening tests: a small archive of made-up articles, running baoku-cli
// with its stdout sent to a file, special files, and a small tmpfs when the tests run as root.
#pragma once

#include "../cli/clirunner.h"
#include "../search/searchfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Hardening {

using namespace Qt::StringLiterals;

inline QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// An archive with a few articles found by "电子" (and one by "封装").
inline void fillArchive(SearchFixture &fixture, int articles = 3)
{
    QList<Baoku::Core::Article> list;
    for (int i = 0; i < articles; ++i)
        list.append(SearchFixture::article(u"电子产业第%1篇"_s.arg(i + 1), u"电子信息制造业的一段正文，第%1段。"_s.arg(i + 1)));
    list.append(SearchFixture::article(u"先进封装"_s, u"封装测试的报道。"_s));
    fixture.addPage(QDate(2023, 11, 10), list);
}

// Runs baoku-cli with its stdout written to `stdoutPath` (e.g. /dev/full).
inline CliResult runCliTo(const QStringList &arguments, const QString &stdoutPath, int timeoutMs = 60000)
{
    QProcess process;
    process.setStandardOutputFile(stdoutPath);
    process.start(QStringLiteral(BAOKU_CLI), arguments);
    process.waitForFinished(timeoutMs);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.err = process.readAllStandardError();
    return result;
}

inline bool isRoot()
{
    return ::geteuid() == 0;
}

inline QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    return path;
}

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// A tmpfs of a few kilobytes mounted on a temporary folder, for a full disk or read-only media;
// only root may mount, so `mounted()` is false otherwise and the test says it skipped.
class SmallTmpfs final {
public:
    explicit SmallTmpfs(const QString &size)
    {
        if (!isRoot())
            return;
        const QByteArray options = "size=" + size.toLatin1();
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;

    bool mounted() const { return m_mounted; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    // Fills the file system up to the last few bytes.
    void fill()
    {
        const int fd = ::open(QFile::encodeName(filePath(u"filler"_s)).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        const QByteArray block(4096, 'x');
        while (::write(fd, block.constData(), size_t(block.size())) > 0) {
        }
        while (::write(fd, "x", 1) > 0) {
        }
        ::close(fd);
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace Hardening
