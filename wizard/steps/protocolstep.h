#pragma once
// Step 5, "protocol": does the port speak what the URL says (HTTP, HTTPS), and if not, what.

#include "wizard/facts.h"

#include <memory>

namespace ld::wizard {

std::unique_ptr<Step> makeProtocolStep();

// What the port speaks ("http", "postgresql", ...), probing it once per diagnosis: the conflict
// step asks before the protocol step runs, and the protocol step reuses the answer.
// Empty when nothing connected.
QString probedService(Facts& facts);

} // namespace ld::wizard
