#pragma once
// The whole interface the engine sees of the operating system. One implementation per OS,
// picked by CMake; tests hand the engine a fake fed from fixtures.

#include "platform/systemproxy.h"
#include "platform/types.h"

#include <chrono>
#include <map>
#include <memory>

namespace ld::platform {

class System {
public:
    virtual ~System() = default;

    virtual std::string osName() const = 0; // "linux", "windows", "macos"
    virtual std::string osVersion() const = 0;

    // Sockets from the kernel (netlink, GetExtendedTcpTable, libproc), without their owners.
    virtual std::vector<Socket> sockets(const SocketQuery& query) = 0;
    // Owners of the given socket inodes; stops looking once every inode is found.
    // Inodes whose owner can't be read are absent from the result.
    virtual std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes) = 0;
    // The same with what a listing of the listeners shows of each owner (pid, program, user,
    // command line; no start time, no executable), where that costs less to read: on Linux no
    // /proc/PID/stat and no exe link per holder (docs/performance.md). By default socketOwners().
    virtual std::map<std::uint64_t, ProcessInfo> listingOwners(const std::vector<std::uint64_t>& inodes) {
        return socketOwners(inodes);
    }
    virtual std::optional<ProcessInfo> process(std::int64_t pid) = 0;
    virtual std::uint32_t currentUid() const = 0;
    virtual std::string userName(std::uint32_t uid) = 0;
    virtual bool elevated() const = 0; // root / administrator

    virtual PortPolicy portPolicy() = 0;
    virtual HostsFile hostsFile() = 0;
    // Addresses in the order the system resolver returns them (getaddrinfo, AF_UNSPEC, TCP).
    // An empty list with a message when the name does not resolve.
    virtual std::vector<IpAddress> resolve(const std::string& host, std::string* error) = 0;

    // Connects to every address at once; each attempt ends by its own timeout.
    virtual std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses,
                                                   std::uint16_t port, std::chrono::milliseconds timeout) = 0;

    // One request on a fresh connection, and whether the server answered, closed or reset it.
    virtual Exchange exchange(const IpAddress& address, std::uint16_t port, const std::string& request,
                              std::chrono::milliseconds timeout, std::size_t maxBytes) {
        (void)address, (void)port, (void)request, (void)timeout, (void)maxBytes;
        return {};
    }

    // Whether a server could bind this address and port right now (SO_REUSEADDR, as servers do).
    virtual bool canBind(Proto proto, const IpAddress& address, std::uint16_t port) = 0;

    // The firewall's own words, as far as they can be read with the current rights.
    virtual FirewallReading readFirewall() = 0;

    // Ends a process, after checking the pid still names `expected` (start time, executable).
    // Polite signal first; the forced kill only when killIfNeeded.
    virtual StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded,
                                   std::chrono::milliseconds grace) = 0;

    // The environment clients would see (proxy variables and the like).
    virtual std::map<std::string, std::string> environment() = 0;

    // The system-wide proxy settings, where the OS keeps them apart from the environment (macOS:
    // `scutil --proxy`; Windows: Internet Options and WinHTTP's default). The default says nothing
    // was read (source empty): Linux has only the variables.
    virtual SystemProxy systemProxy() { return {}; }

    // What Windows knows of WSL 2 (installed distros and their state, the .wslconfig networking
    // settings), asked only when a server may run inside WSL. The default says "not applicable":
    // only Windows has WSL.
    virtual WslFacts wsl() { return {}; }
};

// The real system of the OS this was built for.
std::unique_ptr<System> createSystem();

} // namespace ld::platform
