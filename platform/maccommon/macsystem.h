#pragma once
// The macOS System, built on a CommandRunner and a few OS services so that all of its logic
// compiles and is tested on every OS: listeners from lsof merged with netstat, owners from lsof
// and ps, the port policy from sysctl, both firewalls, the proxy settings, the safe stop.

#include "platform/maccommon/commandrunner.h"
#include "platform/system.h"

#include <QCoreApplication>

#include <functional>
#include <mutex>

namespace ld::platform {

// What the System needs from the OS besides running commands. Empty functions are answered
// conservatively (no connection, cannot bind, nothing signalled); tests fill in what they need.
struct MacServices {
    enum class Signal : std::uint8_t { Probe, Terminate, Kill }; // kill(pid, 0 / SIGTERM / SIGKILL)
    enum class SignalResult : std::uint8_t { Sent, NoSuchProcess, NotPermitted, Failed };

    std::function<std::vector<ConnectAttempt>(const std::vector<IpAddress>&, std::uint16_t,
                                              std::chrono::milliseconds)>
        connectAll;
    std::function<bool(Proto, const IpAddress&, std::uint16_t)> canBind;
    // getaddrinfo; when empty, `dscacheutil -q host -a name HOST` answers instead.
    std::function<std::vector<IpAddress>(const std::string&, std::string*)> resolve;
    std::function<SignalResult(std::int64_t, Signal)> signal;
    std::function<void(std::chrono::milliseconds)> pause; // between polls while a process ends
    std::function<std::string(std::uint32_t)> userName;
    std::function<std::map<std::string, std::string>()> environment;
    std::uint32_t uid = 501;
    std::uint32_t euid = 501;
    std::int64_t selfPid = 0;
    std::string hostsPath = "/etc/hosts";
};

// Not final: on macOS, createSystem() derives from it only to own the QProcess runner.
class MacSystem : public System {
    Q_DECLARE_TR_FUNCTIONS(MacSystem)

public:
    MacSystem(CommandRunner& runner, MacServices services);

    std::string osName() const override { return "macos"; }
    std::string osVersion() const override;
    std::vector<Socket> sockets(const SocketQuery& query) override;
    std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes) override;
    std::optional<ProcessInfo> process(std::int64_t pid) override;
    std::uint32_t currentUid() const override { return m_services.euid; }
    std::string userName(std::uint32_t uid) override;
    bool elevated() const override { return m_services.euid == 0; }
    PortPolicy portPolicy() override;
    HostsFile hostsFile() override;
    std::vector<IpAddress> resolve(const std::string& host, std::string* error) override;
    std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                           std::chrono::milliseconds timeout) override;
    bool canBind(Proto proto, const IpAddress& address, std::uint16_t port) override;
    FirewallReading readFirewall() override;
    StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded,
                           std::chrono::milliseconds grace) override;
    std::map<std::string, std::string> environment() override;
    SystemProxy systemProxy() override;

    // What could not be collected, each in plain words with the command to run by hand.
    std::vector<std::string> notes() const;

private:
    CommandResult run(const Command& command,
                      std::chrono::milliseconds timeout = std::chrono::milliseconds(4000));
    // The failure of a command in plain words (absent, refused, timed out, failed), or empty.
    std::string failure(const Command& command, const CommandResult& result, const std::string& byHand = {});
    void note(const std::string& message);
    // Accept queues and their limits from `netstat -L`, where a row clearly names the socket.
    void applyListenQueues(std::vector<Socket>& sockets);
    // Fills executable, start time, uid, user and the command line of these processes from ps.
    void completeOwners(std::map<std::int64_t, ProcessInfo>& owners);

    CommandRunner& m_runner;
    MacServices m_services;
    mutable std::mutex m_mutex;
    std::map<std::uint64_t, ProcessInfo> m_owners; // socket key -> owner, from the latest sockets()
    std::map<std::uint32_t, std::string> m_logins; // uid -> login, from lsof
    std::vector<std::string> m_notes;
    mutable std::string m_version;
};

// True when the output of a macOS tool says it needs administrator rights.
bool saysPermissionDenied(const CommandResult& result);

} // namespace ld::platform
