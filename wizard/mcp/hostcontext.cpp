#include "wizard/mcp/hostcontext.h"

#include "platform/os.h"
#include "platform/sessionpath.h"

#include <string_view>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <memory>
#include <mutex>

namespace ld::wizard {

QString hostOsName(HostOs os) {
    switch (os) {
    case HostOs::Linux:
        return QStringLiteral("linux");
    case HostOs::MacOs:
        return QStringLiteral("macos");
    case HostOs::Windows:
        return QStringLiteral("windows");
    }
    return QStringLiteral("linux");
}

HostOs currentHostOs() {
    const std::string_view os = platform::osName();
    return os == "windows" ? HostOs::Windows : os == "macos" ? HostOs::MacOs : HostOs::Linux;
}

QString HostContext::envValue(const QString& name) const {
    if (const auto it = env.find(name); it != env.end())
        return it.value();
    if (os == HostOs::Windows)
        for (auto it = env.begin(); it != env.end(); ++it)
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
    return {};
}

namespace {

std::optional<QString> askLoginShell(const QString& shell, int timeoutMs) {
    if (shell.isEmpty())
        return std::nullopt;
    QProcess process;
    process.setProgram(shell);
    // A marker, because login scripts may print their own lines first.
    process.setArguments({QStringLiteral("-lc"), QStringLiteral("echo __LD_PATH__=$PATH")});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return std::nullopt;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("__LD_PATH__="))
            return QString::fromLocal8Bit(line.mid(12)).trimmed();
    return std::nullopt;
}

// The systemd user manager's environment: what the desktop session gives the apps it starts.
std::optional<QString> askSessionPath(int timeoutMs) {
    QProcess process;
    process.setProgram(QStringLiteral("systemctl"));
    process.setArguments({QStringLiteral("--user"), QStringLiteral("show-environment")});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return std::nullopt;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return std::nullopt;
    return HostContext::pathFromEnvironmentListing(process.readAllStandardOutput());
}

} // namespace

std::optional<QString> HostContext::pathFromEnvironmentListing(const QByteArray& listing) {
    for (const QByteArray& line : listing.split('\n'))
        if (line.startsWith("PATH="))
            return QString::fromLocal8Bit(line.mid(5)).trimmed();
    return std::nullopt;
}

HostContext HostContext::current(int loginShellTimeoutMs) {
    HostContext host;
    host.os = currentHostOs();
    host.home = QDir::homePath();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys())
        host.env.insert(key, environment.value(key));
    host.exists = [](const QString& path) { return QFileInfo::exists(path); };
    host.isExecutableFile = [](const QString& path) {
        const QFileInfo info(path);
        return info.isFile() && info.isExecutable();
    };
    host.subdirectories = [](const QString& path) {
        return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    };
    struct Once {
        std::once_flag flag;
        std::optional<QString> value;
    };
    auto once = std::make_shared<Once>();
    const QString shell = host.os == HostOs::Windows ? QString() : host.env.value(QStringLiteral("SHELL"));
    host.loginShellPath = [once, shell, loginShellTimeoutMs]() {
        std::call_once(once->flag, [&] { once->value = askLoginShell(shell, loginShellTimeoutMs); });
        return once->value;
    };
    auto session = std::make_shared<Once>();
    const HostOs os = host.os;
    host.sessionPath = [session, os, loginShellTimeoutMs]() {
        std::call_once(session->flag, [&] {
            if (os == HostOs::Linux)
                session->value = askSessionPath(loginShellTimeoutMs);
            else if (os == HostOs::Windows)
                if (const auto path = platform::registrySessionPath())
                    session->value = QString::fromStdString(*path);
        });
        return session->value;
    };
    return host;
}

QString HostContext::join(const QString& directory, const QString& name) const {
    const QChar separator = os == HostOs::Windows ? QLatin1Char('\\') : QLatin1Char('/');
    if (directory.isEmpty())
        return name;
    if (directory.endsWith(QLatin1Char('/')) || directory.endsWith(QLatin1Char('\\')))
        return directory + name;
    return directory + separator + name;
}

QString HostContext::expandHome(const QString& path) const {
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")) || path.startsWith(QLatin1String("~\\")))
        return join(home, path.mid(2));
    return path;
}

} // namespace ld::wizard
