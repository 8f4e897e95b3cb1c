// A small archive of made-up issues for the app tests, and helpers to wait for the GUI.
#pragma once

#include "core/common/model.h"

#include <QString>

#include <functional>

namespace Baoku::Tests {

// Three issues: 2023-11-17 (two articles), 2023-11-24 with an inferred date, 2024-01-05.
// Returns the archive's path inside `folder`.
QString createTestArchive(const QString &folder);
Core::ParsedIssue testIssue(int which);

// Runs the event loop until `done` or `timeoutMs`; returns done().
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

} // namespace Baoku::Tests
