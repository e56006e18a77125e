#include "wizard/report/finding.h"

namespace ld::wizard {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

QString fixActionName(FixAction action) {
    switch (action) {
    case FixAction::UseValue:
        return QStringLiteral("use_value");
    case FixAction::StopProcess:
        return QStringLiteral("stop_process");
    case FixAction::EditConfig:
        return QStringLiteral("edit_config");
    case FixAction::SetEnvironment:
        return QStringLiteral("set_environment");
    case FixAction::OpenUrl:
        return QStringLiteral("open_url");
    }
    return QStringLiteral("use_value");
}

QString stepStatusName(StepStatus status) {
    switch (status) {
    case StepStatus::Pass:
        return QStringLiteral("pass");
    case StepStatus::Warn:
        return QStringLiteral("warn");
    case StepStatus::Fail:
        return QStringLiteral("fail");
    case StepStatus::Skip:
        return QStringLiteral("skip");
    }
    return QStringLiteral("skip");
}

void StepResult::settleStatus() {
    if (findings.isEmpty()) {
        status = StepStatus::Skip;
        return;
    }
    status = StepStatus::Pass;
    for (const Finding& finding : findings) {
        if (finding.severity == Severity::Error)
            status = StepStatus::Fail;
        else if (finding.severity == Severity::Warning && status == StepStatus::Pass)
            status = StepStatus::Warn;
    }
}

} // namespace ld::wizard
