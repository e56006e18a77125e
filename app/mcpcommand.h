#pragma once
// `localhost-doctor mcp [--config FILE] [--no-launch] [--json] [--timeout-ms N] [--verbose]`:
// checks Claude Desktop's config and every MCP server in it. The report's steps are "config" and
// one "server:NAME" per server entry.
//
// `mcp --fix FIX --server NAME [--port N] --yes` applies a fix the check offers that edits the
// config (fix.use_absolute_command, fix.use_port, fix.wrap_in_cmd); without --yes it only prints
// what would change. `mcp --undo BACKUP --yes` restores the config from that backup.
// `mcp --client NAME --fix fix.add_localhost_doctor [--yes]` adds this program to that client's
// config as an MCP server (app/mcpselfinstall.h).
//
// Exit status: 0 nothing wrong (or the fix was applied); 1 a problem was found; 2 bad usage, a
// fix that is not offered, or --yes missing; 3 the tool failed (e.g. the config can't be written).

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

int commandMcp(const QStringList& arguments, platform::System& system);

} // namespace ld::app
