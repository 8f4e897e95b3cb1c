#include "cli/interrupt.h"

#include "cli/output.h"

#include <QCoreApplication>

#include <csignal>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace Baoku::Cli {

namespace {

volatile std::sig_atomic_t g_signal = 0;

extern "C" void onSignal(int signal)
{
    g_signal = signal;
}

} // namespace

void installInterruptHandlers()
{
#ifdef Q_OS_UNIX
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // The handler is reset after the first signal: a second Ctrl-C ends the process at once
    // (SQLite's transactions keep the archive whole either way).
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
#else
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif
}

bool interrupted()
{
    return g_signal != 0;
}

int interruptedExitCode()
{
    return 128 + int(g_signal);
}

int reportInterrupted()
{
    printErr(QCoreApplication::translate("baoku-cli", "baoku-cli: interrupted; the output is incomplete\n"));
    return interruptedExitCode();
}

} // namespace Baoku::Cli
