#pragma once
// What `localhost-doctor` runs itself, and the hand-over of the rest. On Linux the command line
// links Qt Core only: `listeners` and `--version` run in it, and every other command line (the
// wizard's and the tray's hand-over to localhost-doctor-gui included) runs in
// liblocalhost-doctor-cli.so, which it loads for them. The engine, Qt Network and the libraries
// that brings cost about 4 ms of every start (docs/performance.md, issue 17) that a listing does
// not need. Elsewhere the same code is linked into the one executable.

#include <QStringList>
#include <optional>

namespace ld::app {

// The exit status when `arguments` (argv[0] first) name a command that needs Qt Core only, run
// here; nullopt for every other command line. A QCoreApplication must exist.
std::optional<int> runCoreCommand(const QStringList& arguments);

// Every other command line: runCommandLine() (app/cli.h), in the module on Linux. When the module
// cannot be loaded, says so and returns 3.
int runFullCommandLine(const QStringList& arguments);

} // namespace ld::app
