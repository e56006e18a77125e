#include "wizard/steps/firewallstep.h"
#include "wizard/report/quote.h"

#include "platform/firewallparse.h"
#include "platform/log.h"
#include "wizard/steps/macostraps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <cerrno>
#include <spdlog/spdlog.h>

namespace ld::wizard {
namespace {

namespace fw = platform::firewall;
using platform::ConnectAttempt;
using platform::ConnectOutcome;
using platform::Family;
using platform::IpAddress;

QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

QString authority(const IpAddress& address, int port) {
    const QString host = qs(address.toString());
    return (address.family == Family::V6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) +
           QLatin1Char(':') + QString::number(port);
}

// What could be read of the firewall, interpreted.
struct Picture {
    platform::FirewallReading reading;
    fw::Ruleset ruleset;
    bool rulesRead = false; // nftables or iptables rules were read and parsed
    std::vector<const platform::FirewallSource*> needElevation;
    QStringList problems; // sources that failed for another reason
    fw::UfwState ufw;
    bool ufwInstalled = false;
    bool ufwStatusRead = false;
    std::optional<bool> firewalldRunning;
};

Picture readPicture(platform::System& system) {
    Picture picture;
    picture.reading = system.readFirewall();
    std::vector<fw::Ruleset> rulesets;
    for (const platform::FirewallSource& source : picture.reading.sources) {
        if (source.needsElevation && !source.readable) {
            picture.needElevation.push_back(&source);
            continue;
        }
        const bool rules =
            source.name == "nftables" || source.name == "iptables" || source.name == "ip6tables";
        if (!source.readable) {
            if (rules || source.name == "ufw-status")
                picture.problems << qs(source.command + ": " + source.error);
            continue;
        }
        if (source.name == "nftables")
            rulesets.push_back(fw::parseNftJson(source.text));
        else if (source.name == "iptables")
            rulesets.push_back(fw::parseIptablesSave(source.text, Family::V4));
        else if (source.name == "ip6tables")
            rulesets.push_back(fw::parseIptablesSave(source.text, Family::V6));
        else if (source.name == "ufw") {
            picture.ufwInstalled = true;
            fw::parseUfwConf(source.text, picture.ufw);
        } else if (source.name == "ufw-defaults")
            fw::parseUfwDefaults(source.text, picture.ufw);
        else if (source.name == "ufw-status") {
            picture.ufwStatusRead = true;
            fw::parseUfwStatus(source.text, picture.ufw);
        } else if (source.name == "firewalld")
            picture.firewalldRunning = source.text.rfind("running", 0) == 0;
        if (rules && !rulesets.back().ok)
            picture.problems << qs(source.command + ": " + rulesets.back().error);
    }
    if (!rulesets.empty()) {
        picture.ruleset = fw::mergeRulesets(rulesets);
        picture.rulesRead =
            std::any_of(rulesets.begin(), rulesets.end(), [](const fw::Ruleset& r) { return r.ok; });
    }
    return picture;
}

class FirewallStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(FirewallStep)
public:
    StepResult run(Facts& facts) override {
        StepResult result;
        // Reading the rules runs nft and iptables-save: only worth it when a connection failed.
        if (auto notNeeded = notNeededFinding(facts)) {
            result.findings << *notNeeded;
            result.settleStatus();
            result.status = StepStatus::Skip;
            return result;
        }
        const Target& target = facts.target();
        const Picture picture = readPicture(facts.system());
        const std::optional<int> port = target.port;

        // What the connection attempts say: only a listener that covers the address, with room in
        // its accept queue, makes a timeout or a refusal the firewall's doing.
        std::optional<Finding> blocked;
        bool ruleNamed = false;
        if (port && !facts.addresses().empty() && facts.hostIsLocal()) {
            const std::vector<Listener> listeners = facts.listenersOn(std::uint16_t(*port));
            for (const ConnectAttempt& attempt : facts.connectAttempts()) {
                const auto covering =
                    std::find_if(listeners.begin(), listeners.end(),
                                 [&](const Listener& l) { return l.socket.accepts(attempt.address); });
                if (covering == listeners.end() || covering->socket.acceptQueueFull())
                    continue; // nothing to reach there (server step), or a hung server (server.not_accepting)
                const bool timedOut = attempt.outcome == ConnectOutcome::TimedOut;
                const bool refused = attempt.outcome == ConnectOutcome::Refused ||
                                     attempt.outcome == ConnectOutcome::Unreachable;
                // A drop in the output hook fails connect() at once with EPERM.
                const bool denied = attempt.outcome == ConnectOutcome::Error &&
                                    (attempt.osError == EPERM || attempt.osError == EACCES);
                if (!timedOut && !refused && !denied)
                    continue;
                blocked = blockedFinding(facts, picture, attempt, *covering, &ruleNamed);
                break;
            }
        }
        if (blocked)
            result.findings << *blocked;
        // macOS: the Application Firewall's block-all mode, Local Network privacy (macostraps.cpp).
        if (auto blockAll = macos::appFirewallBlockAll(facts, picture.reading, blocked ? &*blocked : nullptr))
            result.findings << *blockAll;
        if (auto lan = macos::localNetworkDenied(facts))
            result.findings << *lan;
        if (auto unreadable = unreadableFinding(facts, picture, blocked.has_value() && !ruleNamed))
            result.findings << *unreadable;
        result.findings << stateFinding(facts, picture);
        result.settleStatus();
        // Nothing could be read and nothing was concluded: the step could not check, so it did not
        // pass; nor does a step that says it could not read the rules (a ✓ beside it contradicts it).
        const bool saysUnreadable =
            std::any_of(result.findings.cbegin(), result.findings.cend(),
                        [](const Finding& f) { return f.id == QLatin1String("firewall.unreadable"); });
        if (!blocked &&
            ((!picture.rulesRead && !picture.ufwInstalled && !macos::macFirewallRead(picture.reading)) ||
             saysUnreadable) &&
            result.status == StepStatus::Pass)
            result.status = StepStatus::Skip;
        return result;
    }

private:
    // Every address tried answered the handshake: no firewall stands between us and the port
    // (a rule shows itself only as a refusal, a timeout or EPERM), so the rules are not read.
    std::optional<Finding> notNeededFinding(Facts& facts) {
        if (!facts.target().port || facts.addresses().empty())
            return std::nullopt;
        const std::vector<ConnectAttempt> attempts = facts.connectAttempts();
        // Only loopback: a connection to this machine's network address that gets through from here
        // says nothing of other devices, which a firewall (macOS's block-all) may still turn away.
        if (attempts.empty() || !std::all_of(attempts.begin(), attempts.end(), [](const ConnectAttempt& a) {
                return a.outcome == ConnectOutcome::Connected && a.address.unmapped().isLoopback();
            }))
            return std::nullopt;
        QStringList where;
        QJsonArray connections;
        for (const ConnectAttempt& attempt : attempts) {
            where << authority(attempt.address, attempt.port);
            connections.append(QJsonObject{
                {QStringLiteral("address"), qs(attempt.address.toString())},
                {QStringLiteral("outcome"), qs(std::string(platform::connectOutcomeName(attempt.outcome)))}});
        }
        Finding finding;
        finding.id = QStringLiteral("firewall.not_needed");
        finding.severity = Severity::Info;
        finding.title = tr("Firewall not checked: the server answered");
        finding.detail = tr("Every address tried (%1) accepted the connection, so no firewall rule blocks "
                            "it; the firewall's rules were not read. They are read when a connection is "
                            "refused or gets no answer.")
                             .arg(where.join(QStringLiteral(", ")));
        finding.evidence = {{QStringLiteral("rules_read"), false},
                            {QStringLiteral("connections"), connections}};
        return finding;
    }

    static fw::Connection connectionTo(const IpAddress& address, int port) {
        return {platform::Proto::Tcp, address, std::uint16_t(port), "lo"}; // local traffic goes through lo
    }

    Finding blockedFinding(Facts& facts, const Picture& picture, const ConnectAttempt& attempt,
                           const Listener& listener, bool* ruleNamed) {
        const int port = attempt.port;
        const fw::Connection connection = connectionTo(attempt.address, port);
        std::optional<fw::RuleHit> hit;
        if (picture.rulesRead)
            hit = fw::matchFirewallRules(picture.ruleset, connection).blocking;
        const bool dropping =
            hit ? hit->verdict == fw::Verdict::Drop
                : attempt.outcome == ConnectOutcome::TimedOut || attempt.outcome == ConnectOutcome::Error;
        const QString where = authority(attempt.address, port);
        const QString program = listener.owner ? qs(listener.owner->program) : tr("a program");

        Finding finding;
        finding.severity = Severity::Error;
        if (dropping) {
            finding.id = QStringLiteral("firewall.dropping");
            finding.title = tr("A firewall silently drops connections to %1").arg(where);
            finding.detail =
                attempt.outcome == ConnectOutcome::Error
                    ? tr("%1 is listening, but the system refused to send the connection (\"%2\"): "
                         "a firewall rule for outgoing traffic blocks it.")
                          .arg(program, qs(attempt.errorText))
                    : tr("%1 is listening and has room for new connections, yet the connection got "
                         "no answer at all within %2 ms. That is what a firewall rule that drops "
                         "packets looks like.")
                          .arg(program)
                          .arg(facts.options().timeout.count());
        } else {
            finding.id = QStringLiteral("firewall.rejecting");
            finding.title = tr("A firewall rejects connections to %1").arg(where);
            finding.detail =
                tr("%1 is listening on that address, yet the connection was refused (%2). A firewall "
                   "rule that rejects packets does this.")
                    .arg(program, qs(std::string(platform::connectOutcomeName(attempt.outcome))));
        }
        QJsonObject evidence{
            {QStringLiteral("address"), qs(attempt.address.toString())},
            {QStringLiteral("port"), port},
            {QStringLiteral("outcome"), qs(std::string(platform::connectOutcomeName(attempt.outcome)))},
            {QStringLiteral("elapsed_ms"), qRound64(attempt.elapsedMs * 100) / 100.0},
            {QStringLiteral("accept_queue"), qint64(listener.socket.receiveQueue)},
            {QStringLiteral("backlog"), qint64(listener.socket.sendQueue)},
            {QStringLiteral("listener"), listenerToJson(listener)}};
        if (!attempt.errorText.empty())
            evidence.insert(QStringLiteral("error"), qs(attempt.errorText));
        if (hit) {
            *ruleNamed = true;
            evidence.insert(QStringLiteral("firewall"), qs(hit->tool));
            evidence.insert(QStringLiteral("rule"), qs(hit->describe()));
            evidence.insert(QStringLiteral("verdict"), qs(std::string(fw::verdictName(hit->verdict))));
            evidence.insert(QStringLiteral("hook"), qs(hit->hook));
            evidence.insert(QStringLiteral("by_policy"), hit->byPolicy);
            evidence.insert(QStringLiteral("rule_certain"), hit->certain);
            const std::string command = fw::allowCommand(*hit, connection);
            finding.detail +=
                QLatin1Char(' ') + (hit->byPolicy ? tr("The rule is the default of %1: drop whatever "
                                                       "no earlier rule allowed.")
                                                        .arg(qs(hit->chain))
                                    : hit->certain ? tr("The rule that does it: %1").arg(qs(hit->describe()))
                                                   : tr("Most likely this rule (it has conditions this "
                                                        "tool can't check): %1")
                                                         .arg(qs(hit->describe())));
            if (!command.empty()) {
                evidence.insert(QStringLiteral("allow_command"), qs("sudo " + command));
                finding.detail +=
                    QLatin1Char(' ') + (hit->byPolicy ? tr("To let local connections through, add "
                                                           "a rule that accepts them, for example: "
                                                           "sudo %1")
                                                      : tr("To let local connections through, remove "
                                                           "that rule or add one before it, for "
                                                           "example: sudo %1"))
                                           .arg(qs(command));
            }
        } else if (picture.rulesRead) {
            finding.detail +=
                QLatin1Char(' ') + tr("None of the firewall rules that could be read explains it; "
                                      "look for other filters (a container's or VPN's rules, eBPF "
                                      "programs, security software).");
        } else {
            finding.detail +=
                QLatin1Char(' ') + tr("The firewall's rules could not be read to name the rule.");
        }
        QJsonArray mentions;
        if (picture.rulesRead)
            for (const fw::RuleHit& rule :
                 fw::rulesForPort(picture.ruleset, platform::Proto::Tcp, std::uint16_t(port),
                                  attempt.address.unmapped().family, attempt.address))
                mentions.append(qs(rule.describe()));
        evidence.insert(QStringLiteral("rules_for_port"), mentions);
        finding.evidence = evidence;
        log::get(log::Area::Probe)
            .info("{}: {} ({})", finding.id.toStdString(), where.toStdString(),
                  hit ? hit->describe() : std::string("no rule named"));
        return finding;
    }

    std::optional<Finding> unreadableFinding(Facts& facts, const Picture& picture, bool needed) {
        if (picture.needElevation.empty() && picture.problems.isEmpty())
            return std::nullopt;
        if (picture.rulesRead && picture.problems.isEmpty() && !needed)
            return std::nullopt; // e.g. `ufw status` needs root but the rules themselves were read
        Finding finding;
        finding.id = QStringLiteral("firewall.unreadable");
        finding.severity = needed && !picture.needElevation.empty() ? Severity::Error : Severity::Info;
        // Windows has no sudo: the same command, typed in a prompt opened as administrator.
        const bool windows = facts.system().osName() == "windows";
        const QString elevate = windows ? QString() : QStringLiteral("sudo ");
        QStringList commands;
        QJsonArray sources;
        for (const platform::FirewallSource* source : picture.needElevation) {
            commands << elevate + qs(source->command);
            sources.append(QJsonObject{{QStringLiteral("name"), qs(source->name)},
                                       {QStringLiteral("command"), elevate + qs(source->command)},
                                       {QStringLiteral("error"), qs(source->error)}});
        }
        const QString check =
            elevate + QStringLiteral("localhost-doctor check %1").arg(quoteInput(facts.target().input));
        if (!commands.isEmpty() && windows) {
            finding.title = tr("Reading the firewall's rules needs administrator rights");
            finding.detail =
                tr("Only an administrator may read the firewall's rules, so no rule can be named here. "
                   "To see them, open a Command Prompt with \"Run as administrator\" and run: %1 (or run "
                   "this check from there: %2).")
                    .arg(commands.front(), check);
        } else if (!commands.isEmpty()) {
            finding.title = tr("Reading the firewall's rules needs administrator rights");
            finding.detail =
                tr("Only root may read the firewall's rules, so no rule can be named here. To see "
                   "them, run: %1 (or run this check as root: %2).")
                    .arg(commands.front(), check);
        } else {
            finding.title = tr("The firewall's rules could not be read");
            finding.detail = tr("Reading them failed: %1").arg(picture.problems.join(QStringLiteral("; ")));
        }
        finding.evidence = {{QStringLiteral("sources"), sources},
                            {QStringLiteral("command"), commands.isEmpty() ? QString() : commands.front()},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(picture.problems)}};
        return finding;
    }

    Finding stateFinding(Facts& facts, const Picture& picture) {
        QStringList active;
        QStringList tables;
        for (const fw::Chain& chain : picture.ruleset.chains) {
            const QString table = qs(chain.tool == "nftables" ? "table " + chain.family + " " + chain.table
                                                              : chain.tool + " " + chain.table);
            if (!tables.contains(table))
                tables << table;
        }
        if (picture.rulesRead && !picture.ruleset.empty()) {
            QMap<QString, QStringList> byTool; // "nftables (table inet filter)", "iptables (filter)"
            for (const fw::Chain& chain : picture.ruleset.chains) {
                QStringList& names = byTool[qs(chain.tool)];
                const QString name =
                    qs(chain.tool == "nftables" ? "table " + chain.family + " " + chain.table : chain.table);
                if (!names.contains(name))
                    names << name;
            }
            for (auto it = byTool.cbegin(); it != byTool.cend(); ++it)
                active << QStringLiteral("%1 (%2)").arg(it.key(), it.value().join(QStringLiteral(", ")));
        }
        if (picture.ufw.enabled.value_or(false) || picture.ufw.active.value_or(false))
            active << tr("ufw (enabled)");
        if (picture.firewalldRunning.value_or(false))
            active << tr("firewalld (running)");
        active << macos::activeMacFirewalls(picture.reading);
        const bool macRead = macos::macFirewallRead(picture.reading);

        Finding finding;
        finding.id = QStringLiteral("firewall.state");
        finding.severity = Severity::Info;
        QStringList about;
        QJsonArray perAddress;
        const std::optional<int> port = facts.target().port;
        if (port && picture.rulesRead) {
            std::vector<IpAddress> addresses = facts.addresses();
            if (addresses.empty())
                addresses = {IpAddress::v4(127, 0, 0, 1), IpAddress::v6Loopback()};
            for (const IpAddress& address : addresses) {
                const fw::MatchResult match =
                    fw::matchFirewallRules(picture.ruleset, connectionTo(address, *port));
                QJsonObject row{{QStringLiteral("address"), qs(address.toString())},
                                {QStringLiteral("verdict"),
                                 match.blocking ? qs(std::string(fw::verdictName(match.blocking->verdict)))
                                                : QStringLiteral("accept")}};
                if (match.blocking) {
                    row.insert(QStringLiteral("rule"), qs(match.blocking->describe()));
                    about << tr("connections to %1 meet \"%2\"")
                                 .arg(authority(address, *port), qs(match.blocking->describe()));
                } else {
                    QJsonArray passed;
                    for (const fw::RuleHit& hit : match.passed)
                        passed.append(qs(hit.describe()));
                    row.insert(QStringLiteral("passed"), passed);
                }
                perAddress.append(row);
            }
            if (about.isEmpty())
                about << tr("its rules let connections to port %1 through").arg(*port);
        }
        if (picture.ufw.enabled.value_or(false) || picture.ufw.active.value_or(false)) {
            if (port) {
                const auto ufwRules =
                    fw::ufwRulesForPort(picture.ufw, platform::Proto::Tcp, std::uint16_t(*port));
                QStringList lines;
                for (const fw::UfwRule& rule : ufwRules)
                    lines << qs(rule.line);
                if (!lines.isEmpty())
                    about << tr("ufw has rules for port %1: %2")
                                 .arg(*port)
                                 .arg(lines.join(QStringLiteral("; ")));
            }
            about << tr("ufw's standard rules accept all traffic on the loopback interface, so ufw by itself "
                        "doesn't block localhost");
        }

        about << macos::macFirewallAbout(picture.reading);
        if (active.isEmpty()) {
            // ufw switched off says nothing about nftables or iptables rules that could not be read.
            const bool nothingUnread = picture.needElevation.empty() && picture.problems.isEmpty();
            finding.title = picture.rulesRead || (picture.ufwInstalled && nothingUnread) || macRead
                                ? tr("No active firewall found")
                                : tr("No firewall rules could be read");
            finding.detail = picture.rulesRead
                                 ? tr("The firewall (nftables) has no rules, so it does not block anything.")
                                 : tr("Nothing was found that would block local connections, but the rules "
                                      "themselves could not be read.");
        } else {
            finding.title = tr("Active firewall: %1").arg(active.join(QStringLiteral(", ")));
            finding.detail = about.isEmpty()
                                 ? tr("Its rules could not be read to see what it does with this port.")
                                 : about.join(QStringLiteral(". ")) + QLatin1Char('.');
        }
        if (!about.isEmpty() && active.isEmpty())
            finding.detail += QLatin1Char(' ') + about.join(QStringLiteral(". ")) + QLatin1Char('.');

        QJsonArray sources;
        for (const platform::FirewallSource& source : picture.reading.sources)
            sources.append(QJsonObject{{QStringLiteral("name"), qs(source.name)},
                                       {QStringLiteral("command"), qs(source.command)},
                                       {QStringLiteral("readable"), source.readable},
                                       {QStringLiteral("needs_elevation"), source.needsElevation},
                                       {QStringLiteral("error"), qs(source.error)}});
        finding.evidence = {{QStringLiteral("active"), QJsonArray::fromStringList(active)},
                            {QStringLiteral("tables"), QJsonArray::fromStringList(tables)},
                            {QStringLiteral("rules_read"), picture.rulesRead},
                            {QStringLiteral("sources"), sources},
                            {QStringLiteral("connections"), perAddress}};
        if (picture.ufwInstalled || picture.ufwStatusRead) {
            QJsonObject ufw{{QStringLiteral("default_input"), qs(picture.ufw.defaultInputPolicy)},
                            {QStringLiteral("default_output"), qs(picture.ufw.defaultOutputPolicy)},
                            {QStringLiteral("rules"), qint64(picture.ufw.rules.size())}};
            if (picture.ufw.enabled)
                ufw.insert(QStringLiteral("enabled"), *picture.ufw.enabled);
            if (picture.ufw.active)
                ufw.insert(QStringLiteral("active"), *picture.ufw.active);
            finding.evidence.insert(QStringLiteral("ufw"), ufw);
        }
        if (picture.firewalldRunning)
            finding.evidence.insert(QStringLiteral("firewalld_running"), *picture.firewalldRunning);
        return finding;
    }
};

} // namespace

std::unique_ptr<Step> makeFirewallStep() {
    return std::make_unique<FirewallStep>();
}

} // namespace ld::wizard
