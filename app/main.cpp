// `localhost-doctor`: the command line. It links Qt Core and Network only, so every command
// starts without loading Qt Widgets and Gui; the wizard and the tray (no command at all, from the
// desktop launcher, too) run in localhost-doctor-gui, which this hands the whole command line to.
#include "app/cli.h"
#include "app/guientry.h"
#include "app/startup.h"
#include "platform/display.h"
#include "platform/system.h"

#include <QCoreApplication>
#include <memory>

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCoreApplication app(argc, argv);
    if (ld::app::needsGui(arguments)) {
        if (!ld::platform::displayAvailable()) {
            ld::app::startup(arguments);
            return ld::app::noDisplay();
        }
        return ld::app::launchGui(arguments);
    }
    ld::app::startup(arguments);
    // The one real System of the process, handed to whichever command runs.
    const std::unique_ptr<ld::platform::System> system = ld::platform::createSystem();
    return ld::app::runCommand(arguments, *system);
}
