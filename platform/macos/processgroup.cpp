// Who is left in a process group on macOS: kill(-pgid, 0) finds any member (launchd reaps zombies).
#include "platform/processgroup.h"

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace ld::platform {

int groupMembersAlive(qint64 leader) {
    if (leader <= 1)
        return 0;
    return ::kill(-static_cast<pid_t>(leader), 0) == 0 || errno == EPERM ? 1 : 0;
}

} // namespace ld::platform
