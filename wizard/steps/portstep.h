#pragma once
// Step 1, "port": is the number a port at all, and what the system and browsers make of it;
// also whether the host names this computer (hosts file, resolver).

#include "wizard/facts.h"

#include <memory>

namespace ld::wizard {

std::unique_ptr<Step> makePortStep();

} // namespace ld::wizard
