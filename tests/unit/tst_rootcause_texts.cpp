// Texts that do not contradict: a step that could not read something is never shown with ✓, and
// a proxy's 502 is said to be its backend's failure. Steps run on the shared fake system.

#include "support/steptable.h"
#include "wizard/report/report.h"
#include "wizard/steps/forwarders.h"
#include "wizard/steps/registry.h"

#include <QtTest>

using namespace ld::wizard;
using ld::platform::ConnectOutcome;
using ld::test::bothLoopbacks;
using ld::test::FakeSystem;

namespace {

ld::platform::FirewallSource needsRoot(const char* name, const char* command) {
    ld::platform::FirewallSource source;
    source.name = name;
    source.command = command;
    source.error = "Operation not permitted";
    source.needsElevation = true;
    return source;
}

Report reportOf(const QString& input, QList<StepResult> steps) {
    Report r;
    r.target = *TargetParser::parse(input).target;
    r.steps = steps;
    r.settleVerdict();
    return r;
}

// The text report's one line for a step ("[✓] Firewall: ...").
QString stepLine(const Report& r, const QString& stepId) {
    const QString text = reportToText(r, TextStyle{});
    const QString prefix = StepRegistry::name(stepId) + QStringLiteral(": ");
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1Char('[')) && line.mid(4).startsWith(prefix))
            return line;
    return {};
}

} // namespace

class TestRootCauseTexts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unreadableFirewallIsNoTick_data() {
        QTest::addColumn<bool>("ufwInstalled");
        QTest::addRow("nothing readable") << false;
        QTest::addRow("ufw installed, its status needs root") << true;
    }
    void unreadableFirewallIsNoTick() {
        QFETCH(bool, ufwInstalled);
        FakeSystem system;
        // ::1 refused where nothing listens: a failed connect, so the rules are read (not skipped).
        system.addListener("127.0.0.1", 3000, 4312, "node");
        system.outcomes["::1"] = ConnectOutcome::Refused;
        system.firewall.sources.push_back(needsRoot("nftables", "nft -j list ruleset"));
        if (ufwInstalled) {
            // /etc/ufw/ufw.conf is world-readable; `ufw status` is not.
            ld::platform::FirewallSource conf;
            conf.name = "ufw";
            conf.command = "cat /etc/ufw/ufw.conf";
            conf.readable = true;
            conf.text = "ENABLED=no\n";
            system.firewall.sources.push_back(conf);
            system.firewall.sources.push_back(needsRoot("ufw-status", "ufw status verbose"));
        }
        const StepResult firewall =
            ld::test::runStep(QStringLiteral("firewall"), system, QStringLiteral("http://localhost:3000/"));
        QVERIFY2(ld::test::findingById(firewall, QStringLiteral("firewall.unreadable")),
                 qPrintable(ld::test::findingIds(firewall)));
        QVERIFY(firewall.status != StepStatus::Pass);
        for (const Finding& finding : firewall.findings)
            QVERIFY2(finding.title != QStringLiteral("No active firewall found"),
                     "nothing was read, so nothing was found");

        const Report r = reportOf(QStringLiteral("http://localhost:3000/"), {firewall});
        const QString line = stepLine(r, QStringLiteral("firewall"));
        QVERIFY2(!line.isEmpty(), qPrintable(reportToText(r, TextStyle{})));
        QVERIFY2(!line.startsWith(QStringLiteral("[✓]")), qPrintable(line));
        // Not a problem either: the verdict stays ok.
        QVERIFY(!r.problemFound());
    }

    void readableEmptyFirewallIsATick() {
        FakeSystem system;
        system.addListener("127.0.0.1", 3000, 4312, "node");
        system.outcomes["::1"] = ConnectOutcome::Refused;
        system.addFirewallSource("nftables", "nft -j list ruleset",
                                 QStringLiteral("linux/firewall/nft-empty.json"));
        const StepResult firewall =
            ld::test::runStep(QStringLiteral("firewall"), system, QStringLiteral("http://localhost:3000/"));
        QCOMPARE(firewall.status, StepStatus::Pass);
        const Report r = reportOf(QStringLiteral("http://localhost:3000/"), {firewall});
        QVERIFY2(stepLine(r, QStringLiteral("firewall")).startsWith(QStringLiteral("[✓]")),
                 qPrintable(reportToText(r, TextStyle{})));
    }

    void proxyWithItsBackendDown_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QString>("expected");
        QTest::addRow("502") << 502 << QByteArray("Bad Gateway")
                             << QStringLiteral("conflict.gateway_backend_down");
        QTest::addRow("504") << 504 << QByteArray("Gateway Time-out")
                             << QStringLiteral("conflict.gateway_backend_down");
        QTest::addRow("500 is the app itself")
            << 500 << QByteArray("Internal Server Error") << QStringLiteral("protocol.http_error");
    }
    void proxyWithItsBackendDown() {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QString, expected);
        FakeSystem system;
        bothLoopbacks(system, 8080, "nginx");
        const QString input = QStringLiteral("http://localhost:8080/");
        ld::wizard::ServiceProbe probe = ld::test::httpAnswer(status, reason);
        probe.result.http->headers.append({QByteArray("Server"), QByteArray("nginx/1.22.1")});
        const auto seed = [probe](Facts& facts) { facts.setService(probe); };
        const StepResult conflict =
            ld::test::runStep(QStringLiteral("conflict"), system, input, Intent::Connect, seed);
        const StepResult protocol =
            ld::test::runStep(QStringLiteral("protocol"), system, input, Intent::Connect, seed);
        const Report r = reportOf(input, {conflict, protocol});
        QCOMPARE(r.verdict.finding, expected);
        const Finding* gateway =
            ld::test::findingById(conflict, QStringLiteral("conflict.gateway_backend_down"));
        QCOMPARE(gateway != nullptr, status != 500);
        if (!gateway)
            return;
        // The title names the port and the status; the detail names the proxy and what to start.
        QVERIFY2(gateway->title.contains(QStringLiteral("8080")) &&
                     gateway->title.contains(QString::number(status)),
                 qPrintable(gateway->title));
        QVERIFY2(gateway->detail.contains(QStringLiteral("nginx")), qPrintable(gateway->detail));
        if (status == 502) // the backend is down: where to look for the address it forwards to
            QVERIFY2(gateway->detail.contains(QStringLiteral("proxy_pass")), qPrintable(gateway->detail));
        QCOMPARE(r.verdict.explains, QStringList{QStringLiteral("protocol.http_error")});
    }

    // Every forwarder the issue names is recognised, by program and command line; look-alikes are not.
    void forwardersAreNamed_data() {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("inner"); // empty: not a forwarder
        QTest::addRow("docker-proxy") << "docker-proxy"
                                      << "/usr/bin/docker-proxy -proto tcp -host-port 8080"
                                      << "the container";
        QTest::addRow("rootlesskit") << "rootlesskit"
                                     << "rootlesskit --net=slirp4netns dockerd"
                                     << "the container";
        QTest::addRow("containerd shim") << "containerd-shim-runc-v2"
                                         << "containerd-shim-runc-v2 -id abc"
                                         << "the container";
        QTest::addRow("wslrelay") << "wslrelay.exe"
                                  << "wslrelay.exe --mode 2"
                                  << "WSL";
        QTest::addRow("kubectl port-forward") << "kubectl"
                                              << "kubectl port-forward svc/api 8080:80"
                                              << "the pod";
        QTest::addRow("kubectl get is no forwarder") << "kubectl"
                                                     << "kubectl get pods"
                                                     << "";
        QTest::addRow("ssh -L") << "ssh"
                                << "ssh -N -L 5432:db:5432 bastion"
                                << "the remote machine";
        QTest::addRow("plain ssh is no forwarder") << "ssh"
                                                   << "ssh bastion"
                                                   << "";
        QTest::addRow("VS Code server") << "node"
                                        << "/home/a/.vscode-server/bin/x/node server-main.js"
                                        << "the remote or dev container";
        QTest::addRow("socat into a namespace")
            << "socat"
            << "socat TCP-LISTEN:8080,fork EXEC:ip netns exec app socat STDIO TCP:127.0.0.1:80"
            << "the network namespace";
        QTest::addRow("socat to another host") << "socat"
                                               << "socat TCP4-LISTEN:8080,fork,reuseaddr TCP:10.0.0.2:80"
                                               << "10.0.0.2:80";
        QTest::addRow("socat answering itself is no forwarder")
            << "socat"
            << "socat TCP-LISTEN:8080,fork EXEC:/srv/banner.sh"
            << "";
        QTest::addRow("node app is no forwarder") << "node"
                                                  << "node server.js"
                                                  << "";
    }
    void forwardersAreNamed() {
        QFETCH(QString, program);
        QFETCH(QString, command);
        QFETCH(QString, inner);
        ld::platform::ProcessInfo process;
        process.pid = 4242;
        process.program = program.toStdString();
        process.commandLine = command.toStdString();
        const auto forwarder = forwarderOf(process);
        QCOMPARE(forwarder.has_value(), !inner.isEmpty());
        if (forwarder) {
            QCOMPARE(forwarder->inner, inner);
            QVERIFY(!forwarder->name.isEmpty());
        }
    }

    // Serving on port 80 without root: nobody holds it, but "start your server" would contradict the
    // port step, and the verdict is the port step's error.
    void freeButPrivilegedSaysNoStart() {
        FakeSystem system;
        system.policy.unprivilegedStart = 1024;
        for (const char* address : {"127.0.0.1:80", "::1:80", "0.0.0.0:80"})
            system.unbindable.insert(address);
        const QString input = QStringLiteral("localhost:80");
        const StepResult port = ld::test::runStep(QStringLiteral("port"), system, input, Intent::Serve);
        const StepResult conflict =
            ld::test::runStep(QStringLiteral("conflict"), system, input, Intent::Serve);
        const Finding* free = ld::test::findingById(conflict, QStringLiteral("conflict.port_free"));
        QVERIFY2(free, qPrintable(ld::test::findingIds(conflict)));
        QVERIFY2(!free->title.contains(QStringLiteral("start your server")), qPrintable(free->title));
        QVERIFY(free->title.contains(QStringLiteral("80")));
        Report r = reportOf(input, {port, conflict});
        r.intent = Intent::Serve;
        r.settleVerdict();
        QCOMPARE(r.verdict.finding, QStringLiteral("port.privileged"));
        QVERIFY(r.problemFound());
    }

    // A conflict or port finding's title names the port it is about.
    void conflictTitlesNameThePort() {
        FakeSystem system;
        system.addListener("127.0.0.1", 5432, 77, "postgres");
        system.addListener("::1", 5432, 78, "node");
        const ld::wizard::ServiceProbe postgres =
            ld::test::greeting(QStringLiteral("postgresql"), QByteArray("E"));
        const StepResult conflict =
            ld::test::runStep(QStringLiteral("conflict"), system, QStringLiteral("http://localhost:5432/"),
                              Intent::Serve, [postgres](Facts& facts) { facts.setService(postgres); });
        QVERIFY(!conflict.findings.isEmpty());
        for (const Finding& finding : conflict.findings)
            QVERIFY2(finding.title.contains(QStringLiteral("5432")),
                     qPrintable(finding.id + ": " + finding.title));
    }

    // An address typed as a number leads to itself: the title says where the server listens
    // instead of "127.0.0.1 leads to 127.0.0.1".
    void numericAddressNeedsNoLeadsTo() {
        FakeSystem system;
        system.addListener("::1", 3000, 77, "node");
        const StepResult server =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("127.0.0.1:3000"));
        const Finding* mismatch =
            ld::test::findingById(server, QStringLiteral("server.address_family_mismatch"));
        QVERIFY2(mismatch, qPrintable(ld::test::findingIds(server)));
        QVERIFY2(!mismatch->title.contains(QStringLiteral("leads to")), qPrintable(mismatch->title));
        QVERIFY2(mismatch->title.contains(QStringLiteral("3000")) &&
                     mismatch->title.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(mismatch->title));
    }

    // Every protocol finding's title names the port it is about.
    void protocolTitlesNameThePort_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("tls");
        QTest::addRow("200 over http") << "http://localhost:4711/" << 200 << false;
        QTest::addRow("401") << "http://localhost:4711/" << 401 << false;
        QTest::addRow("404 at a path") << "http://localhost:4711/api" << 404 << false;
        QTest::addRow("500") << "http://localhost:4711/" << 500 << false;
        QTest::addRow("HTTPS behind http://") << "http://localhost:4711/" << 200 << true;
        QTest::addRow("HTTP behind https://") << "https://localhost:4711/" << 200 << false;
    }
    void protocolTitlesNameThePort() {
        QFETCH(QString, input);
        QFETCH(int, status);
        QFETCH(bool, tls);
        FakeSystem system;
        bothLoopbacks(system, 4711);
        const StepResult protocol =
            ld::test::runStep(QStringLiteral("protocol"), system, input, Intent::Connect,
                              ld::test::seedService(ld::test::httpAnswer(status, "X", tls)));
        QVERIFY(!protocol.findings.isEmpty());
        for (const Finding& finding : protocol.findings)
            QVERIFY2(finding.title.contains(QStringLiteral("4711")),
                     qPrintable(finding.id + ": " + finding.title));
    }

    // Serving: the server page never sends the user to a port another program holds.
    void servingOffersNoHeldPort() {
        FakeSystem system;
        bothLoopbacks(system, 3001, "python3");
        const StepResult server = ld::test::runStep(QStringLiteral("server"), system,
                                                    QStringLiteral("localhost:3000"), Intent::Serve);
        const Finding* absent = ld::test::findingById(server, QStringLiteral("server.not_listening"));
        QVERIFY2(absent, qPrintable(ld::test::findingIds(server)));
        QVERIFY(!ld::test::hasFix(*absent, QStringLiteral("fix.use_port")));
        // Connecting, the neighbour is offered: it may be the server the user meant.
        const StepResult connect = ld::test::runStep(QStringLiteral("server"), system,
                                                     QStringLiteral("localhost:3000"), Intent::Connect);
        const Finding* missing = ld::test::findingById(connect, QStringLiteral("server.not_listening"));
        QVERIFY2(missing, qPrintable(ld::test::findingIds(connect)));
        QVERIFY(ld::test::hasFix(*missing, QStringLiteral("fix.use_port")));
    }
};

QTEST_GUILESS_MAIN(TestRootCauseTexts)
#include "tst_rootcause_texts.moc"
