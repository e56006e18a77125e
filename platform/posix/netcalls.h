#pragma once
// POSIX socket calls any Unix collector can use: the resolver's answer and the bind test
// (without Linux-only flags such as SOCK_CLOEXEC, so macOS builds them too).

#include "platform/types.h"

#include <string>
#include <vector>

namespace ld::platform::posix {

// getaddrinfo(AF_UNSPEC, SOCK_STREAM), addresses in resolver order, duplicates dropped.
std::vector<IpAddress> resolve(const std::string& host, std::string* error);
// Whether a server could bind and listen (TCP) on this address and port now (SO_REUSEADDR).
bool canBind(Proto proto, const IpAddress& address, std::uint16_t port);

} // namespace ld::platform::posix
