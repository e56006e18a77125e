// `localhost-doctor-gui`: the wizard and the tray under a QApplication. localhost-doctor hands it
// the command lines that need a window; it registers the window entry points and runs the same
// command table, so every option means the same here.
#include "app/cli.h"
#include "app/gui/guicommands.h"
#include "app/guientry.h"
#include "app/startup.h"
#include "platform/display.h"
#include "platform/system.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char** argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const bool needsGui = ld::app::needsGui(arguments);
    if (needsGui && !ld::platform::displayAvailable()) {
        QCoreApplication core(argc, argv);
        ld::app::startup(arguments);
        return ld::app::noDisplay();
    }
    // Run directly with a command-line command, it needs no display (and behaves like the one
    // executable this was before the split: docs/performance.md measures the two against each other).
    std::unique_ptr<QCoreApplication> app;
    if (needsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    ld::app::startup(arguments);
    // The Wayland app id and the launcher the desktop matches the windows to: the .desktop file's name.
    if (needsGui)
        QGuiApplication::setDesktopFileName(QStringLiteral(LD_APP_ID));
    ld::app::setGuiEntry({ld::app::runWizardWindow, ld::app::runTrayIcon});
    const std::unique_ptr<ld::platform::System> system = ld::platform::createSystem();
    return ld::app::runCommand(arguments, *system);
}
