#pragma once
// The PATH an MCP client gives the servers it starts (not the shell's), where `command` resolves
// on it, and the environment a server gets. Pure functions of a HostContext and a ClientProfile,
// so macOS and Windows are tested here with a fake home.

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

// The folders of the PATH the client gives its servers, in order, by its ServerPathRule.
// DesktopApp on macOS: every ~/.nvm/versions/node/*/bin (oldest version first), /usr/local/bin,
// /opt/homebrew/bin, then /usr/bin:/bin:/usr/sbin:/sbin (launchd's, and what Claude Desktop
// adds); on Windows the registry's user + system PATH (HostContext::sessionPath), else the
// environment's; on Linux the desktop session's (HostContext::sessionPath), else the
// environment's without what shell start-up files add (nvm, pyenv, cargo...), no duplicates.
// LoginShell: the login shell's PATH; InvokingShell: the environment's.
QStringList clientServerPath(const ClientProfile& client, const HostContext& host);
// A PATH without duplicates (and, with dropShellAdditions, without nvm/pyenv/cargo... folders).
QStringList cleanPath(const QStringList& dirs, const HostContext& host, bool dropShellAdditions);
// nvm's version folders' bin, oldest first (or newest first).
QStringList nvmBinFolders(const HostContext& host, bool newestFirst = false);
QString nvmVersionsRoot(const HostContext& host);

// nvm version folder names sorted by semantic version, oldest first ("v18.20.0" < "v20.11.1").
QStringList sortNodeVersions(QStringList versions);

struct CommandResolution {
    QString command;              // as written in the config
    QString resolved;             // where the client finds it; empty when it does not
    QStringList searched;         // the folders tried, in order
    QString shellResolved;        // where the login shell finds it, when known
    QStringList foundElsewhere;   // where it exists outside the client's PATH, best first
    QStringList elsewhereSources; // for each: "login shell PATH", "nvm", "Homebrew", "~/.local/bin"...
    bool needsCmd = false;        // Windows: only a .cmd/.bat shim, which needs "cmd /c"
    QString shim;                 // that shim's path, when found
    bool notExecutable = false;   // it exists (as written or along the PATH) but may not be run
    QString nonExecutable;        // that file
};
CommandResolution resolveCommand(const QString& command, const HostContext& host,
                                 const ClientProfile& client = ClientProfile::claudeDesktop());
// The command names a file (a folder separator, a drive letter): it is never searched along PATH.
bool commandIsPath(const QString& command);

// The environment the client gives a server: a small inherited set plus the entry's env.
QMap<QString, QString> launchEnvironment(const HostContext& host, const QMap<QString, QString>& entryEnv,
                                         const ClientProfile& client = ClientProfile::claudeDesktop());

} // namespace ld::wizard

#include "wizard/mcp/mcpbridge.h"
#include "wizard/mcp/mcpstaticchecks.h"
