#pragma once
// The Windows collectors behind WindowsSystem, one file each. Windows-only.

#include "platform/systemproxy.h"
#include "platform/types.h"

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace ld::platform::windows_os {

// GetExtendedTcpTable/GetExtendedUdpTable, IPv4 and IPv6, with owning pids. Windows has no socket
// inodes: `inode` holds the owning pid (0 when the OS does not say, as under Wine), so the
// engine's inode -> owner lookup finds the process.
std::vector<Socket> sockets(const SocketQuery& query);

// A process's image path, name, creation time, user and (where readable) command line; nullopt
// when it is gone or access is denied (the caller says "owner hidden").
std::optional<ProcessInfo> processInfo(std::int64_t pid);
// The relative id (last part of the SID) of this process's user, and whether it is elevated.
std::uint32_t currentUserRid();
bool currentProcessElevated();
// DOMAIN\name of a RID seen on a process earlier (or this process's user), else empty.
std::string userNameForRid(std::uint32_t rid);

std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                       std::chrono::milliseconds timeout);
// One request on a fresh connection; how the server answered and ended it (platform/system.h).
Exchange exchange(const IpAddress& address, std::uint16_t port, const std::string& request,
                  std::chrono::milliseconds timeout, std::size_t maxBytes);
// WSAStartup, once per process.
void startWinsock();
bool canBind(Proto proto, const IpAddress& address, std::uint16_t port);
std::vector<IpAddress> resolve(const std::string& host, std::string* error);

FirewallReading readFirewall();
PortPolicy portPolicy();
SystemProxy systemProxy();
// wsl.exe's distro lists and %USERPROFILE%\.wslconfig (platform/windowstext/wslparse.h parses them).
WslFacts wslFacts();

StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded, std::chrono::milliseconds grace);

} // namespace ld::platform::windows_os
