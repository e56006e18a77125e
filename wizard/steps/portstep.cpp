// Step 1, "verify port": is the port a port, is the host this machine, and what the OS says
// about that port number (privileged, ephemeral).

#include "wizard/steps/portstep.h"
#include "platform/hostsfile.h"
#include "wizard/portrepair.h"
#include "wizard/report/quote.h"
#include "wizard/steps/browserrules.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace ld::wizard {
namespace {

using platform::IpAddress;

int editDistance(const QString& a, const QString& b) {
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

Target withPort(const Target& target, int port) {
    Target changed = target;
    changed.port = port;
    changed.portText = QString::number(port);
    changed.portProblem = PortProblem::None;
    return changed;
}

class PortStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(PortStep)
public:
    StepResult run(Facts& facts) override {
        StepResult result;
        const Target& target = facts.target();
        switch (target.portProblem) {
        case PortProblem::OutOfRange:
            result.findings << outOfRange(facts);
            break;
        case PortProblem::NotANumber:
            result.findings << notANumber(facts);
            break;
        case PortProblem::Zero:
            result.findings << zero(target);
            break;
        case PortProblem::Missing:
            result.findings << missing(target);
            break;
        case PortProblem::None:
            break;
        }
        if (target.port)
            portPolicyFindings(facts, result.findings);
        if (auto blocked = browserBlockedPort(target))
            result.findings << *blocked;
        if (auto subdomain = localhostSubdomain(target, !facts.addresses().empty()))
            result.findings << *subdomain;
        hostFindings(facts, result.findings);
        if (result.findings.isEmpty()) {
            result.findings << Finding{
                QStringLiteral("port.ok"),
                Severity::Ok,
                tr("Port %1 is a valid port").arg(*target.port),
                tr("%1 is a port a server can use and a client can connect to.").arg(*target.port),
                {{QStringLiteral("port"), *target.port}},
                {}};
        }
        result.settleStatus();
        return result;
    }

private:
    static QSet<int> listeningTcpPorts(Facts& facts) {
        QSet<int> ports;
        for (const platform::Socket& socket : facts.listeningSockets())
            if (socket.proto == platform::Proto::Tcp)
                ports.insert(socket.localPort);
        return ports;
    }

    static Fix usePortFix(const Target& target, const PortCandidate& candidate) {
        Fix fix;
        fix.id = QStringLiteral("fix.use_port");
        fix.action = FixAction::UseValue;
        fix.label = candidate.listening ? tr("Use port %1 (something listens there now)").arg(candidate.port)
                                        : tr("Use port %1").arg(candidate.port);
        fix.params = {{QStringLiteral("port"), candidate.port},
                      {QStringLiteral("target"), withPort(target, candidate.port).url()}};
        return fix;
    }

    static QJsonArray candidatesJson(const QList<PortCandidate>& candidates) {
        QJsonArray rows;
        for (const PortCandidate& candidate : candidates)
            rows.append(QJsonObject{{QStringLiteral("port"), candidate.port},
                                    {QStringLiteral("listening"), candidate.listening},
                                    {QStringLiteral("mentioned_in_config"), candidate.mentioned}});
        return rows;
    }

    static QString shortText(const QString& text) {
        return text.size() > 24 ? text.left(20) + QStringLiteral("…(%1 digits)").arg(text.size()) : text;
    }

    Finding outOfRange(Facts& facts) {
        const Target& target = facts.target();
        const QList<PortCandidate> candidates = repairPort(target.portText, listeningTcpPorts(facts));
        Finding finding;
        finding.id = QStringLiteral("port.out_of_range");
        finding.severity = Severity::Error;
        const bool negative = target.portText.startsWith(QLatin1Char('-'));
        finding.title =
            negative ? tr("Port %1 doesn't exist: ports can't be negative").arg(shortText(target.portText))
                     : tr("Port %1 doesn't exist: ports go up to 65535").arg(shortText(target.portText));
        finding.detail =
            tr("A port is a number from 1 to 65535 that picks which program on a computer you talk "
               "to. %1 is outside that range, so nothing can listen on it: it is most likely a "
               "typo.")
                .arg(shortText(target.portText));
        if (!candidates.isEmpty() && candidates.first().listening)
            finding.detail += QLatin1Char(' ') +
                              tr("A server is listening on port %1 right now: that is probably the one you "
                                 "meant.")
                                  .arg(candidates.first().port);
        else if (candidates.isEmpty())
            finding.detail += QLatin1Char(' ') + tr("Check the port in the address you were given.");
        finding.evidence = {{QStringLiteral("typed"), target.portText.left(64)},
                            {QStringLiteral("typed_digits"), target.portText.size()},
                            {QStringLiteral("max_port"), 65535},
                            {QStringLiteral("candidates"), candidatesJson(candidates.mid(0, 12))}};
        int offered = 0;
        for (const PortCandidate& candidate : candidates) {
            if (offered >= 6 && !candidate.listening)
                break;
            finding.fixes << usePortFix(target, candidate);
            ++offered;
        }
        return finding;
    }

    Finding notANumber(Facts& facts) {
        const Target& target = facts.target();
        Finding finding;
        finding.id = QStringLiteral("port.not_a_number");
        finding.severity = Severity::Error;
        finding.title = tr("\"%1\" is not a port number").arg(shortText(target.portText));
        finding.detail = tr("A port is written with digits only, from 1 to 65535, as in localhost:3000.");
        // Letters that look like digits (O for 0, l or I for 1) and stray characters.
        QString digits;
        for (QChar c : target.portText) {
            if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                digits += c;
            else if (c == QLatin1Char('O') || c == QLatin1Char('o'))
                digits += QLatin1Char('0');
            else if (c == QLatin1Char('l') || c == QLatin1Char('I'))
                digits += QLatin1Char('1');
        }
        const QSet<int> listening = listeningTcpPorts(facts);
        QList<PortCandidate> candidates;
        if (!digits.isEmpty() && digits.size() <= 5 && digits.at(0) != QLatin1Char('0') &&
            digits.toInt() <= 65535)
            candidates << PortCandidate{digits.toInt(), EditKind::Changed, listening.contains(digits.toInt()),
                                        false};
        for (const PortCandidate& candidate : candidates)
            finding.fixes << usePortFix(target, candidate);
        finding.evidence = {{QStringLiteral("typed"), target.portText.left(64)}};
        return finding;
    }

    Finding zero(const Target& target) {
        Finding finding;
        finding.id = QStringLiteral("port.zero");
        finding.severity = Severity::Error;
        finding.title = tr("Port 0 can't be connected to");
        finding.detail =
            tr("Port 0 tells a server \"pick any free port\"; nothing ever listens on port 0 itself. "
               "Look in the server's output for the port it really chose.");
        finding.evidence = {{QStringLiteral("typed"), target.portText}};
        return finding;
    }

    Finding missing(const Target& target) {
        Finding finding;
        finding.id = QStringLiteral("port.missing");
        finding.severity = Severity::Info;
        if (target.port) {
            finding.title =
                tr("No port given: using %1, the default for %2").arg(*target.port).arg(target.scheme);
            finding.detail =
                tr("Without a port, %1 addresses use port %2. Development servers usually use "
                   "another port, such as 3000 or 8080: add it after a colon, as in localhost:3000.")
                    .arg(target.scheme)
                    .arg(*target.port);
        } else {
            finding.severity = Severity::Error;
            finding.title = tr("No port given");
            finding.detail =
                tr("%1 addresses have no default port: add one after a colon, as in localhost:3000.")
                    .arg(target.scheme);
        }
        finding.evidence = {
            {QStringLiteral("scheme"), target.scheme},
            {QStringLiteral("default_port"), target.port ? QJsonValue(*target.port) : QJsonValue()}};
        return finding;
    }

    void portPolicyFindings(Facts& facts, QList<Finding>& findings) {
        const int port = *facts.target().port;
        const platform::PortPolicy& policy = facts.portPolicy();
        const QJsonObject source{{QStringLiteral("source"), QString::fromStdString(policy.source)}};
        if (port < policy.unprivilegedStart) {
            const bool serve = facts.options().intent == Intent::Serve;
            Finding finding;
            finding.id = QStringLiteral("port.privileged");
            finding.severity = serve ? Severity::Error : Severity::Info;
            finding.title = serve ? tr("Port %1 needs administrator rights to serve on").arg(port)
                                  : tr("Port %1 is a privileged port").arg(port);
            finding.detail = tr("On this system only administrators can start a server on ports below %1. "
                                "Connecting to it is fine; a development server normally uses a higher port.")
                                 .arg(policy.unprivilegedStart);
            finding.evidence = source;
            finding.evidence.insert(QStringLiteral("unprivileged_port_start"), policy.unprivilegedStart);
            const int suggestion = port + 8000;
            if (serve && suggestion <= 65535) {
                Fix fix;
                fix.id = QStringLiteral("fix.use_port");
                fix.action = FixAction::UseValue;
                fix.label = tr("Use port %1 instead").arg(suggestion);
                fix.params = {{QStringLiteral("port"), suggestion},
                              {QStringLiteral("target"), withPort(facts.target(), suggestion).url()}};
                finding.fixes << fix;
            }
            findings << finding;
        }
        excludedFinding(facts, policy, source, findings);
        if (policy.ephemeral.contains(static_cast<std::uint16_t>(port))) {
            Finding finding;
            finding.id = QStringLiteral("port.ephemeral");
            finding.severity = Severity::Info;
            finding.title = tr("Port %1 is in the range used for outgoing connections").arg(port);
            finding.detail =
                tr("The system hands out ports %1 to %2 to programs making outgoing connections. "
                   "A server can use one, but may now and then find it taken; a port below %1 is "
                   "safer.")
                    .arg(policy.ephemeral.first)
                    .arg(policy.ephemeral.last);
            finding.evidence = source;
            finding.evidence.insert(QStringLiteral("ephemeral_first"), policy.ephemeral.first);
            finding.evidence.insert(QStringLiteral("ephemeral_last"), policy.ephemeral.last);
            findings << finding;
        }
    }

    // Windows reserves port ranges (`netsh int ipv4 show excludedportrange protocol=tcp`): no
    // program can bind a port inside one, and the error (WSAEACCES, 10013, "An attempt was made to
    // access a socket in a way forbidden by its access permissions") does not say why.
    void excludedFinding(Facts& facts, const platform::PortPolicy& policy, const QJsonObject& source,
                         QList<Finding>& findings) {
        const auto port = static_cast<std::uint16_t>(*facts.target().port);
        const auto range = std::find_if(policy.excluded.begin(), policy.excluded.end(),
                                        [&](const platform::PortRange& r) { return r.contains(port); });
        if (range == policy.excluded.end())
            return;
        const bool serve = facts.options().intent == Intent::Serve;
        const auto usable = [&](int candidate) {
            return candidate >= 1024 && candidate <= 65535 &&
                   !policy.ephemeral.contains(std::uint16_t(candidate)) &&
                   std::none_of(
                       policy.excluded.begin(), policy.excluded.end(),
                       [&](const platform::PortRange& r) { return r.contains(std::uint16_t(candidate)); });
        };
        // The nearest port outside every reserved range and the dynamic range (bounded search).
        int suggestion = 0;
        for (int distance = 1; distance <= 20000 && suggestion == 0; ++distance)
            for (const int candidate : {range->first - distance, range->last + distance})
                if (suggestion == 0 && usable(candidate))
                    suggestion = candidate;
        Finding finding;
        finding.id = QStringLiteral("port.excluded");
        finding.severity = serve ? Severity::Error : Severity::Warning;
        finding.title = range->first == range->last
                            ? tr("Windows reserves port %1: no server can use it").arg(port)
                            : tr("Port %1 is in a range Windows reserves (%2-%3)")
                                  .arg(port)
                                  .arg(range->first)
                                  .arg(range->last);
        finding.detail =
            tr("Windows keeps ports %1 to %2 for itself, so starting a server on port %3 fails with "
               "\"access forbidden\" (error 10013), even for an administrator. Such ranges are usually "
               "taken by Hyper-V and WinNAT, which Docker Desktop and WSL 2 use, and move after a "
               "restart; an administrator may also have added one. See them with \"netsh int ipv4 "
               "show excludedportrange protocol=tcp\"; restarting WinNAT (\"net stop winnat\" then "
               "\"net start winnat\" in an administrator prompt) often frees them. Simplest: use "
               "another port.")
                .arg(range->first)
                .arg(range->last)
                .arg(port);
        finding.evidence = source;
        finding.evidence.insert(QStringLiteral("range_first"), range->first);
        finding.evidence.insert(QStringLiteral("range_last"), range->last);
        finding.evidence.insert(QStringLiteral("command"),
                                QStringLiteral("netsh int ipv4 show excludedportrange protocol=tcp"));
        if (suggestion != 0) {
            Fix fix;
            fix.id = QStringLiteral("fix.use_port");
            fix.action = FixAction::UseValue;
            fix.label = tr("Use port %1 instead").arg(suggestion);
            fix.params = {{QStringLiteral("port"), suggestion},
                          {QStringLiteral("target"), withPort(facts.target(), suggestion).url()}};
            finding.fixes << fix;
        }
        findings << finding;
    }

    static Fix useHostFix(const Target& target, const QString& host) {
        Target changed = target;
        changed.host = host;
        changed.hostGiven = true;
        Fix fix;
        fix.id = QStringLiteral("fix.use_host");
        fix.action = FixAction::UseValue;
        fix.label = tr("Use %1").arg(quoteInput(changed.authority()));
        fix.params = {{QStringLiteral("host"), host}, {QStringLiteral("target"), changed.url()}};
        return fix;
    }

    void hostFindings(Facts& facts, QList<Finding>& findings) {
        const Target& target = facts.target();
        const auto& addresses = facts.addresses();
        const platform::HostsFile& hosts = facts.hostsFile();
        const bool isLocalhostName = target.host == QLatin1String("localhost");

        if (isLocalhostName)
            localhostFindings(facts, findings);

        if (addresses.empty()) {
            Finding finding;
            finding.id = QStringLiteral("host.unresolvable");
            finding.severity = Severity::Error;
            finding.title = tr("The name \"%1\" can't be found").arg(quoteInput(target.host));
            finding.detail = tr("The computer could not turn \"%1\" into an address (%2).")
                                 .arg(quoteInput(target.host), facts.resolveError());
            QStringList known{QStringLiteral("localhost")};
            for (const platform::HostsEntry& entry : hosts.entries)
                for (const std::string& name : entry.names)
                    known << QString::fromStdString(name).toLower();
            known.removeDuplicates();
            QString best;
            int bestDistance = 3;
            for (const QString& name : known) {
                const int distance = editDistance(target.host, name);
                if (distance > 0 && distance < bestDistance) {
                    best = name;
                    bestDistance = distance;
                }
            }
            if (!best.isEmpty()) {
                finding.detail += QLatin1Char(' ') + tr("Did you mean \"%1\"?").arg(best);
                finding.fixes << useHostFix(target, best);
            }
            finding.evidence = {{QStringLiteral("host"), target.host},
                                {QStringLiteral("resolver_error"), facts.resolveError()},
                                {QStringLiteral("hosts_file"), QString::fromStdString(hosts.path)}};
            findings << finding;
            return;
        }

        if (!facts.hostIsLocal()) {
            QJsonArray list;
            for (const IpAddress& address : addresses)
                list.append(QString::fromStdString(address.toString()));
            Finding finding;
            finding.id = QStringLiteral("host.not_local");
            finding.severity = Severity::Info;
            finding.title = tr("%1 is another computer, not this one").arg(quoteInput(target.host));
            finding.detail = tr("This tool can look inside this computer only. For %1 it checks whether a "
                                "connection can be made, but can't see which program answers.")
                                 .arg(quoteInput(target.host));
            finding.evidence = {{QStringLiteral("addresses"), list}};
            findings << finding;
        }
    }

    void localhostFindings(Facts& facts, QList<Finding>& findings) {
        const platform::HostsFile& hosts = facts.hostsFile();
        const auto& addresses = facts.addresses();
        const std::vector<platform::HostsAnomaly> anomalies = platform::hostsAnomalies(hosts);
        QJsonArray badLines;
        bool missing = false;
        for (const platform::HostsAnomaly& anomaly : anomalies) {
            if (anomaly.kind == platform::HostsAnomaly::LocalhostMissing)
                missing = true;
            else
                badLines.append(
                    QJsonObject{{QStringLiteral("line"), anomaly.line},
                                {QStringLiteral("address"), QString::fromStdString(anomaly.address)}});
        }
        QJsonArray resolvedElsewhere;
        for (const IpAddress& address : addresses)
            if (!address.isLoopback())
                resolvedElsewhere.append(QString::fromStdString(address.toString()));
        if (anomalies.empty() && resolvedElsewhere.isEmpty() && !addresses.empty())
            return;

        Finding finding;
        finding.id = QStringLiteral("host.localhost_broken");
        finding.severity = Severity::Error;
        finding.title = tr("\"localhost\" doesn't point at this computer");
        const QString path = QString::fromStdString(hosts.path);
        if (!badLines.isEmpty()) {
            const QJsonObject first = badLines.first().toObject();
            finding.detail =
                tr("Line %1 of %2 maps localhost to %3, which is not this computer. localhost must "
                   "map to 127.0.0.1 and ::1 only. Fix that line (it needs administrator rights).")
                    .arg(first.value(QStringLiteral("line")).toInt())
                    .arg(path, first.value(QStringLiteral("address")).toString());
        } else if (missing) {
            finding.detail = tr("%1 has no line for localhost, so programs that read it can't find this "
                                "computer by that name. Add the lines \"127.0.0.1 localhost\" and "
                                "\"::1 localhost\" (it needs administrator rights).")
                                 .arg(path);
        } else {
            finding.detail =
                tr("The resolver turns localhost into an address that is not this computer. Check "
                   "%1 and your DNS settings.")
                    .arg(path);
        }
        finding.evidence = {{QStringLiteral("hosts_file"), path},
                            {QStringLiteral("localhost_listed"), !missing},
                            {QStringLiteral("non_loopback_lines"), badLines},
                            {QStringLiteral("resolved_non_loopback"), resolvedElsewhere}};
        findings << finding;
    }
};

} // namespace

std::unique_ptr<Step> makePortStep() {
    return std::make_unique<PortStep>();
}

} // namespace ld::wizard
