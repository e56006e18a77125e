#pragma once
// Connecting to every address of a target at once: non-blocking sockets and one poll() loop.

#include "platform/types.h"

#include <chrono>
#include <vector>

namespace ld::platform {

// One attempt per address, in the same order; each ends by its own timeout. A connection that
// succeeds is closed at once (a plain close, no RST).
std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                       std::chrono::milliseconds timeout);

} // namespace ld::platform
