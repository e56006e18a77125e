#pragma once
// Child programs that start programs of their own (npx runs node, a server forks a worker that keeps
// stdout open): each one the doctor starts leads a process group of its own, and ending it ends the
// whole group, so no process outlives the diagnosis. One implementation per OS (posix/, linux/,
// macos/, windows/).

#include <QtGlobal>

class QProcess;

namespace ld::platform {

// Call before process.start(): the child becomes the leader of a new session and process group
// (POSIX setsid, in the child between fork and exec). Windows: nothing yet (a job object later).
void startInOwnGroup(QProcess& process);

// Sends every process of the group led by `leader` (the child's pid, which is the group's id) the
// polite termination request, or the forced kill. Harmless once the group is gone.
void signalGroup(qint64 leader, bool force);

// How many live processes the group led by `leader` still has (zombies, which are already dead,
// are not counted). 0 when the group is gone or the OS has no groups for us.
int groupMembersAlive(qint64 leader);

// While a group is tracked, the doctor being interrupted (Ctrl+C, SIGTERM, the terminal closing)
// ends it too: its members live in their own session, out of the terminal's reach. Untrack once
// the group has been ended. At most 64 groups at a time are tracked; more are ended only normally.
void trackGroup(qint64 leader);
void untrackGroup(qint64 leader);

} // namespace ld::platform
