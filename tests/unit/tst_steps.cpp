// Every step as a table: a fake system (and seeded facts) in, the finding id, severity and fixes out.
// No root, no peers, no network: each row builds the situation the finding stands for.

#include "support/steptable.h"
#include "wizard/steps/registry.h"

#include <QtTest>

using namespace ld;
using namespace ld::wizard;
using ld::test::FakeSystem;
using platform::ConnectOutcome;
using platform::IpAddress;

namespace {

struct Scenario {
    const char* name;
    const char* input;
    Intent intent;
    std::function<void(FakeSystem&)> arrange;
    ld::test::FactsSeed seed;
    const char* finding;
    Severity severity;
    const char* fix; // a fix the finding must offer, or nullptr
};

const auto nothing = [](FakeSystem&) {};
const Intent connect = Intent::Connect;
const Intent serve = Intent::Serve;

void bothLoopbacks(FakeSystem& s, std::uint16_t port, const char* program = "node") {
    s.addListener("127.0.0.1", port, 4312, program);
    s.addListener("::1", port, 4312, program);
}

ld::test::FactsSeed seedService(ServiceProbe probe) {
    return [probe](Facts& facts) { facts.setService(probe); };
}

ServiceProbe tlsWith(CertProblem problem) {
    ServiceProbe probe = ld::test::httpAnswer(200, "OK", true);
    probe.result.tlsInfo->problems = {problem};
    probe.result.tlsInfo->subject = QStringLiteral("CN=localhost");
    probe.result.tlsInfo->issuer = QStringLiteral("CN=localhost");
    return probe;
}

const std::vector<Scenario>& scenarios(const QString& step) {
    static const std::map<QString, std::vector<Scenario>> table = {
        {QStringLiteral("port"),
         {
             {"typo above 65535",
              "localhost:619009",
              connect,
              [](FakeSystem& s) { bothLoopbacks(s, 61900); },
              {},
              "port.out_of_range",
              Severity::Error,
              "fix.use_port"},
             {"letters",
              "localhost:abc",
              connect,
              nothing,
              {},
              "port.not_a_number",
              Severity::Error,
              nullptr},
             {"zero", "localhost:0", connect, nothing, {}, "port.zero", Severity::Error, nullptr},
             {"scheme default",
              "http://localhost",
              connect,
              nothing,
              {},
              "port.missing",
              Severity::Info,
              nullptr},
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
             {"ephemeral",
              "localhost:40000",
              connect,
              nothing,
              {},
              "port.ephemeral",
              Severity::Info,
              nullptr},
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
         }},
        {QStringLiteral("server"),
         {
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
         }},
        {QStringLiteral("firewall"),
         {
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
         }},
        {QStringLiteral("conflict"),
         {
             {"serve, free",
              "localhost:3000",
              serve,
              nothing,
              {},
              "conflict.port_free",
              Severity::Ok,
              nullptr},
             {"serve, held",
              "localhost:3000",
              serve,
              [](FakeSystem& s) { bothLoopbacks(s, 3000, "python3"); },
              {},
              "conflict.port_in_use",
              Severity::Error,
              "fix.stop_process"},
             {"two programs",
              "localhost:3000",
              connect,
              [](FakeSystem& s) {
                  s.addListener("127.0.0.1", 3000, 10, "node");
                  s.addListener("::1", 3000, 11, "python3");
              },
              {},
              "conflict.multiple_listeners",
              Severity::Warning,
              nullptr},
             {"a database where a web server was meant", "http://localhost:5432/", connect,
              [](FakeSystem& s) { bothLoopbacks(s, 5432, "postgres"); },
              seedService(ld::test::greeting(QStringLiteral("postgresql"), "E\x00\x00\x00\x10SFATAL")),
              "conflict.unexpected_program", Severity::Error, nullptr},
         }},
        {QStringLiteral("protocol"),
         {
             {"http 200", "http://localhost:3000/", connect, nothing, seedService(ld::test::httpAnswer(200)),
              "protocol.http_ok", Severity::Ok, nullptr},
             {"https 200", "https://localhost:3000/", connect, nothing,
              seedService(ld::test::httpAnswer(200, "OK", true)), "protocol.https_ok", Severity::Ok, nullptr},
             {"TLS behind http://", "http://localhost:3000/", connect, nothing,
              seedService(ld::test::httpAnswer(200, "OK", true)), "protocol.tls_expected", Severity::Error,
              "fix.use_url"},
             {"plain behind https://", "https://localhost:3000/", connect, nothing,
              seedService(ld::test::httpAnswer(200)), "protocol.plain_expected", Severity::Error,
              "fix.use_url"},
             {"self-signed", "https://localhost:3000/", connect, nothing,
              seedService(tlsWith(CertProblem::SelfSigned)), "protocol.tls_untrusted", Severity::Warning,
              nullptr},
             {"handshake fails", "https://localhost:3000/", connect, nothing,
              [](Facts& facts) {
                  ServiceProbe probe =
                      ld::test::greeting(QStringLiteral("tls"), "\x15\x03\x03\x00\x02\x02\x28");
                  probe.result.tls = true;
                  TlsInfo info;
                  info.failure = QStringLiteral("handshake failure");
                  probe.result.tlsInfo = info;
                  facts.setService(probe);
              },
              "protocol.tls_handshake_failed", Severity::Error, nullptr},
             {"ssh", "http://localhost:2222/", connect, nothing,
              seedService(ld::test::greeting(QStringLiteral("ssh"), "SSH-2.0-OpenSSH_9.2p1\r\n")),
              "protocol.not_http", Severity::Error, nullptr},
             {"silent", "http://localhost:3000/", connect, nothing,
              [](Facts& facts) {
                  ServiceProbe probe = ld::test::greeting(QString(), {});
                  probe.result.silent = true;
                  probe.result.waitedMs = 300;
                  facts.setService(probe);
              },
              "protocol.no_response", Severity::Error, nullptr},
             {"reset by the server", "http://localhost:3000/", connect, nothing,
              [](Facts& facts) {
                  ServiceProbe probe = ld::test::greeting(QString(), {});
                  probe.result.closedSilently = true;
                  platform::Exchange witness;
                  witness.supported = witness.connected = witness.reset = true;
                  witness.errorText = "Connection reset by peer";
                  probe.witness = witness;
                  facts.setService(probe);
              },
              "protocol.reset", Severity::Error, nullptr},
             {"closed without a word", "http://localhost:3000/", connect, nothing,
              [](Facts& facts) {
                  ServiceProbe probe = ld::test::greeting(QString(), {});
                  probe.result.closedSilently = true;
                  platform::Exchange witness;
                  witness.supported = witness.connected = witness.closed = true;
                  probe.witness = witness;
                  facts.setService(probe);
              },
              "protocol.no_response", Severity::Error, nullptr},
             {"404", "http://localhost:3000/api", connect, nothing,
              seedService(ld::test::httpAnswer(404, "Not Found")), "protocol.http_error", Severity::Error,
              nullptr},
             {"tcp target", "tcp://localhost:6379", connect, nothing,
              seedService(ld::test::greeting(QStringLiteral("redis"), "-ERR unknown command\r\n")),
              "protocol.identified", Severity::Info, nullptr},
         }},
        {QStringLiteral("proxy"),
         {
             {"no proxy",
              "http://localhost:3000/",
              connect,
              nothing,
              {},
              "proxy.none",
              Severity::Ok,
              nullptr},
             {"proxy without NO_PROXY",
              "http://localhost:3000/",
              connect,
              [](FakeSystem& s) { s.env["HTTP_PROXY"] = "http://proxy.corp:3128"; },
              {},
              "proxy.localhost_via_proxy",
              Severity::Error,
              "fix.set_no_proxy"},
             {"proxy with NO_PROXY",
              "http://localhost:3000/",
              connect,
              [](FakeSystem& s) {
                  s.env["HTTP_PROXY"] = "http://proxy.corp:3128";
                  s.env["http_proxy"] = "http://proxy.corp:3128";
                  s.env["NO_PROXY"] = "localhost,127.0.0.1,::1";
                  s.env["no_proxy"] = "localhost,127.0.0.1,::1";
              },
              {},
              "proxy.bypassed",
              Severity::Ok,
              nullptr},
             {"remote through the proxy",
              "http://example.test:3000/",
              connect,
              [](FakeSystem& s) {
                  s.names["example.test"] = {IpAddress::v4(192, 0, 2, 10)};
                  s.env["HTTP_PROXY"] = "http://proxy.corp:3128";
              },
              {},
              "proxy.remote_via_proxy",
              Severity::Info,
              nullptr},
         }},
    };
    return table.at(step);
}

} // namespace

class TestSteps final : public QObject {
    Q_OBJECT

    static void rows(const QString& step) {
        QTest::addColumn<int>("index");
        const auto& list = scenarios(step);
        for (int i = 0; i < int(list.size()); ++i)
            QTest::addRow("%s", list[size_t(i)].name) << i;
    }

    static void check(const QString& step) {
        QFETCH(int, index);
        const Scenario& row = scenarios(step)[size_t(index)];
        FakeSystem system;
        system.policy.unprivilegedStart = 1024;
        system.policy.ephemeral = {32768, 60999};
        row.arrange(system);
        const StepResult result =
            ld::test::runStep(step, system, QString::fromUtf8(row.input), row.intent, row.seed);
        QCOMPARE(result.id, step);
        const Finding* finding = ld::test::findingById(result, QLatin1String(row.finding));
        QVERIFY2(finding, qPrintable(QStringLiteral("expected %1, got: %2")
                                         .arg(QLatin1String(row.finding), ld::test::findingIds(result))));
        QCOMPARE(severityName(finding->severity), severityName(row.severity));
        QVERIFY2(!finding->title.isEmpty() && !finding->detail.isEmpty(), row.finding);
        if (row.fix)
            QVERIFY2(ld::test::hasFix(*finding, QLatin1String(row.fix)),
                     qPrintable(QStringLiteral("%1 offers no %2").arg(finding->id, QLatin1String(row.fix))));
        // A finding a step concludes is in the catalogue's row for that step.
        QVERIFY(!result.findings.isEmpty());
    }

private Q_SLOTS:
    void port_data() { rows(QStringLiteral("port")); }
    void port() { check(QStringLiteral("port")); }
    void server_data() { rows(QStringLiteral("server")); }
    void server() { check(QStringLiteral("server")); }
    void firewall_data() { rows(QStringLiteral("firewall")); }
    void firewall() { check(QStringLiteral("firewall")); }
    void conflict_data() { rows(QStringLiteral("conflict")); }
    void conflict() { check(QStringLiteral("conflict")); }
    void protocol_data() { rows(QStringLiteral("protocol")); }
    void protocol() { check(QStringLiteral("protocol")); }
    void proxy_data() { rows(QStringLiteral("proxy")); }
    void proxy() { check(QStringLiteral("proxy")); }

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
