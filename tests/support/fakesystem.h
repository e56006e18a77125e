#pragma once
// A fake operating system for the engine's table tests: sockets, owners, connect outcomes, port
// policy, hosts file, firewall texts and environment are plain members, filled by hand or from
// recorded fixtures (/proc/net tables, hosts files, firewall outputs). Nothing touches the machine.

#include "platform/system.h"

#include <QString>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ld::test {

class FakeSystem final : public platform::System {
public:
    std::string os = "linux";
    std::string version = "fake 1.0";
    std::vector<platform::Socket> socketTable;               // every socket the kernel would list
    std::map<std::uint64_t, platform::ProcessInfo> owners;   // by socket inode
    std::map<std::int64_t, platform::ProcessInfo> processes; // by pid
    std::uint32_t uid = 1000;
    bool isElevated = false;
    platform::PortPolicy policy;
    platform::HostsFile hosts;
    // Names the resolver knows, in resolver order; others fail with resolveError.
    std::map<std::string, std::vector<platform::IpAddress>> names;
    std::string resolveError = "Name or service not known";
    // Connect outcomes by "address" or "address:port" (the more specific wins). An address
    // with no entry is refused, or connects when a listening socket accepts it.
    std::map<std::string, platform::ConnectOutcome> outcomes;
    std::set<std::string> unbindable; // "address:port" a bind would fail on
    platform::FirewallReading firewall;
    std::map<std::string, std::string> env;
    platform::SystemProxy proxySettings; // the OS's own proxy settings (source empty: none, as on Linux)
    platform::WslFacts wslFacts;         // WSL as Windows sees it (applicable false: not Windows)
    int wslReads = 0;                    // how often wsl() ran
    platform::StopResult stopAnswer{platform::StopOutcome::Terminated, "stopped"};
    std::vector<platform::ProcessInfo> stopped; // what stopProcess was asked to end
    int connectCalls = 0;                       // how often connectAll ran (facts are cached)
    int firewallReads = 0;                      // how often readFirewall ran

    FakeSystem();

    // A listening TCP socket on address:port, owned by pid running program (nullptr program:
    // the owner can't be read, as for another user's process). Returns its inode.
    std::uint64_t addListener(const std::string& address, std::uint16_t port, std::int64_t pid = 0,
                              const char* program = nullptr, std::uint32_t socketUid = 1000,
                              const std::string& commandLine = {});
    // Loads sockets from recorded /proc/net/{tcp,tcp6,udp,udp6} text (tests/fixtures/...).
    void loadProcNet(const QString& fixture, platform::Proto proto, platform::Family family);
    void loadHosts(const QString& fixture);
    // A firewall tool's recorded output, as the real collector would hand it over.
    void addFirewallSource(const std::string& name, const std::string& command, const QString& fixture);

    std::string osName() const override { return os; }
    std::string osVersion() const override { return version; }
    std::vector<platform::Socket> sockets(const platform::SocketQuery& query) override;
    std::map<std::uint64_t, platform::ProcessInfo>
    socketOwners(const std::vector<std::uint64_t>& inodes) override;
    std::optional<platform::ProcessInfo> process(std::int64_t pid) override;
    std::uint32_t currentUid() const override { return uid; }
    std::string userName(std::uint32_t uid) override;
    bool elevated() const override { return isElevated; }
    platform::PortPolicy portPolicy() override { return policy; }
    platform::HostsFile hostsFile() override { return hosts; }
    std::vector<platform::IpAddress> resolve(const std::string& host, std::string* error) override;
    std::vector<platform::ConnectAttempt> connectAll(const std::vector<platform::IpAddress>& addresses,
                                                     std::uint16_t port,
                                                     std::chrono::milliseconds timeout) override;
    bool canBind(platform::Proto proto, const platform::IpAddress& address, std::uint16_t port) override;
    platform::FirewallReading readFirewall() override {
        ++firewallReads;
        return firewall;
    }
    platform::StopResult stopProcess(const platform::ProcessInfo& expected, bool killIfNeeded,
                                     std::chrono::milliseconds grace) override;
    std::map<std::string, std::string> environment() override { return env; }
    platform::SystemProxy systemProxy() override { return proxySettings; }
    platform::WslFacts wsl() override {
        ++wslReads;
        return wslFacts;
    }

private:
    std::uint64_t m_nextInode = 90000;
};

QByteArray readFixture(const QString& relativePath); // from tests/fixtures; empty when missing

} // namespace ld::test
