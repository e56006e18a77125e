#include "wizard/mcp/mcpstaticchecks.h"
#include "wizard/report/quote.h"

#include <QJsonArray>
#include <algorithm>

namespace ld::wizard {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpStaticChecks)
};

QString osLabel(HostOs os) {
    switch (os) {
    case HostOs::Windows:
        return Tr::tr("Windows");
    case HostOs::MacOs:
        return Tr::tr("macOS");
    case HostOs::Linux:
        break;
    }
    return Tr::tr("Linux");
}

// npx, npm, uvx... are .cmd scripts on Windows: a program name without an extension there.
bool windowsShimName(const QString& command) {
    static const QStringList shims{QStringLiteral("npx"),  QStringLiteral("npm"),  QStringLiteral("uvx"),
                                   QStringLiteral("pnpm"), QStringLiteral("pnpx"), QStringLiteral("yarn"),
                                   QStringLiteral("bunx")};
    QString base = command.section(QLatin1Char('\\'), -1).section(QLatin1Char('/'), -1).toLower();
    if (base.endsWith(QLatin1String(".cmd")) || base.endsWith(QLatin1String(".bat")))
        return true;
    return shims.contains(base);
}

Finding needsCmdFinding(const McpServerEntry& entry, const ClientProfile& client, QJsonObject evidence,
                        const QString& shim) {
    Finding finding;
    finding.id = QStringLiteral("mcp.windows_needs_cmd");
    finding.severity = Severity::Error;
    finding.title = Tr::tr("On Windows, server \"%1\" must start %2 through \"cmd /c\"")
                        .arg(quoteInput(entry.name), quoteInput(entry.command));
    finding.detail =
        Tr::tr("%1 is a .cmd script on Windows, not a program, and %2 can only start "
               "programs directly: the server fails with \"spawn %1 ENOENT\". Start it through the "
               "command interpreter instead: \"command\": \"cmd\", \"args\": [\"/c\", \"%1\", …].")
            .arg(entry.command, client.displayName);
    evidence.insert(QStringLiteral("shim"), shim);
    finding.evidence = evidence;
    Fix fix;
    fix.id = QStringLiteral("fix.wrap_in_cmd");
    fix.action = FixAction::EditConfig;
    fix.label = Tr::tr("Start it with cmd /c");
    QStringList args{QStringLiteral("/c"), entry.command};
    args << entry.args;
    fix.params = {{QStringLiteral("server"), entry.name},
                  {QStringLiteral("command"), QStringLiteral("cmd")},
                  {QStringLiteral("args"), args}};
    fix.changesSystem = true;
    QStringList quoted;
    for (const QString& arg : args)
        quoted << QString::fromUtf8(encodeJsonString(arg));
    fix.preview =
        QStringLiteral("\"command\": \"cmd\",\n\"args\": [%1]").arg(quoted.join(QStringLiteral(", ")));
    finding.fixes << fix;
    return finding;
}

Finding notExecutableFinding(const McpServerEntry& entry, const CommandResolution& resolution,
                             QJsonObject evidence) {
    Finding finding;
    finding.id = QStringLiteral("mcp.command_not_executable");
    finding.severity = Severity::Error;
    finding.title = Tr::tr("Server \"%1\": %2 exists but may not be run")
                        .arg(quoteInput(entry.name), quoteInput(resolution.nonExecutable));
    finding.detail =
        Tr::tr("The file is there, but it lacks the execute permission, so starting it fails with "
               "\"EACCES\" (permission denied). Make it executable: chmod +x %1")
            .arg(resolution.nonExecutable);
    evidence.insert(QStringLiteral("path"), resolution.nonExecutable);
    finding.evidence = evidence;
    Fix fix;
    fix.id = QStringLiteral("fix.make_executable");
    fix.label = Tr::tr("Make it executable");
    fix.params = {{QStringLiteral("server"), entry.name}, {QStringLiteral("path"), resolution.nonExecutable}};
    fix.changesSystem = true;
    fix.preview = QStringLiteral("chmod +x %1").arg(resolution.nonExecutable);
    finding.fixes << fix;
    return finding;
}

Finding notFoundFinding(const McpServerEntry& entry, const CommandResolution& resolution,
                        const HostContext& host, const ClientProfile& client, QJsonObject evidence) {
    const QString name = client.displayName;
    const QString pathText = resolution.searched.join(pathListSeparator(host.os));
    Finding finding;
    finding.id = QStringLiteral("mcp.command_not_found");
    finding.severity = Severity::Error;
    evidence.insert(QStringLiteral("found_elsewhere"), QJsonArray::fromStringList(resolution.foundElsewhere));
    evidence.insert(QStringLiteral("found_via"), QJsonArray::fromStringList(resolution.elsewhereSources));
    if (!resolution.shellResolved.isEmpty())
        evidence.insert(QStringLiteral("shell_resolved"), resolution.shellResolved);
    finding.evidence = evidence;
    if (commandIsPath(entry.command)) {
        finding.title =
            Tr::tr("Server \"%1\": %2 does not exist").arg(quoteInput(entry.name), quoteInput(entry.command));
        finding.detail = Tr::tr("\"command\" names a file that is not there, so %1 can't start the server. "
                                "Check the spelling (and the user name in the path), or install the program.")
                             .arg(name);
        return finding;
    }
    finding.title = Tr::tr("%1 can't find \"%2\" to start server \"%3\"")
                        .arg(name, quoteInput(entry.command), quoteInput(entry.name));
    const QString why =
        host.os == HostOs::MacOs && client.pathRule == ServerPathRule::DesktopApp
            ? Tr::tr(
                  "%1 does not read your shell's settings (.zshrc, .bash_profile), so it searches only %2.")
                  .arg(name, pathText)
            : Tr::tr("%1 searches only %2.")
                  .arg(name, pathText.isEmpty() ? Tr::tr("(an empty PATH)") : pathText);
    if (resolution.foundElsewhere.isEmpty()) {
        finding.detail =
            Tr::tr("%1 It is not installed anywhere else this tool knows either. Install it (npx "
                   "and node come with Node.js, uvx with uv), or write its full path as "
                   "\"command\".")
                .arg(why);
        return finding;
    }
    const QString found = resolution.foundElsewhere.first();
    finding.detail = Tr::tr("%1 It is installed at %2 (found via %3), which %4 does not search. Write that "
                            "full path as \"command\". %5")
                         .arg(why, found, resolution.elsewhereSources.first(), name, client.restartHint());
    if (found.contains(QLatin1String("/.nvm/")) || found.contains(QLatin1String("/.volta/")))
        finding.detail += QLatin1Char(' ') +
                          Tr::tr("Scripts like npx also need node on the PATH: if the server still fails "
                                 "with \"env: node: No such file or directory\", add \"env\": {\"PATH\": "
                                 "\"%1:/usr/bin:/bin\"} to the entry.")
                              .arg(found.section(QLatin1Char('/'), 0, -2));
    Fix fix;
    fix.id = QStringLiteral("fix.use_absolute_command");
    fix.action = FixAction::EditConfig;
    fix.label = Tr::tr("Use %1").arg(found);
    fix.params = {{QStringLiteral("server"), entry.name},
                  {QStringLiteral("path"), found},
                  {QStringLiteral("command"), entry.command}};
    fix.changesSystem = true;
    fix.preview = QStringLiteral("- \"command\": %1\n+ \"command\": %2")
                      .arg(QString::fromUtf8(encodeJsonString(entry.command)),
                           QString::fromUtf8(encodeJsonString(found)));
    finding.fixes << fix;
    return finding;
}

Finding foundFinding(const McpServerEntry& entry, const CommandResolution& resolution,
                     const HostContext& host, const ClientProfile& client, QJsonObject evidence) {
    Finding finding;
    finding.id = QStringLiteral("mcp.command_found");
    finding.severity = Severity::Ok;
    finding.title = Tr::tr("Server \"%1\": %2 finds \"%3\" at %4")
                        .arg(entry.name, client.displayName, entry.command, resolution.resolved);
    finding.detail =
        Tr::tr("This is the program %1 starts for server \"%2\".").arg(client.displayName, entry.name);
    const QStringList nvm = nvmBinFolders(host, false);
    if (host.os == HostOs::MacOs && client.pathRule == ServerPathRule::DesktopApp && nvm.size() > 1 &&
        resolution.resolved.startsWith(nvmVersionsRoot(host)))
        finding.detail +=
            QLatin1Char(' ') + Tr::tr("With several nvm versions installed, %1 takes the oldest first "
                                      "(%2), which may not be the one your terminal uses.")
                                   .arg(client.displayName, nvm.first());
    evidence.insert(QStringLiteral("resolved"), resolution.resolved);
    finding.evidence = evidence;
    return finding;
}

Finding pathFinding(const McpServerEntry& entry, const PathArgument& path, const ClientProfile& client) {
    Finding finding;
    finding.evidence = {{QStringLiteral("server"), entry.name},
                        {QStringLiteral("arg_index"), path.index},
                        {QStringLiteral("argument"), path.argument},
                        {QStringLiteral("path"), path.path}};
    if (path.relative) {
        finding.id = QStringLiteral("mcp.path_argument_relative");
        finding.severity = Severity::Warning;
        finding.title = Tr::tr("Server \"%1\" uses the relative path %2")
                            .arg(quoteInput(entry.name), quoteInput(path.argument));
        finding.detail = Tr::tr("%1 does not start servers in your project's folder, so %2 will not "
                                "point where you expect. Write the full path instead.")
                             .arg(client.displayName, path.argument);
        return finding;
    }
    finding.id = QStringLiteral("mcp.path_argument_missing");
    finding.severity = Severity::Error;
    finding.title = Tr::tr("Server \"%1\" is given %2, which does not exist")
                        .arg(quoteInput(entry.name), quoteInput(path.path));
    finding.detail = Tr::tr("Argument %1 of server \"%2\" names a file or folder that is not there. Check "
                            "the spelling (and the user name in the path), or create it.")
                         .arg(path.index + 1)
                         .arg(entry.name);
    return finding;
}

} // namespace

QList<Finding> McpStaticChecks::check(const McpServerEntry& entry, const HostContext& host,
                                      CommandResolution* resolutionOut, const ClientProfile& client,
                                      const ConfigOs* writtenFor) {
    QList<Finding> findings;
    if (!entry.stdioUsable())
        return findings;
    const HostOs configOs = writtenFor ? writtenFor->os : host.os;
    QJsonObject evidence{{QStringLiteral("server"), entry.name},
                         {QStringLiteral("command"), entry.command},
                         {QStringLiteral("client"), client.key},
                         {QStringLiteral("os"), hostOsName(configOs)}};
    if (auto container = containerLocalhostFinding(entry, configOs))
        findings << *container;

    if (configOs != host.os) {
        // Another OS's config: its rules, and nothing looked up on this machine.
        evidence.insert(QStringLiteral("this_machine"), hostOsName(host.os));
        const bool wrapped =
            entry.command.section(QLatin1Char('\\'), -1).toLower().startsWith(QLatin1String("cmd"));
        if (configOs == HostOs::Windows && !wrapped && windowsShimName(entry.command))
            findings << needsCmdFinding(entry, client, evidence, {});
        Finding note;
        note.id = QStringLiteral("mcp.command_not_checked");
        note.severity = Severity::Info;
        note.title = Tr::tr("Server \"%1\": \"%2\" is not looked up here")
                         .arg(quoteInput(entry.name), quoteInput(entry.command));
        note.detail = Tr::tr("The config is written for %1 and this machine runs %2, so the command and the "
                             "paths are checked by %1's rules only; whether they exist is checked on that "
                             "machine.")
                          .arg(osLabel(configOs), osLabel(host.os));
        note.evidence = evidence;
        findings << note;
        return findings;
    }

    const CommandResolution resolution = resolveCommand(entry.command, host, client);
    if (resolutionOut)
        *resolutionOut = resolution;
    evidence.insert(QStringLiteral("server_path"), QJsonArray::fromStringList(resolution.searched));
    if (resolution.needsCmd)
        findings << needsCmdFinding(entry, client, evidence, resolution.shim);
    else if (resolution.resolved.isEmpty() && resolution.notExecutable)
        findings << notExecutableFinding(entry, resolution, evidence);
    else if (resolution.resolved.isEmpty())
        findings << notFoundFinding(entry, resolution, host, client, evidence);
    else
        findings << foundFinding(entry, resolution, host, client, evidence);

    for (const PathArgument& path : pathArguments(entry.args, host, entry.command))
        if (!path.exists)
            findings << pathFinding(entry, path, client);
    return findings;
}

} // namespace ld::wizard
