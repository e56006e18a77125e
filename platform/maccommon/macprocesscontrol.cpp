// The macOS System's safe stop: never pid 1 or ourselves, never another user's process without
// root, and only after `ps` said, right before the signal, that the pid still names the process
// the user was shown (same start time, same executable). macOS has no pidfd: the window between
// that check and kill() is as short as one ps call.

#include "platform/log.h"
#include "platform/maccommon/maccommands.h"
#include "platform/maccommon/macmiscparse.h"
#include "platform/maccommon/macsystem.h"

#include <QCoreApplication>
#include <QString>
#include <spdlog/spdlog.h>
#include <thread>

namespace ld::platform {
namespace {

QString describe(const ProcessInfo& process) {
    const QString name = process.program.empty() ? QCoreApplication::translate("MacSystem", "process")
                                                 : QString::fromStdString(process.program);
    return QCoreApplication::translate("MacSystem", "%1 (pid %2)").arg(name).arg(process.pid);
}

StopResult result(StopOutcome outcome, const QString& message) {
    return {outcome, message.toStdString()};
}

} // namespace

StopResult MacSystem::stopProcess(const ProcessInfo& expected, bool killIfNeeded,
                                  std::chrono::milliseconds grace) {
    using Signal = MacServices::Signal;
    using Sent = MacServices::SignalResult;
    auto& log = log::get(log::Area::Platform);
    const std::int64_t pid = expected.pid;
    if (pid <= 1)
        return result(StopOutcome::Refused, tr("pid %1 is launchd or not a process").arg(pid));
    if (pid == m_services.selfPid)
        return result(StopOutcome::Refused, tr("that is this program itself"));
    if (expected.startTime == 0 && expected.executable.empty())
        return result(StopOutcome::Refused,
                      tr("nothing to check that pid %1 is still the same process (no start "
                         "time or executable)")
                          .arg(pid));

    const Command check = maccommands::psIdentity({pid});
    const CommandResult checked = run(check);
    if (!checked.started || checked.timedOut)
        return result(StopOutcome::Failed, QString::fromStdString(failure(check, checked)));
    const auto rows = macmisc::parsePs(checked.out);
    const auto row =
        std::find_if(rows.begin(), rows.end(), [pid](const macmisc::PsRow& r) { return r.pid == pid; });
    if (row == rows.end())
        return result(StopOutcome::Gone, tr("%1 has already ended").arg(describe(expected)));
    if ((expected.startTime != 0 && row->startKey != expected.startTime) ||
        (!expected.executable.empty() && row->command != expected.executable)) {
        log.info("pid {} changed: start {} -> {}, exe '{}' -> '{}'", pid, expected.startTime, row->startKey,
                 expected.executable, row->command);
        return result(
            StopOutcome::Changed,
            tr("pid %1 now belongs to another process; nothing was stopped. Check again.").arg(pid));
    }
    if (m_services.euid != 0 && row->uid && *row->uid != m_services.euid && *row->uid != m_services.uid)
        return result(StopOutcome::Refused, tr("%1 belongs to another user (uid %2); only that user or an "
                                               "administrator (sudo) may stop it")
                                                .arg(describe(expected))
                                                .arg(*row->uid));
    if (!m_services.signal)
        return result(StopOutcome::Failed,
                      tr("could not signal %1: not available in this build").arg(describe(expected)));

    const auto ended = [&](std::chrono::milliseconds within) {
        const auto deadline = std::chrono::steady_clock::now() + within;
        for (;;) {
            if (m_services.signal(pid, Signal::Probe) == Sent::NoSuchProcess)
                return true;
            if (std::chrono::steady_clock::now() >= deadline)
                return false;
            const auto step = std::chrono::milliseconds(20);
            if (m_services.pause)
                m_services.pause(step);
            else
                std::this_thread::sleep_for(step);
        }
    };

    log.info("sending SIGTERM to pid {} ({})", pid, expected.program);
    switch (m_services.signal(pid, Signal::Terminate)) {
    case Sent::Sent:
        break;
    case Sent::NoSuchProcess:
        return result(StopOutcome::Gone, tr("%1 has already ended").arg(describe(expected)));
    case Sent::NotPermitted:
        return result(StopOutcome::Refused, tr("not allowed to signal %1").arg(describe(expected)));
    case Sent::Failed:
        return result(StopOutcome::Failed, tr("could not signal %1").arg(describe(expected)));
    }
    if (ended(grace))
        return result(StopOutcome::Terminated, tr("%1 ended after SIGTERM").arg(describe(expected)));
    if (!killIfNeeded)
        return result(StopOutcome::StillRunning,
                      tr("%1 is still running %2 ms after SIGTERM; it can be killed (SIGKILL)")
                          .arg(describe(expected))
                          .arg(grace.count()));
    log.info("sending SIGKILL to pid {} ({})", pid, expected.program);
    const Sent killed = m_services.signal(pid, Signal::Kill);
    if (killed != Sent::Sent && killed != Sent::NoSuchProcess)
        return result(StopOutcome::Failed, tr("could not kill %1").arg(describe(expected)));
    if (ended(std::chrono::milliseconds(3000)))
        return result(StopOutcome::Killed, tr("%1 was killed (SIGKILL)").arg(describe(expected)));
    return result(StopOutcome::Failed, tr("%1 was sent SIGKILL but has not ended").arg(describe(expected)));
}

} // namespace ld::platform
