// Whether a server could bind an address and port right now. Done the way servers do it
// (SO_REUSEADDR), so a port whose last connection lingers in TIME_WAIT counts as free.

#include "platform/linux/collectors.h"

#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ld::platform::linux_os {

bool canBind(Proto proto, const IpAddress& address, std::uint16_t port) {
    const bool v6 = address.family == Family::V6;
    const int type = (proto == Proto::Tcp ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, type, 0);
    if (fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int result = -1;
    if (v6) {
        // Only the IPv6 side: whether IPv4 is free too is asked separately.
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
        sockaddr_in6 sa{};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(port);
        std::memcpy(&sa.sin6_addr, address.bytes.data(), 16);
        sa.sin6_scope_id = address.scopeId;
        result = ::bind(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa);
    } else {
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        std::memcpy(&sa.sin_addr, address.bytes.data(), 4);
        result = ::bind(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa);
    }
    // A TCP bind alone can succeed beside a listener bound with SO_REUSEPORT by the same user;
    // listening is what a server does next, so ask that too.
    if (result == 0 && proto == Proto::Tcp)
        result = ::listen(fd, 1);
    ::close(fd);
    return result == 0;
}

} // namespace ld::platform::linux_os
