#pragma once
// Carries out `fix.stop_process` for the command line and the GUI: looks the process up again,
// checks it is still the one the user was shown, then asks the system to end it.

#include "platform/system.h"
#include "wizard/report/finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <chrono>
#include <optional>

namespace ld::wizard {

struct StopRequest {
    qint64 pid = -1;
    QString program; // what the user was shown; checked again before the signal
    QString command;
    quint64 startTime = 0; // 0: unknown (then only the program name is checked)
    bool kill = false;     // SIGKILL when SIGTERM was not enough
    std::chrono::milliseconds grace{3000};

    // From a fix.stop_process's params {"pid", "program", "command", "start_time"}.
    static std::optional<StopRequest> fromFix(const Fix& fix);
};

struct StopReport {
    platform::StopOutcome outcome = platform::StopOutcome::Failed;
    qint64 pid = -1;
    QString program;
    QString message;       // translated, one or two plain sentences
    QString systemMessage; // the platform's own words, for logs and evidence

    bool stopped() const; // terminated, killed, or already gone
    QString
    outcomeName() const; // "terminated", "killed", "still_running", "refused", "gone", "changed", "failed"
    // {"fix": "fix.stop_process", "pid": N, "program": "...", "outcome": "...", "message": "..."}
    QJsonObject toJson() const;
};

class ProcessStopper {
    Q_DECLARE_TR_FUNCTIONS(ProcessStopper)
public:
    explicit ProcessStopper(platform::System& system);

    StopReport stop(const StopRequest& request);
    // What the fix will do, for the confirmation: "Send SIGTERM to node (pid 4312): node server.js".
    // What the stop will do, in the words of the OS it runs on (`os` as System::osName() says):
    // POSIX sends SIGTERM; Windows asks the program to close (WM_CLOSE), which names no signal.
    static QString preview(qint64 pid, const QString& program, const QString& command,
                           const std::string& os = "linux");

private:
    platform::System& m_system;
};

} // namespace ld::wizard
