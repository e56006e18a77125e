#pragma once
// The `mcp` command's engine: reads the MCP clients' configs and builds a report whose steps are
// "config" and one "server:NAME" per server entry (with several clients, "config:CLIENT" and
// "server:CLIENT:NAME"). Each server gets the static checks by its client's and its config's OS
// rules; with launch, stdio servers get the real handshake and bridge URLs the six steps plus
// the MCP step, all servers in parallel. run() is synchronous (the command line); start() runs
// the same on a worker thread; both report through signals, like Diagnosis.

#include "platform/system.h"
#include "wizard/mcp/clientlogs.h"
#include "wizard/mcp/mcpconfig.h"
#include "wizard/mcp/mcppath.h"
#include "wizard/mcp/mcpprobe.h"
#include "wizard/report/report.h"
#include "wizard/runworker.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>

namespace ld::wizard {

struct McpOptions {
    QString configPath;      // --config: that file, its client guessed
    QString client;          // --client: that client's config (a ClientProfile key or name)
    bool allClients = false; // neither: every client present (false: Claude Desktop's only)
    QString projectDir;      // with allClients: also the project files in this folder
    bool launch = true;      // false: --no-launch, static checks only
    std::chrono::milliseconds handshakeTimeout{10000}; // per server
    std::chrono::milliseconds connectTimeout{1500};    // the six steps on a bridge's URL
    int maxParallel = 16;
};

class McpDiagnosis final : public QObject {
    Q_OBJECT
public:
    using StdioProbe = std::function<McpProbeResult(const StdioServerSpec&, const McpProbeLimits&)>;
    using HttpProbe = std::function<McpProbeResult(const QString&, const McpProbeLimits&)>;
    // The six steps (and the MCP step) on a bridge's URL.
    using TargetDiagnoser = std::function<Report(const Target&, const Options&)>;

    McpDiagnosis(platform::System& system, HostContext host, McpOptions options, QObject* parent = nullptr);
    ~McpDiagnosis() override;

    // Seams for tests; the defaults are the real probes and Diagnosis on `system`.
    void setStdioProbe(StdioProbe probe) { m_stdioProbe = std::move(probe); }
    void setHttpProbe(HttpProbe probe) { m_httpProbe = std::move(probe); }
    void setTargetDiagnoser(TargetDiagnoser diagnoser) { m_targetDiagnoser = std::move(diagnoser); }

    Report run();
    void start();
    void cancel(); // servers not started yet are skipped
    bool isRunning() const;

    // After run(): the configs read, in step order; config() is the first.
    const QList<McpConfig>& configs() const { return m_configs; }
    const McpConfig& config() const;
    // The configs this run reads (no server is started), for a list of the clients found.
    static QList<McpConfig> readConfigs(const HostContext& host, const McpOptions& options);

Q_SIGNALS:
    void stepStarted(const QString& stepId);
    void stepFinished(const ld::wizard::StepResult& result); // from worker threads, in any order
    void finished(const ld::wizard::Report& report);

private:
    StepResult configStep(const McpConfig& config) const;
    StepResult serverStep(const McpConfig& config, const McpServerEntry& entry);
    void diagnoseUrl(const QString& server, const BridgeInfo& bridge, StepResult& step);
    void previewFixes(const McpConfig& config, StepResult& step) const;

    platform::System& m_system;
    HostContext m_host;
    McpOptions m_options;
    QList<McpConfig> m_configs;
    StdioProbe m_stdioProbe;
    HttpProbe m_httpProbe;
    TargetDiagnoser m_targetDiagnoser;
    RunWorker m_worker; // last, so it is destroyed first: the run stops before the members it reads go
};

} // namespace ld::wizard
