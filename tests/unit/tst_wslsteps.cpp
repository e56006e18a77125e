// The server step on a Windows machine with WSL 2, through the shared fake: the WSL facts are what
// WindowsSystem::wsl() makes of wsl.exe's output (recorded `wsl -l -v` tables, fed as the UTF-16LE
// wsl.exe writes) and of .wslconfig files (tests/fixtures/windows/). A relay-owned listener, no
// listener while a distro runs (localhost forwarding off, on, mirrored mode), and WSL absent.

#include "platform/windowstext/wslparse.h"
#include "support/steptable.h"

#include <QtTest>

using namespace ld;
using namespace ld::wizard;
using ld::test::FakeSystem;
using platform::ConnectOutcome;

namespace {

QByteArray asWslExeWritesIt(const QByteArray& utf8) {
    QByteArray crlf = utf8;
    crlf.replace("\r\n", "\n").replace("\n", "\r\n");
    QByteArray out;
    for (const QChar c : QString::fromUtf8(crlf)) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

// A Windows machine whose WSL facts come from a recorded `wsl -l -v` and a .wslconfig fixture
// (empty name: the user has no .wslconfig), as windows_os::wslFacts() builds them.
bool windowsWithWsl(FakeSystem& system, const QString& listFixture, const QString& configFixture) {
    system.os = "windows";
    platform::WslFacts& wsl = system.wslFacts;
    wsl.applicable = true;
    wsl.wslExePresent = true;
    wsl.wslExe = "C:\\Windows\\System32\\wsl.exe";
    wsl.listCommand = "\"C:\\Windows\\System32\\wsl.exe\" -l -v";
    const QByteArray list = asWslExeWritesIt(ld::test::readFixture(QStringLiteral("windows/") + listFixture));
    if (list.isEmpty())
        return false;
    wsl.listText = platform::consoleTextToUtf8(std::string_view(list.constData(), std::size_t(list.size())));
    const auto distros = platform::parseWslListVerbose(wsl.listText);
    if (!distros)
        return false;
    wsl.listed = true;
    wsl.distros = *distros;
    wsl.config.path = "C:\\Users\\ana\\.wslconfig";
    if (configFixture.isEmpty())
        return true;
    const QByteArray text = ld::test::readFixture(QStringLiteral("windows/") + configFixture);
    if (text.isEmpty())
        return false;
    wsl.config = platform::parseWslConfig(platform::consoleTextToUtf8(text.toStdString()));
    wsl.config.path = "C:\\Users\\ana\\.wslconfig";
    wsl.config.exists = wsl.config.readable = true;
    return true;
}

void relayOnBothLoopbacks(FakeSystem& system, std::uint16_t port) {
    system.addListener("127.0.0.1", port, 5120, "wslrelay.exe", 1000,
                       "C:\\Program Files\\WSL\\wslrelay.exe --mode 2 --vm-id {5d7b} --handle 1844");
    system.addListener("::1", port, 5120, "wslrelay.exe", 1000,
                       "C:\\Program Files\\WSL\\wslrelay.exe --mode 2 --vm-id {5d7b} --handle 1844");
}

const Finding* inWsl(const StepResult& result) {
    return ld::test::findingById(result, QStringLiteral("server.in_wsl"));
}

#define VERIFY_CONTAINS(text, part) QVERIFY2((text).contains(QStringLiteral(part)), qPrintable(text))

} // namespace

class TestWslSteps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Default settings (no .wslconfig): NAT with localhost forwarding; the relay works.
    void relayOwnedListenerDefaultConfig() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system, QStringLiteral("wsl-list-verbose-en-one-running-wsl-9750.txt"), {}));
        relayOnBothLoopbacks(system, 3000);
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(Severity::Info));
        QVERIFY(ld::test::findingById(result, QStringLiteral("server.listening")));
        // The generic forwarder finding would say "127.0.0.1 inside WSL is not forwarded": wrong for WSL.
        QVERIFY2(!ld::test::findingById(result, QStringLiteral("server.forwarder")),
                 qPrintable(ld::test::findingIds(result)));
        VERIFY_CONTAINS(finding->title, "inside WSL (Ubuntu)");
        VERIFY_CONTAINS(finding->detail, "wslrelay.exe (pid 5120)");
        VERIFY_CONTAINS(finding->detail, "networkingMode=mirrored");
        QCOMPARE(finding->evidence.value(QStringLiteral("networking_mode")).toString(),
                 QStringLiteral("nat"));
        QCOMPARE(finding->evidence.value(QStringLiteral("localhost_forwarding")).toBool(), true);
        QCOMPARE(finding->evidence.value(QStringLiteral("wslconfig_exists")).toBool(), false);
        QVERIFY(ld::test::hasFix(*finding, QStringLiteral("fix.open_wsl_networking")));
        for (const Fix& fix : finding->fixes)
            QVERIFY2(!fix.changesSystem, qPrintable(fix.id));
    }

    // The relay holds the port but connections through it are reset: the server inside stopped.
    void relayWithNothingBehind() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(
            system, QStringLiteral("wsl-list-verbose-en-installing-then-wslconfig-docker-for-win-7295.txt"),
            QStringLiteral("wslconfig-wsl2-mirrored-commented-experimental-wsl-11228.txt")));
        relayOnBothLoopbacks(system, 8000);
        system.outcomes["127.0.0.1"] = ConnectOutcome::Reset;
        system.outcomes["::1"] = ConnectOutcome::Reset;
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:8000"));
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(Severity::Warning));
        VERIFY_CONTAINS(finding->detail, "wsl -d Ubuntu-20.04 -- ss -ltn 'sport = :8000'");
        VERIFY_CONTAINS(finding->detail, "wsl --shutdown");
        // .wslconfig asks for mirrored, yet the relay runs: WSL was not restarted since.
        VERIFY_CONTAINS(finding->detail, "takes effect only after wsl --shutdown");
    }

    // The relay holds [::1] only (as in a netstat -anob posted in CzBiX/WSLHostPatcher#18) and the
    // client tries 127.0.0.1: the server inside listens on one kind of loopback.
    void relayOnOtherLoopbackOnly() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system, QStringLiteral("wsl-list-verbose-en-one-running-wsl-9750.txt"), {}));
        system.addListener("::1", 6379, 17584, "wslrelay.exe");
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("127.0.0.1:6379"));
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(Severity::Warning));
        VERIFY_CONTAINS(finding->detail, "The relay holds ::1 only");
        VERIFY_CONTAINS(finding->detail, "0.0.0.0");
        QVERIFY(!finding->detail.contains(QStringLiteral("not answering")));
    }

    // Serving on a port WSL's relay holds: free it inside WSL, not by stopping the relay.
    void relayHoldsThePortForAServer() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system, QStringLiteral("wsl-list-verbose-en-one-running-wsl-9750.txt"), {}));
        relayOnBothLoopbacks(system, 3000);
        const StepResult result = ld::test::runStep(QStringLiteral("server"), system,
                                                    QStringLiteral("localhost:3000"), Intent::Serve);
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        VERIFY_CONTAINS(finding->detail, "stop the server inside WSL (or run wsl --shutdown)");
        // And the conflict step does not offer to stop the relay itself.
        const StepResult conflict = ld::test::runStep(QStringLiteral("conflict"), system,
                                                      QStringLiteral("localhost:3000"), Intent::Serve);
        const Finding* inUse = ld::test::findingById(conflict, QStringLiteral("conflict.port_in_use"));
        QVERIFY2(inUse, qPrintable(ld::test::findingIds(conflict)));
        for (const Fix& fix : inUse->fixes)
            QVERIFY2(fix.id != QStringLiteral("fix.stop_process"), qPrintable(fix.label));
        // Connecting, the same relay gets no such advice.
        const StepResult connecting =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
        QVERIFY(inWsl(connecting));
        QVERIFY(!inWsl(connecting)->detail.contains(QStringLiteral("To free port")));
    }

    // No Windows listener, a WSL 2 distro running, localhostForwarding=false in .wslconfig.
    void forwardingOffNoListener() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system,
                               QStringLiteral("wsl-list-verbose-en-four-mixed-docker-for-win-14686.txt"),
                               QStringLiteral("wslconfig-forwarding-off-first-wins-modelled.txt")));
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:5173"));
        QVERIFY(ld::test::findingById(result, QStringLiteral("server.not_listening")));
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(Severity::Warning));
        VERIFY_CONTAINS(finding->title, "localhost forwarding is off");
        VERIFY_CONTAINS(finding->detail, "the WSL 2 distro Ubuntu is running");
        VERIFY_CONTAINS(finding->detail, "localhostForwarding=false (line 7, off)");
        VERIFY_CONTAINS(finding->detail, "set localhostForwarding=true under [wsl2]");
        VERIFY_CONTAINS(finding->detail, "wsl --shutdown");
        QCOMPARE(finding->evidence.value(QStringLiteral("localhost_forwarding")).toBool(), false);
    }

    // Default NAT with forwarding on and no relay: how the server inside must listen.
    void forwardingOnNoListener() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system, QStringLiteral("wsl-list-verbose-en-one-running-wsl-9750.txt"),
                               QStringLiteral("wslconfig-forwarding-true-capital-modelled.txt")));
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
        QVERIFY(ld::test::findingById(result, QStringLiteral("server.not_listening")));
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(Severity::Info));
        VERIFY_CONTAINS(finding->detail, "0.0.0.0");
        VERIFY_CONTAINS(finding->detail, "localhostForwarding=True (line 3, on)");
    }

    // Mirrored mode: Windows shows no listener, yet 127.0.0.1 answers (the server inside shares the port).
    void mirroredReachedWithoutListener() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system, QStringLiteral("wsl-list-verbose-en-one-running-wsl-9750.txt"),
                               QStringLiteral("wslconfig-mirrored-trailing-comments-zh-gist.txt")));
        system.outcomes["127.0.0.1"] = ConnectOutcome::Connected;
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QVERIFY2(!ld::test::findingById(result, QStringLiteral("server.not_listening")),
                 qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(Severity::Info));
        VERIFY_CONTAINS(finding->title, "mirrored networking");
        VERIFY_CONTAINS(finding->detail, "wsl2.networkingMode=mirrored (line 2)");
        VERIFY_CONTAINS(finding->detail, "127.0.0.1:3000");
        QCOMPARE(finding->evidence.value(QStringLiteral("networking_mode")).toString(),
                 QStringLiteral("mirrored"));
    }

    // Mirrored mode (the older [experimental] key) and nothing answers: nothing listens inside WSL either.
    void mirroredNothingAnswers() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system, QStringLiteral("wsl-list-verbose-en-one-running-wsl-9750.txt"),
                               QStringLiteral("wslconfig-experimental-mirrored-wsl-11090.txt")));
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
        QVERIFY(ld::test::findingById(result, QStringLiteral("server.not_listening")));
        const Finding* finding = inWsl(result);
        QVERIFY2(finding, qPrintable(ld::test::findingIds(result)));
        QCOMPARE(severityName(finding->severity), severityName(Severity::Info));
        VERIFY_CONTAINS(finding->detail, "experimental.networkingMode=mirrored (line 6)");
        VERIFY_CONTAINS(finding->detail, "ss -ltn 'sport = :3000'");
    }

    // WSL absent (no wsl.exe, as under Wine), not Windows at all, or only WSL 1 / Docker's distros
    // running: no word about WSL.
    void noFindingWithoutWsl2() {
        {
            FakeSystem system;
            system.os = "windows";
            system.wslFacts.applicable = true;
            system.wslFacts.listError = "WSL is not installed (no C:\\Windows\\System32\\wsl.exe)";
            const StepResult result =
                ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
            QVERIFY(ld::test::findingById(result, QStringLiteral("server.not_listening")));
            QVERIFY2(!inWsl(result), qPrintable(ld::test::findingIds(result)));
            QCOMPARE(system.wslReads, 1);
        }
        {
            FakeSystem notWindows; // WslFacts' default: not applicable
            notWindows.addListener("127.0.0.1", 3000, 77, "wslrelay");
            const StepResult result =
                ld::test::runStep(QStringLiteral("server"), notWindows, QStringLiteral("localhost:3000"));
            QVERIFY2(!inWsl(result), qPrintable(ld::test::findingIds(result)));
        }
        {
            FakeSystem system;
            QVERIFY(windowsWithWsl(system,
                                   QStringLiteral("wsl-list-verbose-en-four-mixed-docker-for-win-14686.txt"),
                                   QStringLiteral("wslconfig-forwarding-off-first-wins-modelled.txt")));
            for (auto& distro : system.wslFacts.distros)
                distro.running = distro.version == 1 || distro.name == "docker-desktop";
            const StepResult result =
                ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
            QVERIFY2(!inWsl(result), qPrintable(ld::test::findingIds(result)));
        }
    }

    // A Windows program holds the port: WSL is not asked at all (wsl.exe is not run for nothing).
    void windowsListenerLeavesWslAlone() {
        FakeSystem system;
        QVERIFY(windowsWithWsl(system, QStringLiteral("wsl-list-verbose-en-one-running-wsl-9750.txt"),
                               QStringLiteral("wslconfig-forwarding-off-first-wins-modelled.txt")));
        system.addListener("127.0.0.1", 3000, 4312, "node.exe");
        system.addListener("::1", 3000, 4312, "node.exe");
        const StepResult result =
            ld::test::runStep(QStringLiteral("server"), system, QStringLiteral("localhost:3000"));
        QVERIFY(ld::test::findingById(result, QStringLiteral("server.listening")));
        QVERIFY2(!inWsl(result), qPrintable(ld::test::findingIds(result)));
        QCOMPARE(system.wslReads, 0);
    }
};

QTEST_GUILESS_MAIN(TestWslSteps)
#include "tst_wslsteps.moc"
