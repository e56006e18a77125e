#pragma once
// What a step concludes. Ids are stable: tests, scripts and support staff rely on them.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ld::wizard {

enum class Severity { Ok, Info, Warning, Error };
QString severityName(Severity severity);

// What carrying out a fix does; the GUI and the command line act on this, never on the id.
enum class FixAction {
    UseValue,       // a corrected value to use: another port, host, URL or path, a free port
    StopProcess,    // stop the process named in params (pid, start time, executable)
    EditConfig,     // edit an MCP client's config file (server entry in params)
    SetEnvironment, // a variable line for the user's shell profile (no_proxy)
    OpenUrl,        // a page to open (documentation, a settings panel)
};
QString fixActionName(FixAction action); // "use_value", "stop_process", ... (stable, for JSON)

struct Fix {
    QString id;    // e.g. "fix.use_port"
    QString label; // translated, shown on a button
    QVariantMap params;
    bool changesSystem = false;
    QString preview; // exactly what it will do, for fixes that change something
    FixAction action = FixAction::UseValue;
};

struct Finding {
    QString id; // e.g. "port.out_of_range"
    Severity severity = Severity::Info;
    QString title;  // one line, plain words
    QString detail; // what it means and what to do
    QJsonObject evidence;
    QList<Fix> fixes;
    // Root cause (filled when the report is settled): the findings this one explains, and the
    // one that explains this one. An explained finding stays in the report but is no verdict.
    QStringList explains;
    QString explainedBy;
};

enum class StepStatus { Pass, Warn, Fail, Skip };
QString stepStatusName(StepStatus status);

struct StepResult {
    QString id; // "port", "server", "firewall", "conflict", "protocol", "proxy", "mcp"
    StepStatus status = StepStatus::Skip;
    double elapsedMs = 0;
    QList<Finding> findings;

    // Pass, Warn or Fail from the worst finding; Skip when there are none.
    void settleStatus();
};

} // namespace ld::wizard
