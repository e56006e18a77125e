// POSIX process groups: setsid in the child, signals to the negative group id.
#include "platform/processgroup.h"

#include <QProcess>

#include <csignal>
#include <unistd.h>

namespace ld::platform {

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
