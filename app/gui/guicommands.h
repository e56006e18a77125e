#pragma once
// The window entry points of the GUI executable (registered through app/guientry.h).

#include <QStringList>

namespace ld::platform {
class System;
}
namespace ld::wizard {
class EndpointStore;
struct QuickCheckOptions;
} // namespace ld::wizard

namespace ld::app {

// `wizard [TARGET] [--intent connect|serve] [--mcp] [--screenshots DIR] ...`: needs a QApplication.
int runWizardWindow(const QStringList& arguments, platform::System& system);
// The tray icon over `store` (one per user and settings file; a second asks the first to show).
int runTrayIcon(wizard::EndpointStore& store, const wizard::QuickCheckOptions& options,
                platform::System& system);

} // namespace ld::app
