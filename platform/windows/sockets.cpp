// Sockets from iphlpapi: GetExtendedTcpTable / GetExtendedUdpTable with owning pids, both families.

#include "platform/log.h"
#include "platform/windows/collectors.h"

#include <winsock2.h>
#include <ws2tcpip.h>
// winsock2 first
#include <iphlpapi.h>
#include <windows.h>

#include <cstring>
#include <spdlog/spdlog.h>

namespace ld::platform::windows_os {
namespace {

// MIB_TCP_STATE (1 = CLOSED ... 12 = DELETE_TCB) in Linux numbering.
TcpState tcpState(DWORD state) {
    switch (state) {
    case MIB_TCP_STATE_CLOSED:
        return TcpState::Close;
    case MIB_TCP_STATE_LISTEN:
        return TcpState::Listen;
    case MIB_TCP_STATE_SYN_SENT:
        return TcpState::SynSent;
    case MIB_TCP_STATE_SYN_RCVD:
        return TcpState::SynRecv;
    case MIB_TCP_STATE_ESTAB:
        return TcpState::Established;
    case MIB_TCP_STATE_FIN_WAIT1:
        return TcpState::FinWait1;
    case MIB_TCP_STATE_FIN_WAIT2:
        return TcpState::FinWait2;
    case MIB_TCP_STATE_CLOSE_WAIT:
        return TcpState::CloseWait;
    case MIB_TCP_STATE_CLOSING:
        return TcpState::Closing;
    case MIB_TCP_STATE_LAST_ACK:
        return TcpState::LastAck;
    case MIB_TCP_STATE_TIME_WAIT:
        return TcpState::TimeWait;
    case MIB_TCP_STATE_DELETE_TCB:
        return TcpState::Close;
    default:
        return TcpState::Unknown;
    }
}

std::uint16_t hostPort(DWORD networkOrder) {
    return ntohs(std::uint16_t(networkOrder & 0xFFFF));
}

IpAddress v4(DWORD networkOrder) {
    IpAddress address;
    address.family = Family::V4;
    std::memcpy(address.bytes.data(), &networkOrder, 4);
    return address;
}

IpAddress v6(const UCHAR (&bytes)[16], DWORD scope) {
    IpAddress address;
    address.family = Family::V6;
    std::memcpy(address.bytes.data(), bytes, 16);
    // Wine reports 4096 for ::1; a scope only means something on link-local addresses.
    const bool linkLocal = bytes[0] == 0xfe && (bytes[1] & 0xc0) == 0x80;
    address.scopeId = linkLocal ? scope : 0;
    return address;
}

// Calls a GetExtended*Table function until the buffer is big enough (bounded: tables grow).
template <typename Call> std::vector<unsigned char> table(Call call, const char* what) {
    std::vector<unsigned char> buffer(64 * 1024);
    for (int attempt = 0; attempt < 8; ++attempt) {
        DWORD size = DWORD(buffer.size());
        const DWORD rc = call(buffer.data(), &size);
        if (rc == NO_ERROR)
            return buffer;
        if (rc != ERROR_INSUFFICIENT_BUFFER) {
            log::get(log::Area::Platform).warn("{} failed: {}", what, rc);
            return {};
        }
        buffer.resize(std::size_t(size) + 16 * 1024);
    }
    return {};
}

Socket owned(Socket socket, DWORD pid) {
    socket.inode = pid;              // see collectors.h: the pid stands in for the inode
    socket.acceptLimitKnown = false; // Windows does not show accept queues
    return socket;
}

} // namespace

std::vector<Socket> sockets(const SocketQuery& query) {
    std::vector<Socket> out;
    const auto wanted = [&query](const Socket& socket) {
        if (query.port && socket.localPort != *query.port)
            return false;
        return !query.listeningOnly || socket.isListening();
    };
    if (query.tcp) {
        const TCP_TABLE_CLASS kind =
            query.listeningOnly ? TCP_TABLE_OWNER_PID_LISTENER : TCP_TABLE_OWNER_PID_ALL;
        const auto t4 =
            table([kind](void* data,
                         DWORD* size) { return GetExtendedTcpTable(data, size, FALSE, AF_INET, kind, 0); },
                  "GetExtendedTcpTable(AF_INET)");
        if (!t4.empty()) {
            const auto* rows = reinterpret_cast<const MIB_TCPTABLE_OWNER_PID*>(t4.data());
            for (DWORD i = 0; i < rows->dwNumEntries; ++i) {
                const MIB_TCPROW_OWNER_PID& row = rows->table[i];
                Socket socket;
                socket.proto = Proto::Tcp;
                socket.local = v4(row.dwLocalAddr);
                socket.localPort = hostPort(row.dwLocalPort);
                socket.remote = v4(row.dwRemoteAddr);
                socket.remotePort = hostPort(row.dwRemotePort);
                socket.state = tcpState(row.dwState);
                if (wanted(socket))
                    out.push_back(owned(socket, row.dwOwningPid));
            }
        }
        const auto t6 =
            table([kind](void* data,
                         DWORD* size) { return GetExtendedTcpTable(data, size, FALSE, AF_INET6, kind, 0); },
                  "GetExtendedTcpTable(AF_INET6)");
        if (!t6.empty()) {
            const auto* rows = reinterpret_cast<const MIB_TCP6TABLE_OWNER_PID*>(t6.data());
            for (DWORD i = 0; i < rows->dwNumEntries; ++i) {
                const MIB_TCP6ROW_OWNER_PID& row = rows->table[i];
                Socket socket;
                socket.proto = Proto::Tcp;
                socket.local = v6(row.ucLocalAddr, row.dwLocalScopeId);
                socket.localPort = hostPort(row.dwLocalPort);
                socket.remote = v6(row.ucRemoteAddr, row.dwRemoteScopeId);
                socket.remotePort = hostPort(row.dwRemotePort);
                socket.state = tcpState(row.dwState);
                // v6Only stays unknown: the table does not say, and dual-stack listeners (Node, .NET,
                // Java set IPV6_V6ONLY off) show only here, as "::", like IPv6-only ones.
                if (wanted(socket))
                    out.push_back(owned(socket, row.dwOwningPid));
            }
        }
    }
    if (query.udp) {
        const auto u4 = table(
            [](void* data, DWORD* size) {
                return GetExtendedUdpTable(data, size, FALSE, AF_INET, UDP_TABLE_OWNER_PID, 0);
            },
            "GetExtendedUdpTable(AF_INET)");
        if (!u4.empty()) {
            const auto* rows = reinterpret_cast<const MIB_UDPTABLE_OWNER_PID*>(u4.data());
            for (DWORD i = 0; i < rows->dwNumEntries; ++i) {
                Socket socket;
                socket.proto = Proto::Udp;
                socket.local = v4(rows->table[i].dwLocalAddr);
                socket.localPort = hostPort(rows->table[i].dwLocalPort);
                socket.remote = IpAddress::any(Family::V4);
                socket.state = TcpState::Close;
                if (wanted(socket))
                    out.push_back(owned(socket, rows->table[i].dwOwningPid));
            }
        }
        const auto u6 = table(
            [](void* data, DWORD* size) {
                return GetExtendedUdpTable(data, size, FALSE, AF_INET6, UDP_TABLE_OWNER_PID, 0);
            },
            "GetExtendedUdpTable(AF_INET6)");
        if (!u6.empty()) {
            const auto* rows = reinterpret_cast<const MIB_UDP6TABLE_OWNER_PID*>(u6.data());
            for (DWORD i = 0; i < rows->dwNumEntries; ++i) {
                Socket socket;
                socket.proto = Proto::Udp;
                socket.local = v6(rows->table[i].ucLocalAddr, rows->table[i].dwLocalScopeId);
                socket.localPort = hostPort(rows->table[i].dwLocalPort);
                socket.remote = IpAddress::any(Family::V6);
                socket.state = TcpState::Close;
                if (wanted(socket))
                    out.push_back(owned(socket, rows->table[i].dwOwningPid));
            }
        }
    }
    return out;
}

} // namespace ld::platform::windows_os
