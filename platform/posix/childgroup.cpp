// POSIX: no group. The stdio probe ends a server through its own pid (stdin closed, SIGTERM,
// SIGKILL); a server that forks children of its own is reported when it had to be killed.

#include "platform/childgroup.h"

namespace ld::platform {

ChildGroup::ChildGroup() = default;
ChildGroup::~ChildGroup() = default;

bool ChildGroup::supported() const {
    return false;
}

void ChildGroup::prepare(QProcess& process) {
    (void)process;
}

bool ChildGroup::adopt(QProcess& process) {
    (void)process;
    return false;
}

int ChildGroup::endAll() {
    return 0;
}

} // namespace ld::platform
