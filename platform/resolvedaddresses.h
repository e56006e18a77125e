#pragma once
// The resolver's answer as addresses: one walk over a getaddrinfo() list (POSIX addrinfo) or a
// GetAddrInfoW() list (addrinfoW), in the resolver's order, duplicates dropped, the scope kept
// only where it means something (link-local IPv6). The socket types and family constants come
// from the caller, so this header needs no OS header of its own.

#include "platform/types.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace ld::platform {

template <typename SockaddrIn, typename SockaddrIn6, typename AddrInfo>
std::vector<IpAddress> resolvedAddresses(const AddrInfo* list, int inet4, int inet6) {
    std::vector<IpAddress> out;
    for (const AddrInfo* item = list; item; item = item->ai_next) {
        IpAddress address;
        if (item->ai_family == inet4 && item->ai_addrlen >= sizeof(SockaddrIn)) {
            address.family = Family::V4;
            std::memcpy(address.bytes.data(), &reinterpret_cast<const SockaddrIn*>(item->ai_addr)->sin_addr,
                        4);
        } else if (item->ai_family == inet6 && item->ai_addrlen >= sizeof(SockaddrIn6)) {
            const auto* in6 = reinterpret_cast<const SockaddrIn6*>(item->ai_addr);
            address.family = Family::V6;
            std::memcpy(address.bytes.data(), &in6->sin6_addr, 16);
            const bool linkLocal = address.bytes[0] == 0xfe && (address.bytes[1] & 0xc0) == 0x80;
            address.scopeId = linkLocal ? in6->sin6_scope_id : 0;
        } else {
            continue;
        }
        if (std::find(out.begin(), out.end(), address) == out.end())
            out.push_back(address);
    }
    return out;
}

} // namespace ld::platform
