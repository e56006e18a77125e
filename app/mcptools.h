#pragma once
// The read-only tools of `localhost-doctor mcp-server`: their descriptions with input and output
// JSON schemas, and the calls. No tool changes the system: fixes come back as descriptions with
// the exact command a person can run.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ld::platform {
class System;
}

namespace ld::app {

struct ToolOutcome {
    QJsonObject structured; // the tool's result (matches its outputSchema); empty on error
    QString text;           // the same for people (a text content block)
    bool isError = false;   // a tool-level error: bad arguments a model can correct
};

class McpTools {
public:
    explicit McpTools(platform::System& system);

    // The `tools` array of tools/list: name, title, description, inputSchema, outputSchema,
    // annotations (readOnlyHint).
    static QJsonArray list();
    static bool has(const QString& name);
    ToolOutcome call(const QString& name, const QJsonObject& arguments);

private:
    ToolOutcome checkAddress(const QJsonObject& arguments);
    ToolOutcome listListeners(const QJsonObject& arguments);
    ToolOutcome findFreePort(const QJsonObject& arguments);
    ToolOutcome diagnoseMcpConfig(const QJsonObject& arguments);

    platform::System& m_system;
};

// "localhost-doctor check 'localhost:3000' --fix fix.stop_process --yes" style quoting: an
// argument is single-quoted unless it is made of safe characters only.
QString shellQuote(const QString& argument);

} // namespace ld::app
