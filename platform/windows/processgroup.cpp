// Windows has no process groups of this kind; QProcess ends the server itself. A job object that
// ends the server's descendants too is the planned counterpart.
#include "platform/processgroup.h"

namespace ld::platform {

void startInOwnGroup(QProcess& process) {
    Q_UNUSED(process);
}

void signalGroup(qint64 leader, bool force) {
    Q_UNUSED(leader);
    Q_UNUSED(force);
}

int groupMembersAlive(qint64 leader) {
    Q_UNUSED(leader);
    return 0;
}

void trackGroup(qint64 leader) {
    Q_UNUSED(leader);
}

void untrackGroup(qint64 leader) {
    Q_UNUSED(leader);
}

} // namespace ld::platform
