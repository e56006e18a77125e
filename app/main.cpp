#include "app/cli.h"
#include "app/startup.h"
#include "platform/display.h"
#include "platform/system.h"

#include <QApplication>
#include <QCoreApplication>
#include <memory>

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The command line never needs a display; only the wizard and the tray create widgets.
    std::unique_ptr<QCoreApplication> app;
    if (ld::app::needsGui(arguments) && !ld::platform::displayAvailable()) {
        QCoreApplication core(argc, argv);
        ld::app::startup(arguments);
        return ld::app::noDisplay();
    }
    if (ld::app::needsGui(arguments))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    ld::app::startup(arguments);
    // The one real System of the process, handed to whichever command runs.
    const std::unique_ptr<ld::platform::System> system = ld::platform::createSystem();
    return ld::app::runCommand(arguments, *system);
}
