#pragma once
// Everything the steps learn about one target: typed facts, each computed on first use and cached,
// so no step repeats another's work and the order of the steps does not matter. Tests seed facts.

#include "platform/system.h"
#include "wizard/listenertable.h"
#include "wizard/probes/protocolprobe.h"
#include "wizard/report/finding.h"
#include "wizard/target.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
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

// The system proxy for a URL; the default asks QNetworkProxyFactory::systemProxyForQuery.
using SystemProxyLookup = std::function<QList<QNetworkProxy>(const QUrl& url)>;

// What the port speaks, probed once on the first address that accepted a connection.
struct ServiceProbe {
    bool ran = false; // false: nothing connected (or no valid port), so nothing was probed
    ProbeRequest request;
    ProbeResult result;
    // When the probe saw the connection end without a reply: one plain request on a fresh
    // connection, to tell a reset (the server dropped it) from an orderly close.
    std::optional<platform::Exchange> witness;
    bool resetByPeer() const { return witness && witness->reset; }
    // An HTTP or HTTPS 3xx is followed on the same server and scheme (at most 10 hops): each hop's URL,
    // status and Location.
    struct Hop {
        QString url;
        int status = 0;
        QString location;
    };
    QList<Hop> redirects;
    QByteArray body; // the start of a plain-HTTP 4xx reply's body (a dev server's Host check says why)
};

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

    // The protocol probe of the first address that connected; ran == false when none did.
    const ServiceProbe& service();
    // Starts that probe on its own thread after the connects, so that it waits for the server
    // while other facts are collected (the owner scan); service() then takes its result. Only
    // for a caller that will ask service(): destroying Facts waits for the probe.
    void startServiceProbe();
    // The environment clients would see (proxy variables), read once.
    const std::map<std::string, std::string>& environment();
    // The system proxy for a URL: from the System's own reading of the settings (macOS `scutil
    // --proxy`, Windows' Internet Options/WinHTTP) where it has one, else Qt's view of them (also for
    // a PAC file, which only Qt evaluates), unless a test replaced the lookup.
    QList<QNetworkProxy> systemProxy(const QUrl& url);
    // Where systemProxy() took its answer from ("scutil --proxy", "QNetworkProxyFactory::..."), and
    // the exception that sent the URL direct, if one did.
    QString systemProxySource() const { return m_proxySource; }
    QString systemProxyException() const { return m_proxyException; }
    // The System's reading of the proxy settings, read once (source empty: the OS has none apart).
    const platform::SystemProxy& systemProxySettings();
    // What the System knows of WSL 2 (distros, .wslconfig), read once, on first use (Windows runs
    // wsl.exe for it, so only a step that needs it asks).
    const platform::WslFacts& wsl();

    // Seeds for tests: a fact set here is used instead of asking the system or the network.
    void setService(ServiceProbe probe) { m_service = std::move(probe); }
    void setSystemProxyLookup(SystemProxyLookup lookup) { m_proxyLookup = std::move(lookup); }

private:
    void followRedirects(const platform::IpAddress& address);
    // The first address that accepted (or reset right after accepting), which the probe talks to.
    const platform::ConnectAttempt* probedAttempt();
    ProbeRequest probeRequest(const platform::ConnectAttempt& connected) const;
    struct PendingProbe;

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
    std::optional<ServiceProbe> m_service;
    std::shared_ptr<PendingProbe> m_pendingProbe; // its destructor waits for the thread
    std::optional<std::map<std::string, std::string>> m_environment;
    SystemProxyLookup m_proxyLookup;
    std::optional<platform::SystemProxy> m_proxySettings;
    std::optional<platform::WslFacts> m_wsl;
    QString m_proxySource;
    QString m_proxyException;
};

// A wizard step: reads facts, returns findings. Steps never block longer than the options allow.
// Its id, names and place in the order are its row in the step registry (steps/registry.h).
class Step {
public:
    virtual ~Step() = default;
    virtual StepResult run(Facts& facts) = 0;
};

} // namespace ld::wizard
