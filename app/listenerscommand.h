#pragma once
// `localhost-doctor listeners [--port N] [--json]`: every listening socket with its program.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

int commandListeners(const QStringList& arguments, platform::System& system);

} // namespace ld::app
