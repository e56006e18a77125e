#include "platform/posix/connect.h"
#include "platform/log.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ld::platform {
namespace {

using Clock = std::chrono::steady_clock;

struct Pending {
    int fd = -1;
    Clock::time_point start;
    bool done = false;
};

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

ConnectOutcome classify(int error) {
    switch (error) {
    case 0:
        return ConnectOutcome::Connected;
    case ECONNREFUSED:
        return ConnectOutcome::Refused;
    case ECONNRESET: // the handshake finished, then the server reset: its doing, never a firewall
        return ConnectOutcome::Reset;
    case ETIMEDOUT:
        return ConnectOutcome::TimedOut;
    case EHOSTUNREACH:
    case ENETUNREACH:
    case ENETDOWN:
    case EHOSTDOWN:
    case EADDRNOTAVAIL: // e.g. ::1 when IPv6 is disabled on lo: no way to that address
    case EAFNOSUPPORT:  // the family is not available at all
    case EACCES:        // ICMPv6 administratively prohibited (a firewall's reject)
        return ConnectOutcome::Unreachable;
    default:
        return ConnectOutcome::Error;
    }
}

void finish(ConnectAttempt& attempt, Pending& pending, int error) {
    attempt.outcome = classify(error);
    attempt.osError = error;
    if (error != 0)
        attempt.errorText = std::strerror(error);
    attempt.elapsedMs = millisecondsSince(pending.start);
    if (pending.fd >= 0)
        ::close(pending.fd);
    pending.fd = -1;
    pending.done = true;
}

bool isLinkLocal(const IpAddress& address) {
    return address.family == Family::V6 && address.bytes[0] == 0xfe && (address.bytes[1] & 0xc0) == 0x80;
}

// Starts one non-blocking connect; finishes the attempt at once when it can't be pending.
void start(const IpAddress& address, std::uint16_t port, ConnectAttempt& attempt, Pending& pending) {
    pending.start = Clock::now();
    sockaddr_storage storage{};
    const socklen_t length = toSockaddr(address, port, &storage);
    pending.fd = ::socket(storage.ss_family, SOCK_STREAM, 0);
    if (pending.fd < 0) {
        finish(attempt, pending, errno);
        return;
    }
    ::fcntl(pending.fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(pending.fd, F_SETFL, ::fcntl(pending.fd, F_GETFL) | O_NONBLOCK);
    int rc = 0;
    do {
        rc = ::connect(pending.fd, reinterpret_cast<const sockaddr*>(&storage), length);
    } while (rc < 0 && errno == EINTR);
    if (rc == 0) {
        finish(attempt, pending, 0);
    } else if (errno != EINPROGRESS) {
        const int error = errno;
        finish(attempt, pending, error);
        if (error == EINVAL && isLinkLocal(address) && address.scopeId == 0)
            attempt.errorText = QCoreApplication::translate(
                                    "ld::platform", "a link-local address needs an interface (%scope)")
                                    .toStdString();
    }
}

} // namespace

socklen_t toSockaddr(const IpAddress& address, std::uint16_t port, sockaddr_storage* storage) {
    *storage = {};
    if (address.family == Family::V4) {
        auto* in = reinterpret_cast<sockaddr_in*>(storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        std::memcpy(&in->sin_addr, address.bytes.data(), 4);
        return sizeof *in;
    }
    auto* in6 = reinterpret_cast<sockaddr_in6*>(storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    std::memcpy(&in6->sin6_addr, address.bytes.data(), 16);
    in6->sin6_scope_id = address.scopeId;
    return sizeof *in6;
}

std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                       std::chrono::milliseconds timeout) {
    std::vector<ConnectAttempt> attempts(addresses.size());
    std::vector<Pending> pending(addresses.size());
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        attempts[i].address = addresses[i];
        attempts[i].port = port;
        start(addresses[i], port, attempts[i], pending[i]);
    }

    // One poll over everything still pending, until each has an answer or its own deadline passed.
    std::vector<pollfd> fds;
    std::vector<std::size_t> index;
    for (;;) {
        fds.clear();
        index.clear();
        auto nearest = Clock::time_point::max();
        const auto now = Clock::now();
        for (std::size_t i = 0; i < pending.size(); ++i) {
            if (pending[i].done)
                continue;
            const auto deadline = pending[i].start + timeout;
            if (now >= deadline) {
                finish(attempts[i], pending[i], ETIMEDOUT);
                continue;
            }
            nearest = std::min(nearest, deadline);
            fds.push_back({pending[i].fd, POLLOUT, 0});
            index.push_back(i);
        }
        if (fds.empty())
            break;
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(nearest - now).count();
        const int ready = ::poll(fds.data(), nfds_t(fds.size()), int(std::clamp<long long>(wait, 1, 60'000)));
        if (ready < 0 && errno != EINTR) {
            const int error = errno;
            for (const std::size_t i : index)
                finish(attempts[i], pending[i], error);
            break;
        }
        for (std::size_t k = 0; ready > 0 && k < fds.size(); ++k) {
            if (fds[k].revents == 0)
                continue;
            int error = 0;
            socklen_t size = sizeof error;
            if (::getsockopt(fds[k].fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0)
                error = errno;
            finish(attempts[index[k]], pending[index[k]], error);
        }
    }

    auto& log = log::get(log::Area::Platform);
    for (const auto& attempt : attempts)
        log.debug("connect {}:{} -> {} in {:.1f} ms {}", attempt.address.toString(), port,
                  connectOutcomeName(attempt.outcome), attempt.elapsedMs, attempt.errorText);
    return attempts;
}

} // namespace ld::platform
