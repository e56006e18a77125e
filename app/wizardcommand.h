#pragma once
// `localhost-doctor wizard [TARGET] [--intent connect|serve] [--mcp] [--timeout-ms N]
// [--screenshots DIR] [--dark]`, and `localhost-doctor` with no arguments: the GUI wizard.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

// Needs a QApplication. Returns the exit status.
int commandWizard(const QStringList& arguments, platform::System& system);

} // namespace ld::app
