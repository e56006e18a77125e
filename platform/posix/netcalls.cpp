#include "platform/posix/netcalls.h"

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
    addrinfo* list = nullptr;
    const int rc = ::getaddrinfo(host.c_str(), nullptr, &hints, &list);
    std::vector<IpAddress> out;
    if (rc != 0) {
        if (error)
            *error = rc == EAI_SYSTEM ? std::strerror(errno) : ::gai_strerror(rc);
        return out;
    }
    for (const addrinfo* item = list; item; item = item->ai_next) {
        IpAddress address;
        if (item->ai_family == AF_INET && item->ai_addrlen >= sizeof(sockaddr_in)) {
            address.family = Family::V4;
            std::memcpy(address.bytes.data(), &reinterpret_cast<const sockaddr_in*>(item->ai_addr)->sin_addr,
                        4);
        } else if (item->ai_family == AF_INET6 && item->ai_addrlen >= sizeof(sockaddr_in6)) {
            const auto* in6 = reinterpret_cast<const sockaddr_in6*>(item->ai_addr);
            address.family = Family::V6;
            std::memcpy(address.bytes.data(), &in6->sin6_addr, 16);
            address.scopeId = in6->sin6_scope_id;
        } else {
            continue;
        }
        if (std::find(out.begin(), out.end(), address) == out.end())
            out.push_back(address);
    }
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
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one); // IPv4 is asked separately
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
    if (result == 0 && proto == Proto::Tcp)
        result = ::listen(fd, 1); // what a server does next; catches SO_REUSEPORT neighbours
    ::close(fd);
    return result == 0;
}

} // namespace ld::platform::posix
