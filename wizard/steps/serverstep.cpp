// Step 2, "is the server running": the listeners on the port, and one parallel connect to
// every address the name resolves to, kept in the facts for the later steps.

#include "wizard/steps/serverstep.h"
#include "wizard/portrepair.h"
#include "wizard/report/quote.h"
#include "wizard/steps/forwarders.h"
#include "wizard/steps/serverabsent.h"
#include "wizard/steps/wsltraps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace ld::wizard {
namespace {

using platform::ConnectAttempt;
using platform::ConnectOutcome;
using platform::Family;
using platform::IpAddress;

QString addressText(const IpAddress& address) {
    return QString::fromStdString(address.toString());
}

QString bracketed(const IpAddress& address) {
    return address.family == Family::V6 ? QLatin1Char('[') + addressText(address) + QLatin1Char(']')
                                        : addressText(address);
}

QJsonArray attemptsJson(const std::vector<ConnectAttempt>& attempts) {
    QJsonArray rows;
    for (const ConnectAttempt& attempt : attempts) {
        QJsonObject row{
            {QStringLiteral("address"), addressText(attempt.address)},
            {QStringLiteral("outcome"), QString::fromLatin1(platform::connectOutcomeName(attempt.outcome))},
            {QStringLiteral("elapsed_ms"), qRound64(attempt.elapsedMs * 100) / 100.0}};
        if (!attempt.errorText.empty())
            row.insert(QStringLiteral("error"), QString::fromStdString(attempt.errorText));
        rows.append(row);
    }
    return rows;
}

QJsonArray listenersJson(const std::vector<Listener>& listeners) {
    QJsonArray rows;
    for (const Listener& listener : listeners) {
        QJsonObject row = listenerToJson(listener);
        row.insert(QStringLiteral("accept_queue"), static_cast<qint64>(listener.socket.receiveQueue));
        row.insert(QStringLiteral("backlog"), static_cast<qint64>(listener.socket.sendQueue));
        if (listener.socket.v6Only)
            row.insert(QStringLiteral("v6only"), *listener.socket.v6Only);
        rows.append(row);
    }
    return rows;
}

Target withHost(const Target& target, const IpAddress& address) {
    Target changed = target;
    changed.host = addressText(address);
    changed.hostIsIpv6Literal = address.family == Family::V6;
    changed.hostGiven = true;
    return changed;
}

class ServerStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(ServerStep)
public:
    StepResult run(Facts& facts) override {
        StepResult result;
        const Target& target = facts.target();
        if (!target.port || facts.addresses().empty()) {
            result.settleStatus(); // nothing to check until the port step's problem is fixed
            return result;
        }
        const auto port = static_cast<std::uint16_t>(*target.port);
        const std::vector<ConnectAttempt>& attempts = facts.connectAttempts();
        const bool local = facts.hostIsLocal();
        // The protocol step talks to whatever accepted: let that wait for the server while the
        // owner scan below reads /proc.
        if (local)
            facts.startServiceProbe();
        const std::vector<Listener> listeners = local ? facts.listenersOn(port) : std::vector<Listener>{};

        QJsonObject evidence{{QStringLiteral("port"), *target.port},
                             {QStringLiteral("resolver_order"), resolverOrder(facts)},
                             {QStringLiteral("connect"), attemptsJson(attempts)},
                             {QStringLiteral("listeners"), listenersJson(listeners)}};

        const auto connected = std::find_if(attempts.begin(), attempts.end(), [](const ConnectAttempt& a) {
            return a.outcome == ConnectOutcome::Connected;
        });

        if (!local) {
            result.findings << ServerAbsent::remote(facts, attempts, connected != attempts.end(), evidence);
            result.settleStatus();
            return result;
        }
        // A server inside WSL 2: Windows sees WSL's relay on the port, or nothing at all.
        const auto inWsl = wsl::serverInWsl(facts, listeners, attempts);
        if (listeners.empty()) {
            if (!inWsl || !inWsl->reachedWithoutListener)
                result.findings << ServerAbsent::notListening(facts, evidence);
            if (inWsl)
                result.findings << inWsl->finding;
            result.settleStatus();
            return result;
        }

        std::vector<Listener> covering;
        for (const Listener& listener : listeners)
            for (const ConnectAttempt& attempt : attempts)
                if (listener.socket.accepts(attempt.address)) {
                    covering.push_back(listener);
                    break;
                }

        if (covering.empty()) {
            result.findings << elsewhere(facts, listeners, evidence);
        } else {
            const auto hung = std::find_if(covering.begin(), covering.end(),
                                           [](const Listener& l) { return l.socket.acceptQueueFull(); });
            if (hung != covering.end() && connected == attempts.end())
                result.findings << notAccepting(*hung, evidence);
            else
                result.findings << listening(facts, covering, evidence);
            // WSL's relay gets WSL's own words (server.in_wsl): it forwards 127.0.0.1 inside WSL too.
            const bool wslRelayed = inWsl && inWsl->finding.evidence.contains(QStringLiteral("relay"));
            if (auto forwarded = forwarder(facts, covering); forwarded && !wslRelayed)
                result.findings << *forwarded;
            if (auto mismatch = familyMismatch(facts, attempts, listeners, evidence))
                result.findings << *mismatch;
        }
        if (inWsl)
            result.findings << inWsl->finding;
        if (auto hidden = ownerHidden(facts, listeners))
            result.findings << *hidden;
        result.settleStatus();
        return result;
    }

private:
    static QJsonArray resolverOrder(Facts& facts) {
        QJsonArray order;
        for (const IpAddress& address : facts.addresses())
            order.append(addressText(address));
        return order;
    }

    Finding listening(Facts& facts, const std::vector<Listener>& covering, const QJsonObject& evidence) {
        const Listener& main = covering.front();
        Finding finding;
        finding.id = QStringLiteral("server.listening");
        finding.severity = Severity::Ok;
        finding.title =
            tr("%1 is listening on port %2").arg(serverProgramText(main)).arg(*facts.target().port);
        finding.detail = tr("A program is waiting for connections on %1:%2.")
                             .arg(bracketed(main.socket.local))
                             .arg(main.socket.localPort);
        if (main.owner && !main.owner->commandLine.empty())
            finding.detail +=
                QLatin1Char(' ') +
                tr("It was started as: %1").arg(QString::fromStdString(main.owner->commandLine).left(300));
        finding.evidence = evidence;
        finding.evidence.insert(QStringLiteral("bind_address"), addressText(main.socket.local));
        if (main.owner) {
            finding.evidence.insert(QStringLiteral("pid"), static_cast<qint64>(main.owner->pid));
            finding.evidence.insert(QStringLiteral("program"), QString::fromStdString(main.owner->program));
            finding.evidence.insert(QStringLiteral("command"),
                                    QString::fromStdString(main.owner->commandLine));
            finding.evidence.insert(QStringLiteral("user"), QString::fromStdString(main.owner->user));
        }
        return finding;
    }

    Finding notAccepting(const Listener& hung, const QJsonObject& evidence) {
        Finding finding;
        finding.id = QStringLiteral("server.not_accepting");
        finding.severity = Severity::Error;
        finding.title = tr("%1 is listening but not answering: it looks hung").arg(serverProgramText(hung));
        finding.detail =
            tr("%1 connections are waiting to be picked up and its queue holds only %2, so new "
               "connections are dropped. The program is running but stuck or overloaded: look at "
               "its output, then restart it.")
                .arg(hung.socket.receiveQueue)
                .arg(hung.socket.sendQueue);
        finding.evidence = evidence;
        finding.evidence.insert(QStringLiteral("accept_queue"),
                                static_cast<qint64>(hung.socket.receiveQueue));
        finding.evidence.insert(QStringLiteral("backlog"), static_cast<qint64>(hung.socket.sendQueue));
        if (hung.owner) {
            finding.evidence.insert(QStringLiteral("pid"), static_cast<qint64>(hung.owner->pid));
            finding.evidence.insert(QStringLiteral("program"), QString::fromStdString(hung.owner->program));
            Fix fix;
            fix.id = QStringLiteral("fix.stop_process");
            fix.action = FixAction::StopProcess;
            fix.label = tr("Stop %1 (pid %2) so it can be restarted")
                            .arg(QString::fromStdString(hung.owner->program))
                            .arg(hung.owner->pid);
            fix.params = {{QStringLiteral("pid"), static_cast<qint64>(hung.owner->pid)},
                          {QStringLiteral("program"), QString::fromStdString(hung.owner->program)},
                          {QStringLiteral("command"), QString::fromStdString(hung.owner->commandLine)},
                          {QStringLiteral("start_time"), QString::number(hung.owner->startTime)}};
            fix.changesSystem = true;
            fix.preview = tr("Ask %1 (pid %2) to quit: %3")
                              .arg(QString::fromStdString(hung.owner->program))
                              .arg(hung.owner->pid)
                              .arg(QString::fromStdString(hung.owner->commandLine));
            finding.fixes << fix;
        }
        return finding;
    }

    // The listener only passes connections on: name it, and what a failure through it means.
    std::optional<Finding> forwarder(Facts& facts, const std::vector<Listener>& covering) {
        for (const Listener& listener : covering) {
            if (!listener.owner)
                continue;
            const auto found = forwarderOf(*listener.owner);
            if (!found)
                continue;
            const int port = *facts.target().port;
            Finding finding;
            finding.id = QStringLiteral("server.forwarder");
            finding.severity = Severity::Info;
            finding.title =
                tr("Port %1 is held by %2, which forwards to %3").arg(port).arg(found->name, found->inner);
            finding.detail =
                tr("%1 (pid %2) listens on port %3 only to pass connections on to the real server in %4. If "
                   "connections through it are reset or get no answer, the program inside %4 most likely "
                   "listens only on its own loopback (127.0.0.1 inside %4): start it on 0.0.0.0 there.")
                    .arg(found->name)
                    .arg(listener.owner->pid)
                    .arg(port)
                    .arg(found->inner);
            finding.evidence = {{QStringLiteral("forwarder"), found->name},
                                {QStringLiteral("behind"), found->inner},
                                {QStringLiteral("listener"), listenerToJson(listener)}};
            return finding;
        }
        return std::nullopt;
    }

    // Listeners exist on the port, but none on an address the name resolves to.
    Finding elsewhere(Facts& facts, const std::vector<Listener>& listeners, const QJsonObject& evidence) {
        const Target& target = facts.target();
        const Listener& first = listeners.front();
        const auto& resolved = facts.addresses();
        const bool loopbackOtherFamily =
            std::all_of(listeners.begin(), listeners.end(), [&](const Listener& l) {
                const IpAddress bound = l.socket.local.unmapped();
                const bool familyResolved =
                    std::any_of(resolved.begin(), resolved.end(),
                                [&](const IpAddress& a) { return a.unmapped().family == bound.family; });
                return (bound.isLoopback() || bound.isUnspecified()) && !familyResolved;
            });
        Finding finding;
        finding.evidence = evidence;
        finding.fixes << useHostFixFor(target, first.socket.local.isUnspecified()
                                                   ? (first.socket.local.family == Family::V6
                                                          ? IpAddress::v6Loopback()
                                                          : IpAddress::v4(127, 0, 0, 1))
                                                   : first.socket.local);
        if (loopbackOtherFamily) {
            finding.id = QStringLiteral("server.address_family_mismatch");
            finding.severity = Severity::Warning;
            // An address typed as a number leads to itself: "127.0.0.1 leads to 127.0.0.1" says nothing.
            const bool typedAsNumber = IpAddress::parse(target.host.toStdString()).has_value();
            finding.title = typedAsNumber
                                ? tr("The server on port %1 listens only on %2, not on %3")
                                      .arg(*target.port)
                                      .arg(bracketed(first.socket.local), addressList(facts.addresses()))
                                : tr("The server on port %1 listens only on %2, but %3 leads to %4")
                                      .arg(*target.port)
                                      .arg(bracketed(first.socket.local), quoteInput(target.host),
                                           addressList(facts.addresses()));
            finding.detail =
                tr("There are two kinds of local address: IPv4 (127.0.0.1) and IPv6 (::1). The "
                   "server listens on one kind and the address you used leads to the other. Use %1 "
                   "in the address, or start the server on both (for example on \"localhost\" or "
                   "\"::\").")
                    .arg(withHost(target, first.socket.local).authority());
        } else {
            finding.id = QStringLiteral("server.wrong_interface");
            finding.severity = Severity::Error;
            const IpAddress bound = first.socket.local.unmapped();
            if (bound.isLoopback()) {
                // 127.0.1.1 (Debian's hostname line) and friends: loopback, but not the one the name gives.
                finding.title =
                    tr("The server on port %1 listens only on %2, another loopback address than %3")
                        .arg(*target.port)
                        .arg(bracketed(first.socket.local), addressList(facts.addresses()));
                finding.detail =
                    tr("%1 accepts connections sent to %2 only. That is a loopback address of this "
                       "computer too, but \"%3\" leads to %4, where nothing listens. Use %5, or start "
                       "the server on 127.0.0.1 or \"localhost\".")
                        .arg(serverProgramText(first), bracketed(first.socket.local), quoteInput(target.host),
                             addressList(facts.addresses()),
                             withHost(target, first.socket.local).authority());
            } else {
                finding.title =
                    tr("The server on port %1 listens only on %2, a network address, not on loopback")
                        .arg(*target.port)
                        .arg(bracketed(first.socket.local));
                finding.detail =
                    tr("%1 accepts connections sent to %2 only (one network card), so \"%3\" can't "
                       "reach it. Use %4, or start the server on 127.0.0.1 or 0.0.0.0 (all addresses).")
                        .arg(serverProgramText(first), bracketed(first.socket.local), quoteInput(target.host),
                             withHost(target, first.socket.local).authority());
            }
        }
        return finding;
    }

    static QString addressList(const std::vector<IpAddress>& addresses) {
        QStringList list;
        for (const IpAddress& address : addresses)
            list << addressText(address);
        return list.join(QStringLiteral(", "));
    }

    static Fix useHostFixFor(const Target& target, const IpAddress& address) {
        const Target changed = withHost(target, address);
        Fix fix;
        fix.id = QStringLiteral("fix.use_host");
        fix.action = FixAction::UseValue;
        fix.label = tr("Use %1").arg(quoteInput(changed.authority()));
        fix.params = {{QStringLiteral("host"), changed.host}, {QStringLiteral("target"), changed.url()}};
        return fix;
    }

    // Some resolved addresses are served and some are not: clients that only try the first
    // address (Node 17+ resolves localhost to ::1 first) fail while others succeed.
    std::optional<Finding> familyMismatch(Facts& facts, const std::vector<ConnectAttempt>& attempts,
                                          const std::vector<Listener>& listeners,
                                          const QJsonObject& evidence) {
        std::vector<IpAddress> unserved;
        std::optional<IpAddress> served;
        for (const ConnectAttempt& attempt : attempts) {
            const bool covered = std::any_of(listeners.begin(), listeners.end(), [&](const Listener& l) {
                return l.socket.accepts(attempt.address);
            });
            if (covered)
                served = served ? served : std::optional(attempt.address);
            else
                unserved.push_back(attempt.address);
        }
        if (unserved.empty() || !served)
            return std::nullopt;
        const bool firstUnserved = !attempts.empty() && attempts.front().address == unserved.front();
        const Target& target = facts.target();
        Finding finding;
        finding.id = QStringLiteral("server.address_family_mismatch");
        finding.severity = Severity::Warning;
        finding.title = tr("%1 means %2 too, but the server listens only on %3")
                            .arg(quoteInput(target.host), addressText(unserved.front()), bracketed(*served));
        finding.detail =
            firstUnserved ? tr("The system gives %1 first for \"%2\", and nothing listens there. Browsers "
                               "fall back to %3, but many clients (Node.js 17 and newer, some MCP clients) "
                               "try only the first address and report \"connection refused\". Use %4 in the "
                               "address, or start the server on both addresses (for example on \"::\").")
                                .arg(addressText(unserved.front()), quoteInput(target.host),
                                     bracketed(*served), withHost(target, *served).authority())
                          : tr("Clients that pick %1 for \"%2\" will be refused. Use %3 in the address, or "
                               "start the server on both addresses.")
                                .arg(addressText(unserved.front()), quoteInput(target.host),
                                     quoteInput(withHost(target, *served).authority()));
        finding.evidence = evidence;
        QJsonArray missing;
        for (const IpAddress& address : unserved)
            missing.append(addressText(address));
        finding.evidence.insert(QStringLiteral("unserved_addresses"), missing);
        finding.evidence.insert(QStringLiteral("served_address"), addressText(*served));
        finding.fixes << useHostFixFor(target, *served);
        return finding;
    }

    std::optional<Finding> ownerHidden(Facts& facts, const std::vector<Listener>& listeners) {
        const auto hidden = std::find_if(listeners.begin(), listeners.end(),
                                         [](const Listener& l) { return !l.owner.has_value(); });
        if (hidden == listeners.end())
            return std::nullopt;
        const std::uint32_t uid = hidden->socket.uid;
        const QString user = QString::fromStdString(facts.system().userName(uid));
        const bool otherUser = uid != facts.system().currentUid() && !facts.system().elevated();
        Finding finding;
        finding.id = QStringLiteral("server.owner_hidden");
        finding.severity = Severity::Warning;
        finding.title = tr("The program on port %1 can't be identified").arg(hidden->socket.localPort);
        finding.detail =
            otherUser ? tr("It belongs to another user (%1, uid %2), and the system doesn't show other "
                           "users' programs. To see it, run: sudo localhost-doctor listeners --port %3")
                            .arg(user.isEmpty() ? QStringLiteral("?") : user)
                            .arg(uid)
                            .arg(hidden->socket.localPort)
                      : tr("No process on this system holds it: it may be inside a container (Docker, "
                           "Podman) or another namespace, or owned by the kernel. To look, run: "
                           "sudo ss -ltnp 'sport = :%1'")
                            .arg(hidden->socket.localPort);
        finding.evidence = {{QStringLiteral("uid"), static_cast<qint64>(uid)},
                            {QStringLiteral("user"), user},
                            {QStringLiteral("inode"), QString::number(hidden->socket.inode)},
                            {QStringLiteral("address"), addressText(hidden->socket.local)}};
        return finding;
    }
};

} // namespace

std::unique_ptr<Step> makeServerStep() {
    return std::make_unique<ServerStep>();
}

} // namespace ld::wizard
