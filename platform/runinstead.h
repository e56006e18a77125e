#pragma once
// Handing the command line over to another program of ours (the command line to the GUI
// executable). Per OS: POSIX replaces this process (execv), so the caller's pid, stdio and exit
// status carry over; Windows, which cannot replace a process, starts the program with this
// process's standard handles, waits for it and returns its exit status.

#include <QString>
#include <QStringList>

namespace ld::platform {

// Runs `program` with `arguments` (argv[1]...) in place of this process. Returns only on Windows
// (the program's exit status) or when it could not be started (-1, the reason in *error).
int runInstead(const QString& program, const QStringList& arguments, QString* error);

} // namespace ld::platform
