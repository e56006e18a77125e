#pragma once
// The machine as the MCP checks see it (OS, home, environment, file tests, the login shell's
// PATH): the real one, or a fake so every OS is testable here.

#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ld::wizard {

enum class HostOs { Linux, MacOs, Windows };
QString hostOsName(HostOs os); // "linux", "macos", "windows"
HostOs currentHostOs();

// What the MCP checks need to know of the machine; the real one, or a fake for tests.
struct HostContext {
    HostOs os = HostOs::Linux;
    QString home;
    QMap<QString, QString> env;
    std::function<bool(const QString&)> exists;                // a file or a folder
    std::function<bool(const QString&)> isExecutableFile;      // a file this user may run
    std::function<QStringList(const QString&)> subdirectories; // names, not paths
    // The PATH of the user's login shell ($SHELL -lc 'echo $PATH'); nullopt when unknown.
    std::function<std::optional<QString>()> loginShellPath;
    // The PATH of programs started from the desktop, not from a terminal: on Linux the desktop
    // session's (systemctl --user show-environment), on Windows the registry's user + system PATH
    // (from the Windows platform module); nullopt when unknown (macOS: launchd's is modelled).
    std::function<std::optional<QString>()> sessionPath;

    // This machine, with the login shell asked at most once and for at most timeoutMs.
    static HostContext current(int loginShellTimeoutMs = 2000);
    // What `systemctl --user show-environment` says PATH is; nullopt when it says nothing.
    static std::optional<QString> pathFromEnvironmentListing(const QByteArray& listing);
    // Joins with the OS's separator ("\" on Windows).
    QString join(const QString& directory, const QString& name) const;
    QString expandHome(const QString& path) const; // "~/x" -> home/x
    // An environment variable; names are case-insensitive on Windows.
    QString envValue(const QString& name) const;
};

} // namespace ld::wizard
