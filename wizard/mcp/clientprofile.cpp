#include "wizard/mcp/clientprofile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ld::wizard {
namespace {

// The MSIX package of Claude Desktop (the default Windows install since February 2026).
const QString kMsixPackage = QStringLiteral("Claude_pzs8sxrjxfjjc");

QString joinAll(const HostContext& host, QString base, std::initializer_list<const char*> parts) {
    for (const char* part : parts)
        base = host.join(base, QString::fromUtf8(part));
    return base;
}

QString appData(const HostContext& host) {
    const QString value = host.envValue(QStringLiteral("APPDATA"));
    return value.isEmpty() ? joinAll(host, host.home, {"AppData", "Roaming"}) : value;
}

QString localAppData(const HostContext& host) {
    const QString value = host.envValue(QStringLiteral("LOCALAPPDATA"));
    return value.isEmpty() ? joinAll(host, host.home, {"AppData", "Local"}) : value;
}

QString userProfile(const HostContext& host) {
    const QString value = host.envValue(QStringLiteral("USERPROFILE"));
    return value.isEmpty() ? host.home : value;
}

QStringList xdgConfigRoots(const HostContext& host) {
    QStringList roots;
    const QString xdg = host.envValue(QStringLiteral("XDG_CONFIG_HOME"));
    if (!xdg.isEmpty())
        roots << xdg;
    const QString standard = host.join(host.home, QStringLiteral(".config"));
    if (!roots.contains(standard))
        roots << standard;
    return roots;
}

// The folder an Electron app named `name` keeps its data in ("Code", "Cursor", "Claude").
QStringList appDataFolders(const HostContext& host, const QString& name) {
    switch (host.os) {
    case HostOs::MacOs:
        return {host.join(joinAll(host, host.home, {"Library", "Application Support"}), name)};
    case HostOs::Windows:
        return {host.join(appData(host), name)};
    case HostOs::Linux:
        break;
    }
    QStringList folders;
    for (const QString& root : xdgConfigRoots(host))
        folders << host.join(root, name);
    return folders;
}

QString msixRoaming(const HostContext& host) {
    return joinAll(host, host.join(host.join(localAppData(host), QStringLiteral("Packages")), kMsixPackage),
                   {"LocalCache", "Roaming", "Claude"});
}

bool msixInstalled(const HostContext& host) {
    return host.os == HostOs::Windows &&
           host.exists(host.join(host.join(localAppData(host), QStringLiteral("Packages")), kMsixPackage));
}

ConfigLocation location(const QString& path, const QString& key) {
    ConfigLocation where;
    where.path = path;
    where.serversKey = key;
    return where;
}

QString homeFolder(const HostContext& host) {
    return host.os == HostOs::Windows ? userProfile(host) : host.home;
}

QList<ConfigLocation> claudeDesktopLocations(const HostContext& host) {
    const QString file = QStringLiteral("claude_desktop_config.json");
    const QString key = QStringLiteral("mcpServers");
    QList<ConfigLocation> list;
    if (host.os != HostOs::Windows) {
        for (const QString& folder : appDataFolders(host, QStringLiteral("Claude")))
            list << location(host.join(folder, file), key);
        return list;
    }
    ConfigLocation msix = location(host.join(msixRoaming(host), file), key);
    ConfigLocation classic =
        location(host.join(host.join(appData(host), QStringLiteral("Claude")), file), key);
    const bool packaged = msixInstalled(host);
    const bool msixFile = host.exists(msix.path);
    if (packaged && msixFile) {
        classic.read = false;
        classic.shadowedBy = msix.path;
        classic.note = ClientProfile::tr("The installed app (MSIX package) reads %1 and ignores this file.")
                           .arg(msix.path);
        msix.note = ClientProfile::tr("The installed app (MSIX package) reads this file.");
    } else if (packaged) {
        msix.read = false;
        classic.note =
            ClientProfile::tr("The app is installed as an MSIX package, which sees this file until it "
                              "writes its own copy in %1.")
                .arg(msix.path);
    } else {
        msix.read = false; // left over from an earlier MSIX install, or never there
        if (msixFile)
            msix.note = ClientProfile::tr("Left over from an MSIX install: the installed app reads %1.")
                            .arg(classic.path);
    }
    // The file the installed app reads comes first.
    if (packaged)
        list << msix << classic;
    else
        list << classic << msix;
    return list;
}

QList<ConfigLocation> claudeCodeLocations(const HostContext& host, const QString& projectDir) {
    const QString home = homeFolder(host);
    const QString key = QStringLiteral("mcpServers");
    QList<ConfigLocation> list;
    list << location(host.join(home, QStringLiteral(".claude.json")), key);
    if (!projectDir.isEmpty()) {
        ConfigLocation project = location(host.join(projectDir, QStringLiteral(".mcp.json")), key);
        project.project = true;
        list << project;
    }
    for (const char* name : {"settings.json", "mcp.json"}) {
        ConfigLocation ignored =
            location(host.join(host.join(home, QStringLiteral(".claude")), QString::fromUtf8(name)), key);
        ignored.ignored = true;
        ignored.read = false;
        ignored.note = ClientProfile::tr("Claude Code never reads MCP servers from this file: it reads "
                                         "~/.claude.json (claude mcp add) and a project's .mcp.json.");
        list << ignored;
    }
    return list;
}

QList<ConfigLocation> dotFolderLocations(const HostContext& host, const QString& projectDir,
                                         const char* folder, const char* file) {
    const QString key = QStringLiteral("mcpServers");
    QList<ConfigLocation> list;
    list << location(
        host.join(host.join(homeFolder(host), QString::fromUtf8(folder)), QString::fromUtf8(file)), key);
    if (!projectDir.isEmpty()) {
        ConfigLocation project = location(
            host.join(host.join(projectDir, QString::fromUtf8(folder)), QString::fromUtf8(file)), key);
        project.project = true;
        list << project;
    }
    return list;
}

QList<ConfigLocation> vsCodeLocations(const HostContext& host, const QString& projectDir) {
    QList<ConfigLocation> list;
    for (const QString& folder : appDataFolders(host, QStringLiteral("Code"))) {
        const QString user = host.join(folder, QStringLiteral("User"));
        list << location(host.join(user, QStringLiteral("mcp.json")), QStringLiteral("servers"));
        list << location(host.join(user, QStringLiteral("settings.json")), QStringLiteral("mcp.servers"));
    }
    if (!projectDir.isEmpty()) {
        ConfigLocation project =
            location(host.join(host.join(projectDir, QStringLiteral(".vscode")), QStringLiteral("mcp.json")),
                     QStringLiteral("servers"));
        project.project = true;
        list << project;
    }
    return list;
}

ClientProfile row(ClientId id, const char* key, const char* name, const char* serversKey) {
    ClientProfile profile;
    profile.id = id;
    profile.key = QString::fromUtf8(key);
    profile.displayName = QString::fromUtf8(name);
    profile.serversKey = QString::fromUtf8(serversKey);
    profile.urlKey = QStringLiteral("url");
    return profile;
}

QList<ClientProfile> makeProfiles() {
    QList<ClientProfile> rows;
    ClientProfile desktop = row(ClientId::ClaudeDesktop, "claude-desktop", "Claude Desktop", "mcpServers");
    desktop.builtInNodeKey = QStringLiteral("isUsingBuiltInNodeForMcp");
    rows << desktop;
    ClientProfile code = row(ClientId::ClaudeCode, "claude-code", "Claude Code", "mcpServers");
    code.urlEntriesNative = true;
    code.expandsVariables = true;
    code.pathRule = ServerPathRule::InvokingShell;
    rows << code;
    ClientProfile cursor = row(ClientId::Cursor, "cursor", "Cursor", "mcpServers");
    cursor.urlEntriesNative = true;
    cursor.jsonc = true;
    cursor.expandsVariables = true;
    cursor.pathRule = ServerPathRule::LoginShell;
    rows << cursor;
    ClientProfile vscode = row(ClientId::VsCode, "vscode", "VS Code", "servers");
    vscode.urlEntriesNative = true;
    vscode.jsonc = true;
    vscode.honoursCwd = true;
    vscode.expandsVariables = true;
    vscode.pathRule = ServerPathRule::LoginShell;
    rows << vscode;
    ClientProfile windsurf = row(ClientId::Windsurf, "windsurf", "Windsurf", "mcpServers");
    windsurf.urlKey = QStringLiteral("serverUrl");
    windsurf.urlEntriesNative = true;
    windsurf.expandsVariables = true;
    windsurf.pathRule = ServerPathRule::LoginShell;
    rows << windsurf;
    return rows;
}

} // namespace

const QList<ClientProfile>& ClientProfile::all() {
    static const QList<ClientProfile> rows = makeProfiles();
    return rows;
}

const ClientProfile& ClientProfile::get(ClientId id) {
    for (const ClientProfile& profile : all())
        if (profile.id == id)
            return profile;
    return all().first();
}

const ClientProfile* ClientProfile::byKey(const QString& key) {
    for (const ClientProfile& profile : all())
        if (profile.key.compare(key, Qt::CaseInsensitive) == 0 ||
            profile.displayName.compare(key, Qt::CaseInsensitive) == 0)
            return &profile;
    return nullptr;
}

QList<ConfigLocation> ClientProfile::locations(const HostContext& host, const QString& projectDir) const {
    switch (id) {
    case ClientId::ClaudeDesktop:
        return claudeDesktopLocations(host);
    case ClientId::ClaudeCode:
        return claudeCodeLocations(host, projectDir);
    case ClientId::Cursor:
        return dotFolderLocations(host, projectDir, ".cursor", "mcp.json");
    case ClientId::VsCode:
        return vsCodeLocations(host, projectDir);
    case ClientId::Windsurf: {
        QList<ConfigLocation> list;
        list << location(joinAll(host, homeFolder(host), {".codeium", "windsurf", "mcp_config.json"}),
                         serversKey);
        return list;
    }
    }
    return {};
}

QStringList ClientProfile::logDirectories(const HostContext& host) const {
    QStringList dirs;
    switch (id) {
    case ClientId::ClaudeDesktop:
        if (host.os == HostOs::MacOs)
            return {joinAll(host, host.home, {"Library", "Logs", "Claude"})};
        if (host.os == HostOs::Windows) {
            if (msixInstalled(host))
                dirs << host.join(msixRoaming(host), QStringLiteral("logs"));
            if (!host.envValue(QStringLiteral("APPDATA")).isEmpty())
                dirs << host.join(host.join(appData(host), QStringLiteral("Claude")), QStringLiteral("logs"));
            if (!host.envValue(QStringLiteral("LOCALAPPDATA")).isEmpty())
                dirs << host.join(host.join(localAppData(host), QStringLiteral("Claude")),
                                  QStringLiteral("Logs"));
            return dirs;
        }
        for (const QString& folder : appDataFolders(host, QStringLiteral("Claude")))
            dirs << host.join(folder, QStringLiteral("logs"));
        return dirs;
    case ClientId::ClaudeCode:
        // mcp-logs-NAME folders per project, below the CLI's cache.
        if (host.os == HostOs::MacOs)
            return {joinAll(host, host.home, {"Library", "Caches", "claude-cli-nodejs"})};
        if (host.os == HostOs::Windows)
            return {joinAll(host, localAppData(host), {"claude-cli-nodejs", "Cache"})};
        return {joinAll(host, host.home, {".cache", "claude-cli-nodejs"})};
    case ClientId::Cursor:
        for (const QString& folder : appDataFolders(host, QStringLiteral("Cursor")))
            dirs << host.join(folder, QStringLiteral("logs"));
        return dirs;
    case ClientId::VsCode:
        for (const QString& folder : appDataFolders(host, QStringLiteral("Code")))
            dirs << host.join(folder, QStringLiteral("logs"));
        return dirs;
    case ClientId::Windsurf:
        for (const QString& folder : appDataFolders(host, QStringLiteral("Windsurf")))
            dirs << host.join(folder, QStringLiteral("logs"));
        return dirs;
    }
    return dirs;
}

QString ClientProfile::serverLogName(const QString& server) const {
    return id == ClientId::ClaudeDesktop ? QStringLiteral("mcp-server-%1.log").arg(server) : QString();
}

QString ClientProfile::restartHint() const {
    switch (id) {
    case ClientId::ClaudeDesktop:
        return tr("Quit Claude Desktop completely (from the menu bar or the tray icon, not just the window) "
                  "and open it again.");
    case ClientId::ClaudeCode:
        return tr(
            "Start a new Claude Code session (or run /mcp to reconnect); check with \"claude mcp list\".");
    case ClientId::Cursor:
        return tr("In Cursor, open Settings → MCP and switch the server off and on, or restart Cursor.");
    case ClientId::VsCode:
        return tr("In VS Code, run \"MCP: List Servers\" and restart the server, or reload the window.");
    case ClientId::Windsurf:
        return tr("In Windsurf, press Refresh in the MCP panel of Cascade, or restart Windsurf.");
    }
    return {};
}

QList<DiscoveredConfig> discoverConfigs(const HostContext& host, const QString& projectDir) {
    QList<DiscoveredConfig> found;
    for (const ClientProfile& profile : ClientProfile::all()) {
        for (ConfigLocation where : profile.locations(host, projectDir)) {
            where.exists = host.exists(where.path);
            if (where.exists)
                found << DiscoveredConfig{&profile, where};
        }
    }
    return found;
}

ClientGuess guessClient(const QString& path, const QByteArray& bytes, const HostContext& host) {
    QString normal = path;
    normal.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString file = normal.section(QLatin1Char('/'), -1);
    const QString folder = normal.section(QLatin1Char('/'), -2, -2);
    const auto pick = [&](ClientId id, const QString& key, const QString& reason) {
        ClientGuess guess;
        guess.client = &ClientProfile::get(id);
        guess.location = location(path, key);
        guess.location.exists = true;
        guess.reason = reason;
        // The same file among the client's own locations keeps what they say of it.
        for (const ConfigLocation& known : guess.client->locations(host))
            if (known.path.compare(path, host.os == HostOs::Windows ? Qt::CaseInsensitive
                                                                    : Qt::CaseSensitive) == 0) {
                guess.location = known;
                guess.location.exists = true;
            }
        return guess;
    };
    const QString byName = ClientProfile::tr("guessed from the file's name, %1").arg(file);
    if (file.compare(QLatin1String("claude_desktop_config.json"), Qt::CaseInsensitive) == 0)
        return pick(ClientId::ClaudeDesktop, QStringLiteral("mcpServers"), byName);
    if (file == QLatin1String(".claude.json") || file == QLatin1String(".mcp.json"))
        return pick(ClientId::ClaudeCode, QStringLiteral("mcpServers"), byName);
    if (folder == QLatin1String(".claude") &&
        (file == QLatin1String("settings.json") || file == QLatin1String("mcp.json") ||
         file == QLatin1String("settings.local.json"))) {
        ClientGuess guess = pick(ClientId::ClaudeCode, QStringLiteral("mcpServers"), byName);
        guess.location.ignored = true;
        guess.location.read = false;
        guess.location.note =
            ClientProfile::tr("Claude Code never reads MCP servers from this file: it reads "
                              "~/.claude.json (claude mcp add) and a project's .mcp.json.");
        return guess;
    }
    if (file == QLatin1String("mcp_config.json"))
        return pick(ClientId::Windsurf, QStringLiteral("mcpServers"), byName);
    if (file == QLatin1String("mcp.json") && folder == QLatin1String(".cursor"))
        return pick(ClientId::Cursor, QStringLiteral("mcpServers"), byName);
    if (file == QLatin1String("mcp.json") &&
        (folder == QLatin1String(".vscode") || folder == QLatin1String("User")))
        return pick(ClientId::VsCode, QStringLiteral("servers"), byName);
    if (file == QLatin1String("settings.json") && folder == QLatin1String("User"))
        return pick(ClientId::VsCode, QStringLiteral("mcp.servers"), byName);
    // By shape: the key holding servers.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const QString byShape = ClientProfile::tr("guessed from the key holding its servers, \"%1\"");
    if (root.contains(QStringLiteral("mcpServers")))
        return pick(ClientId::ClaudeDesktop, QStringLiteral("mcpServers"),
                    byShape.arg(QStringLiteral("mcpServers")));
    if (root.contains(QStringLiteral("servers")))
        return pick(ClientId::VsCode, QStringLiteral("servers"), byShape.arg(QStringLiteral("servers")));
    if (root.value(QStringLiteral("mcp")).toObject().contains(QStringLiteral("servers")) ||
        root.contains(QStringLiteral("mcp.servers")))
        return pick(ClientId::VsCode, QStringLiteral("mcp.servers"),
                    byShape.arg(QStringLiteral("mcp.servers")));
    return pick(ClientId::ClaudeDesktop, QStringLiteral("mcpServers"),
                ClientProfile::tr("nothing in its name or shape names a client, so it is read as %1's")
                    .arg(ClientProfile::claudeDesktop().displayName));
}

QStringList configCandidates(const HostContext& host) {
    QStringList paths;
    for (const ConfigLocation& where : ClientProfile::claudeDesktop().locations(host))
        paths << where.path;
    return paths;
}

QStringList logDirectoryCandidates(const HostContext& host) {
    return ClientProfile::claudeDesktop().logDirectories(host);
}

} // namespace ld::wizard
