#pragma once
// `mcp --client NAME --fix fix.add_localhost_doctor [--yes] [--json]` (or --config FILE, whose
// client is guessed unless --client names it): adds this program as the stdio server
// "localhost-doctor" (`localhost-doctor mcp-server`) to that client's config. Without --yes it
// prints the diff; with it, a backup is kept and `mcp --undo BACKUP --yes` takes it back. A
// missing config is created (0600). Already there: says so, exit 0.

#include <QCommandLineParser>

namespace ld::wizard {
struct HostContext;
}

namespace ld::app {

int runSelfInstall(const QCommandLineParser& parser, const wizard::HostContext& host, bool json);

} // namespace ld::app
