#include "app/mcpservercommand.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "app/mcpserver.h"
#include "platform/log.h"

#include <QCoreApplication>
#include <spdlog/spdlog.h>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int commandMcpServer(const QStringList& arguments, platform::System& system) {
    CommandLine cli(
        QStringLiteral("mcp-server"),
        Tr::tr("Speaks MCP (newline-delimited JSON-RPC) on stdin and stdout, so an MCP client such as "
               "Claude Desktop, Claude Code or Cursor can ask why a local address can't be reached. "
               "Its tools only read: check_address, list_listeners, find_free_port, "
               "diagnose_mcp_config."));
    cli.parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Tr::tr("Log to stderr.")});
    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    if (!cli.parser.positionalArguments().isEmpty())
        return cli.usageError(Tr::tr("mcp-server takes no arguments."));
    log::get(log::Area::App).info("mcp-server: serving on stdio");
    McpServer server(system);
    server.serve(stdin, stdout);
    return ExitOk;
}

} // namespace ld::app
