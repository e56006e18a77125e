#pragma once
// What Claude Desktop does with a server entry before the server says a word: the PATH it gives
// servers (not the shell's), where `command` resolves on it, which arguments are paths that must
// exist, and which bridge (mcp-remote, supergateway, mcp-proxy) carries a URL. Pure functions of
// a HostContext, so macOS and Windows are tested here with a fake home.

#include "wizard/mcp/mcpconfig.h"
#include "wizard/report/finding.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace ld::wizard {

QChar pathListSeparator(HostOs os); // ':' or ';'

// The folders of the PATH Claude Desktop gives its servers, in order. macOS: every
// ~/.nvm/versions/node/*/bin (oldest version first), /usr/local/bin, /opt/homebrew/bin, then
// /usr/bin:/bin:/usr/sbin:/sbin. Windows and Linux: the environment's PATH.
QStringList claudeDesktopPath(const HostContext& host);

// nvm version folder names sorted by semantic version, oldest first ("v18.20.0" < "v20.11.1").
QStringList sortNodeVersions(QStringList versions);

struct CommandResolution {
    QString command;              // as written in the config
    QString resolved;             // where Claude Desktop finds it; empty when it does not
    QStringList searched;         // the folders tried, in order
    QString shellResolved;        // where the login shell finds it, when known
    QStringList foundElsewhere;   // where it exists outside Claude Desktop's PATH, best first
    QStringList elsewhereSources; // for each: "login shell PATH", "nvm", "Homebrew", "~/.local/bin"...
    bool needsCmd = false;        // Windows: only a .cmd/.bat shim, which needs "cmd /c"
    QString shim;                 // that shim's path, when found
};
CommandResolution resolveCommand(const QString& command, const HostContext& host);

// An argument that names a file or folder: absolute, ~/, ./, ../, C:\ or \\server.
struct PathArgument {
    int index = 0;
    QString argument;
    QString path; // with ~ expanded
    bool relative = false;
    bool exists = false;
};
QList<PathArgument> pathArguments(const QStringList& args, const HostContext& host);

// A bridge that carries a remote URL to Claude Desktop over stdio.
struct BridgeInfo {
    QString package;   // "mcp-remote", "supergateway", "mcp-proxy", or "url" for a remote entry
    QString url;       // the URL inside the value
    QString value;     // the whole string value holding it (e.g. "--sse=http://...")
    int argIndex = -1; // index in args; -1 when the value is the entry's "url"
    QString transport; // "sse", "streamableHttp" or empty when the bridge guesses
};
// Finds the bridge package among command and args (even after -y, npx, cmd /c) and its URL.
std::optional<BridgeInfo> findBridge(const QString& command, const QStringList& args);
// The package name without its version or folder: "@scope/mcp-remote@1.2" -> "@scope/mcp-remote".
QString packageName(const QString& token);

// mcp.remote_url_invalid for a URL that can't be reached at all (port 619009), with fix.use_port
// repairs ranked by what listens now; nullopt when the URL is a target to diagnose.
std::optional<Finding> remoteUrlProblem(const QString& server, const BridgeInfo& bridge,
                                        const QSet<int>& listening);
// The value with its URL's port replaced (only the port's characters change).
QString withPort(const BridgeInfo& bridge, int port);

// The environment Claude Desktop gives a server: a small inherited set plus the entry's env.
QMap<QString, QString> launchEnvironment(const HostContext& host, const QMap<QString, QString>& entryEnv);

// The checks before launching: mcp.command_not_found, mcp.windows_needs_cmd,
// mcp.path_argument_missing, mcp.path_argument_relative, and mcp.command_found when all is well.
class McpStaticChecks {
    Q_DECLARE_TR_FUNCTIONS(McpStaticChecks)
public:
    static QList<Finding> check(const McpServerEntry& entry, const HostContext& host,
                                CommandResolution* resolution = nullptr);
};

} // namespace ld::wizard
