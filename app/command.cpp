#include "app/command.h"

#include "app/bundlecommand.h"
#include "app/checkcommand.h"
#include "app/freeportcommand.h"
#include "app/listenerscommand.h"
#include "app/mcpcommand.h"
#include "app/mcpservercommand.h"
#include "app/traycommand.h"
#include "app/wizardcommand.h"

#include <QtGlobal>

namespace ld::app {

namespace {

bool always(const QStringList&) {
    return true;
}

} // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> rows = {
        {"wizard", QT_TRANSLATE_NOOP("Cli", "open the wizard (also with no command at all)"),
         "wizard [TARGET] [--intent connect|serve] [--mcp] [--screenshots DIR]", always, commandWizard},
        {"check", QT_TRANSLATE_NOOP("Cli", "diagnose why an address can't be reached"),
         "check TARGET [--intent connect|serve] [--mcp] [--json] [--timeout-ms N] [--fix ID [--yes] "
         "[--kill]]",
         nullptr, commandCheck},
        {"listeners", QT_TRANSLATE_NOOP("Cli", "list the listening sockets and their programs"),
         "listeners [--port N] [--json]", nullptr, commandListeners},
        {"free-port", QT_TRANSLATE_NOOP("Cli", "find a port a server can use right now"),
         "free-port [--near N] [--json]", nullptr, commandFreePort},
        {"bundle", QT_TRANSLATE_NOOP("Cli", "write a redacted diagnostic bundle for support"),
         "bundle [-o FILE] [--target T]... [--config FILE] [--yes] [--list]", nullptr, commandBundle},
        {"mcp", QT_TRANSLATE_NOOP("Cli", "check Claude Desktop's config and its MCP servers"),
         "mcp [--config FILE] [--no-launch] [--json] [--timeout-ms N]", nullptr, commandMcp},
        {"tray", QT_TRANSLATE_NOOP("Cli", "watch endpoints from the system tray, or check them once"),
         "tray [--add NAME=TARGET] [--remove NAME] [--list] [--once] [--json]", trayNeedsGui, commandTray},
        {"mcp-server", QT_TRANSLATE_NOOP("Cli", "speak MCP over stdio (read-only tools)"), "mcp-server",
         nullptr, commandMcpServer},
    };
    return rows;
}

const Command* findCommand(const QString& name) {
    for (const Command& command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

} // namespace ld::app
