#pragma once
// `localhost-doctor check TARGET [--intent connect|serve] [--mcp] [--json] [--timeout-ms N]
// [--fix ID [--yes] [--kill]]`: the six steps on one address, as a report.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

int commandCheck(const QStringList& arguments, platform::System& system);

} // namespace ld::app
