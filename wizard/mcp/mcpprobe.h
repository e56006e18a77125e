#pragma once
// Talking MCP to a server: a stdio server launched as Claude Desktop would, or an HTTP endpoint
// (Streamable HTTP, legacy HTTP+SSE, server/discover). The probe lists, it never calls a tool.

#include "wizard/report/finding.h"

#include <QDeadlineTimer>
#include <QMap>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <chrono>

namespace ld::wizard {

struct StdioServerSpec {
    QString name;    // the key under mcpServers
    QString command; // resolved executable (absolute path when it was found)
    QStringList args;
    QMap<QString, QString> env; // the complete environment to give it
    QString workingDirectory;   // empty: inherit
};

// Which protocol era a probe speaks: Auto tries initialize, then server/discover when refused.
enum class McpEra { Auto, Legacy, Modern };

struct McpProbeLimits {
    // The budget of one whole probe (every request, both eras, the OAuth metadata), not of each
    // wait: --timeout-ms is what the user waits at most. Claude Desktop itself waits 60 s.
    std::chrono::milliseconds handshakeTimeout{10000};
    McpEra era = McpEra::Auto;
    qint64 maxStdoutBytes = 4 * 1024 * 1024;
    qint64 maxStderrBytes = 256 * 1024;
    // When the budget ends; the probes set it from handshakeTimeout when they start.
    QDeadlineTimer deadline{QDeadlineTimer::Forever};

    // Starts the budget unless a caller already did.
    void startBudget() {
        if (deadline.isForever())
            deadline = QDeadlineTimer(handshakeTimeout);
    }
    // How long the next wait may take: what is left of the budget.
    std::chrono::milliseconds wait() const {
        if (deadline.isForever())
            return handshakeTimeout;
        return std::clamp(std::chrono::milliseconds(deadline.remainingTime()), std::chrono::milliseconds(0),
                          handshakeTimeout);
    }
};

struct McpProbeResult {
    // mcp.ok, mcp.stdout_pollution, mcp.server_exited, mcp.handshake_timeout, mcp.protocol_mismatch,
    // mcp.unauthorized, ... with evidence (server name, version, protocol version, counts, stderr tail).
    QList<Finding> findings;
    QString serverName;
    QString serverVersion;
    QString protocolVersion;
    int tools = -1;
    int resources = -1;
    int prompts = -1;
    double elapsedMs = 0;
};

// Blocking; call from a worker thread (it runs its own event loop), never the GUI thread.
// With era Auto, each era is probed in a fresh process: initialize (up to 2025-11-25), then
// server/discover (2026-07-28); both attempts are recorded and a server speaking only one era
// gets mcp.era_mismatch naming both versions (mcperas.cpp).
McpProbeResult probeStdioServer(const StdioServerSpec& spec, const McpProbeLimits& limits = {});
// One process, one era (Auto: initialize, then server/discover in the same process when refused).
McpProbeResult probeStdioServerOnce(const StdioServerSpec& spec, const McpProbeLimits& limits);
// On a 401 without resource_metadata, also the /.well-known/oauth-protected-resource forms,
// each URL tried in the evidence (metadata_tried).
McpProbeResult probeHttpServer(const QString& url, const McpProbeLimits& limits = {});
McpProbeResult probeHttpServerOnce(const QString& url, const McpProbeLimits& limits);

} // namespace ld::wizard
