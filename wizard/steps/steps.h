#pragma once
// The wizard's steps in order. Each step lives in its own file and is made by its factory.

#include "wizard/facts.h"

#include <memory>
#include <vector>

namespace ld::wizard {

std::unique_ptr<Step> makePortStep();
std::unique_ptr<Step> makeServerStep();

// verify port, is the server running, firewall, conflicts, protocol, proxy (, mcp)
std::vector<std::unique_ptr<Step>> makeSteps(const Target& target, const Options& options);

} // namespace ld::wizard
