#pragma once
// Step 7, "mcp": for MCP targets (a path ending in /mcp or /sse, or --mcp), talk the MCP handshake
// to the address (Streamable HTTP, legacy HTTP+SSE, server/discover) and say what it answered.

#include "wizard/facts.h"

#include <memory>

namespace ld::wizard {

std::unique_ptr<Step> makeMcpStep();
// Whether a target gets the MCP step.
bool wantsMcpStep(const Target& target, const Options& options);

} // namespace ld::wizard
