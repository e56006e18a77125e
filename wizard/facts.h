#pragma once
// Everything the steps learn about one target, gathered once and shared, so no step repeats
// another's work (the address list, the socket snapshot, each connect outcome).

#include "platform/system.h"
#include "wizard/report/finding.h"
#include "wizard/target.h"

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <optional>
#include <vector>

namespace ld::wizard {

enum class Intent { Connect, Serve };
QString intentName(Intent intent);
std::optional<Intent> intentFromName(const QString& name);

struct Options {
    Intent intent = Intent::Connect;
    std::chrono::milliseconds timeout{1500};
    bool mcp = false; // add the MCP step whatever the path says
};

// A listening socket and, when it could be read, the process behind it.
struct Listener {
    platform::Socket socket;
    std::optional<platform::ProcessInfo> owner;
};
QJsonObject listenerToJson(const Listener& listener); // the shape of `listeners --json`

class Facts {
public:
    Facts(platform::System& system, Target target, Options options);

    platform::System& system() { return m_system; }
    const Target& target() const { return m_target; }
    const Options& options() const { return m_options; }
    bool cancelled() const { return m_cancelled && m_cancelled->load(); }
    void setCancelFlag(const std::atomic_bool* flag) { m_cancelled = flag; }

    const platform::PortPolicy& portPolicy();
    const platform::HostsFile& hostsFile();
    bool hostIsLocal(); // localhost, *.localhost, a loopback literal, or this machine's name
    // Addresses of the target's host in resolver order; empty with resolveError() when it fails.
    const std::vector<platform::IpAddress>& addresses();
    const QString& resolveError();

    // Every listening socket (TCP LISTEN, bound UDP), taken once.
    const std::vector<platform::Socket>& listeningSockets();
    // Listening sockets on one port and protocol, with owners looked up only for them.
    std::vector<Listener> listenersOn(std::uint16_t port, platform::Proto proto = platform::Proto::Tcp);
    std::optional<platform::ProcessInfo> ownerOf(std::uint64_t inode);
    // One parallel connect to every resolved address of the target, taken once.
    const std::vector<platform::ConnectAttempt>& connectAttempts();

    // Shared notes between steps (e.g. the protocol step's service name for the conflict step).
    QJsonObject& notes() { return m_notes; }
    // Results of expensive probes, kept for the steps after the first that needs them.
    std::shared_ptr<void>& cached(const char* key) { return m_cache[key]; }

private:
    platform::System& m_system;
    Target m_target;
    Options m_options;
    const std::atomic_bool* m_cancelled = nullptr;
    std::optional<platform::PortPolicy> m_policy;
    std::optional<platform::HostsFile> m_hosts;
    std::optional<std::vector<platform::IpAddress>> m_addresses;
    QString m_resolveError;
    std::optional<std::vector<platform::Socket>> m_listening;
    std::map<std::uint64_t, std::optional<platform::ProcessInfo>> m_owners;
    std::optional<std::vector<platform::ConnectAttempt>> m_connects;
    QJsonObject m_notes;
    std::map<std::string, std::shared_ptr<void>> m_cache;
};

// A wizard step: reads facts, returns findings. Steps never block longer than the options allow.
class Step {
public:
    virtual ~Step() = default;
    virtual QString id() const = 0;
    virtual StepResult run(Facts& facts) = 0;
};

} // namespace ld::wizard
