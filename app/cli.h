#pragma once
// The command line's entry points: run a command from the command table, the usage, and whether
// a command line needs the GUI.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

enum ExitStatus { ExitOk = 0, ExitProblem = 1, ExitUsage = 2, ExitFailed = 3 };

// The whole command line (argv[0] first), as `localhost-doctor` runs it: hands the wizard and the
// tray to localhost-doctor-gui, else sets up logging and runs the command. A QCoreApplication
// must exist. On Linux this runs in liblocalhost-doctor-cli.so (app/corecli.h).
int runCommandLine(const QStringList& arguments);
// Runs a command-line command (argv[1] names it; none: the wizard) with the process's one real
// System; a QCoreApplication must exist.
int runCommand(const QStringList& arguments, platform::System& system);
// Whether these arguments need the GUI (no command, or a command whose row says so).
bool needsGui(const QStringList& arguments);
QString usage();
// Says that the wizard and tray need a desktop and what to run instead; returns 3.
int noDisplay();

} // namespace ld::app
