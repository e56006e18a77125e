#include "wizard/mcp/mcppath.h"

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
    for (const char* dir : {".local/bin", ".cargo/bin", ".bun/bin", ".volta/bin", ".deno/bin",
                            ".npm-global/bin", ".pyenv/shims", ".pyenv/bin"})
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

QStringList nvmBinFolders(const HostContext& host, bool newestFirst) {
    return nvmBins(host, newestFirst);
}

QString nvmVersionsRoot(const HostContext& host) {
    return nvmRoot(host);
}

bool commandIsPath(const QString& command) {
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    return command.contains(QLatin1Char('/')) || command.contains(QLatin1Char('\\')) ||
           drive.match(command).hasMatch();
}

QStringList cleanPath(const QStringList& dirs, const HostContext& host, bool dropShellAdditions) {
    // What ~/.bashrc and friends add for a terminal; a desktop session never runs them.
    static const QStringList shellOnly{
        QStringLiteral("/.nvm/"),   QStringLiteral("/.pyenv/"),         QStringLiteral("/.rbenv/"),
        QStringLiteral("/.cargo/"), QStringLiteral("/.volta/"),         QStringLiteral("/.bun/"),
        QStringLiteral("/.deno/"),  QStringLiteral("/.asdf/"),          QStringLiteral("/.sdkman/"),
        QStringLiteral("/.fnm/"),   QStringLiteral("/fnm_multishells/")};
    QStringList clean;
    for (const QString& dir : dirs) {
        if (dir.isEmpty() || containsPath(host, clean, dir))
            continue;
        const QString probe = dir + QLatin1Char('/');
        if (dropShellAdditions && std::any_of(shellOnly.begin(), shellOnly.end(),
                                              [&](const QString& marker) { return probe.contains(marker); }))
            continue;
        clean << dir;
    }
    return clean;
}

QStringList clientServerPath(const ClientProfile& client, const HostContext& host) {
    const QChar separator = pathListSeparator(host.os);
    const QStringList environment = envOf(host, QStringLiteral("PATH")).split(separator, Qt::SkipEmptyParts);
    switch (client.pathRule) {
    case ServerPathRule::InvokingShell:
        return cleanPath(environment, host, false);
    case ServerPathRule::LoginShell:
        if (host.os != HostOs::Windows && host.loginShellPath)
            if (const auto shell = host.loginShellPath())
                return cleanPath(shell->split(separator, Qt::SkipEmptyParts), host, false);
        return cleanPath(environment, host, false);
    case ServerPathRule::DesktopApp:
        break;
    }
    if (host.os == HostOs::MacOs) {
        // launchd's PATH, and what Claude Desktop puts in front of it.
        QStringList dirs = nvmBins(host, false);
        dirs << QStringLiteral("/usr/local/bin") << QStringLiteral("/opt/homebrew/bin")
             << QStringLiteral("/usr/bin") << QStringLiteral("/bin") << QStringLiteral("/usr/sbin")
             << QStringLiteral("/sbin");
        return dirs;
    }
    if (host.sessionPath)
        if (const auto session = host.sessionPath())
            return cleanPath(session->split(separator, Qt::SkipEmptyParts), host, false);
    return cleanPath(environment, host, host.os == HostOs::Linux);
}

CommandResolution resolveCommand(const QString& command, const HostContext& host,
                                 const ClientProfile& client) {
    CommandResolution result;
    result.command = command;
    if (host.os == HostOs::Windows && (command.compare(QLatin1String("cmd"), Qt::CaseInsensitive) == 0 ||
                                       command.compare(QLatin1String("cmd.exe"), Qt::CaseInsensitive) == 0)) {
        const QString comSpec = envOf(host, QStringLiteral("ComSpec"));
        result.resolved = comSpec.isEmpty() ? QStringLiteral("C:\\Windows\\System32\\cmd.exe") : comSpec;
        return result;
    }
    if (commandIsPath(command) || looksLikePath(host, command)) {
        const QString path = host.expandHome(command);
        result.searched << path;
        const bool ok = host.os == HostOs::Windows ? host.exists(path) : host.isExecutableFile(path);
        if (ok) {
            result.resolved = path;
            result.needsCmd = host.os == HostOs::Windows && isShimExtension(extensionOf(path));
        } else if (host.os != HostOs::Windows && host.exists(path)) {
            result.notExecutable = true;
            result.nonExecutable = path;
        }
        return result;
    }
    const QStringList dirs = clientServerPath(client, host);
    result.searched = dirs;
    for (const QString& dir : dirs) {
        const QString found = findIn(host, dir, command);
        if (!found.isEmpty()) {
            result.resolved = found;
            result.needsCmd = host.os == HostOs::Windows && isShimExtension(extensionOf(found));
            return result;
        }
        // execvp passes over a file it may not run, and fails with EACCES when nothing else is found.
        if (host.os != HostOs::Windows && result.nonExecutable.isEmpty() &&
            host.exists(host.join(dir, command)))
            result.nonExecutable = host.join(dir, command);
    }
    result.notExecutable = !result.nonExecutable.isEmpty();
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

QMap<QString, QString> launchEnvironment(const HostContext& host, const QMap<QString, QString>& entryEnv,
                                         const ClientProfile& client) {
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
    env.insert(QStringLiteral("PATH"), clientServerPath(client, host).join(pathListSeparator(host.os)));
    for (auto it = entryEnv.begin(); it != entryEnv.end(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

} // namespace ld::wizard
