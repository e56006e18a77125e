#include "platform/posix/netcalls.h"

#include "platform/resolvedaddresses.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ld::platform::posix {

std::vector<IpAddress> resolve(const std::string& host, std::string* error) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = 0; // no AI_ADDRCONFIG: ::1 must come back even without a global IPv6 address
    addrinfo* list = nullptr;
    const int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &list);
    if (rc != 0) {
        if (error)
            *error = rc == EAI_SYSTEM ? std::strerror(errno) : ::gai_strerror(rc);
        return {};
    }
    std::vector<IpAddress> out = resolvedAddresses<sockaddr_in, sockaddr_in6>(list, AF_INET, AF_INET6);
    ::freeaddrinfo(list);
    if (error)
        error->clear();
    return out;
}

bool canBind(Proto proto, const IpAddress& address, std::uint16_t port) {
    const bool v6 = address.family == Family::V6;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, proto == Proto::Tcp ? SOCK_STREAM : SOCK_DGRAM, 0);
    if (fd < 0)
        return false;
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
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

} // namespace ld::platform::posix
