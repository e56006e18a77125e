#pragma once
// Step 2, "server": does something listen on the port on an address the client tries, who is it,
// and does it accept.

#include "wizard/facts.h"

#include <memory>

namespace ld::wizard {

std::unique_ptr<Step> makeServerStep();

} // namespace ld::wizard
