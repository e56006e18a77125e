#pragma once
// The program's own modules: shared objects it loads only for the work that needs them, so that
// every other command starts without their libraries (docs/performance.md, issue 17). A module is
// looked for the way the command line finds localhost-doctor-gui: beside this executable, then in
// the folder the install puts it, and, only for a program running inside the build tree, where the
// build made it. Nothing else is searched: no environment variable names a module to load.

#include <QString>
#include <QStringList>

namespace ld::platform {

struct PrivateModule {
    QString fileName;     // "liblocalhost-doctor-zip.so"
    QString installedDir; // the install's folder for it, relative to the executable's folder
    QString buildPath;    // where the build made it
    QString buildRoot;    // the build tree: buildPath is looked at only for a program inside it
};

struct ModuleFunction {
    QFunctionPointer address = nullptr; // null: not found
    QString loadedFrom;
    QStringList tried; // each place looked at without success, and why
};

// Loads the first place that holds the module and resolves `symbol` in it. The module stays
// loaded for the life of the process.
ModuleFunction loadModuleFunction(const PrivateModule& module, const char* symbol);

} // namespace ld::platform
