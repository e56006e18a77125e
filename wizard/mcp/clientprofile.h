#pragma once
// What each MCP client does, per OS, in one row: its config files (and which one it reads),
// the key holding servers, its logs, the PATH it gives servers, its restart hint, its name.

#include "wizard/mcp/hostcontext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ld::wizard {

enum class ClientId { ClaudeDesktop, ClaudeCode, Cursor, VsCode, Windsurf };

// Where a client looks for the PATH it hands to the servers it starts.
enum class ServerPathRule {
    DesktopApp,    // started from the desktop: launchd's PATH on macOS (plus what the app adds),
                   // the registry's user + system PATH on Windows, the desktop session's on Linux
    LoginShell,    // resolves the login shell's environment when it starts (VS Code and its forks)
    InvokingShell, // a command-line tool: the PATH of the terminal it was started from
};

// One file a client reads (or that people edit believing it does).
struct ConfigLocation {
    QString path;
    QString serversKey;   // "mcpServers", "servers", or "mcp.servers" (an object in an object)
    bool project = false; // a project's own file, relative to the project folder
    bool ignored = false; // the client never reads servers from it (mcp.config_wrong_file)
    bool read = true;     // among files of the same kind, the one the installed client reads
    bool exists = false;  // filled by discoverConfigs()
    QString shadowedBy;   // when !read: the file read instead
    QString note;         // why it is (not) read, translated; empty when plain
};

struct ClientProfile {
    Q_DECLARE_TR_FUNCTIONS(ClientProfile)
public:
    ClientId id = ClientId::ClaudeDesktop;
    QString key;                   // "claude-desktop", "claude-code", "cursor", "vscode", "windsurf"
    QString displayName;           // the product's name, never translated
    QString serversKey;            // in its main config
    QString urlKey;                // the key of a remote entry's address ("url", Windsurf "serverUrl")
    bool urlEntriesNative = false; // starts remote (url) entries itself, without a bridge
    bool jsonc = false;            // accepts comments and trailing commas
    bool honoursCwd = false;       // applies an entry's "cwd"
    bool expandsVariables = false; // replaces ${VAR} in args and env
    ServerPathRule pathRule = ServerPathRule::DesktopApp;
    // The root key of the setting "Use Built-in Node.js for MCP" (Claude Desktop:
    // isUsingBuiltInNodeForMcp; true runs node/npx with the app's own Node.js, which does not see
    // globally installed npm packages); empty when the client has none.
    QString builtInNodeKey;

    // Every file of this client on that OS, in the order it tries them; projectDir adds the
    // project files (empty: none).
    QList<ConfigLocation> locations(const HostContext& host, const QString& projectDir = {}) const;
    // Where it writes its logs, in the order tried.
    QStringList logDirectories(const HostContext& host) const;
    // The log of one server in one of those folders; empty when the client keeps no such file.
    QString serverLogName(const QString& server) const;
    // What to do after changing its config, translated.
    QString restartHint() const;

    static const QList<ClientProfile>& all();
    static const ClientProfile& get(ClientId id);
    static const ClientProfile* byKey(const QString& key); // nullptr when unknown
    static const ClientProfile& claudeDesktop() { return get(ClientId::ClaudeDesktop); }
};

// One config file found on this machine and the client it belongs to.
struct DiscoveredConfig {
    const ClientProfile* client = nullptr;
    ConfigLocation location;
};
// Every config file present, client by client (all() order), ignored files included.
QList<DiscoveredConfig> discoverConfigs(const HostContext& host, const QString& projectDir = {});

// The client a file belongs to, from its name and folder, else from its shape; `reason` says
// which (translated).
struct ClientGuess {
    const ClientProfile* client = nullptr;
    ConfigLocation location;
    QString reason;
};
ClientGuess guessClient(const QString& path, const QByteArray& bytes, const HostContext& host);

// Claude Desktop's files, kept for the bundle and the tray (the profile's first row).
QStringList configCandidates(const HostContext& host);
QStringList logDirectoryCandidates(const HostContext& host);

} // namespace ld::wizard
