// The server step when nothing local serves the port, or the host is another computer.

#include "wizard/steps/serverabsent.h"
#include "wizard/portrepair.h"
#include "wizard/report/quote.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace ld::wizard {

using platform::ConnectAttempt;
using platform::ConnectOutcome;

QString serverProgramText(const Listener& listener) {
    if (!listener.owner)
        return QCoreApplication::translate("ServerStep", "a program of user %1").arg(listener.socket.uid);
    return QCoreApplication::translate("ServerStep", "%1 (pid %2)")
        .arg(QString::fromStdString(listener.owner->program))
        .arg(listener.owner->pid);
}

Target serverTargetWithPort(const Target& target, int port) {
    Target changed = target;
    changed.port = port;
    changed.portText = QString::number(port);
    return changed;
}

Finding ServerAbsent::notListening(Facts& facts, const QJsonObject& evidence) {
    const Target& target = facts.target();
    const int port = *target.port;
    // Listeners one typing mistake away first, then the nearest ports.
    QList<int> typo;
    QList<int> nearby;
    QSet<int> seen;
    for (const platform::Socket& socket : facts.listeningSockets()) {
        if (socket.proto != platform::Proto::Tcp || seen.contains(socket.localPort))
            continue;
        seen.insert(socket.localPort);
        if (oneEditApart(port, socket.localPort))
            typo << socket.localPort;
        else if (std::abs(socket.localPort - port) <= 10)
            nearby << socket.localPort;
    }
    const auto byDistance = [port](int a, int b) { return std::abs(a - port) < std::abs(b - port); };
    std::sort(typo.begin(), typo.end(), byDistance);
    std::sort(nearby.begin(), nearby.end(), byDistance);
    const QList<int> suggestions = (typo + nearby).mid(0, 4);

    Finding finding;
    finding.id = QStringLiteral("server.not_listening");
    finding.severity = Severity::Error;
    finding.title = tr("Nothing is listening on port %1 at %2").arg(port).arg(quoteInput(target.host));
    if (facts.options().intent == Intent::Serve) {
        // Serving: nobody else on the port is what the user wants; the conflict step says it is free.
        finding.severity = Severity::Info;
        finding.title = tr("No server listens on port %1 yet").arg(port);
        finding.detail =
            tr("No program is waiting for connections on port %1, so your server can take it.").arg(port);
    } else if (!suggestions.isEmpty()) {
        const auto owners = facts.listenersOn(static_cast<std::uint16_t>(suggestions.first()));
        finding.detail = tr("No program is waiting for connections on port %1, but %2 listens on port %3: "
                            "is that your server?")
                             .arg(port)
                             .arg(owners.empty() ? tr("a program") : serverProgramText(owners.front()))
                             .arg(suggestions.first());
    } else {
        finding.detail = tr("No program is waiting for connections on port %1. Start your server, and check "
                            "in its output which port it really uses.")
                             .arg(port);
    }
    if (!facts.listenersOn(static_cast<std::uint16_t>(port), platform::Proto::Udp).empty())
        finding.detail += QLatin1Char(' ') +
                          tr("Something does listen for UDP on port %1, but browsers and most clients use "
                             "TCP.")
                              .arg(port);
    finding.evidence = evidence;
    QJsonArray other;
    for (int candidate : suggestions) {
        const auto owners = facts.listenersOn(static_cast<std::uint16_t>(candidate));
        QJsonObject row{{QStringLiteral("port"), candidate},
                        {QStringLiteral("typo_variant"), typo.contains(candidate)}};
        if (!owners.empty() && owners.front().owner)
            row.insert(QStringLiteral("program"), QString::fromStdString(owners.front().owner->program));
        other.append(row);
        if (facts.options().intent == Intent::Serve)
            continue; // a port someone else holds is no place to start a server on
        Fix fix;
        fix.id = QStringLiteral("fix.use_port");
        fix.action = FixAction::UseValue;
        fix.label = !owners.empty() && owners.front().owner
                        ? tr("Use port %1 (%2 listens there)")
                              .arg(candidate)
                              .arg(QString::fromStdString(owners.front().owner->program))
                        : tr("Use port %1 (something listens there)").arg(candidate);
        fix.params = {{QStringLiteral("port"), candidate},
                      {QStringLiteral("target"), serverTargetWithPort(target, candidate).url()}};
        finding.fixes << fix;
    }
    finding.evidence.insert(QStringLiteral("listeners_nearby"), other);
    return finding;
}

Finding ServerAbsent::remote(Facts& facts, const std::vector<ConnectAttempt>& attempts, bool connected,
                             const QJsonObject& evidence) {
    const Target& target = facts.target();
    Finding finding;
    finding.evidence = evidence;
    if (connected) {
        finding.id = QStringLiteral("server.listening");
        finding.severity = Severity::Ok;
        finding.title =
            tr("%1 accepts connections on port %2").arg(quoteInput(target.host)).arg(*target.port);
        finding.detail = tr("A connection to %1 succeeded. It is another computer, so the program behind it "
                            "can't be shown.")
                             .arg(quoteInput(target.authority()));
        return finding;
    }
    const bool refused = std::any_of(attempts.begin(), attempts.end(), [](const ConnectAttempt& a) {
        return a.outcome == ConnectOutcome::Refused;
    });
    finding.id = refused ? QStringLiteral("server.not_listening") : QStringLiteral("server.unreachable");
    finding.severity = Severity::Error;
    finding.title =
        refused ? tr("Nothing is listening on port %1 at %2").arg(*target.port).arg(quoteInput(target.host))
                : tr("%1 can't be reached on port %2").arg(quoteInput(target.host)).arg(*target.port);
    finding.detail = refused ? tr("%1 refused the connection: no program waits on that port there.")
                                   .arg(quoteInput(target.host))
                             : tr("The connection got no answer. The computer may be off, or a firewall on "
                                  "the way drops the connection.");
    return finding;
}

} // namespace ld::wizard
