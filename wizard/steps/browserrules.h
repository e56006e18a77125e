#pragma once
// What browsers do differently from other clients with a local address: the ports they refuse
// (the Fetch standard's "bad ports") and the *.localhost names they resolve themselves.

#include "wizard/report/finding.h"
#include "wizard/target.h"

#include <optional>

namespace ld::wizard {

// The Fetch standard's list of ports browsers never connect to (ERR_UNSAFE_PORT).
bool browserBlocksPort(int port);

// port.browser_blocked for such a port, nullopt otherwise.
std::optional<Finding> browserBlockedPort(const Target& target);
// host.localhost_subdomain for app.localhost and the like; an error when this system's resolver
// does not know the name either (then it explains host.unresolvable).
std::optional<Finding> localhostSubdomain(const Target& target, bool resolves);

} // namespace ld::wizard
