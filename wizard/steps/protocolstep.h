#pragma once
// Step 5, "protocol": does the port speak what the URL says (HTTP, HTTPS), and if not, what.

#include "wizard/facts.h"

#include <memory>

namespace ld::wizard {

std::unique_ptr<Step> makeProtocolStep();

} // namespace ld::wizard
