// Runs baoku-cli as a child process, as a user or a script would.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliResult runCli(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                        int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BAOKU_CLI), arguments);
    process.waitForFinished(timeoutMs);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
