// Writing to stdout and stderr as UTF-8. Every write to stdout is checked: after a failed one (a
// full disk, /dev/full) later writes are skipped, and finishOutput() reports it and turns the
// command's exit code into WriteFailed, so that output cut short never ends with exit code 0.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Baoku::Cli {

// False once writing to stdout has failed.
bool writeOut(const QByteArray &bytes, bool flush = true);
bool printOut(const QString &text);
void printErr(const QString &text);
bool printJson(const QJsonObject &object, bool pretty);

// True when a write to stdout has failed.
bool outputFailed();
// Flushes stdout; when any write failed, prints why on stderr and returns WriteFailed, else
// `exitCode`. main() passes every command's exit code through here.
int finishOutput(int exitCode);

// For text that came from an archive or a file: control characters removed, so that ESC or BEL
// in imported text cannot drive the terminal.
QString printable(const QString &text);

} // namespace Baoku::Cli
