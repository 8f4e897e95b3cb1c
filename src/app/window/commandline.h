// `baoku [--db PATH] [FILE...]`: the options the desktop app accepts.
#pragma once

#include <QStringList>

namespace Baoku::App {

struct CommandLine final {
    QString database;   // empty: Archive::defaultPath()
    QStringList files;  // OCR text files or folders to import at start
    bool benchmark = false;
    QString benchmarkQueries; // optional file with one query per line

    // Parses QCoreApplication::arguments(); --help and --version print and exit.
    static CommandLine parse(const QStringList &arguments);
};

} // namespace Baoku::App
