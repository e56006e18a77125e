// `localhost-doctor`: the command line. It runs `listeners` and `--version` itself and hands every
// other command line to the engine (app/corecli.h): on Linux that is a module it loads, so this
// executable links Qt Core only. The engine hands the wizard and the tray (no command at all, from
// the desktop launcher, too) to localhost-doctor-gui, which this never loads either.
#include "app/corecli.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication app(argc, argv);
    if (const std::optional<int> status = ld::app::runCoreCommand(arguments))
        return *status;
    return ld::app::runFullCommandLine(arguments);
}
