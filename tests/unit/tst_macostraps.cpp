// The macOS traps (wizard/steps/macostraps.cpp) as the conflict and firewall steps report them, on
// the shared fake system: AirPlay Receiver holding a port, the Application Firewall in block-all
// mode (socketfilterfw's recorded words), Local Network privacy refusing a LAN address with
// EHOSTUNREACH while loopback works. Then which finding the report names as the root cause.

#include "support/steptable.h"
#include "wizard/report/report.h"
#include "wizard/steps/macostraps.h"

#include <QNetworkInterface>
#include <QtTest>

using namespace ld;
using namespace ld::wizard;
using ld::test::FakeSystem;
using platform::ConnectOutcome;

namespace {

constexpr const char* kControlCenter =
    "/System/Library/CoreServices/ControlCenter.app/Contents/MacOS/ControlCenter";

FakeSystem mac(const std::string& version = "macOS 15.1") {
    FakeSystem fake;
    fake.os = "macos";
    fake.version = version;
    fake.uid = 501;
    return fake;
}

void airPlayOn(FakeSystem& fake, std::uint16_t port, const char* program = "ControlCenter") {
    fake.addListener("0.0.0.0", port, 687, program, 501, kControlCenter);
    fake.addListener("::", port, 687, program, 501, kControlCenter);
}

void appFirewall(FakeSystem& fake, const char* fixture) {
    fake.addFirewallSource("application-firewall",
                           "/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate --getblockall "
                           "--getstealthmode",
                           QStringLiteral("macos/") + QLatin1String(fixture));
}

// This machine's own non-loopback IPv4 address (the engine asks the real interfaces whether an
// address is this computer's), or empty.
QString ownAddress() {
    for (const QHostAddress& address : QNetworkInterface::allAddresses())
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
            !address.isLinkLocal())
            return address.toString();
    return {};
}

Report settle(const QList<StepResult>& steps, const QString& input) {
    Report report;
    report.target = *TargetParser::parse(input).target;
    report.steps = steps;
    report.settleVerdict();
    return report;
}

QString evidenceText(const Finding* finding) {
    return finding ? QString::fromUtf8(QJsonDocument(finding->evidence).toJson(QJsonDocument::Compact))
                   : QString();
}

} // namespace

class TestMacosTraps final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void airPlayReceiver_data();
    void airPlayReceiver();
    void airPlayByServerHeader();
    void ownServerBoundToTheAddress();
    void airPlayExplainsPortInUse();
    void blockAll_data();
    void blockAll();
    void blockAllOnOwnAddress();
    void firewallState();
    void localNetwork_data();
    void localNetwork();
    void localNetworkOwnAddress();
    void majorVersion();
};

void TestMacosTraps::airPlayReceiver_data() {
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("program");
    QTest::addColumn<int>("intent");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("path");
    QTest::addRow("Sequoia, connect") << "macOS 15.1"
                                      << "ControlCenter" << int(Intent::Connect) << true
                                      << "System Settings › General › AirDrop & Handoff › AirPlay Receiver";
    QTest::addRow("Ventura, serve") << "macOS 13.6"
                                    << "ControlCenter" << int(Intent::Serve) << true
                                    << "System Settings › General › AirDrop & Handoff › AirPlay Receiver";
    QTest::addRow("Monterey") << "macOS 12.7.4"
                              << "ControlCenter" << int(Intent::Serve) << true
                              << "System Preferences › Sharing › AirPlay Receiver";
    QTest::addRow("version unknown: both paths")
        << "unknown"
        << "ControlCenter" << int(Intent::Connect) << true << "(macOS 12)";
    QTest::addRow("Flask itself") << "macOS 15.1"
                                  << "Python" << int(Intent::Connect) << false << "";
}

void TestMacosTraps::airPlayReceiver() {
    QFETCH(QString, version);
    QFETCH(QString, program);
    QFETCH(int, intent);
    QFETCH(bool, found);
    QFETCH(QString, path);
    FakeSystem fake = mac(version.toStdString());
    const QByteArray name = program.toUtf8();
    if (program == QLatin1String("ControlCenter"))
        airPlayOn(fake, 5000);
    else
        fake.addListener("127.0.0.1", 5000, 4100, name.constData(), 501, "python3 -m flask run");
    const StepResult result =
        test::runStep(QStringLiteral("conflict"), fake, QStringLiteral("localhost:5000"), Intent(intent),
                      [](Facts& facts) { facts.setService(test::httpAnswer(403, "Forbidden")); });
    const Finding* airPlay = test::findingById(result, QStringLiteral("conflict.airplay_receiver"));
    QCOMPARE(bool(airPlay), found);
    if (!found)
        return;
    QCOMPARE(airPlay->severity, Severity::Error);
    QVERIFY2(airPlay->detail.contains(path), qPrintable(airPlay->detail));
    QCOMPARE(airPlay->evidence.value(QStringLiteral("pid")).toInteger(), 687);
    QVERIFY(airPlay->title.contains(QStringLiteral("5000")));
    // Stopping ControlCenter is no fix (launchd restarts it): another port is.
    QVERIFY(test::hasFix(*airPlay, QStringLiteral("fix.suggest_free_port")));
    QVERIFY(!test::hasFix(*airPlay, QStringLiteral("fix.stop_process")));
}

void TestMacosTraps::airPlayByServerHeader() {
    // The owner can't be read (lsof refused): AirPlay still says who it is in its Server header.
    for (const QByteArray& server :
         {QByteArray("AirTunes/860.7.1"), QByteArray("Werkzeug/3.0.1 Python/3.12.2")}) {
        FakeSystem fake = mac();
        fake.addListener("0.0.0.0", 7000, 0, nullptr, 501);
        const StepResult result =
            test::runStep(QStringLiteral("conflict"), fake, QStringLiteral("http://localhost:7000/"),
                          Intent::Connect, [&server](Facts& facts) {
                              ServiceProbe probe = test::httpAnswer(403, "Forbidden");
                              probe.result.http->headers = {{"Server", server}, {"Content-Length", "0"}};
                              facts.setService(probe);
                          });
        const Finding* airPlay = test::findingById(result, QStringLiteral("conflict.airplay_receiver"));
        QCOMPARE(bool(airPlay), server.startsWith("AirTunes"));
        if (airPlay)
            QCOMPARE(airPlay->evidence.value(QStringLiteral("server_header")).toString(),
                     QString::fromLatin1(server));
    }
}

void TestMacosTraps::ownServerBoundToTheAddress() {
    // Flask on 127.0.0.1:5000 beside ControlCenter's wildcards: 127.0.0.1 reaches Flask (the more
    // specific bind wins), but localhost tries ::1 first, where AirPlay answers.
    FakeSystem fake = mac();
    airPlayOn(fake, 5000);
    fake.addListener("127.0.0.1", 5000, 4100, "Python", 501, "python3 -m flask run");
    const auto airPlayFor = [&fake](const QString& input) {
        const StepResult result =
            test::runStep(QStringLiteral("conflict"), fake, input, Intent::Connect,
                          [](Facts& facts) { facts.setService(test::httpAnswer(200)); });
        return test::findingById(result, QStringLiteral("conflict.airplay_receiver")) != nullptr;
    };
    QVERIFY(!airPlayFor(QStringLiteral("http://127.0.0.1:5000/")));
    QVERIFY(airPlayFor(QStringLiteral("http://localhost:5000/")));
    QVERIFY(airPlayFor(QStringLiteral("http://[::1]:5000/")));
}

void TestMacosTraps::airPlayExplainsPortInUse() {
    FakeSystem fake = mac();
    airPlayOn(fake, 5000);
    const StepResult conflict =
        test::runStep(QStringLiteral("conflict"), fake, QStringLiteral("localhost:5000"), Intent::Serve);
    QVERIFY2(test::findingById(conflict, QStringLiteral("conflict.port_in_use")),
             qPrintable(test::findingIds(conflict)));
    Report report = settle({conflict}, QStringLiteral("localhost:5000"));
    report.intent = Intent::Serve;
    report.settleVerdict();
    QCOMPARE(report.verdict.finding, QStringLiteral("conflict.airplay_receiver"));
    QVERIFY(report.verdict.explains.contains(QStringLiteral("conflict.port_in_use")));
}

void TestMacosTraps::blockAll_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("blocksAll");
    QTest::addRow("new wording: block all enabled, stealth")
        << "socketfilterfw-getters-new-wording.txt" << true;
    QTest::addRow("State = 2 (recorded)") << "socketfilterfw-globalstate-state2-blocking.txt" << true;
    QTest::addRow("block all disabled (recorded)")
        << "socketfilterfw-globalstate-blockall-disabled.txt" << false;
    QTest::addRow("Block all DISABLED! (recorded)")
        << "socketfilterfw-four-getters-alf-error-pareto-139.txt" << false;
}

void TestMacosTraps::blockAll() {
    QFETCH(QString, fixture);
    QFETCH(bool, blocksAll);
    FakeSystem fake = mac("macOS 14.5");
    appFirewall(fake, fixture.toUtf8().constData());
    fake.addListener("127.0.0.1", 3000, 4312, "node", 501, "node server.js");
    // ::1 refused where nothing listens: a failed connect, so the firewall is read, not skipped.
    fake.outcomes["::1"] = ConnectOutcome::Refused;
    const StepResult result =
        test::runStep(QStringLiteral("firewall"), fake, QStringLiteral("http://localhost:3000/"));
    const Finding* blockAll = test::findingById(result, QStringLiteral("firewall.block_all"));
    QCOMPARE(bool(blockAll), blocksAll);
    QVERIFY(result.status != StepStatus::Skip); // the Application Firewall was read: the step checked
    if (!blockAll)
        return;
    // On loopback it is said, not blamed: the verdict of a healthy check stays ok.
    QCOMPARE(blockAll->severity, Severity::Info);
    QVERIFY2(blockAll->detail.contains(QStringLiteral("System Settings › Network › Firewall › Options…")),
             qPrintable(blockAll->detail));
    QVERIFY(blockAll->detail.contains(QStringLiteral("socketfilterfw --setblockall off")));
    QCOMPARE(settle({result}, QStringLiteral("http://localhost:3000/")).verdict.finding,
             QStringLiteral("ok"));
}

void TestMacosTraps::blockAllOnOwnAddress() {
    const QString own = ownAddress();
    if (own.isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address to play the Mac's LAN address");
    const QString input = QStringLiteral("http://%1:3000/").arg(own);
    FakeSystem fake = mac("macOS 12.7");
    appFirewall(fake, "socketfilterfw-getters-new-wording.txt");
    fake.addListener("0.0.0.0", 3000, 4312, "node", 501, "node server.js");

    // Reached: still a warning, as no other device can reach it.
    StepResult result = test::runStep(QStringLiteral("firewall"), fake, input);
    const Finding* reached = test::findingById(result, QStringLiteral("firewall.block_all"));
    QVERIFY2(reached, qPrintable(test::findingIds(result)));
    QCOMPARE(reached->severity, Severity::Warning);
    QVERIFY2(reached->detail.contains(QStringLiteral("System Preferences › Security & Privacy › Firewall")),
             qPrintable(reached->detail));

    // Stealth mode drops the connection: the firewall's block-all mode is the root cause.
    fake.outcomes[own.toStdString()] = ConnectOutcome::TimedOut;
    result = test::runStep(QStringLiteral("firewall"), fake, input);
    const Finding* blocked = test::findingById(result, QStringLiteral("firewall.block_all"));
    QVERIFY2(blocked && test::findingById(result, QStringLiteral("firewall.dropping")),
             qPrintable(test::findingIds(result)));
    QCOMPARE(blocked->severity, Severity::Error);
    const Report report = settle({result}, input);
    QCOMPARE(report.verdict.finding, QStringLiteral("firewall.block_all"));
    QVERIFY(report.verdict.explains.contains(QStringLiteral("firewall.dropping")));
}

void TestMacosTraps::firewallState() {
    FakeSystem fake = mac();
    appFirewall(fake, "socketfilterfw-four-getters-alf-error-pareto-139.txt");
    fake.addFirewallSource("application-firewall-apps",
                           "/usr/libexec/ApplicationFirewall/socketfilterfw --listapps",
                           QStringLiteral("macos/socketfilterfw-listapps-old-format.txt"));
    const StepResult result =
        test::runStep(QStringLiteral("firewall"), fake, QStringLiteral("localhost:3000"));
    const Finding* state = test::findingById(result, QStringLiteral("firewall.state"));
    QVERIFY(state);
    QCOMPARE(state->title, QStringLiteral("Active firewall: macOS Application Firewall"));
    QVERIFY2(state->detail.contains(QStringLiteral("blocks incoming connections for /usr/local/bin/node")),
             qPrintable(state->detail));

    FakeSystem off = mac();
    appFirewall(off, "socketfilterfw-globalstate-blockall-disabled.txt");
    const StepResult none = test::runStep(QStringLiteral("firewall"), off, QStringLiteral("localhost:3000"));
    QCOMPARE(test::findingById(none, QStringLiteral("firewall.state"))->title,
             QStringLiteral("No active firewall found"));
}

void TestMacosTraps::localNetwork_data() {
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("found");
    const int unreachable = int(ConnectOutcome::Unreachable);
    QTest::addRow("Sequoia, 192.168/16") << "macos"
                                         << "macOS 15.1"
                                         << "192.168.1.50" << unreachable << true;
    QTest::addRow("Tahoe, 10/8") << "macos"
                                 << "macOS 26.0"
                                 << "10.0.0.7" << unreachable << true;
    QTest::addRow("link-local IPv6") << "macos"
                                     << "macOS 15.0"
                                     << "fe80::1c2a:3bff:fe4d:5e6f" << unreachable << true;
    QTest::addRow("Sonoma: no such privacy") << "macos"
                                             << "macOS 14.6"
                                             << "192.168.1.50" << unreachable << false;
    QTest::addRow("Linux") << "linux"
                           << "Debian 12"
                           << "192.168.1.50" << unreachable << false;
    QTest::addRow("a public address") << "macos"
                                      << "macOS 15.1"
                                      << "198.51.100.7" << unreachable << false;
    QTest::addRow("timed out: not the privacy check")
        << "macos"
        << "macOS 15.1"
        << "192.168.1.50" << int(ConnectOutcome::TimedOut) << false;
}

void TestMacosTraps::localNetwork() {
    QFETCH(QString, os);
    QFETCH(QString, version);
    QFETCH(QString, address);
    QFETCH(int, outcome);
    QFETCH(bool, found);
    FakeSystem fake = mac(version.toStdString());
    fake.os = os.toStdString();
    fake.outcomes[address.toStdString()] = ConnectOutcome(outcome);
    fake.addListener("127.0.0.1", 8080, 4312, "node"); // loopback works
    const bool v6 = address.contains(QLatin1Char(':'));
    const QString input =
        QStringLiteral("http://%1:8080/").arg(v6 ? QLatin1Char('[') + address + QLatin1Char(']') : address);
    const StepResult result = test::runStep(QStringLiteral("firewall"), fake, input);
    const Finding* denied = test::findingById(result, QStringLiteral("firewall.local_network_denied"));
    QCOMPARE(bool(denied), found);
    if (!denied)
        return;
    QCOMPARE(denied->severity, Severity::Warning); // another device: it may also be off
    QVERIFY2(denied->detail.contains(QStringLiteral("System Settings › Privacy & Security › Local Network")),
             qPrintable(denied->detail));
    QVERIFY(evidenceText(denied).contains(QStringLiteral("\"outcome\":\"unreachable\"")));
}

void TestMacosTraps::localNetworkOwnAddress() {
    const QString own = ownAddress();
    if (own.isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address to play the Mac's LAN address");
    const QString input = QStringLiteral("http://%1:8080/").arg(own);
    FakeSystem fake = mac("macOS 15.2");
    fake.addListener("0.0.0.0", 8080, 4312, "node", 501, "node server.js");
    fake.outcomes[own.toStdString()] = ConnectOutcome::Unreachable;

    StepResult result = test::runStep(QStringLiteral("firewall"), fake, input);
    const Finding* denied = test::findingById(result, QStringLiteral("firewall.local_network_denied"));
    QVERIFY2(denied, qPrintable(test::findingIds(result)));
    QCOMPARE(denied->severity, Severity::Error);
    QVERIFY(evidenceText(denied).contains(QStringLiteral("\"loopback_control\"")));
    const Report report = settle({result}, input);
    QCOMPARE(report.verdict.finding, QStringLiteral("firewall.local_network_denied"));
    QVERIFY2(report.verdict.explains.contains(QStringLiteral("firewall.rejecting")),
             qPrintable(report.verdict.explains.join(u',')));

    // The differential fails too: loopback is refused, so nothing is concluded about the privacy.
    fake.outcomes["127.0.0.1:8080"] = ConnectOutcome::Refused;
    result = test::runStep(QStringLiteral("firewall"), fake, input);
    QVERIFY(!test::findingById(result, QStringLiteral("firewall.local_network_denied")));
}

void TestMacosTraps::majorVersion() {
    QCOMPARE(macos::macMajorVersion("macOS 15.1"), 15);
    QCOMPARE(macos::macMajorVersion("macOS 26.0.1"), 26);
    QCOMPARE(macos::macMajorVersion("unknown"), 0);
    QCOMPARE(macos::macMajorVersion(""), 0);
}

QTEST_GUILESS_MAIN(TestMacosTraps)
#include "tst_macostraps.moc"
