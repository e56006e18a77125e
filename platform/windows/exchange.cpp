// One request on a fresh Winsock connection, and how the server ended it: the protocol probe's
// witness for "accepted, then reset" (WSAECONNRESET), an orderly close (recv returns 0) or silence.
// The same contract as platform/posix/exchange.cpp; waits are select() calls bounded by one deadline.

#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <cstring>

namespace ld::platform::windows_os {
namespace {

using ExchangeClock = std::chrono::steady_clock;

// Waits until the socket is writable (or failed) or readable; false when the deadline passed.
bool waitOnSocket(SOCKET s, bool forWrite, ExchangeClock::time_point deadline, int* failure) {
    for (int round = 0; round < 10000; ++round) {
        const auto left =
            std::chrono::ceil<std::chrono::milliseconds>(deadline - ExchangeClock::now()).count();
        if (left <= 0)
            return false;
        fd_set ready;
        fd_set failed;
        FD_ZERO(&ready);
        FD_ZERO(&failed);
        FD_SET(s, &ready);
        FD_SET(s, &failed);
        const long wait = long(std::min<long long>(left, 60'000));
        timeval tv{wait / 1000, (wait % 1000) * 1000};
        const int rc = forWrite ? ::select(0, nullptr, &ready, &failed, &tv)
                                : ::select(0, &ready, nullptr, &failed, &tv);
        if (rc == SOCKET_ERROR) {
            *failure = WSAGetLastError();
            return true;
        }
        if (rc == 0)
            continue; // re-check the deadline
        if (FD_ISSET(s, &failed)) {
            int error = 0;
            int size = sizeof error;
            getsockopt(s, SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&error), &size);
            *failure = error != 0 ? error : WSAECONNREFUSED;
        }
        return true;
    }
    return false;
}

void exchangeFailed(Exchange& result, int error) {
    result.osError = error;
    result.errorText = systemMessage(DWORD(error));
    // WSAECONNABORTED: Windows' own word when the stack dropped an established connection.
    if (error == WSAECONNRESET || error == WSAECONNABORTED)
        result.reset = error == WSAECONNRESET || result.connected;
}

int exchangeSockaddr(const IpAddress& address, std::uint16_t port, sockaddr_storage* storage) {
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

} // namespace

Exchange exchange(const IpAddress& address, std::uint16_t port, const std::string& request,
                  std::chrono::milliseconds timeout, std::size_t maxBytes) {
    startWinsock();
    Exchange result;
    result.supported = true;
    const auto deadline = ExchangeClock::now() + timeout;
    sockaddr_storage storage{};
    const int length = exchangeSockaddr(address, port, &storage);
    const SOCKET s = ::socket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP);
    if (s == INVALID_SOCKET) {
        exchangeFailed(result, WSAGetLastError());
        return result;
    }
    struct Closer {
        SOCKET s;
        ~Closer() { closesocket(s); }
    } closer{s};
    SetHandleInformation(reinterpret_cast<HANDLE>(s), HANDLE_FLAG_INHERIT, 0);
    u_long nonBlocking = 1;
    ioctlsocket(s, FIONBIO, &nonBlocking);
    if (::connect(s, reinterpret_cast<const sockaddr*>(&storage), length) != 0) {
        const int error = WSAGetLastError();
        if (error != WSAEWOULDBLOCK && error != WSAEINPROGRESS) {
            exchangeFailed(result, error);
            return result;
        }
        int failure = 0;
        if (!waitOnSocket(s, true, deadline, &failure)) {
            result.timedOut = true;
            return result;
        }
        if (failure != 0) {
            exchangeFailed(result, failure);
            return result;
        }
    }
    result.connected = true;
    std::size_t sent = 0;
    while (sent < request.size()) {
        const int chunk = int(std::min<std::size_t>(request.size() - sent, 1 << 20));
        const int n = ::send(s, request.data() + sent, chunk, 0);
        if (n == SOCKET_ERROR && WSAGetLastError() == WSAEWOULDBLOCK) {
            int failure = 0;
            if (!waitOnSocket(s, true, deadline, &failure)) {
                result.timedOut = true;
                return result;
            }
            if (failure != 0) {
                exchangeFailed(result, failure);
                return result;
            }
            continue;
        }
        if (n == SOCKET_ERROR) {
            exchangeFailed(result, WSAGetLastError());
            return result;
        }
        sent += std::size_t(n);
    }
    char buffer[4096];
    while (result.reply.size() < maxBytes) {
        int failure = 0;
        if (!waitOnSocket(s, false, deadline, &failure)) {
            result.timedOut = true;
            return result;
        }
        if (failure != 0) {
            exchangeFailed(result, failure);
            return result;
        }
        const int want = int(std::min<std::size_t>(sizeof buffer, maxBytes - result.reply.size()));
        const int n = ::recv(s, buffer, want, 0);
        if (n > 0) {
            result.reply.append(buffer, std::size_t(n));
            continue;
        }
        if (n == 0) {
            result.closed = true;
            return result;
        }
        const int error = WSAGetLastError();
        if (error == WSAEWOULDBLOCK)
            continue;
        exchangeFailed(result, error);
        return result;
    }
    return result;
}

} // namespace ld::platform::windows_os
