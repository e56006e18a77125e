// The Windows collectors on a real Windows API (run under Wine by run-wine-tests.sh): sockets
// seen by GetExtendedTcpTable, refused and successful connects, the bind test without
// SO_REUSEADDR, the atomic file write, and the firewall/port-policy readings Wine can give.

#include "platform/system.h"
#include "platform/windows/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::platform;

class TestWinSystem : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void socketsSeeOurListener();
    void connectOutcomes();
    void bindTestSeesBusyPort();
    void atomicWrite();
    void atomicWriteFailsCleanly();
    void firewallUnreadableNamesCommand();
    void portPolicyHasDefaults();
    void hostsFileIsRead();
    void wslAbsentSaidCleanly();
};

void TestWinSystem::socketsSeeOurListener() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const auto system = createSystem();
    SocketQuery query;
    query.port = server.serverPort();
    query.udp = false;
    const auto sockets = system->sockets(query);
    bool found = false;
    for (const Socket& socket : sockets)
        found |= socket.localPort == server.serverPort() && socket.state == TcpState::Listen &&
                 socket.local == IpAddress::v4(127, 0, 0, 1);
    QVERIFY2(found, qPrintable(QStringLiteral("%1 sockets, none listening on 127.0.0.1:%2")
                                   .arg(sockets.size())
                                   .arg(server.serverPort())));
}

void TestWinSystem::connectOutcomes() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const std::uint16_t open = server.serverPort();
    QTcpServer closedHolder;
    QVERIFY(closedHolder.listen(QHostAddress::LocalHost));
    const std::uint16_t closed = closedHolder.serverPort();
    closedHolder.close();
    const auto system = createSystem();
    const auto ok = system->connectAll({IpAddress::v4(127, 0, 0, 1)}, open, std::chrono::milliseconds(3000));
    QCOMPARE(ok.size(), std::size_t(1));
    QCOMPARE(int(ok[0].outcome), int(ConnectOutcome::Connected));
    const auto refused =
        system->connectAll({IpAddress::v4(127, 0, 0, 1)}, closed, std::chrono::milliseconds(3000));
    QCOMPARE(refused.size(), std::size_t(1));
    QCOMPARE(int(refused[0].outcome), int(ConnectOutcome::Refused));
    QCOMPARE(refused[0].osError, 10061); // WSAECONNREFUSED
}

void TestWinSystem::bindTestSeesBusyPort() {
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const auto system = createSystem();
    QVERIFY(!system->canBind(Proto::Tcp, IpAddress::v4(127, 0, 0, 1), server.serverPort()));
    const std::uint16_t port = server.serverPort();
    server.close();
    QVERIFY(system->canBind(Proto::Tcp, IpAddress::v4(127, 0, 0, 1), port));
}

void TestWinSystem::atomicWrite() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));
    std::string error;
    QVERIFY(windows_os::writeFileAtomically(path.toStdString(), "first", &error));
    QVERIFY(windows_os::writeFileAtomically(path.toStdString(), "second, longer", &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second, longer"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("config.json")});
}

void TestWinSystem::atomicWriteFailsCleanly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/config.json"));
    std::string error;
    QVERIFY(!windows_os::writeFileAtomically(path.toStdString(), "x", &error));
    QVERIFY(!error.empty());
    QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TestWinSystem::firewallUnreadableNamesCommand() {
    const auto reading = createSystem()->readFirewall();
    QCOMPARE(reading.sources.size(), std::size_t(1));
    const FirewallSource& source = reading.sources.front();
    QCOMPARE(source.name, std::string("windows-firewall"));
    if (source.readable)
        QSKIP("the firewall is readable here (real Windows): the unreadable path is Wine's");
    QVERIFY(source.needsElevation);
    QCOMPARE(source.command, std::string("netsh advfirewall show allprofiles"));
    QVERIFY2(source.error.find("Run as administrator") != std::string::npos, source.error.c_str());
}

void TestWinSystem::portPolicyHasDefaults() {
    const PortPolicy policy = createSystem()->portPolicy();
    QCOMPARE(int(policy.unprivilegedStart), 0);
    QVERIFY(policy.ephemeral.first >= 1024);
    QVERIFY(policy.ephemeral.first <= policy.ephemeral.last);
    QVERIFY(policy.source.find("dynamicport") != std::string::npos);
}

void TestWinSystem::hostsFileIsRead() {
    const HostsFile hosts = createSystem()->hostsFile();
    QVERIFY2(hosts.path.find("\\System32\\drivers\\etc\\hosts") != std::string::npos, hosts.path.c_str());
}

// Wine has no wsl.exe: the collector says WSL is not installed, runs nothing, and still reads
// %USERPROFILE%\.wslconfig (absent in a fresh prefix). On a real Windows with WSL it lists distros.
void TestWinSystem::wslAbsentSaidCleanly() {
    const WslFacts wsl = createSystem()->wsl();
    QVERIFY(wsl.applicable);
    QVERIFY2(wsl.wslExe.find("\\System32\\wsl.exe") != std::string::npos, wsl.wslExe.c_str());
    QVERIFY2(wsl.config.path.find("\\.wslconfig") != std::string::npos, wsl.config.path.c_str());
    if (wsl.wslExePresent)
        QSKIP("wsl.exe exists here (real Windows): the absent path is Wine's");
    QVERIFY(!wsl.installed());
    QVERIFY(wsl.distros.empty());
    QVERIFY(wsl.listCommand.empty()); // nothing was run
    QVERIFY2(wsl.listError.find("not installed") != std::string::npos, wsl.listError.c_str());
    QVERIFY(!wsl.config.exists);
}

QTEST_GUILESS_MAIN(TestWinSystem)
#include "tst_winsystem.moc"
