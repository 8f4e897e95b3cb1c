// Small helpers for writing to stdout and stderr as UTF-8.
#pragma once

#include <QJsonObject>
#include <QString>

namespace Baoku::Cli {

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object, bool pretty);

} // namespace Baoku::Cli
