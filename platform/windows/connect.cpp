// Connecting to every address at once on Windows: non-blocking Winsock sockets and one select()
// loop; failures come back in the except set. Outcomes as on Linux: WSAECONNREFUSED is Refused,
// WSAECONNRESET Reset, WSAETIMEDOUT (or our own deadline) TimedOut.

#include "platform/log.h"
#include "platform/resolvedaddresses.h"
#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"

#include <winsock2.h>
#include <ws2tcpip.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <spdlog/spdlog.h>

namespace ld::platform::windows_os {

void startWinsock() {
    static std::once_flag once;
    std::call_once(once, [] {
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
    });
}

namespace {

using Clock = std::chrono::steady_clock;

struct Pending {
    SOCKET socket = INVALID_SOCKET;
    Clock::time_point start;
    bool done = false;
};

ConnectOutcome classify(int error) {
    switch (error) {
    case 0:
        return ConnectOutcome::Connected;
    case WSAECONNREFUSED:
        return ConnectOutcome::Refused;
    case WSAECONNRESET: // accepted, then reset: the server's doing, never a firewall
        return ConnectOutcome::Reset;
    case WSAETIMEDOUT:
        return ConnectOutcome::TimedOut;
    case WSAEHOSTUNREACH:
    case WSAENETUNREACH:
    case WSAENETDOWN:
    case WSAEHOSTDOWN:
    case WSAEADDRNOTAVAIL:
    case WSAEAFNOSUPPORT:
    case WSAEACCES:
        return ConnectOutcome::Unreachable;
    default:
        return ConnectOutcome::Error;
    }
}

void finish(ConnectAttempt& attempt, Pending& pending, int error) {
    attempt.outcome = classify(error);
    attempt.osError = error;
    if (error != 0)
        attempt.errorText = systemMessage(DWORD(error));
    attempt.elapsedMs = std::chrono::duration<double, std::milli>(Clock::now() - pending.start).count();
    if (pending.socket != INVALID_SOCKET)
        closesocket(pending.socket);
    pending.socket = INVALID_SOCKET;
    pending.done = true;
}

void start(const IpAddress& address, std::uint16_t port, ConnectAttempt& attempt, Pending& pending) {
    pending.start = Clock::now();
    sockaddr_storage storage{};
    int length = 0;
    if (address.family == Family::V4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        std::memcpy(&in->sin_addr, address.bytes.data(), 4);
        length = sizeof *in;
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        std::memcpy(&in6->sin6_addr, address.bytes.data(), 16);
        in6->sin6_scope_id = address.scopeId;
        length = sizeof *in6;
    }
    pending.socket = ::socket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP);
    if (pending.socket == INVALID_SOCKET) {
        finish(attempt, pending, WSAGetLastError());
        return;
    }
    SetHandleInformation(reinterpret_cast<HANDLE>(pending.socket), HANDLE_FLAG_INHERIT, 0);
    u_long nonBlocking = 1;
    ioctlsocket(pending.socket, FIONBIO, &nonBlocking);
    if (::connect(pending.socket, reinterpret_cast<const sockaddr*>(&storage), length) == 0) {
        finish(attempt, pending, 0);
        return;
    }
    const int error = WSAGetLastError();
    if (error != WSAEWOULDBLOCK && error != WSAEINPROGRESS)
        finish(attempt, pending, error);
}

} // namespace

std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                       std::chrono::milliseconds timeout) {
    startWinsock();
    std::vector<ConnectAttempt> attempts(addresses.size());
    std::vector<Pending> pending(addresses.size());
    for (std::size_t i = 0; i < addresses.size(); ++i) {
        attempts[i].address = addresses[i];
        attempts[i].port = port;
        start(addresses[i], port, attempts[i], pending[i]);
    }
    // One select over what is still pending (at most FD_SETSIZE = 64 at a time; targets have few
    // addresses), until each has an answer or its own deadline passed.
    for (int round = 0; round < 100000; ++round) {
        fd_set writable;
        fd_set failed;
        FD_ZERO(&writable);
        FD_ZERO(&failed);
        std::vector<std::size_t> index;
        auto nearest = Clock::time_point::max();
        const auto now = Clock::now();
        for (std::size_t i = 0; i < pending.size() && index.size() < FD_SETSIZE; ++i) {
            if (pending[i].done)
                continue;
            const auto deadline = pending[i].start + timeout;
            if (now >= deadline) {
                finish(attempts[i], pending[i], WSAETIMEDOUT);
                continue;
            }
            nearest = std::min(nearest, deadline);
            FD_SET(pending[i].socket, &writable);
            FD_SET(pending[i].socket, &failed);
            index.push_back(i);
        }
        if (index.empty())
            break;
        const auto wait = std::clamp<long long>(
            std::chrono::ceil<std::chrono::milliseconds>(nearest - now).count(), 1, 60'000);
        timeval tv{long(wait / 1000), long((wait % 1000) * 1000)};
        const int ready = ::select(0, nullptr, &writable, &failed, &tv);
        if (ready == SOCKET_ERROR) {
            const int error = WSAGetLastError();
            for (const std::size_t i : index)
                finish(attempts[i], pending[i], error);
            break;
        }
        for (const std::size_t i : index) {
            const SOCKET s = pending[i].socket;
            if (FD_ISSET(s, &failed)) {
                int error = 0;
                int size = sizeof error;
                if (getsockopt(s, SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&error), &size) != 0 ||
                    error == 0)
                    error = WSAECONNREFUSED;
                finish(attempts[i], pending[i], error);
            } else if (FD_ISSET(s, &writable)) {
                finish(attempts[i], pending[i], 0);
            }
        }
    }
    auto& log = log::get(log::Area::Platform);
    for (const auto& attempt : attempts)
        log.debug("connect {}:{} -> {} in {:.1f} ms {}", attempt.address.toString(), port,
                  connectOutcomeName(attempt.outcome), attempt.elapsedMs, attempt.errorText);
    return attempts;
}

bool canBind(Proto proto, const IpAddress& address, std::uint16_t port) {
    startWinsock();
    const bool v6 = address.family == Family::V6;
    const SOCKET s = ::socket(v6 ? AF_INET6 : AF_INET, proto == Proto::Tcp ? SOCK_STREAM : SOCK_DGRAM,
                              proto == Proto::Tcp ? IPPROTO_TCP : IPPROTO_UDP);
    if (s == INVALID_SOCKET)
        return false;
    // No SO_REUSEADDR: on Windows it lets a second socket take a port that is in use (and Wine
    // answers 10013 with it), so the question would not be asked at all.
    int result = SOCKET_ERROR;
    if (v6) {
        DWORD one = 1;
        setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, reinterpret_cast<const char*>(&one), sizeof one);
        sockaddr_in6 sa{};
        sa.sin6_family = AF_INET6;
        sa.sin6_port = htons(port);
        std::memcpy(&sa.sin6_addr, address.bytes.data(), 16);
        sa.sin6_scope_id = address.scopeId;
        result = ::bind(s, reinterpret_cast<const sockaddr*>(&sa), sizeof sa);
    } else {
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        std::memcpy(&sa.sin_addr, address.bytes.data(), 4);
        result = ::bind(s, reinterpret_cast<const sockaddr*>(&sa), sizeof sa);
    }
    if (result == 0 && proto == Proto::Tcp)
        result = ::listen(s, 1);
    closesocket(s);
    return result == 0;
}

std::vector<IpAddress> resolve(const std::string& host, std::string* error) {
    startWinsock();
    addrinfoW hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfoW* list = nullptr;
    const int rc = GetAddrInfoW(wide(host).c_str(), nullptr, &hints, &list);
    if (rc != 0) {
        if (error)
            *error = systemMessage(DWORD(rc));
        return {};
    }
    std::vector<IpAddress> out = resolvedAddresses<sockaddr_in, sockaddr_in6>(list, AF_INET, AF_INET6);
    FreeAddrInfoW(list);
    if (error)
        error->clear();
    return out;
}

} // namespace ld::platform::windows_os
