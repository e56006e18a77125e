// The Windows collectors on a real Windows API (run under Wine by run-wine-tests.sh): sockets
// seen by GetExtendedTcpTable, refused and successful connects, the bind test without
// SO_REUSEADDR, the atomic file write, and the firewall/port-policy readings Wine can give.

#include "platform/system.h"
#include "platform/windows/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

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
    void wslStandInReadThroughAPipe();
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

namespace {

bool underWine() {
    return GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version") != nullptr;
}

bool setVariable(const char* name, const QString& value) {
    return SetEnvironmentVariableW(reinterpret_cast<const wchar_t*>(QString::fromLatin1(name).utf16()),
                                   value.isNull() ? nullptr
                                                  : reinterpret_cast<const wchar_t*>(value.utf16()));
}

QString variable(const char* name) {
    wchar_t buffer[4096] = {};
    const DWORD length = GetEnvironmentVariableW(
        reinterpret_cast<const wchar_t*>(QString::fromLatin1(name).utf16()), buffer, 4096);
    return length > 0 && length < 4096 ? QString::fromWCharArray(buffer, int(length)) : QString();
}

} // namespace

// The collector's real path, under Wine: a stand-in wsl.exe in System32 (tests/windows/wslstandin.cpp)
// prints a recorded `wsl -l -v` table as wsl.exe does (UTF-16LE through the pipe), and USERPROFILE
// points at a folder with a .wslconfig fixture. Only in Wine's throw-away prefix, never on a Windows
// that has a wsl.exe of its own.
void TestWinSystem::wslStandInReadThroughAPipe() {
    if (!underWine())
        QSKIP("only under Wine: the test puts a stand-in wsl.exe into System32");
    const WslFacts before = createSystem()->wsl();
    if (before.wslExePresent)
        QSKIP("this prefix has a wsl.exe already");
    const QString standIn = QCoreApplication::applicationDirPath() + QStringLiteral("/win-wsl-standin.exe");
    QVERIFY2(QFile::exists(standIn), qPrintable(standIn));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QFile::copy(
        QStringLiteral(LD_FIXTURES "/windows/wsl-list-verbose-en-four-mixed-docker-for-win-14686.txt"),
        home.filePath(QStringLiteral("list.txt"))));
    QVERIFY(
        QFile::copy(QStringLiteral(LD_FIXTURES "/windows/wslconfig-forwarding-off-first-wins-modelled.txt"),
                    home.filePath(QStringLiteral(".wslconfig"))));
    const QString wslExe = QString::fromStdString(before.wslExe);
    const QString profile = variable("USERPROFILE");
    struct Restore {
        QString wslExe, profile;
        ~Restore() {
            QFile::remove(wslExe);
            setVariable("USERPROFILE", profile);
            setVariable("LD_WSL_STANDIN_LIST", QString());
            setVariable("LD_WSL_STANDIN_RUNNING", QString());
        }
    } restore{wslExe, profile};
    QVERIFY2(QFile::copy(standIn, wslExe), qPrintable(wslExe));
    QVERIFY(setVariable("LD_WSL_STANDIN_LIST",
                        QDir::toNativeSeparators(home.filePath(QStringLiteral("list.txt")))));
    // The quiet list says who runs; the table's word for Ubuntu ("Running") must agree, Legacy's is
    // overridden.
    QVERIFY(setVariable("LD_WSL_STANDIN_RUNNING", QStringLiteral("Ubuntu;Legacy")));
    QVERIFY(setVariable("USERPROFILE", QDir::toNativeSeparators(home.path())));

    const WslFacts wsl = createSystem()->wsl();
    QVERIFY2(wsl.installed(), wsl.listError.c_str());
    QVERIFY2(wsl.listText.find("  NAME              STATE           VERSION") != std::string::npos,
             wsl.listText.c_str());
    QCOMPARE(wsl.distros.size(), std::size_t(4));
    QCOMPARE(wsl.distros[0].name, std::string("Ubuntu"));
    QVERIFY(wsl.distros[0].isDefault && wsl.distros[0].running && wsl.distros[0].version == 2);
    QCOMPARE(wsl.distros[1].name, std::string("Legacy"));
    QVERIFY(wsl.distros[1].running && wsl.distros[1].version == 1);
    QVERIFY(!wsl.distros[2].running);
    QCOMPARE(wsl.distros[3].name, std::string("docker-desktop"));
    QVERIFY(wsl.config.exists && wsl.config.readable);
    QVERIFY2(wsl.config.path ==
                 QDir::toNativeSeparators(home.filePath(QStringLiteral(".wslconfig"))).toStdString(),
             wsl.config.path.c_str());
    QVERIFY(wsl.config.localhostForwarding.has_value() && !*wsl.config.localhostForwarding);
    QCOMPARE(wsl.config.localhostForwardingLine, 7);
}

QTEST_GUILESS_MAIN(TestWinSystem)
#include "tst_winsystem.moc"
