// The steps that look at the address, the listeners and the firewall, as tables: a fake system in,
// the finding id, severity and fixes out.
// No root, no peers, no network: each row builds the situation the finding stands for
// (tests/support/steptable.h runs the step and checks the row).

#include "support/steptable.h"
#include "wizard/steps/registry.h"

#include <QtTest>

using namespace ld;
using namespace ld::wizard;
using ld::test::bothLoopbacks;
using ld::test::FakeSystem;
using ld::test::seedService;
using ld::test::StepScenario;
using platform::ConnectOutcome;
using platform::IpAddress;

namespace {

const auto nothing = [](FakeSystem&) {};
const Intent connect = Intent::Connect;
const Intent serve = Intent::Serve;

const std::vector<StepScenario>& portRows() {
    static const std::vector<StepScenario> rows = {
        {"typo above 65535",
         "localhost:619009",
         connect,
         [](FakeSystem& s) { bothLoopbacks(s, 61900); },
         {},
         "port.out_of_range",
         Severity::Error,
         "fix.use_port"},
        {"letters", "localhost:abc", connect, nothing, {}, "port.not_a_number", Severity::Error, nullptr},
        {"zero", "localhost:0", connect, nothing, {}, "port.zero", Severity::Error, nullptr},
        {"scheme default", "http://localhost", connect, nothing, {}, "port.missing", Severity::Info, nullptr},
        {"privileged, connect",
         "localhost:80",
         connect,
         nothing,
         {},
         "port.privileged",
         Severity::Info,
         nullptr},
        {"privileged, serve",
         "localhost:80",
         serve,
         nothing,
         {},
         "port.privileged",
         Severity::Error,
         "fix.use_port"},
        {"ephemeral", "localhost:40000", connect, nothing, {}, "port.ephemeral", Severity::Info, nullptr},
        {"plain port", "localhost:3000", connect, nothing, {}, "port.ok", Severity::Ok, nullptr},
        {"host typo",
         "locahost:3000",
         connect,
         nothing,
         {},
         "host.unresolvable",
         Severity::Error,
         "fix.use_host"},
        {"localhost on the LAN in hosts",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             s.loadHosts(QStringLiteral("linux/hosts-broken.txt"));
             s.names["localhost"] = {IpAddress::v4(192, 168, 1, 50)};
         },
         {},
         "host.localhost_broken",
         Severity::Error,
         nullptr},
        {"browsers refuse 6000",
         "http://localhost:6000/",
         connect,
         nothing,
         {},
         "port.browser_blocked",
         Severity::Warning,
         "fix.use_port"},
        {"app.localhost, resolved",
         "http://app.localhost:3000/",
         connect,
         [](FakeSystem& s) { s.names["app.localhost"] = {IpAddress::v4(127, 0, 0, 1)}; },
         {},
         "host.localhost_subdomain",
         Severity::Info,
         nullptr},
        {"app.localhost, unknown to the resolver",
         "http://app.localhost:3000/",
         connect,
         nothing,
         {},
         "host.localhost_subdomain",
         Severity::Error,
         nullptr},
        {"remote host",
         "example.test:3000",
         connect,
         [](FakeSystem& s) { s.names["example.test"] = {IpAddress::v4(192, 0, 2, 10)}; },
         {},
         "host.not_local",
         Severity::Info,
         nullptr},
    };
    return rows;
}

const std::vector<StepScenario>& serverRows() {
    static const std::vector<StepScenario> rows = {
        {"both loopbacks",
         "localhost:3000",
         connect,
         [](FakeSystem& s) { bothLoopbacks(s, 3000); },
         {},
         "server.listening",
         Severity::Ok,
         nullptr},
        {"docker-proxy holds it",
         "localhost:8080",
         connect,
         [](FakeSystem& s) {
             s.addListener("0.0.0.0", 8080, 900, "docker-proxy", 0,
                           "/usr/bin/docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080");
             s.addListener("::", 8080, 901, "docker-proxy", 0);
         },
         {},
         "server.forwarder",
         Severity::Info,
         nullptr},
        {"WSL's relay holds it (Windows, a WSL 2 distro running)",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             s.os = "windows";
             s.wslFacts.applicable = s.wslFacts.wslExePresent = s.wslFacts.listed = true;
             s.wslFacts.distros = {{"Ubuntu", "Running", true, 2, true}};
             s.addListener("127.0.0.1", 3000, 5120, "wslrelay.exe");
         },
         {},
         "server.in_wsl",
         Severity::Info,
         "fix.open_wsl_networking"},
        {"ssh -L holds it",
         "localhost:5433",
         connect,
         [](FakeSystem& s) {
             s.addListener("127.0.0.1", 5433, 902, "ssh", 1000, "ssh -N -L 5433:db:5432 bastion");
         },
         {},
         "server.forwarder",
         Severity::Info,
         nullptr},
        {"serving, nothing there yet",
         "localhost:3000",
         serve,
         nothing,
         {},
         "server.not_listening",
         Severity::Info,
         nullptr},
        {"LAN address only, loopback 127.0.1.1",
         "localhost:3000",
         connect,
         [](FakeSystem& s) { s.addListener("127.0.1.1", 3000, 77, "node"); },
         {},
         "server.wrong_interface",
         Severity::Error,
         "fix.use_host"},
        {"nothing, a neighbour listens",
         "localhost:3000",
         connect,
         [](FakeSystem& s) { bothLoopbacks(s, 3001); },
         {},
         "server.not_listening",
         Severity::Error,
         "fix.use_port"},
        {"IPv4 only, localhost is ::1 first",
         "localhost:3000",
         connect,
         [](FakeSystem& s) { s.addListener("127.0.0.1", 3000, 77, "node"); },
         {},
         "server.address_family_mismatch",
         Severity::Warning,
         "fix.use_host"},
        {"LAN address only",
         "localhost:3000",
         connect,
         [](FakeSystem& s) { s.addListener("192.168.1.5", 3000, 77, "node"); },
         {},
         "server.wrong_interface",
         Severity::Error,
         nullptr},
        {"accept queue full",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             bothLoopbacks(s, 3000);
             for (auto& socket : s.socketTable) {
                 socket.receiveQueue = 129;
                 socket.sendQueue = 128;
             }
             s.outcomes["127.0.0.1"] = ConnectOutcome::TimedOut;
             s.outcomes["::1"] = ConnectOutcome::TimedOut;
         },
         {},
         "server.not_accepting",
         Severity::Error,
         nullptr},
        {"another user's server",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             s.addListener("127.0.0.1", 3000, 0, nullptr, 1001);
             s.addListener("::1", 3000, 0, nullptr, 1001);
         },
         {},
         "server.owner_hidden",
         Severity::Warning,
         nullptr},
        {"remote host, no answer",
         "example.test:3000",
         connect,
         [](FakeSystem& s) {
             s.names["example.test"] = {IpAddress::v4(192, 0, 2, 10)};
             s.outcomes["192.0.2.10"] = ConnectOutcome::TimedOut;
         },
         {},
         "server.unreachable",
         Severity::Error,
         nullptr},
        {"remote host, answers",
         "example.test:3000",
         connect,
         [](FakeSystem& s) {
             s.names["example.test"] = {IpAddress::v4(192, 0, 2, 10)};
             s.outcomes["192.0.2.10"] = ConnectOutcome::Connected;
         },
         {},
         "server.listening",
         Severity::Ok,
         nullptr},
    };
    return rows;
}

const std::vector<StepScenario>& firewallRows() {
    static const std::vector<StepScenario> rows = {
        {"listener, connects time out",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             bothLoopbacks(s, 3000);
             s.outcomes["127.0.0.1"] = ConnectOutcome::TimedOut;
             s.outcomes["::1"] = ConnectOutcome::TimedOut;
             s.addFirewallSource("nftables", "nft -j list ruleset",
                                 QStringLiteral("linux/firewall/nft-drop.json"));
         },
         {},
         "firewall.dropping",
         Severity::Error,
         nullptr},
        {"listener, connects refused",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             bothLoopbacks(s, 3000);
             s.outcomes["127.0.0.1"] = ConnectOutcome::Refused;
             s.outcomes["::1"] = ConnectOutcome::Refused;
             s.addFirewallSource("nftables", "nft -j list ruleset",
                                 QStringLiteral("linux/firewall/nft-reject.json"));
         },
         {},
         "firewall.rejecting",
         Severity::Error,
         nullptr},
        {"what is active (::1 refused, nothing listens there)",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             s.addListener("127.0.0.1", 3000, 77, "node");
             s.outcomes["::1"] = ConnectOutcome::Refused;
             s.addFirewallSource("nftables", "nft -j list ruleset",
                                 QStringLiteral("linux/firewall/nft-empty.json"));
         },
         {},
         "firewall.state",
         Severity::Info,
         nullptr},
        {"every connect got through: rules not needed",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             bothLoopbacks(s, 3000);
             s.addFirewallSource("nftables", "nft -j list ruleset",
                                 QStringLiteral("linux/firewall/nft-drop.json"));
         },
         {},
         "firewall.not_needed",
         Severity::Info,
         nullptr},
        {"drop, rules need root",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             bothLoopbacks(s, 3000);
             s.outcomes["127.0.0.1"] = ConnectOutcome::TimedOut;
             s.outcomes["::1"] = ConnectOutcome::TimedOut;
             platform::FirewallSource source;
             source.name = "nftables";
             source.command = "nft -j list ruleset";
             source.error = "Operation not permitted";
             source.needsElevation = true;
             s.firewall.sources.push_back(source);
         },
         {},
         "firewall.unreadable",
         Severity::Error,
         nullptr},
    };
    return rows;
}

} // namespace

class TestSteps final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void port_data() { ld::test::addScenarioRows(portRows()); }
    void port() { ld::test::checkScenario(QStringLiteral("port"), portRows()); }
    void server_data() { ld::test::addScenarioRows(serverRows()); }
    void server() { ld::test::checkScenario(QStringLiteral("server"), serverRows()); }
    void firewall_data() { ld::test::addScenarioRows(firewallRows()); }
    void firewall() { ld::test::checkScenario(QStringLiteral("firewall"), firewallRows()); }
    // A healthy target costs no firewall reading (nft, iptables-save): the step says so and skips;
    // one failed connect and the rules are read again.
    void firewallReadOnlyWhenAConnectFailed() {
        for (const bool healthy : {true, false}) {
            FakeSystem system;
            bothLoopbacks(system, 3000);
            if (!healthy)
                system.outcomes["::1"] = ConnectOutcome::TimedOut;
            system.addFirewallSource("nftables", "nft -j list ruleset",
                                     QStringLiteral("linux/firewall/nft-empty.json"));
            const StepResult result = ld::test::runStep(
                QStringLiteral("firewall"), system, QStringLiteral("localhost:3000"), Intent::Connect, {});
            QCOMPARE(system.firewallReads, healthy ? 0 : 1);
            const Finding* skipped = ld::test::findingById(result, QLatin1String("firewall.not_needed"));
            QCOMPARE(skipped != nullptr, healthy);
            if (healthy) {
                QCOMPARE(result.status, StepStatus::Skip);
                QCOMPARE(skipped->evidence.value(QStringLiteral("rules_read")).toBool(true), false);
                QCOMPARE(skipped->evidence.value(QStringLiteral("connections")).toArray().size(),
                         qsizetype(2));
            } else {
                QVERIFY(ld::test::findingById(result, QLatin1String("firewall.dropping")));
            }
        }
    }

    // Facts are computed once however many steps ask.
    void connectsHappenOnce() {
        FakeSystem system;
        bothLoopbacks(system, 3000);
        const TargetParse parsed = TargetParser::parse(QStringLiteral("http://localhost:3000/"));
        QVERIFY(parsed.target);
        Facts facts(system, *parsed.target, Options{});
        facts.setService(ld::test::httpAnswer(200));
        for (const char* id : {"server", "firewall", "conflict", "protocol"})
            StepRegistry::find(QLatin1String(id))->make()->run(facts);
        QCOMPARE(system.connectCalls, 1);
    }
};

QTEST_GUILESS_MAIN(TestSteps)
#include "tst_steps.moc"
