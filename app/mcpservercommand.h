#pragma once
// `localhost-doctor mcp-server`: the doctor as an MCP server over stdio, with read-only tools
// (check_address, list_listeners, find_free_port, diagnose_mcp_config). Stdout carries only
// JSON-RPC; logs go to stderr and the log file. It never changes the system.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

int commandMcpServer(const QStringList& arguments, platform::System& system);

} // namespace ld::app
