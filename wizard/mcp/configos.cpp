// The OS a config was written for, from what its commands and paths look like.
#include "wizard/mcp/mcpconfig.h"

#include <QRegularExpression>

namespace ld::wizard {

ConfigOs detectConfigOs(const QList<McpServerEntry>& servers, HostOs fallback) {
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]|^\\\\\\\\[^\\\\]"));
    static const QRegularExpression windowsVariable(
        QStringLiteral("%(APPDATA|LOCALAPPDATA|USERPROFILE|ProgramFiles|"
                       "HOMEPATH|TEMP|SystemRoot)%"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression windowsProgram(QStringLiteral("\\.(exe|cmd|bat)$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    int windows = 0, macos = 0, linux = 0;
    QStringList windowsWhy, macosWhy, linuxWhy;
    const auto note = [](QStringList& why, const QString& value) {
        if (why.size() < 3 && !why.contains(value))
            why << value;
    };
    for (const McpServerEntry& entry : servers) {
        const QString base =
            entry.command.section(QLatin1Char('\\'), -1).section(QLatin1Char('/'), -1).toLower();
        if ((base == QLatin1String("cmd") || base == QLatin1String("cmd.exe")) &&
            entry.args.value(0).compare(QLatin1String("/c"), Qt::CaseInsensitive) == 0) {
            windows += 3;
            note(windowsWhy, entry.command + QStringLiteral(" /c"));
        } else if (base == QLatin1String("wsl") || base == QLatin1String("wsl.exe") ||
                   base == QLatin1String("powershell") || base == QLatin1String("powershell.exe")) {
            windows += 3; // the Linux paths after wsl --cd are not this config's OS
            note(windowsWhy, entry.command);
        } else if (windowsProgram.match(entry.command).hasMatch()) {
            windows += 2;
            note(windowsWhy, entry.command);
        }
        QStringList values{entry.command};
        values << entry.args << entry.env.values();
        for (const QString& value : values) {
            if (value.contains(QLatin1String("://")))
                continue;
            if (drive.match(value).hasMatch() || windowsVariable.match(value).hasMatch()) {
                windows += 2;
                note(windowsWhy, value);
            } else if (value.startsWith(QLatin1String("/Users/")) ||
                       value.startsWith(QLatin1String("/opt/homebrew")) ||
                       value.startsWith(QLatin1String("/Applications/")) ||
                       value.contains(QLatin1String("/Library/Application Support/"))) {
                macos += 2;
                note(macosWhy, value);
            } else if (value.startsWith(QLatin1String("/home/")) ||
                       value.startsWith(QLatin1String("/snap/"))) {
                linux += 2;
                note(linuxWhy, value);
            }
        }
    }
    ConfigOs result;
    result.os = fallback;
    const int best = std::max({windows, macos, linux});
    if (best == 0)
        return result;
    result.detected = true;
    // A tie keeps this machine's OS when it is among the best.
    const int own = fallback == HostOs::Windows ? windows : fallback == HostOs::MacOs ? macos : linux;
    if (own == best) {
        result.evidence = fallback == HostOs::Windows ? windowsWhy
                          : fallback == HostOs::MacOs ? macosWhy
                                                      : linuxWhy;
        return result;
    }
    if (windows == best) {
        result.os = HostOs::Windows;
        result.evidence = windowsWhy;
    } else if (macos == best) {
        result.os = HostOs::MacOs;
        result.evidence = macosWhy;
    } else {
        result.os = HostOs::Linux;
        result.evidence = linuxWhy;
    }
    return result;
}

} // namespace ld::wizard
