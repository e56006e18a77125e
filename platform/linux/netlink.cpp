// Sockets from the kernel's sock_diag netlink interface (what `ss` uses): unlike /proc/net it
// gives a listener's backlog, whether an IPv6 socket is v6-only, and filters in the kernel.

#include "platform/linux/collectors.h"
#include "platform/log.h"
#include "platform/posix/uniquefd.h"

#include <cerrno>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <net/if.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace ld::platform::linux_os {
namespace {

// NLMSG_OK without its mixed-sign comparison, which clang reports where the length is ours.
bool messageFits(const nlmsghdr* header, int left) {
    return left >= int(sizeof(nlmsghdr)) && header->nlmsg_len >= sizeof(nlmsghdr) &&
           header->nlmsg_len <= unsigned(left);
}

constexpr int kTcpClose = 7;
constexpr int kTcpListen = 10;
constexpr int kMaxMessages = 1'000'000; // a bound on the reply loop, far above any real table

// A request for one protocol and family, with an optional "source port == N" bytecode filter.
struct Request {
    nlmsghdr header;
    inet_diag_req_v2 diag;
    rtattr filterAttr;
    inet_diag_bc_op filter[2];
};

std::size_t buildRequest(Request& request, int family, int protocol, std::uint32_t states,
                         std::optional<std::uint16_t> port, std::uint32_t sequence) {
    std::memset(&request, 0, sizeof request);
    request.diag.sdiag_family = std::uint8_t(family);
    request.diag.sdiag_protocol = std::uint8_t(protocol);
    request.diag.idiag_states = states;
    request.diag.idiag_ext = 0; // INET_DIAG_SKV6ONLY comes unasked for listening/closed v6 sockets
    std::size_t length = NLMSG_LENGTH(sizeof request.diag);
    if (port) {
        // Jump 8 bytes (to the end: accept) when sport == port, else 12 (past the end: reject).
        request.filter[0] = {INET_DIAG_BC_S_EQ, 8, 12};
        request.filter[1] = {0, 0, *port};
        request.filterAttr.rta_type = INET_DIAG_REQ_BYTECODE;
        request.filterAttr.rta_len = RTA_LENGTH(sizeof request.filter);
        length = NLMSG_ALIGN(length) + RTA_ALIGN(request.filterAttr.rta_len);
    }
    request.header.nlmsg_len = std::uint32_t(length);
    request.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    request.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    request.header.nlmsg_seq = sequence;
    return length;
}

Socket toSocket(const inet_diag_msg& message, Proto proto, std::size_t payloadLength) {
    Socket socket;
    socket.proto = proto;
    const Family family = message.idiag_family == AF_INET6 ? Family::V6 : Family::V4;
    const std::size_t size = family == Family::V4 ? 4 : 16;
    socket.local = IpAddress::any(family);
    socket.remote = IpAddress::any(family);
    std::memcpy(socket.local.bytes.data(), message.id.idiag_src, size);
    std::memcpy(socket.remote.bytes.data(), message.id.idiag_dst, size);
    socket.localPort = ntohs(message.id.idiag_sport);
    socket.remotePort = ntohs(message.id.idiag_dport);
    socket.state = message.idiag_state >= 1 && message.idiag_state <= 11 ? TcpState(message.idiag_state)
                                                                         : TcpState::Unknown;
    socket.uid = message.idiag_uid;
    socket.inode = message.idiag_inode;
    // For a listener: connections waiting to be accepted, and the backlog (the queue's limit).
    socket.receiveQueue = message.idiag_rqueue;
    socket.sendQueue = message.idiag_wqueue;
    if (message.id.idiag_if != 0) {
        char name[IF_NAMESIZE] = {};
        if (::if_indextoname(message.id.idiag_if, name))
            socket.boundDevice = name;
        // A link-local address only means something with its interface.
        if (family == Family::V6 && socket.local.bytes[0] == 0xfe && (socket.local.bytes[1] & 0xc0) == 0x80)
            socket.local.scopeId = message.id.idiag_if;
    }

    const auto* attr = reinterpret_cast<const rtattr*>(reinterpret_cast<const char*>(&message) +
                                                       NLMSG_ALIGN(sizeof message));
    int remaining = int(payloadLength) - int(NLMSG_ALIGN(sizeof message));
    for (; RTA_OK(attr, remaining); attr = RTA_NEXT(attr, remaining)) {
        if (attr->rta_type == INET_DIAG_SKV6ONLY && RTA_PAYLOAD(attr) >= 1)
            socket.v6Only = *static_cast<const std::uint8_t*>(RTA_DATA(attr)) != 0;
    }
    return socket;
}

// Sends one dump request and collects the replies; nullopt with errno-like code on failure.
std::optional<std::vector<Socket>> dump(int fd, int family, Proto proto, std::uint32_t states,
                                        std::optional<std::uint16_t> port, std::uint32_t sequence,
                                        int& error) {
    Request request;
    const std::size_t length = buildRequest(request, family, proto == Proto::Tcp ? IPPROTO_TCP : IPPROTO_UDP,
                                            states, port, sequence);
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    iovec iov{&request, length};
    msghdr message{};
    message.msg_name = &kernel;
    message.msg_namelen = sizeof kernel;
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    while (::sendmsg(fd, &message, 0) < 0) {
        if (errno != EINTR) {
            error = errno;
            return std::nullopt;
        }
    }

    std::vector<Socket> sockets;
    alignas(nlmsghdr) static thread_local char buffer[65536];
    int messages = 0;
    while (messages < kMaxMessages) {
        const ssize_t received = ::recv(fd, buffer, sizeof buffer, 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            error = errno; // EAGAIN: the receive timeout passed
            return std::nullopt;
        }
        if (received == 0) {
            error = EPIPE;
            return std::nullopt;
        }
        int left = int(received);
        for (auto* header = reinterpret_cast<const nlmsghdr*>(buffer); messageFits(header, left);
             header = NLMSG_NEXT(header, left)) {
            ++messages;
            if (header->nlmsg_seq != sequence)
                continue;
            if (header->nlmsg_type == NLMSG_DONE)
                return sockets;
            if (header->nlmsg_type == NLMSG_ERROR) {
                const auto* failure = static_cast<const nlmsgerr*>(NLMSG_DATA(header));
                error = header->nlmsg_len >= NLMSG_LENGTH(sizeof(nlmsgerr)) ? -failure->error : EPROTO;
                return std::nullopt;
            }
            if (header->nlmsg_type != SOCK_DIAG_BY_FAMILY ||
                header->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
                continue;
            const auto* diag = static_cast<const inet_diag_msg*>(NLMSG_DATA(header));
            sockets.push_back(toSocket(*diag, proto, header->nlmsg_len - NLMSG_LENGTH(0)));
        }
    }
    error = EOVERFLOW;
    return std::nullopt;
}

} // namespace

std::optional<std::vector<Socket>> socketsFromNetlink(const SocketQuery& query) {
    auto& log = log::get(log::Area::Platform);
    UniqueFd fd(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    if (fd.get() < 0) {
        log.info("sock_diag netlink unavailable ({}); reading /proc/net instead", std::strerror(errno));
        return std::nullopt;
    }
    timeval timeout{2, 0}; // the kernel answers at once; this only guards against a stuck socket
    ::setsockopt(fd.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);

    std::vector<Socket> out;
    std::uint32_t sequence = 0;
    for (const Proto proto : {Proto::Tcp, Proto::Udp}) {
        if ((proto == Proto::Tcp && !query.tcp) || (proto == Proto::Udp && !query.udp))
            continue;
        // A listening UDP socket is one bound and not connected: state CLOSE (ESTABLISHED once connected).
        const std::uint32_t states = !query.listeningOnly  ? ~0u
                                     : proto == Proto::Tcp ? 1u << kTcpListen
                                                           : 1u << kTcpClose;
        for (const int family : {AF_INET, AF_INET6}) {
            int error = 0;
            auto sockets = dump(fd.get(), family, proto, states, query.port, ++sequence, error);
            if (!sockets && query.port && error == EINVAL) {
                // An old or odd kernel refusing the port filter: ask for all, filter here.
                sockets = dump(fd.get(), family, proto, states, std::nullopt, ++sequence, error);
            }
            if (!sockets && family == AF_INET6 && (error == ENOENT || error == EAFNOSUPPORT)) {
                log.debug("sock_diag: no IPv6 ({})", std::strerror(error));
                continue; // a kernel without IPv6 has no IPv6 sockets either
            }
            if (!sockets) {
                log.info("sock_diag {} {} failed ({}); reading /proc/net instead",
                         proto == Proto::Tcp ? "tcp" : "udp", family == AF_INET ? "ipv4" : "ipv6",
                         std::strerror(error));
                return std::nullopt;
            }
            for (auto& socket : *sockets) {
                if (query.port && socket.localPort != *query.port)
                    continue;
                if (query.listeningOnly && !socket.isListening())
                    continue;
                out.push_back(std::move(socket));
            }
        }
    }
    return out;
}

} // namespace ld::platform::linux_os
