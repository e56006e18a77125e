#pragma once
// Talking MCP to a server: a stdio server launched as Claude Desktop would, or an HTTP endpoint
// (Streamable HTTP, legacy HTTP+SSE, server/discover). The probe lists, it never calls a tool.

#include "wizard/report/finding.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <chrono>

namespace ld::wizard {

struct StdioServerSpec {
    QString name;    // the key under mcpServers
    QString command; // resolved executable (absolute path when it was found)
    QStringList args;
    QMap<QString, QString> env; // the complete environment to give it
    QString workingDirectory;   // empty: inherit
};

struct McpProbeLimits {
    std::chrono::milliseconds handshakeTimeout{10000}; // Claude Desktop itself waits 60 s
    qint64 maxStdoutBytes = 4 * 1024 * 1024;
    qint64 maxStderrBytes = 256 * 1024;
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
McpProbeResult probeStdioServer(const StdioServerSpec& spec, const McpProbeLimits& limits = {});
McpProbeResult probeHttpServer(const QString& url, const McpProbeLimits& limits = {});

} // namespace ld::wizard
