#pragma once
// The command line and the GUI are two executables: `localhost-doctor` links Qt Core and Network
// only (every command starts without loading Qt Widgets and Gui) and hands the wizard and the tray
// to `localhost-doctor-gui`, which registers the window entry points below and runs the same
// command table under a QApplication.

#include "app/command.h"

#include <QString>
#include <QStringList>

namespace ld::wizard {
class EndpointStore;
struct QuickCheckOptions;
} // namespace ld::wizard

namespace ld::app {

struct GuiEntry {
    // The wizard command once its arguments are known to need the window.
    CommandRun wizard = nullptr;
    // The tray icon (commandTray parses and edits the endpoints first).
    int (*tray)(wizard::EndpointStore& store, const wizard::QuickCheckOptions& options,
                platform::System& system) = nullptr;
};

// Set by the GUI executable's main() before it runs a command; empty in the command line.
void setGuiEntry(const GuiEntry& entry);
const GuiEntry& guiEntry();
// Said when a window entry point is asked for where none is registered; returns ExitFailed.
int noGuiHere();

// The GUI executable that belongs to this one: beside it (build tree, Windows) or in the
// libexec folder the install put it in (LD_GUI_RELATIVE_DIR from the bin folder).
QString guiExecutable();
// Runs `arguments` (argv[0] first) in the GUI executable instead of this process. Returns its exit
// status on Windows, ExitFailed with a message when it could not be started.
int launchGui(const QStringList& arguments);

} // namespace ld::app
