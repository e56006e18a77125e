#include "wizard/steps/conflictstep.h"
#include "wizard/report/quote.h"
#include "wizard/steps/protocolstep.h"

#include "wizard/freeportfinder.h"
#include "wizard/knownports.h"
#include "wizard/probes/replyclassifier.h"
#include "wizard/processstopper.h"
#include "wizard/steps/macostraps.h"
#include "wizard/steps/wsltraps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <set>

namespace ld::wizard {
namespace {

using platform::Family;
using platform::IpAddress;

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// Server programs that never speak HTTP, by process name, and the service id the protocol step
// would give them (see replyclassifier.h).
QString serviceOfProgram(const std::string& program) {
    static const std::pair<const char*, const char*> kPrograms[] = {
        {"postgres", "postgresql"},
        {"postmaster", "postgresql"},
        {"redis-server", "redis"},
        {"redis-sentinel", "redis"},
        {"valkey-server", "redis"},
        {"keydb-server", "redis"},
        {"mysqld", "mysql"},
        {"mariadbd", "mysql"},
        {"mariadb", "mysql"},
        {"sshd", "ssh"},
        {"dropbear", "ssh"},
        {"mongod", "mongodb"},
        {"mongos", "mongodb"},
        {"exim4", "smtp"},
        {"exim", "smtp"},
        {"sendmail", "smtp"},
        {"vsftpd", "ftp"},
        {"proftpd", "ftp"},
        {"dovecot", "imap"},
        {"x11vnc", "vnc"},
        {"Xvnc", "vnc"},
        {"memcached", "memcached"},
        {"mosquitto", "mqtt"},
        {"dnsmasq", "dns"},
        {"named", "dns"},
        {"unbound", "dns"},
        {"smbd", "smb"},
    };
    for (const auto& [name, service] : kPrograms)
        if (program == name)
            return QString::fromLatin1(service);
    return {};
}

QString serviceName(const QString& service) {
    if (service == QLatin1String("memcached"))
        return QStringLiteral("Memcached");
    if (service == QLatin1String("mqtt"))
        return QStringLiteral("MQTT");
    if (service == QLatin1String("dns"))
        return QStringLiteral("DNS");
    if (service == QLatin1String("smb"))
        return QStringLiteral("Samba (SMB)");
    return serviceDisplayName(service);
}

QString holderText(Facts& facts, const Listener& listener) {
    if (listener.owner)
        return QCoreApplication::translate("ConflictStep", "%1 (pid %2)")
            .arg(qs(listener.owner->program))
            .arg(listener.owner->pid);
    const QString user = qs(facts.system().userName(listener.socket.uid));
    return QCoreApplication::translate("ConflictStep", "a program of user %1 (uid %2)")
        .arg(user.isEmpty() ? QStringLiteral("?") : user)
        .arg(listener.socket.uid);
}

// Who a listener belongs to: the pid, or (owner unknown) the uid and socket.
std::string identity(const Listener& listener) {
    if (listener.owner)
        return "pid " + std::to_string(listener.owner->pid);
    return "uid " + std::to_string(listener.socket.uid) + " inode " + std::to_string(listener.socket.inode);
}

QJsonArray listenersJson(const std::vector<Listener>& listeners) {
    QJsonArray rows;
    for (const Listener& listener : listeners)
        rows.append(listenerToJson(listener));
    return rows;
}

class ConflictStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(ConflictStep)
public:
    StepResult run(Facts& facts) override {
        StepResult result;
        const Target& target = facts.target();
        const bool serve = facts.options().intent == Intent::Serve;
        // A remote host's sockets can't be seen from here; for serve, the port is always ours.
        if (!target.port || (!serve && !facts.hostIsLocal())) {
            result.settleStatus();
            return result;
        }
        const auto port = std::uint16_t(*target.port);
        const std::vector<Listener> listeners = facts.listenersOn(port);
        if (serve)
            result.findings << portInUse(facts, listeners, port);
        if (auto multiple = multipleListeners(facts, listeners, port))
            result.findings << *multiple;
        if (auto unexpected = unexpectedProgram(facts, listeners, port))
            result.findings << *unexpected;
        if (auto gateway = gatewayBackendDown(facts, listeners, port))
            result.findings << *gateway;
        if (auto airPlay = macos::airPlayReceiver(facts, listeners, port)) // macOS's own listener
            result.findings << *airPlay;
        result.settleStatus();
        return result;
    }

private:
    Finding portInUse(Facts& facts, const std::vector<Listener>& listeners, std::uint16_t port) {
        platform::System& system = facts.system();
        Finding finding;
        finding.evidence = {{QStringLiteral("port"), port},
                            {QStringLiteral("listeners"), listenersJson(listeners)}};
        const bool privileged = port < facts.portPolicy().unprivilegedStart && !system.elevated();
        // The addresses a server binds by default (loopback of each family, and the wildcards).
        QStringList freeOn;
        bool bindable = true;
        for (const IpAddress& address :
             {IpAddress::v4(127, 0, 0, 1), IpAddress::v6Loopback(), IpAddress::any(Family::V4)}) {
            const bool ok = system.canBind(platform::Proto::Tcp, address, port);
            if (ok && !address.isUnspecified())
                freeOn << QString::fromStdString(address.toString());
            // A machine without IPv6 can't bind ::1 at all; that does not make the port taken.
            if (!ok && address.family == Family::V4)
                bindable = false;
        }
        finding.evidence.insert(QStringLiteral("can_bind"), bindable);
        finding.evidence.insert(QStringLiteral("free_on"), QJsonArray::fromStringList(freeOn));
        if (listeners.empty() && (bindable || privileged)) {
            finding.id = QStringLiteral("conflict.port_free");
            finding.severity = Severity::Ok;
            // Free, but root-only: "start your server" would contradict the port step.
            finding.title =
                privileged && freeOn.isEmpty() ? tr("No program holds port %1").arg(port)
                : freeOn.isEmpty()
                    ? tr("Port %1 is free: start your server").arg(port)
                    : tr("Port %1 is free on %2: start your server").arg(port).arg(freeOn.join(tr(" and ")));
            finding.detail = privileged
                                 ? tr("No program holds port %1. The port step explains whether your server "
                                      "may use it.")
                                       .arg(port)
                                 : tr("No program holds port %1: a server can start on it now.").arg(port);
            return finding;
        }

        finding.id = QStringLiteral("conflict.port_in_use");
        finding.severity = Severity::Error;
        QStringList holders;
        for (const Listener& listener : listeners) {
            const QString text = holderText(facts, listener);
            if (!holders.contains(text))
                holders << text;
        }
        if (holders.isEmpty()) {
            finding.title = tr("Port %1 is taken by a connection that isn't listening").arg(port);
            finding.detail =
                tr("No server listens on port %1, but the system doesn't let a new server bind it: "
                   "another program has claimed it for a connection. To see which, run: sudo ss "
                   "-tanp 'sport = :%1'. Or use another port.")
                    .arg(port);
        } else {
            const Listener& first = listeners.front();
            finding.title =
                tr("Port %1 is already in use by %2").arg(port).arg(holders.join(QStringLiteral(", ")));
            QString detail =
                tr("Only one server can listen on a port at a time, so yours can't start on %1 while "
                   "%2 holds it.")
                    .arg(port)
                    .arg(holders.join(QStringLiteral(", ")));
            if (first.owner) {
                if (!first.owner->commandLine.empty())
                    detail += QLatin1Char(' ') +
                              tr("It was started as: %1").arg(qs(first.owner->commandLine).left(300));
                if (!first.owner->user.empty())
                    detail += QLatin1Char(' ') + tr("It runs as user %1.").arg(qs(first.owner->user));
            } else {
                detail +=
                    QLatin1Char(' ') + tr("It belongs to another user, so it can't be named here. To see "
                                          "it, run: sudo localhost-doctor listeners --port %1")
                                           .arg(port);
            }
            if (const auto known = knownPort(port))
                detail +=
                    QLatin1Char(' ') + tr("Port %1 is usually used by %2.").arg(port).arg(known->description);
            detail += QLatin1Char(' ') + tr("Stop that program, or start yours on a free port.");
            finding.detail = detail;
        }

        FreePortFinder finder(system);
        if (const auto free = finder.find(port)) {
            Fix fix;
            fix.id = QStringLiteral("fix.suggest_free_port");
            fix.action = FixAction::UseValue;
            fix.label = tr("Use port %1 instead (free now)").arg(*free);
            fix.params = {{QStringLiteral("port"), int(*free)}};
            finding.fixes << fix;
            finding.evidence.insert(QStringLiteral("free_port"), int(*free));
        }
        std::set<std::int64_t> offered;
        for (const Listener& listener : listeners) {
            if (!listener.owner || listener.owner->pid <= 1 || !offered.insert(listener.owner->pid).second)
                continue;
            // WSL's relay holds every port WSL forwards: stopping it frees this one by breaking the
            // others. The server step's server.in_wsl says to stop the server inside WSL instead.
            if (wsl::isWslRelay(*listener.owner))
                continue;
            const platform::ProcessInfo& owner = *listener.owner;
            Fix fix;
            fix.id = QStringLiteral("fix.stop_process");
            fix.action = FixAction::StopProcess;
            fix.label = tr("Stop %1 (pid %2)").arg(qs(owner.program)).arg(owner.pid);
            fix.params = {{QStringLiteral("pid"), qint64(owner.pid)},
                          {QStringLiteral("program"), qs(owner.program)},
                          {QStringLiteral("command"), qs(owner.commandLine)},
                          {QStringLiteral("start_time"), QString::number(owner.startTime)}};
            fix.changesSystem = true;
            fix.preview = ProcessStopper::preview(owner.pid, qs(owner.program), qs(owner.commandLine),
                                                  facts.system().osName());
            finding.fixes << fix;
            if (offered.size() >= 3)
                break;
        }
        if (!listeners.empty() && listeners.front().owner) {
            const platform::ProcessInfo& owner = *listeners.front().owner;
            finding.evidence.insert(QStringLiteral("pid"), qint64(owner.pid));
            finding.evidence.insert(QStringLiteral("program"), qs(owner.program));
            finding.evidence.insert(QStringLiteral("command"), qs(owner.commandLine));
            finding.evidence.insert(QStringLiteral("user"), qs(owner.user));
        } else if (!listeners.empty()) {
            finding.evidence.insert(QStringLiteral("uid"), qint64(listeners.front().socket.uid));
            finding.evidence.insert(QStringLiteral("command_to_see_owner"),
                                    QStringLiteral("sudo localhost-doctor listeners --port %1").arg(port));
        }
        return finding;
    }

    std::optional<Finding> multipleListeners(Facts& facts, const std::vector<Listener>& listeners,
                                             std::uint16_t port) {
        // Two holders count when they differ and sit on different addresses: one process with an
        // IPv4 and an IPv6 socket, or SO_REUSEPORT workers on one address, are normal.
        bool conflict = false;
        for (std::size_t i = 0; i < listeners.size() && !conflict; ++i)
            for (std::size_t j = i + 1; j < listeners.size() && !conflict; ++j) {
                const Listener& a = listeners[i];
                const Listener& b = listeners[j];
                const bool bothKnown = a.owner && b.owner;
                const bool differ = bothKnown ? a.owner->pid != b.owner->pid
                                              : (!a.owner && !b.owner ? a.socket.uid != b.socket.uid &&
                                                                            a.socket.inode != b.socket.inode
                                                                      : false);
                conflict = differ && !(a.socket.local == b.socket.local);
            }
        if (!conflict)
            return std::nullopt;
        QStringList rows;
        std::set<std::string> seen;
        for (const Listener& listener : listeners) {
            const std::string key = identity(listener) + " " + listener.socket.local.toString();
            if (seen.insert(key).second)
                rows << tr("%1 on %2").arg(holderText(facts, listener), qs(listener.socket.local.toString()));
        }
        Finding finding;
        finding.id = QStringLiteral("conflict.multiple_listeners");
        finding.severity = Severity::Warning;
        finding.title = tr("Different programs listen on port %1").arg(port);
        finding.detail =
            tr("%1. Which one answers depends on the address a client uses (IPv4 or IPv6, "
               "127.0.0.1 or another), so the same URL can reach different programs. Stop the one "
               "you don't want, or give one of them another port.")
                .arg(rows.join(QStringLiteral("; ")));
        finding.evidence = {{QStringLiteral("port"), port},
                            {QStringLiteral("listeners"), listenersJson(listeners)}};
        return finding;
    }

    std::optional<Finding> unexpectedProgram(Facts& facts, const std::vector<Listener>& listeners,
                                             std::uint16_t port) {
        const QString scheme = facts.target().scheme;
        const bool wantsHttp = scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                               scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
        if (!wantsHttp || listeners.empty())
            return std::nullopt;
        // What the port speaks (a fact probed once, shared with the protocol step), else the program's name.
        QString service = facts.service().result.service;
        QString source = QStringLiteral("protocol");
        const Listener* culprit = &listeners.front();
        if (service.isEmpty() || service == QLatin1String("unknown")) {
            service.clear();
            source = QStringLiteral("program");
            for (const Listener& listener : listeners) {
                if (!listener.owner)
                    continue;
                service = serviceOfProgram(listener.owner->program);
                if (!service.isEmpty()) {
                    culprit = &listener;
                    break;
                }
            }
        }
        // HTTP, HTTPS, TLS and HTTP/2 are the web family: a scheme mismatch is the protocol step's
        // finding, never "another program took the port".
        static const QStringList webFamily = {QStringLiteral("http"), QStringLiteral("https"),
                                              QStringLiteral("tls"), QStringLiteral("http2")};
        if (service.isEmpty() || webFamily.contains(service))
            return std::nullopt;
        const QString name = serviceName(service);
        Finding finding;
        finding.id = QStringLiteral("conflict.unexpected_program");
        finding.severity = Severity::Error;
        finding.title = tr("Port %1 belongs to %2, not to a web server").arg(port).arg(name);
        finding.detail =
            tr("%1 listens on port %2 and speaks %3, but %4 asks for a web server (HTTP). Another "
               "program took the port your server (or MCP server) wanted, or the port number is "
               "wrong. Check which port your server prints when it starts.")
                .arg(holderText(facts, *culprit), QString::number(port), name,
                     quoteInput(facts.target().url()));
        if (const auto known = knownPort(port))
            finding.detail +=
                QLatin1Char(' ') + tr("Port %1 is usually used by %2.").arg(port).arg(known->description);
        finding.evidence = {{QStringLiteral("port"), port},
                            {QStringLiteral("service"), service},
                            {QStringLiteral("identified_by"), source},
                            {QStringLiteral("expected"), QStringLiteral("http")},
                            {QStringLiteral("listener"), listenerToJson(*culprit)}};
        return finding;
    }

    // 502 and 504 come only from a gateway: the program on the port is a proxy in front (nginx,
    // Caddy, a dev server's proxy), and the server it passes requests to is down or too slow.
    std::optional<Finding> gatewayBackendDown(Facts& facts, const std::vector<Listener>& listeners,
                                              std::uint16_t port) {
        const ServiceProbe& service = facts.service();
        if (listeners.empty() || !service.ran || !service.result.http)
            return std::nullopt;
        const HttpHead& http = *service.result.http;
        if (http.status != 502 && http.status != 504)
            return std::nullopt;
        const Listener& front = listeners.front();
        const QString serverHeader = QString::fromLatin1(http.header("Server")).left(80);
        QString proxy = holderText(facts, front);
        if (!serverHeader.isEmpty())
            proxy = tr("%1, calling itself \"%2\"").arg(proxy, serverHeader);
        const QString statusText =
            QStringLiteral("%1 %2").arg(http.status).arg(QString::fromLatin1(http.reason).left(60));
        Finding finding;
        finding.id = QStringLiteral("conflict.gateway_backend_down");
        finding.severity = Severity::Error;
        finding.title = tr("The proxy on port %1 answers, but the server behind it is down (%2)")
                            .arg(port)
                            .arg(statusText);
        finding.detail =
            http.status == 502
                ? tr("%1 listens on port %2 and passes requests on to another server (its upstream or "
                     "backend), which did not answer: \"%3\" is the proxy's own reply. Start the server "
                     "the proxy forwards to, or check the address it forwards to (nginx: proxy_pass; "
                     "Caddy: reverse_proxy; a dev server: its proxy setting). The proxy's error log names "
                     "the upstream it tried.")
                      .arg(proxy, QString::number(port), statusText)
                : tr("%1 listens on port %2 and passes requests on to another server (its upstream or "
                     "backend), which did not answer in time: \"%3\" is the proxy's own reply. The server "
                     "behind it is hung or overloaded; its log says why, and the proxy's error log names "
                     "the upstream it waited for.")
                      .arg(proxy, QString::number(port), statusText);
        finding.evidence = {{QStringLiteral("port"), port},
                            {QStringLiteral("status"), http.status},
                            {QStringLiteral("reason"), QString::fromLatin1(http.reason)},
                            {QStringLiteral("server"), serverHeader},
                            {QStringLiteral("listener"), listenerToJson(front)}};
        return finding;
    }
};

} // namespace

std::unique_ptr<Step> makeConflictStep() {
    return std::make_unique<ConflictStep>();
}

} // namespace ld::wizard
