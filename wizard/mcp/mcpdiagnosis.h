#pragma once
// The `mcp` command's engine: reads Claude Desktop's config and builds a report whose steps are
// "config" and one "server:NAME" per server entry. Each server gets the static checks (command on
// Claude Desktop's PATH, path arguments, bridge URL); with launch, stdio servers get the real
// handshake and bridge URLs the six steps plus the MCP step, all servers in parallel. Recent
// errors from Claude Desktop's own logs become evidence on the server's findings.

#include "platform/system.h"
#include "wizard/mcp/mcpconfig.h"
#include "wizard/mcp/mcppath.h"
#include "wizard/mcp/mcpprobe.h"
#include "wizard/report/report.h"

#include <QCoreApplication>
#include <chrono>
#include <functional>
#include <memory>

namespace ld::wizard {

struct McpOptions {
    QString configPath;                                // --config; empty: the OS's location
    bool launch = true;                                // false: --no-launch, static checks only
    std::chrono::milliseconds handshakeTimeout{10000}; // per server
    std::chrono::milliseconds connectTimeout{1500};    // the six steps on a bridge's URL
    int maxParallel = 16;
};

// Recent error lines about one server from Claude Desktop's logs (mcp-server-NAME.log, and the
// lines of mcp.log naming it), reading only the tail of each file. Empty when there are none.
QJsonObject claudeLogEvidence(const HostContext& host, const QString& server, int maxLines = 10,
                              qint64 tailBytes = 64 * 1024);

class McpDiagnosis {
    Q_DECLARE_TR_FUNCTIONS(McpDiagnosis)
public:
    using SystemFactory = std::function<std::unique_ptr<platform::System>()>;
    using StdioProbe = std::function<McpProbeResult(const StdioServerSpec&, const McpProbeLimits&)>;
    using HttpProbe = std::function<McpProbeResult(const QString&, const McpProbeLimits&)>;
    // The six steps (and the MCP step) on a bridge's URL.
    using TargetDiagnoser = std::function<Report(const Target&, const Options&)>;

    McpDiagnosis(HostContext host, McpOptions options);

    // Seams for tests; the defaults are the real system and the real probes.
    void setSystemFactory(SystemFactory factory) { m_systemFactory = std::move(factory); }
    void setStdioProbe(StdioProbe probe) { m_stdioProbe = std::move(probe); }
    void setHttpProbe(HttpProbe probe) { m_httpProbe = std::move(probe); }
    void setTargetDiagnoser(TargetDiagnoser diagnoser) { m_targetDiagnoser = std::move(diagnoser); }

    // Blocking; the servers are checked on worker threads.
    Report run();
    const McpConfig& config() const { return m_config; }

private:
    StepResult configStep() const;
    StepResult serverStep(const McpServerEntry& entry);
    void diagnoseUrl(const QString& server, const BridgeInfo& bridge, StepResult& step);

    HostContext m_host;
    McpOptions m_options;
    McpConfig m_config;
    SystemFactory m_systemFactory;
    StdioProbe m_stdioProbe;
    HttpProbe m_httpProbe;
    TargetDiagnoser m_targetDiagnoser;
};

} // namespace ld::wizard
