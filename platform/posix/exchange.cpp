#include "platform/posix/connect.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ld::platform {

namespace {

using Clock = std::chrono::steady_clock;

// Waits for `events` on fd until the deadline; false when time ran out.
bool waitFor(int fd, short events, Clock::time_point deadline) {
    for (int round = 0; round < 10000; ++round) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{fd, events, 0};
        const int rc = ::poll(&p, 1, int(left));
        if (rc > 0)
            return true;
        if (rc == 0)
            return false;
        if (errno != EINTR)
            return true; // let the next call report the error
    }
    return false;
}

void failed(Exchange& result, int error) {
    result.osError = error;
    result.errorText = std::strerror(error);
    if (error == ECONNRESET || error == EPIPE)
        result.reset = error == ECONNRESET || result.connected;
}

} // namespace

Exchange exchange(const IpAddress& address, std::uint16_t port, const std::string& request,
                  std::chrono::milliseconds timeout, std::size_t maxBytes) {
    Exchange result;
    result.supported = true;
    const auto deadline = Clock::now() + timeout;
    sockaddr_storage storage{};
    const socklen_t length = toSockaddr(address, port, &storage);
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        failed(result, errno);
        return result;
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&storage), length) < 0 && errno != EINPROGRESS) {
        failed(result, errno);
        return result;
    }
    if (!waitFor(fd, POLLOUT, deadline)) {
        result.timedOut = true;
        return result;
    }
    int error = 0;
    socklen_t size = sizeof error;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
    if (error != 0) {
        failed(result, error);
        return result;
    }
    result.connected = true;
    std::size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            if (!waitFor(fd, POLLOUT, deadline)) {
                result.timedOut = true;
                return result;
            }
            continue;
        }
        if (n < 0) {
            failed(result, errno);
            return result;
        }
        sent += std::size_t(n);
    }
    char buffer[4096];
    while (result.reply.size() < maxBytes) {
        if (!waitFor(fd, POLLIN, deadline)) {
            result.timedOut = true;
            return result;
        }
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            result.reply.append(buffer, std::size_t(n));
            continue;
        }
        if (n == 0) {
            result.closed = true;
            return result;
        }
        if (errno == EAGAIN || errno == EINTR)
            continue;
        failed(result, errno);
        return result;
    }
    return result;
}

} // namespace ld::platform
