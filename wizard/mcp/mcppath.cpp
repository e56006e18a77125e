#include "wizard/mcp/mcppath.h"

#include "wizard/portrepair.h"
#include "wizard/target.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace ld::wizard {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpStaticChecks)
};

QString envOf(const HostContext& host, const QString& name) {
    if (const auto it = host.env.find(name); it != host.env.end())
        return it.value();
    if (host.os == HostOs::Windows)
        for (auto it = host.env.begin(); it != host.env.end(); ++it)
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
    return {};
}

QString nvmRoot(const HostContext& host) {
    const QString dir = envOf(host, QStringLiteral("NVM_DIR"));
    const QString root = dir.isEmpty() ? host.join(host.home, QStringLiteral(".nvm")) : dir;
    return host.join(host.join(root, QStringLiteral("versions")), QStringLiteral("node"));
}

QStringList nvmBins(const HostContext& host, bool newestFirst) {
    const QString root = nvmRoot(host);
    QStringList versions = sortNodeVersions(host.subdirectories ? host.subdirectories(root) : QStringList());
    if (newestFirst)
        std::reverse(versions.begin(), versions.end());
    QStringList bins;
    for (const QString& version : versions)
        bins << host.join(host.join(root, version), QStringLiteral("bin"));
    return bins;
}

bool samePath(const HostContext& host, const QString& a, const QString& b) {
    const auto trim = [](QString p) {
        while (p.size() > 1 && (p.endsWith(QLatin1Char('/')) || p.endsWith(QLatin1Char('\\'))))
            p.chop(1);
        return p;
    };
    return trim(a).compare(trim(b), host.os == HostOs::Windows ? Qt::CaseInsensitive : Qt::CaseSensitive) ==
           0;
}

bool containsPath(const HostContext& host, const QStringList& list, const QString& path) {
    return std::any_of(list.begin(), list.end(), [&](const QString& p) { return samePath(host, p, path); });
}

bool looksLikePath(const HostContext& host, const QString& command) {
    if (command.contains(QLatin1Char('/')))
        return true;
    return host.os == HostOs::Windows &&
           (command.contains(QLatin1Char('\\')) || (command.size() > 1 && command.at(1) == QLatin1Char(':')));
}

bool windowsAbsolute(const QString& text) {
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    return drive.match(text).hasMatch() || text.startsWith(QLatin1String("\\\\"));
}

QString extensionOf(const QString& name) {
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    return dot > slash ? name.mid(dot).toLower() : QString();
}

bool isShimExtension(const QString& extension) {
    return extension == QLatin1String(".cmd") || extension == QLatin1String(".bat");
}

// Where Claude Desktop (Node's spawn without a shell, libuv's search) finds a file in one folder.
// On Windows libuv tries the name as written when it has an extension, else .com and .exe only.
QString findIn(const HostContext& host, const QString& dir, const QString& command) {
    if (host.os != HostOs::Windows) {
        const QString candidate = host.join(dir, command);
        return host.isExecutableFile(candidate) ? candidate : QString();
    }
    const QStringList names = extensionOf(command).isEmpty() ? QStringList{command + QStringLiteral(".com"),
                                                                           command + QStringLiteral(".exe")}
                                                             : QStringList{command};
    for (const QString& name : names)
        if (host.exists(host.join(dir, name)))
            return host.join(dir, name);
    return {};
}

QString findShim(const HostContext& host, const QString& dir, const QString& command) {
    QString pathext = envOf(host, QStringLiteral("PATHEXT"));
    if (pathext.isEmpty())
        pathext = QStringLiteral(".COM;.EXE;.BAT;.CMD");
    for (const QString& extension : pathext.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!isShimExtension(extension.toLower()))
            continue;
        for (const QString& name : {command + extension.toLower(), command + extension.toUpper()})
            if (host.exists(host.join(dir, name)))
                return host.join(dir, name);
    }
    return {};
}

// Folders where programs are often installed but which Claude Desktop does not search.
QList<QPair<QString, QString>> otherPlaces(const HostContext& host) {
    QList<QPair<QString, QString>> places;
    if (host.os != HostOs::Windows && host.loginShellPath) {
        if (const auto shellPath = host.loginShellPath())
            for (const QString& dir : shellPath->split(QLatin1Char(':'), Qt::SkipEmptyParts))
                places.append({dir, Tr::tr("your login shell's PATH")});
    }
    for (const QString& dir : nvmBins(host, true))
        places.append({dir, QStringLiteral("nvm")});
    if (host.os == HostOs::Windows) {
        const QString appData = envOf(host, QStringLiteral("APPDATA"));
        const QString profile = envOf(host, QStringLiteral("USERPROFILE")).isEmpty()
                                    ? host.home
                                    : envOf(host, QStringLiteral("USERPROFILE"));
        const QString programFiles = envOf(host, QStringLiteral("ProgramFiles"));
        if (!appData.isEmpty())
            places.append({host.join(appData, QStringLiteral("npm")), QStringLiteral("npm")});
        if (!programFiles.isEmpty())
            places.append({host.join(programFiles, QStringLiteral("nodejs")), QStringLiteral("Node.js")});
        places.append({host.join(host.join(profile, QStringLiteral(".local")), QStringLiteral("bin")),
                       QStringLiteral("~\\.local\\bin")});
        places.append({host.join(host.join(profile, QStringLiteral(".cargo")), QStringLiteral("bin")),
                       QStringLiteral("~\\.cargo\\bin")});
        return places;
    }
    places.append({QStringLiteral("/opt/homebrew/bin"), QStringLiteral("Homebrew")});
    places.append({QStringLiteral("/usr/local/bin"), QStringLiteral("Homebrew")});
    places.append({QStringLiteral("/home/linuxbrew/.linuxbrew/bin"), QStringLiteral("Homebrew")});
    for (const char* dir :
         {".local/bin", ".cargo/bin", ".bun/bin", ".volta/bin", ".deno/bin", ".npm-global/bin"})
        places.append({host.join(host.home, QString::fromLatin1(dir)),
                       QStringLiteral("~/") + QString::fromLatin1(dir)});
    return places;
}

} // namespace

QChar pathListSeparator(HostOs os) {
    return os == HostOs::Windows ? QLatin1Char(';') : QLatin1Char(':');
}

QStringList sortNodeVersions(QStringList versions) {
    const auto key = [](const QString& name) {
        QList<int> numbers;
        const QString digits = name.startsWith(QLatin1Char('v')) ? name.mid(1) : name;
        for (const QString& part : digits.split(QLatin1Char('.'))) {
            bool ok = false;
            const int n = part.toInt(&ok);
            if (!ok)
                return QList<int>{};
            numbers << n;
        }
        return numbers;
    };
    std::stable_sort(versions.begin(), versions.end(), [&](const QString& a, const QString& b) {
        const QList<int> ka = key(a);
        const QList<int> kb = key(b);
        if (ka.isEmpty() != kb.isEmpty())
            return !ka.isEmpty(); // names that aren't versions last
        if (ka != kb)
            return std::lexicographical_compare(ka.begin(), ka.end(), kb.begin(), kb.end());
        return a < b;
    });
    return versions;
}

QStringList claudeDesktopPath(const HostContext& host) {
    if (host.os == HostOs::MacOs) {
        QStringList dirs = nvmBins(host, false);
        dirs << QStringLiteral("/usr/local/bin") << QStringLiteral("/opt/homebrew/bin")
             << QStringLiteral("/usr/bin") << QStringLiteral("/bin") << QStringLiteral("/usr/sbin")
             << QStringLiteral("/sbin");
        return dirs;
    }
    return envOf(host, QStringLiteral("PATH")).split(pathListSeparator(host.os), Qt::SkipEmptyParts);
}

CommandResolution resolveCommand(const QString& command, const HostContext& host) {
    CommandResolution result;
    result.command = command;
    if (host.os == HostOs::Windows && (command.compare(QLatin1String("cmd"), Qt::CaseInsensitive) == 0 ||
                                       command.compare(QLatin1String("cmd.exe"), Qt::CaseInsensitive) == 0)) {
        const QString comSpec = envOf(host, QStringLiteral("ComSpec"));
        result.resolved = comSpec.isEmpty() ? QStringLiteral("C:\\Windows\\System32\\cmd.exe") : comSpec;
        return result;
    }
    if (looksLikePath(host, command)) {
        const QString path = host.expandHome(command);
        result.searched << path;
        const bool ok = host.os == HostOs::Windows ? host.exists(path) : host.isExecutableFile(path);
        if (ok) {
            result.resolved = path;
            result.needsCmd = host.os == HostOs::Windows && isShimExtension(extensionOf(path));
        }
        return result;
    }
    const QStringList dirs = claudeDesktopPath(host);
    result.searched = dirs;
    for (const QString& dir : dirs) {
        const QString found = findIn(host, dir, command);
        if (!found.isEmpty()) {
            result.resolved = found;
            result.needsCmd = host.os == HostOs::Windows && isShimExtension(extensionOf(found));
            return result;
        }
    }
    if (host.os == HostOs::Windows) {
        for (const QString& dir : dirs) {
            result.shim = findShim(host, dir, command);
            if (!result.shim.isEmpty())
                break;
        }
        static const QStringList shims{QStringLiteral("npx"),  QStringLiteral("npm"),
                                       QStringLiteral("uvx"),  QStringLiteral("pnpm"),
                                       QStringLiteral("pnpx"), QStringLiteral("yarn")};
        result.needsCmd = !result.shim.isEmpty() || shims.contains(command.toLower());
        if (result.needsCmd)
            return result;
    }
    for (const auto& [dir, source] : otherPlaces(host)) {
        if (containsPath(host, dirs, dir))
            continue;
        QString found = findIn(host, dir, command);
        if (found.isEmpty() && host.os == HostOs::Windows)
            found = findShim(host, dir, command);
        if (found.isEmpty() || result.foundElsewhere.contains(found))
            continue;
        if (result.shellResolved.isEmpty() && source == Tr::tr("your login shell's PATH"))
            result.shellResolved = found;
        result.foundElsewhere << found;
        result.elsewhereSources << source;
    }
    return result;
}

QList<PathArgument> pathArguments(const QStringList& args, const HostContext& host) {
    QList<PathArgument> paths;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg.contains(QLatin1String("://")))
            continue;
        PathArgument path;
        path.index = i;
        path.argument = arg;
        if (arg == QLatin1String("~") || arg.startsWith(QLatin1String("~/")) ||
            arg.startsWith(QLatin1String("~\\"))) {
            path.path = host.expandHome(arg);
        } else if (arg.startsWith(QLatin1String("./")) || arg.startsWith(QLatin1String("../")) ||
                   arg.startsWith(QLatin1String(".\\")) || arg.startsWith(QLatin1String("..\\"))) {
            path.path = arg;
            path.relative = true;
        } else if (host.os == HostOs::Windows ? windowsAbsolute(arg) : arg.startsWith(QLatin1Char('/'))) {
            path.path = arg;
        } else {
            continue;
        }
        path.exists = !path.relative && host.exists(path.path);
        paths << path;
    }
    return paths;
}

QString packageName(const QString& token) {
    QString name = token;
    if (!name.startsWith(QLatin1Char('@'))) {
        const qsizetype slash =
            std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
        name = name.mid(slash + 1);
        for (const char* extension : {".cmd", ".exe", ".bat", ".js"})
            if (name.endsWith(QLatin1String(extension), Qt::CaseInsensitive))
                name.chop(qsizetype(qstrlen(extension)));
    }
    const qsizetype at = name.indexOf(QLatin1Char('@'), 1); // a version after the name
    if (at > 0)
        name = name.left(at);
    return name;
}

std::optional<BridgeInfo> findBridge(const QString& command, const QStringList& args) {
    const QStringList tokens = QStringList{command} + args;
    for (int k = 0; k < tokens.size(); ++k) {
        const QString name = packageName(tokens.at(k));
        const QString base = name.section(QLatin1Char('/'), -1);
        const bool supergateway = base == QLatin1String("supergateway");
        if (!supergateway && !base.endsWith(QLatin1String("mcp-remote")) &&
            base != QLatin1String("mcp-proxy"))
            continue;
        BridgeInfo bridge;
        bridge.package = name;
        const int first = k; // args index right after the package (tokens are shifted by one)
        bool stdioMode = false;
        for (int i = first; i < args.size(); ++i) {
            const QString& arg = args.at(i);
            if (supergateway) {
                for (const char* flag : {"--sse", "--streamableHttp"}) {
                    const QString option = QString::fromLatin1(flag);
                    if (arg == option && i + 1 < args.size()) {
                        bridge.argIndex = i + 1;
                        bridge.value = args.at(i + 1);
                        bridge.url = bridge.value;
                    } else if (arg.startsWith(option + QLatin1Char('='))) {
                        bridge.argIndex = i;
                        bridge.value = arg;
                        bridge.url = arg.mid(option.size() + 1);
                    } else {
                        continue;
                    }
                    bridge.transport = option.mid(2);
                }
                stdioMode =
                    stdioMode || arg == QLatin1String("--stdio") || arg.startsWith(QLatin1String("--stdio="));
                if (bridge.argIndex >= 0)
                    break;
                continue;
            }
            if (arg.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                arg.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
                bridge.argIndex = i;
                bridge.value = arg;
                bridge.url = arg;
                break;
            }
        }
        // supergateway --stdio serves a local server; it does not reach a URL.
        if (supergateway && bridge.argIndex < 0 && stdioMode)
            return std::nullopt;
        if (bridge.transport.isEmpty() && bridge.url.contains(QLatin1String("/sse")))
            bridge.transport = QStringLiteral("sse");
        return bridge;
    }
    return std::nullopt;
}

QString withPort(const BridgeInfo& bridge, int port) {
    const qsizetype urlAt = std::max<qsizetype>(0, bridge.value.indexOf(bridge.url));
    const qsizetype scheme = bridge.value.indexOf(QLatin1String("://"), urlAt);
    qsizetype hostStart = scheme < 0 ? urlAt : scheme + 3;
    qsizetype hostEnd = hostStart;
    if (hostStart < bridge.value.size() && bridge.value.at(hostStart) == QLatin1Char('['))
        hostEnd = bridge.value.indexOf(QLatin1Char(']'), hostStart);
    const qsizetype colon = bridge.value.indexOf(QLatin1Char(':'), std::max(hostStart, hostEnd));
    if (colon < 0)
        return bridge.value;
    qsizetype end = colon + 1;
    while (end < bridge.value.size() && !QStringLiteral("/?#").contains(bridge.value.at(end)))
        ++end;
    QString value = bridge.value;
    return value.replace(colon + 1, end - colon - 1, QString::number(port));
}

std::optional<Finding> remoteUrlProblem(const QString& server, const BridgeInfo& bridge,
                                        const QSet<int>& listening) {
    Finding finding;
    finding.id = QStringLiteral("mcp.remote_url_invalid");
    finding.severity = Severity::Error;
    finding.evidence = {{QStringLiteral("server"), server},
                        {QStringLiteral("bridge"), bridge.package},
                        {QStringLiteral("url"), bridge.url},
                        {QStringLiteral("arg_index"), bridge.argIndex}};
    if (bridge.url.isEmpty()) {
        finding.title = Tr::tr("Server \"%1\" uses %2 but gives it no address").arg(server, bridge.package);
        finding.detail =
            Tr::tr("%1 connects Claude Desktop to a server at a web address, and expects that address "
                   "among its arguments, for example \"http://localhost:3000/mcp\". Add it to \"args\".")
                .arg(bridge.package);
        return finding;
    }
    const TargetParse parsed = TargetParser::parse(bridge.url);
    if (!parsed.target) {
        finding.title = Tr::tr("The address %1 of server \"%2\" can't be used").arg(bridge.url, server);
        finding.detail = parsed.error;
        return finding;
    }
    const Target& target = *parsed.target;
    if (target.scheme != QLatin1String("http") && target.scheme != QLatin1String("https")) {
        finding.title =
            Tr::tr("The address %1 of server \"%2\" is not a web address").arg(bridge.url, server);
        finding.detail = Tr::tr("%1 needs an address starting with http:// or https://.").arg(bridge.package);
        return finding;
    }
    if (target.portProblem == PortProblem::None || target.portProblem == PortProblem::Missing)
        return std::nullopt;
    finding.title = Tr::tr("Server \"%1\" points at %2, a port that can't exist").arg(server, bridge.url);
    finding.detail =
        Tr::tr("Ports go from 1 to 65535, so \"%1\" can never be reached: %2 fails every time Claude "
               "Desktop starts it. It is probably a typing mistake; the likely ports are offered below "
               "(first the ones where something listens now). Fixing it edits the config; then restart "
               "Claude Desktop.")
            .arg(target.portText.left(24), bridge.package);
    finding.evidence.insert(QStringLiteral("port_text"), target.portText.left(64));
    QJsonArray candidates;
    const QList<PortCandidate> repairs = repairPort(target.portText, listening);
    for (const PortCandidate& candidate : repairs.mid(0, 4)) {
        const QString value = withPort(bridge, candidate.port);
        Fix fix;
        fix.id = QStringLiteral("fix.use_port");
        fix.action = FixAction::EditConfig;
        fix.label = candidate.listening
                        ? Tr::tr("Use port %1 (something listens there now)").arg(candidate.port)
                        : Tr::tr("Use port %1").arg(candidate.port);
        fix.params = {
            {QStringLiteral("server"), server},
            {QStringLiteral("port"), candidate.port},
            {QStringLiteral("key"), bridge.argIndex >= 0 ? QStringLiteral("args") : QStringLiteral("url")},
            {QStringLiteral("arg_index"), bridge.argIndex},
            {QStringLiteral("value"), value}};
        fix.changesSystem = true;
        fix.preview = QStringLiteral("- %1\n+ %2")
                          .arg(QString::fromUtf8(encodeJsonString(bridge.value)),
                               QString::fromUtf8(encodeJsonString(value)));
        finding.fixes << fix;
        candidates.append(QJsonObject{{QStringLiteral("port"), candidate.port},
                                      {QStringLiteral("listening"), candidate.listening}});
    }
    finding.evidence.insert(QStringLiteral("candidates"), candidates);
    return finding;
}

QMap<QString, QString> launchEnvironment(const HostContext& host, const QMap<QString, QString>& entryEnv) {
    // The MCP SDK's default inherited set (what Claude Desktop passes), plus TMPDIR and LANG.
    static const QStringList posix{
        QStringLiteral("HOME"), QStringLiteral("LOGNAME"), QStringLiteral("SHELL"), QStringLiteral("TERM"),
        QStringLiteral("USER"), QStringLiteral("TMPDIR"),  QStringLiteral("LANG")};
    static const QStringList windows{QStringLiteral("APPDATA"),
                                     QStringLiteral("HOMEDRIVE"),
                                     QStringLiteral("HOMEPATH"),
                                     QStringLiteral("LOCALAPPDATA"),
                                     QStringLiteral("PROCESSOR_ARCHITECTURE"),
                                     QStringLiteral("SYSTEMDRIVE"),
                                     QStringLiteral("SYSTEMROOT"),
                                     QStringLiteral("TEMP"),
                                     QStringLiteral("TMP"),
                                     QStringLiteral("USERNAME"),
                                     QStringLiteral("USERPROFILE"),
                                     QStringLiteral("PROGRAMFILES"),
                                     QStringLiteral("ComSpec"),
                                     QStringLiteral("PATHEXT")};
    QMap<QString, QString> env;
    for (const QString& name : host.os == HostOs::Windows ? windows : posix) {
        const QString value = envOf(host, name);
        if (!value.isEmpty())
            env.insert(name, value);
    }
    if (host.os != HostOs::Windows && !env.contains(QStringLiteral("HOME")))
        env.insert(QStringLiteral("HOME"), host.home);
    env.insert(QStringLiteral("PATH"), claudeDesktopPath(host).join(pathListSeparator(host.os)));
    for (auto it = entryEnv.begin(); it != entryEnv.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

QList<Finding> McpStaticChecks::check(const McpServerEntry& entry, const HostContext& host,
                                      CommandResolution* resolutionOut) {
    QList<Finding> findings;
    if (!entry.stdioUsable())
        return findings;
    const CommandResolution resolution = resolveCommand(entry.command, host);
    if (resolutionOut)
        *resolutionOut = resolution;
    const QString pathText = resolution.searched.join(pathListSeparator(host.os));
    QJsonObject evidence{
        {QStringLiteral("server"), entry.name},
        {QStringLiteral("command"), entry.command},
        {QStringLiteral("claude_desktop_path"), QJsonArray::fromStringList(resolution.searched)},
        {QStringLiteral("os"), hostOsName(host.os)}};

    if (resolution.needsCmd) {
        Finding finding;
        finding.id = QStringLiteral("mcp.windows_needs_cmd");
        finding.severity = Severity::Error;
        finding.title = Tr::tr("On Windows, server \"%1\" must start %2 through \"cmd /c\"")
                            .arg(entry.name, entry.command);
        finding.detail =
            Tr::tr("%1 is a .cmd script on Windows, not a program, and Claude Desktop can only start "
                   "programs directly: the server fails with \"spawn %1 ENOENT\". Start it through the "
                   "command interpreter instead: \"command\": \"cmd\", \"args\": [\"/c\", \"%1\", …].")
                .arg(entry.command);
        evidence.insert(QStringLiteral("shim"), resolution.shim);
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
        findings << finding;
    } else if (resolution.resolved.isEmpty()) {
        Finding finding;
        finding.id = QStringLiteral("mcp.command_not_found");
        finding.severity = Severity::Error;
        finding.title =
            Tr::tr("Claude Desktop can't find \"%1\" to start server \"%2\"").arg(entry.command, entry.name);
        evidence.insert(QStringLiteral("found_elsewhere"),
                        QJsonArray::fromStringList(resolution.foundElsewhere));
        evidence.insert(QStringLiteral("found_via"), QJsonArray::fromStringList(resolution.elsewhereSources));
        if (!resolution.shellResolved.isEmpty())
            evidence.insert(QStringLiteral("shell_resolved"), resolution.shellResolved);
        finding.evidence = evidence;
        const QString why =
            host.os == HostOs::MacOs
                ? Tr::tr("Claude Desktop does not read your shell's settings (.zshrc, .bash_profile), "
                         "so it searches only %1.")
                      .arg(pathText)
                : Tr::tr("Claude Desktop searches only %1.")
                      .arg(pathText.isEmpty() ? Tr::tr("(an empty PATH)") : pathText);
        if (resolution.foundElsewhere.isEmpty()) {
            finding.detail =
                Tr::tr("%1 It is not installed anywhere else this tool knows either. Install it (npx "
                       "and node come with Node.js, uvx with uv), or write its full path as "
                       "\"command\".")
                    .arg(why);
        } else {
            const QString found = resolution.foundElsewhere.first();
            finding.detail = Tr::tr("%1 It is installed at %2 (found via %3), which Claude Desktop does not "
                                    "search. Write that full path as \"command\" and restart Claude Desktop.")
                                 .arg(why, found, resolution.elsewhereSources.first());
            if (found.contains(QLatin1String("/.nvm/")) || found.contains(QLatin1String("/.volta/")))
                finding.detail +=
                    QLatin1Char(' ') +
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
        }
        findings << finding;
    } else {
        Finding finding;
        finding.id = QStringLiteral("mcp.command_found");
        finding.severity = Severity::Ok;
        finding.title = Tr::tr("Claude Desktop finds \"%1\" at %2").arg(entry.command, resolution.resolved);
        finding.detail =
            Tr::tr("This is the program Claude Desktop starts for server \"%1\".").arg(entry.name);
        const QStringList nvm = nvmBins(host, false);
        if (host.os == HostOs::MacOs && nvm.size() > 1 && resolution.resolved.startsWith(nvmRoot(host)))
            finding.detail +=
                QLatin1Char(' ') +
                Tr::tr("With several nvm versions installed, Claude Desktop takes the oldest first "
                       "(%1), which may not be the one your terminal uses.")
                    .arg(nvm.first());
        evidence.insert(QStringLiteral("resolved"), resolution.resolved);
        finding.evidence = evidence;
        findings << finding;
    }

    for (const PathArgument& path : pathArguments(entry.args, host)) {
        if (path.exists)
            continue;
        Finding finding;
        finding.evidence = {{QStringLiteral("server"), entry.name},
                            {QStringLiteral("arg_index"), path.index},
                            {QStringLiteral("argument"), path.argument},
                            {QStringLiteral("path"), path.path}};
        if (path.relative) {
            finding.id = QStringLiteral("mcp.path_argument_relative");
            finding.severity = Severity::Warning;
            finding.title = Tr::tr("Server \"%1\" uses the relative path %2").arg(entry.name, path.argument);
            finding.detail =
                Tr::tr("Claude Desktop does not start servers in your project's folder, so %1 will not "
                       "point where you expect. Write the full path instead.")
                    .arg(path.argument);
        } else {
            finding.id = QStringLiteral("mcp.path_argument_missing");
            finding.severity = Severity::Error;
            finding.title =
                Tr::tr("Server \"%1\" is given %2, which does not exist").arg(entry.name, path.path);
            finding.detail =
                Tr::tr("Argument %1 of server \"%2\" names a file or folder that is not there. Check "
                       "the spelling (and the user name in the path), or create it.")
                    .arg(path.index + 1)
                    .arg(entry.name);
        }
        findings << finding;
    }
    return findings;
}

} // namespace ld::wizard
