// SIGINT and SIGTERM for every command. Qt has no portable signal handling; a handler installed
// with sigaction sets an atomic flag, which long loops check and which the core's cancel
// interface (ProgressListener::isCancelled) reads. A second signal ends the process at once.
#pragma once

#include "core/common/progress.h"

namespace Baoku::Cli {

void installInterruptHandlers();
// True once SIGINT or SIGTERM arrived.
bool interrupted();
// 128 + the signal's number (130 for SIGINT, 143 for SIGTERM), as shells report a killed command.
int interruptedExitCode();
// Prints "interrupted" on stderr and returns interruptedExitCode().
int reportInterrupted();

// Cancels core work (import, search) when a signal arrived.
class InterruptListener final : public Core::ProgressListener {
public:
    void progress(qint64, qint64, const QString &) override {}
    bool isCancelled() const override { return interrupted(); }
};

} // namespace Baoku::Cli
