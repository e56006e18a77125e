// POSIX process groups: setsid in the child, signals to the negative group id.
#include "platform/processgroup.h"

#include <QProcess>

#include <array>
#include <atomic>
#include <csignal>
#include <mutex>
#include <unistd.h>

namespace ld::platform {

namespace {

// Read by a signal handler: lock-free atomics only, no allocation.
std::array<std::atomic<pid_t>, 64> trackedGroups{};
std::once_flag handlersInstalled;
constexpr std::array<int, 3> kInterruptions{SIGINT, SIGTERM, SIGHUP};

void endTrackedGroupsAndDie(int signal) {
    for (auto& slot : trackedGroups)
        if (const pid_t leader = slot.load(); leader > 1)
            ::kill(-leader, SIGTERM);
    // Then die of the same signal, as if we had never caught it.
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    ::sigaction(signal, &fallback, nullptr);
    ::raise(signal);
}

void installHandlers() {
    for (const int signal : kInterruptions) {
        struct sigaction current = {};
        if (::sigaction(signal, nullptr, &current) != 0 || current.sa_handler != SIG_DFL)
            continue; // someone else handles it (or ignores it): leave theirs alone
        struct sigaction ours = {};
        ours.sa_handler = endTrackedGroupsAndDie;
        sigemptyset(&ours.sa_mask);
        ::sigaction(signal, &ours, nullptr);
    }
}

} // namespace

void trackGroup(qint64 leader) {
    if (leader <= 1)
        return;
    std::call_once(handlersInstalled, installHandlers);
    for (auto& slot : trackedGroups) {
        pid_t empty = 0;
        if (slot.compare_exchange_strong(empty, static_cast<pid_t>(leader)))
            return;
    }
}

void untrackGroup(qint64 leader) {
    for (auto& slot : trackedGroups) {
        pid_t expected = static_cast<pid_t>(leader);
        if (slot.compare_exchange_strong(expected, 0))
            return;
    }
}

void startInOwnGroup(QProcess& process) {
    // A new session, not only a group: a server that opens /dev/tty gets no terminal to block on,
    // and the terminal's Ctrl+C no longer reaches it past our shutdown.
    process.setChildProcessModifier([] { ::setsid(); });
}

void signalGroup(qint64 leader, bool force) {
    if (leader <= 1)
        return; // never the whole session of the caller or every process (kill(0) / kill(-1))
    ::kill(-static_cast<pid_t>(leader), force ? SIGKILL : SIGTERM);
}

} // namespace ld::platform
