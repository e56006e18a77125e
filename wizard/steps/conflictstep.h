#pragma once
// Step 4, "conflicts": who holds the port. With the serve intent, `conflict.port_in_use` names the
// holder and offers a free port and stopping it; in every intent, `conflict.multiple_listeners`
// (different processes on the same port, on different addresses) and `conflict.unexpected_program`
// (a database or SSH where an HTTP server was meant), `conflict.gateway_backend_down` (a proxy on
// the port answers 502/504 for the server behind it). Serve with a free port: `conflict.port_free` (ok).

#include "wizard/facts.h"

#include <memory>

namespace ld::wizard {

std::unique_ptr<Step> makeConflictStep();

} // namespace ld::wizard
