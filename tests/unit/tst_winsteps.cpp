// Steps on a Windows machine, through the shared fake: the excluded port ranges parsed from netsh
// outputs recorded on Windows (tests/fixtures/windows/) become the port policy, and a port inside
// one gives port.excluded with a usable port outside every range; the firewall's by-hand command
// has no "sudo" and the stop fix names no signal.

#include "platform/windowstext/netshparse.h"
#include "support/steptable.h"

#include <QFile>
#include <QtTest>

using namespace ld;
using namespace ld::wizard;
using ld::test::FakeSystem;

namespace {

// The Windows policy as WindowsSystem::portPolicy() builds it from the two netsh outputs.
bool loadWindowsPolicy(FakeSystem& system, const QString& fixture) {
    QFile file(QStringLiteral(LD_FIXTURES "/windows/") + fixture);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const auto ranges = platform::parseExcludedPortRanges(file.readAll().toStdString(), platform::Proto::Tcp);
    if (!ranges)
        return false;
    system.policy.unprivilegedStart = 0;
    system.policy.ephemeral = {49152, 65535};
    system.policy.excluded.clear();
    for (const auto& range : *ranges)
        system.policy.excluded.push_back(range.range);
    system.policy.source = "netsh int ipv4 show excludedportrange protocol=tcp";
    return true;
}

int fixPort(const Finding& finding) {
    for (const Fix& fix : finding.fixes)
        if (fix.id == QLatin1String("fix.use_port"))
            return fix.params.value(QStringLiteral("port")).toInt();
    return 0;
}

} // namespace

class TestWinSteps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void excluded_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("serve");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        // English, GitHub's runner: the last table counts (55679 was added by an administrator).
        QTest::newRow("en single port") << "netsh-excludedportrange-tcp-gha-runner-otel-10839.txt"
                                        << "http://localhost:47001/" << false << 47001 << 47001;
        QTest::newRow("en administered, serve") << "netsh-excludedportrange-tcp-gha-runner-otel-10839.txt"
                                                << "localhost:55679" << true << 55679 << 55679;
        // Spanish, the table WSL 2 / Hyper-V left: whole blocks of 100 ports.
        QTest::newRow("es wsl block") << "netsh-excludedportrange-tcp-es-table-only-wsl-5306.txt"
                                      << "localhost:1500" << false << 1425 << 1524;
        QTest::newRow("es wsl block, serve") << "netsh-excludedportrange-tcp-es-table-only-wsl-5306.txt"
                                             << "127.0.0.1:25000" << true << 24902 << 25001;
        QTest::newRow("tcp and udp log")
            << "netsh-excludedportrange-tcp-udp-gha-go-test-log-otel-contrib-10872.txt"
            << "localhost:5986" << false << 5986 << 5986;
    }
    void excluded() {
        QFETCH(QString, fixture);
        QFETCH(QString, input);
        QFETCH(bool, serve);
        QFETCH(int, first);
        QFETCH(int, last);
        FakeSystem system;
        QVERIFY2(loadWindowsPolicy(system, fixture), qPrintable(fixture));
        const StepResult result =
            ld::test::runStep(QStringLiteral("port"), system, input, serve ? Intent::Serve : Intent::Connect);
        const Finding* finding = ld::test::findingById(result, QStringLiteral("port.excluded"));
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(serve ? Severity::Error : Severity::Warning));
        QCOMPARE(finding->evidence.value(QStringLiteral("range_first")).toInt(), first);
        QCOMPARE(finding->evidence.value(QStringLiteral("range_last")).toInt(), last);
        QVERIFY(finding->detail.contains(QStringLiteral("excludedportrange")));
        const int suggested = fixPort(*finding);
        QVERIFY2(suggested >= 1024 && suggested < 49152, qPrintable(QString::number(suggested)));
        for (const auto& range : system.policy.excluded)
            QVERIFY2(!range.contains(std::uint16_t(suggested)), qPrintable(QString::number(suggested)));
    }

    void outsideEveryRange() {
        FakeSystem system;
        QVERIFY(loadWindowsPolicy(system,
                                  QStringLiteral("netsh-excludedportrange-tcp-es-table-only-wsl-5306.txt")));
        for (const char* input : {"localhost:3000", "localhost:1024", "localhost:1625", "localhost:26213"}) {
            const StepResult result = ld::test::runStep(QStringLiteral("port"), system, QLatin1String(input));
            QVERIFY2(!ld::test::findingById(result, QStringLiteral("port.excluded")), input);
        }
        // No privileged ports on Windows: port 80 is not port.privileged there.
        const StepResult web =
            ld::test::runStep(QStringLiteral("port"), system, QStringLiteral("localhost:80"));
        QVERIFY(!ld::test::findingById(web, QStringLiteral("port.privileged")));
    }

    // The firewall could not be read without elevation (netsh's "requires elevation"): the
    // command to type is the netsh one as is, in an administrator prompt; on Linux it has sudo.
    void firewallUnreadableSaysRunAsAdministrator() {
        for (const std::string os : {"windows", "linux"}) {
            FakeSystem system;
            system.os = os;
            system.addListener("127.0.0.1", 3000, 4312, "node.exe");
            system.outcomes["127.0.0.1"] = platform::ConnectOutcome::TimedOut;
            system.outcomes["::1"] = platform::ConnectOutcome::TimedOut;
            platform::FirewallSource source;
            source.name = "windows-firewall";
            source.command = "netsh advfirewall show allprofiles";
            source.error = "The requested operation requires elevation.";
            source.needsElevation = true;
            system.firewall.sources.push_back(source);
            const StepResult result =
                ld::test::runStep(QStringLiteral("firewall"), system, QStringLiteral("localhost:3000"));
            const Finding* finding = ld::test::findingById(result, QStringLiteral("firewall.unreadable"));
            QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
            const QString command = finding->evidence.value(QStringLiteral("command")).toString();
            if (os == "windows") {
                QCOMPARE(command, QStringLiteral("netsh advfirewall show allprofiles"));
                QVERIFY2(!finding->detail.contains(QStringLiteral("sudo")), qPrintable(finding->detail));
                QVERIFY2(finding->detail.contains(QStringLiteral("Run as administrator")),
                         qPrintable(finding->detail));
            } else {
                QCOMPARE(command, QStringLiteral("sudo netsh advfirewall show allprofiles"));
            }
        }
    }

    // Stopping the program that holds the port: Windows asks it to close (WM_CLOSE), no SIGTERM.
    void stopFixNamesNoSignalOnWindows() {
        FakeSystem system;
        system.os = "windows";
        system.addListener("127.0.0.1", 3000, 4312, "python.exe", 1000, "python.exe -m http.server 3000");
        system.addListener("::1", 3000, 4312, "python.exe", 1000, "python.exe -m http.server 3000");
        const StepResult result = ld::test::runStep(QStringLiteral("conflict"), system,
                                                    QStringLiteral("localhost:3000"), Intent::Serve);
        const Finding* finding = ld::test::findingById(result, QStringLiteral("conflict.port_in_use"));
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        const Fix* stop = nullptr;
        for (const Fix& fix : finding->fixes)
            if (fix.id == QLatin1String("fix.stop_process"))
                stop = &fix;
        QVERIFY(stop);
        QVERIFY2(!stop->preview.contains(QStringLiteral("SIGTERM")), qPrintable(stop->preview));
        QVERIFY2(stop->preview.startsWith(QStringLiteral("Ask python.exe (pid 4312) to close")),
                 qPrintable(stop->preview));
    }
};

QTEST_GUILESS_MAIN(TestWinSteps)
#include "tst_winsteps.moc"
