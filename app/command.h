#pragma once
// The command table: one row per command (name, summary, usage, whether it needs a display, and
// the function that runs it). usage(), needsGui() and runCommand() read it; nothing else lists
// the commands.

#include <QString>
#include <QStringList>
#include <vector>

namespace ld::platform {
class System;
}

namespace ld::app {

// Runs a command: `arguments` is the whole command line (argv[0], the command's name, its
// options); `system` is the one real System of this process. Returns the exit status.
using CommandRun = int (*)(const QStringList& arguments, platform::System& system);

struct Command {
    const char* name;    // argv[1]: "check"
    const char* summary; // one line for the usage (translated in the "Cli" context)
    const char* usage;   // what follows "localhost-doctor " in the usage (not translated)
    // Whether these arguments need a display (widgets); nullptr: never.
    bool (*needsDisplay)(const QStringList& arguments);
    CommandRun run;
};

const std::vector<Command>& commands();
// The row named `name`, or nullptr.
const Command* findCommand(const QString& name);

} // namespace ld::app
