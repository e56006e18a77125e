#pragma once
// Connecting to every address of a target at once: non-blocking sockets and one poll() loop.

#include "platform/types.h"

#include <chrono>
#include <string>
#include <sys/socket.h>
#include <vector>

namespace ld::platform {

// One attempt per address, in the same order; each ends by its own timeout. A connection that
// succeeds is closed at once (a plain close, no RST).
std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                       std::chrono::milliseconds timeout);

socklen_t toSockaddr(const IpAddress& address, std::uint16_t port, sockaddr_storage* storage);

// Connects, sends `request`, reads the reply until the peer closes, and says how it closed:
// a reset (RST) is the server dropping the connection, a FIN an orderly close.
Exchange exchange(const IpAddress& address, std::uint16_t port, const std::string& request,
                  std::chrono::milliseconds timeout, std::size_t maxBytes);

} // namespace ld::platform
