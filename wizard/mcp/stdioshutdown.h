#pragma once
// Ending a stdio server and everything it started: it leads a process group of its own
// (platform/processgroup.h), so closing stdin, SIGTERM and SIGKILL reach the whole group, and the
// probe returns only once no process of the group is left (or says how many are).

#include "wizard/report/finding.h"

#include <QJsonObject>
#include <QString>
#include <functional>

class QProcess;

namespace ld::wizard {

class EventWaiter;

struct StdioGroupEnding {
    QString how;         // "exited", "terminated", "killed", "unkillable"; empty: it had ended by itself
    int othersEnded = 0; // processes of the group besides the server that were ended
    int left = 0;        // processes of the group still alive after the forced kill
};

// Close stdin, wait, terminate the group, wait, kill the group: each wait bounded, all within
// about 0.5 s unless something resists SIGKILL. `group` is the server's pid at start;
// `leaderExited` says whether QProcess has seen the server itself end.
StdioGroupEnding endStdioGroup(QProcess& process, qint64 group, EventWaiter& waiter,
                               const std::function<bool()>& leaderExited);

// mcp.slow_shutdown: it had to be killed.
Finding slowShutdownFinding(const QJsonObject& evidence);

} // namespace ld::wizard
