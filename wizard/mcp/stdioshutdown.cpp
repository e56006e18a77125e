#include "wizard/mcp/stdioshutdown.h"

#include "platform/processgroup.h"
#include "wizard/mcp/mcpsession.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace ld::wizard {

namespace {

// The whole group gets these, not only the server: its children (node under npx, a forked worker
// holding stdout) must be gone too before the probe returns.
constexpr std::chrono::milliseconds kExitAfterStdinClose{200}; // then SIGTERM (both within 0.5 s)
constexpr std::chrono::milliseconds kExitAfterTerminate{200};  // then SIGKILL
constexpr std::chrono::milliseconds kExitAfterKill{1000};      // only a process stuck in the kernel
constexpr std::chrono::milliseconds kGroupPoll{10};

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StdioShutdown)
};

} // namespace

StdioGroupEnding endStdioGroup(QProcess& process, qint64 group, EventWaiter& waiter,
                               const std::function<bool()>& leaderExited) {
    StdioGroupEnding out;
    const bool leaderRan = !leaderExited();
    const int others = std::max(0, platform::groupMembersAlive(group) - (leaderRan ? 1 : 0));
    if (!leaderRan && others == 0)
        return out; // it ended by itself and left nothing behind
    QTimer poll;    // the group's other members are not our children: looked at, not waited on
    QObject::connect(&poll, &QTimer::timeout, &poll, [&waiter] { waiter.wake(); });
    poll.start(kGroupPoll);
    const auto ended = [&] { return leaderExited() && platform::groupMembersAlive(group) == 0; };
    const auto running = [&] { return process.state() != QProcess::NotRunning; };
    if (running())
        process.closeWriteChannel();
    if (waiter.until(ended, kExitAfterStdinClose)) {
        out.how = QStringLiteral("exited");
    } else {
        platform::signalGroup(group, false);
        if (running())
            process.terminate();
        if (waiter.until(ended, kExitAfterTerminate)) {
            out.how = QStringLiteral("terminated");
        } else {
            platform::signalGroup(group, true);
            if (running())
                process.kill();
            out.how =
                waiter.until(ended, kExitAfterKill) ? QStringLiteral("killed") : QStringLiteral("unkillable");
        }
    }
    out.left = platform::groupMembersAlive(group);
    out.othersEnded = std::max(0, others - out.left);
    return out;
}

Finding slowShutdownFinding(const QJsonObject& evidence) {
    return Finding{QStringLiteral("mcp.slow_shutdown"),
                   Severity::Info,
                   Tr::tr("The MCP server kept running after its input closed and had to be killed"),
                   Tr::tr("It ignored both the end of its input and a polite termination request. A client "
                          "kills it too when it quits, but a server like this can leave processes (and the "
                          "ports or files they hold) behind."),
                   evidence,
                   {}};
}

} // namespace ld::wizard
