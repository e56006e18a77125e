#pragma once
// `localhost-doctor tray [--add NAME=TARGET] [--remove NAME] [--list] [--once] [--json]`: edits
// the watched endpoints, runs one round of quick checks for scripts, or runs the tray icon.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace ld::platform {
class System;
}

namespace ld::app {

// Whether `tray` with these arguments (argv[1] == "tray") shows the icon: none of --once,
// --list, --add, --remove, --import-claude, --help.
bool trayNeedsGui(const QStringList& arguments);
int commandTray(const QStringList& arguments, platform::System& system);
// The single-instance server's name: per user and per settings file (tests get their own).
QString trayInstanceName(const QString& settingsPath);
// Tells a running tray something ("show", "reload", "check"); false when none runs.
bool tellRunningTray(const QString& name, const QByteArray& message);
// Starts a program detached (QProcess::startDetached in the app; tests record the call instead).
using TraySpawner = std::function<bool(const QString& program, const QStringList& arguments)>;
// "Keep an eye on this address": a tray already running for the settings file is told to reload
// (it shows the new address at once, and no second tray pops its menu up); when none answers,
// `PROGRAM tray` is spawned. True when a tray runs or was started.
bool ensureTrayRunning(const QString& settingsPath, const QString& program, const TraySpawner& spawn);

} // namespace ld::app
