#include "wizard/processstopper.h"

#include "platform/log.h"

#include <spdlog/spdlog.h>

namespace ld::wizard {

using platform::StopOutcome;

std::optional<StopRequest> StopRequest::fromFix(const Fix& fix) {
    if (fix.id != QLatin1String("fix.stop_process"))
        return std::nullopt;
    bool ok = false;
    StopRequest request;
    request.pid = fix.params.value(QStringLiteral("pid")).toLongLong(&ok);
    if (!ok || request.pid <= 0)
        return std::nullopt;
    request.program = fix.params.value(QStringLiteral("program")).toString();
    request.command = fix.params.value(QStringLiteral("command")).toString();
    // start_time travels as a string: JSON numbers lose precision above 2^53.
    request.startTime = fix.params.value(QStringLiteral("start_time")).toString().toULongLong();
    return request;
}

bool StopReport::stopped() const {
    return outcome == StopOutcome::Terminated || outcome == StopOutcome::Killed ||
           outcome == StopOutcome::Gone;
}

QString StopReport::outcomeName() const {
    switch (outcome) {
    case StopOutcome::Terminated:
        return QStringLiteral("terminated");
    case StopOutcome::Killed:
        return QStringLiteral("killed");
    case StopOutcome::StillRunning:
        return QStringLiteral("still_running");
    case StopOutcome::Refused:
        return QStringLiteral("refused");
    case StopOutcome::Gone:
        return QStringLiteral("gone");
    case StopOutcome::Changed:
        return QStringLiteral("changed");
    case StopOutcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject StopReport::toJson() const {
    QJsonObject json;
    json.insert(QStringLiteral("fix"), QStringLiteral("fix.stop_process"));
    json.insert(QStringLiteral("pid"), pid);
    json.insert(QStringLiteral("program"), program);
    json.insert(QStringLiteral("outcome"), outcomeName());
    json.insert(QStringLiteral("message"), message);
    json.insert(QStringLiteral("system_message"), systemMessage);
    return json;
}

ProcessStopper::ProcessStopper(platform::System& system)
    : m_system(system) {}

QString ProcessStopper::preview(qint64 pid, const QString& program, const QString& command,
                                const std::string& os) {
    if (os == "windows")
        return command.isEmpty() ? tr("Ask %1 (pid %2) to close").arg(program).arg(pid)
                                 : tr("Ask %1 (pid %2) to close: %3").arg(program).arg(pid).arg(command);
    if (command.isEmpty())
        return tr("Send SIGTERM to %1 (pid %2)").arg(program).arg(pid);
    return tr("Send SIGTERM to %1 (pid %2): %3").arg(program).arg(pid).arg(command);
}

StopReport ProcessStopper::stop(const StopRequest& request) {
    StopReport report;
    report.pid = request.pid;
    report.program = request.program;
    const QString who = tr("%1 (pid %2)")
                            .arg(request.program.isEmpty() ? tr("the process") : request.program)
                            .arg(request.pid);

    const auto current = m_system.process(request.pid);
    if (!current) {
        report.outcome = StopOutcome::Gone;
        report.message = tr("%1 is no longer running.").arg(who);
        return report;
    }
    platform::ProcessInfo expected = *current;
    if (request.startTime != 0)
        expected.startTime = request.startTime; // the one the user saw, not the one running now
    const bool renamed =
        !request.program.isEmpty() && QString::fromStdString(current->program) != request.program;
    platform::StopResult result;
    if (renamed)
        result = {StopOutcome::Changed, "program is now " + current->program};
    else
        result = m_system.stopProcess(expected, request.kill, request.grace);
    report.outcome = result.outcome;
    report.systemMessage = QString::fromStdString(result.message);
    log::get(log::Area::Platform)
        .info("stop pid {}: {} ({})", request.pid, report.outcomeName().toStdString(), result.message);

    switch (result.outcome) {
    case StopOutcome::Terminated:
        report.message = tr("%1 has stopped.").arg(who);
        break;
    case StopOutcome::Killed:
        report.message = tr("%1 did not stop when asked, so it was killed.").arg(who);
        break;
    case StopOutcome::StillRunning:
        report.message = tr("%1 is still running %2 seconds after being asked to stop. Try again with the "
                            "option to kill it, or stop it from its own window.")
                             .arg(who)
                             .arg(double(request.grace.count()) / 1000.0);
        break;
    case StopOutcome::Refused:
        if (request.pid <= 1)
            report.message = tr("%1 was not stopped: it is the system's first process.").arg(who);
        else if (request.pid == QCoreApplication::applicationPid())
            report.message = tr("%1 was not stopped: it is Localhost Doctor itself.").arg(who);
        else if (current->uid != m_system.currentUid() && !m_system.elevated())
            report.message =
                tr("%1 was not stopped: it belongs to the user %2. Only that user, or an "
                   "administrator (sudo), can stop it.")
                    .arg(who, QString::fromStdString(current->user.empty() ? std::to_string(current->uid)
                                                                           : current->user));
        else
            report.message = tr("%1 was not stopped: %2").arg(who, report.systemMessage);
        break;
    case StopOutcome::Gone:
        report.message = tr("%1 is no longer running.").arg(who);
        break;
    case StopOutcome::Changed:
        report.message =
            tr("Pid %1 now belongs to a different process, so nothing was stopped. Run the check "
               "again to see what holds the port now.")
                .arg(request.pid);
        break;
    case StopOutcome::Failed:
        report.message = tr("%1 could not be stopped: %2").arg(who, report.systemMessage);
        break;
    }
    return report;
}

} // namespace ld::wizard
