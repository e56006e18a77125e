#pragma once
// `localhost-doctor free-port [--near N] [--json]`: a port free on every loopback address.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

int commandFreePort(const QStringList& arguments, platform::System& system);

} // namespace ld::app
