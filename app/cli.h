#pragma once
// The command line: one function per command, all returning the documented exit status.

#include <QStringList>

namespace ld::app {

enum ExitStatus { ExitOk = 0, ExitProblem = 1, ExitUsage = 2, ExitFailed = 3 };

// Runs a command-line command (argv[1] names it); a QCoreApplication must exist.
int runCommand(const QStringList& arguments);
// Whether these arguments need the GUI (no command, or `wizard`, or `tray` without --once/--list).
bool needsGui(const QStringList& arguments);
QString usage();
// Says that the wizard and tray need a desktop and what to run instead; returns 3.
int noDisplay();

} // namespace ld::app
