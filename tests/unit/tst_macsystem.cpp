// The macOS System on a recorded Mac (ReplayRunner over tests/fixtures/macos): lsof merged with
// netstat, owners from ps, port policy, hosts, resolver, firewalls, proxy, the safe stop, and a
// readable message with the command to run by hand for every absent or refused tool.

#include "tst_macreplay.h"

#include <QTest>

using namespace ld::platform;
using namespace ld::test::mac;
namespace cmd = ld::platform::maccommands;

namespace {

QString endpoint(const IpAddress& address, std::uint16_t port) {
    const QString text = QString::fromStdString(address.toString());
    return (address.family == Family::V6 ? u'[' + text + u']' : text) + u':' + QString::number(port);
}

QStringList describe(MacSystem& system, const std::vector<Socket>& sockets) {
    std::vector<std::uint64_t> keys;
    for (const Socket& socket : sockets)
        keys.push_back(socket.inode);
    const auto owners = system.socketOwners(keys);
    QStringList out;
    for (const Socket& socket : sockets) {
        QString text = endpoint(socket.local, socket.localPort);
        if (socket.v6Only)
            text += *socket.v6Only ? QStringLiteral(" v6only") : QStringLiteral(" dual");
        const auto it = owners.find(socket.inode);
        if (it == owners.end()) {
            out << text + QStringLiteral(" owner?");
            continue;
        }
        out << text + QStringLiteral(" %1 %2 %3")
                          .arg(it->second.pid)
                          .arg(QString::fromStdString(it->second.program),
                               QString::fromStdString(it->second.user));
    }
    return out;
}

bool anyNoteContains(const MacSystem& system, const char* text) {
    for (const std::string& note : system.notes())
        if (note.find(text) != std::string::npos)
            return true;
    return false;
}

struct Signals {
    std::vector<QString> sent;
    bool aliveAfterTerm = false; // still there after SIGTERM
    bool aliveAfterKill = false;
    bool terminated = false;
    bool killed = false;
};

MacServices signalling(Signals& log) {
    MacServices services = quietServices();
    services.pause = [](std::chrono::milliseconds) {}; // the deadline still bounds the wait
    services.signal = [&log](std::int64_t pid, MacServices::Signal signal) {
        using S = MacServices::Signal;
        if (signal == S::Probe) {
            const bool alive = (!log.terminated || log.aliveAfterTerm) && (!log.killed || log.aliveAfterKill);
            return alive ? MacServices::SignalResult::Sent : MacServices::SignalResult::NoSuchProcess;
        }
        log.sent.push_back(QStringLiteral("%1 %2").arg(signal == S::Terminate ? "TERM" : "KILL").arg(pid));
        (signal == S::Terminate ? log.terminated : log.killed) = true;
        return MacServices::SignalResult::Sent;
    };
    return services;
}

ProcessInfo nodeAsShown() {
    ProcessInfo node;
    node.pid = 4312;
    node.program = "node";
    node.executable = "/opt/homebrew/bin/node";
    node.startTime = 20261201165805ULL; // ps-identity.txt
    return node;
}

} // namespace

class TestMacSystem final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listenersMergeLsofAndNetstat();
    void portQueryAndFamilies();
    void listenQueuesFromNetstatL();
    void ownersFromPs();
    void lsofAbsent();
    void netstatRefused();
    void nothingListensIsNoProblem();
    void portPolicy_data();
    void portPolicy();
    void hostsAndResolver();
    void firewall();
    void firewallToolsAbsent();
    void systemProxy();
    void stop_data();
    void stop();
    void stopChecksIdentityRightBeforeSignal();
};

void TestMacSystem::listenersMergeLsofAndNetstat() {
    ReplayRunner runner;
    recordMac(runner);
    MacSystem system(runner, quietServices());
    SocketQuery query;
    query.udp = false;
    const auto sockets = system.sockets(query);
    // lsof's rows (names from +c0, users from L), netstat's families for "*", and another user's
    // postgres that only netstat sees (its name and user then come from ps).
    QCOMPARE(describe(system, sockets), (QStringList{
                                            "[::]:22 dual 1 launchd root",
                                            "0.0.0.0:22 1 launchd root",
                                            "0.0.0.0:5000 687 ControlCenter ana",
                                            "[::]:5000 dual 687 ControlCenter ana",
                                            "0.0.0.0:7000 687 ControlCenter ana",
                                            "[::]:7000 dual 687 ControlCenter ana",
                                            "127.0.0.1:9229 942 Slack Helper ana",
                                            "[::1]:3000 4312 node ana",
                                            "127.0.0.1:8000 5120 Python ana",
                                            "127.0.0.1:4000 6001 ruby ana",
                                            "127.0.0.1:5432 702 postgres _postgres",
                                            "[::1]:5432 702 postgres _postgres",
                                        }));
    // ps told whose postgres is: the socket's uid is its user's, not root's.
    QCOMPARE(sockets[10].uid, 74u);
    QCOMPARE(sockets[0].uid, 0u);
    QCOMPARE(sockets[2].uid, 501u);
    for (const Socket& socket : sockets) {
        QVERIFY(socket.isListening());
        QVERIFY(socket.inode != 0);
        QVERIFY(!socket.acceptLimitKnown);
    }
    QVERIFY(system.notes().empty());
    QCOMPARE(system.osVersion(), std::string("macOS 15.1"));
}

void TestMacSystem::portQueryAndFamilies() {
    ReplayRunner runner;
    recordMac(runner);
    MacSystem system(runner, quietServices());
    SocketQuery query;
    query.port = 5000;
    const auto sockets = system.sockets(query);
    QCOMPARE(sockets.size(), std::size_t(2));
    // AirPlay Receiver: both families, the IPv6 one dual-stack, so every loopback address is taken.
    for (const IpAddress& to : {IpAddress::v4(127, 0, 0, 1), IpAddress::v6Loopback()})
        QVERIFY(std::any_of(sockets.begin(), sockets.end(), [&](const Socket& s) { return s.accepts(to); }));
    query.port = 3000;
    const auto node = system.sockets(query);
    QCOMPARE(node.size(), std::size_t(1));
    QVERIFY(node[0].accepts(IpAddress::v6Loopback()));
    QVERIFY(!node[0].accepts(IpAddress::v4(127, 0, 0, 1)));
    query.port = 619;
    QVERIFY(system.sockets(query).empty());
}

void TestMacSystem::listenQueuesFromNetstatL() {
    ReplayRunner runner;
    runner.answer(cmd::netstatListenQueues(), fixtureText(QStringLiteral("netstat-Lan-tcp.txt")));
    recordMac(runner);
    MacSystem system(runner, quietServices());
    SocketQuery query;
    query.udp = false;
    QStringList queues;
    for (const Socket& socket : system.sockets(query))
        queues << endpoint(socket.local, socket.localPort) +
                      (socket.acceptLimitKnown
                           ? QStringLiteral(" %1/%2").arg(socket.receiveQueue).arg(socket.sendQueue)
                           : QStringLiteral(" ?")) +
                      (socket.acceptQueueFull() ? QStringLiteral(" full") : QString());
    // *:5000's two rows disagree (0 and 1 waiting): neither wildcard socket gets a claim.
    QCOMPARE(queues, (QStringList{"[::]:22 0/128", "0.0.0.0:22 0/128", "0.0.0.0:5000 ?", "[::]:5000 ?",
                                  "0.0.0.0:7000 0/128", "[::]:7000 0/128", "127.0.0.1:9229 129/128 full",
                                  "[::1]:3000 0/511", "127.0.0.1:8000 0/128", "127.0.0.1:4000 0/128",
                                  "127.0.0.1:5432 0/244", "[::1]:5432 0/244"}));
}

void TestMacSystem::ownersFromPs() {
    ReplayRunner runner;
    recordMac(runner);
    MacSystem system(runner, quietServices());
    const auto node = system.process(4312);
    QVERIFY(node);
    QCOMPARE(node->executable, std::string("/opt/homebrew/bin/node"));
    QCOMPARE(node->commandLine, std::string("node server.js"));
    QCOMPARE(node->startTime, std::uint64_t(20261201165805ULL));
    QCOMPARE(node->uid, 501u);
    QCOMPARE(node->program, std::string("node"));
    QVERIFY(!system.process(99999)); // ps has no row for it
    QVERIFY(!system.process(0));

    SocketQuery query;
    query.port = 9229;
    const auto slack = system.sockets(query);
    QCOMPARE(slack.size(), std::size_t(1));
    const auto owners = system.socketOwners({slack[0].inode, 12345});
    QCOMPARE(owners.size(), std::size_t(1)); // unknown keys are absent
    const ProcessInfo& owner = owners.at(slack[0].inode);
    QCOMPARE(owner.program, std::string("Slack Helper"));
    QVERIFY(owner.executable.find("Slack Helper.app/Contents/MacOS/Slack Helper") != std::string::npos);
    QVERIFY(owner.commandLine.find("--type=utility") != std::string::npos);
    QCOMPARE(owner.user, std::string("ana"));
}

void TestMacSystem::lsofAbsent() {
    ReplayRunner runner;
    runner.absent(cmd::lsofListeners());
    recordMac(runner); // the absent answer is given first, so the first lsof run gets it
    MacSystem system(runner, quietServices());
    SocketQuery query;
    query.udp = false;
    const auto sockets = system.sockets(query);
    // netstat alone still gives every listener with its pid; ps names them.
    QCOMPARE(sockets.size(), std::size_t(12));
    const QStringList rows = describe(system, sockets);
    QVERIFY2(rows.contains(QStringLiteral("[::]:5000 dual 687 ControlCenter ")),
             qPrintable(rows.join(u'\n')));
    QVERIFY(anyNoteContains(system, "lsof could not be run"));
    QVERIFY(anyNoteContains(system, "open Terminal and run: lsof -nP -iTCP -sTCP:LISTEN"));
}

void TestMacSystem::netstatRefused() {
    ReplayRunner runner;
    runner.answer(cmd::netstatTcp(), "", 1,
                  "netstat: sysctl: net.inet.tcp.pcblist_n: Operation not permitted\n");
    recordMac(runner);
    MacSystem system(runner, quietServices());
    SocketQuery query;
    query.udp = false;
    const auto sockets = system.sockets(query);
    QCOMPARE(sockets.size(), std::size_t(10)); // lsof's; postgres is not ours to see
    // Without netstat, lsof's t field still tells the family; dual-stack is then unknown.
    QCOMPARE(describe(system, sockets).first(), QStringLiteral("[::]:22 1 launchd root"));
    QVERIFY(anyNoteContains(
        system, "netstat needs administrator rights. Open Terminal and run: sudo netstat -anv -p tcp"));
}

void TestMacSystem::nothingListensIsNoProblem() {
    ReplayRunner runner;
    runner.answer(cmd::lsofListeners(), "", 1);
    runner.answer(cmd::netstatTcp(), "Active Internet connections (including servers)\n");
    runner.answer(cmd::lsofUdp(), "", 1);
    MacSystem system(runner, quietServices());
    QVERIFY(system.sockets({}).empty());
    QVERIFY(system.notes().empty());

    ReplayRunner broken; // nothing recorded: every tool is absent
    MacSystem none(broken, quietServices());
    QVERIFY(none.sockets({}).empty());
    QVERIFY(anyNoteContains(none, "lsof -nP -iTCP -sTCP:LISTEN"));
    QVERIFY(anyNoteContains(none, "netstat -anv -p tcp"));
    QCOMPARE(none.osVersion(), std::string("unknown"));
}

void TestMacSystem::portPolicy_data() {
    QTest::addColumn<QString>("sysctl"); // fixture, or empty: absent
    QTest::addColumn<QString>("swVers");
    QTest::addColumn<int>("unprivileged");
    QTest::addColumn<QString>("ephemeral");
    QTest::addColumn<QString>("source");

    QTest::addRow("sequoia") << "sysctl-portrange.txt"
                             << "ProductVersion: 15.1\n"
                             << 0 << "49152-65535"
                             << "no privileged ports";
    QTest::addRow("high sierra") << "sysctl-portrange.txt"
                                 << "ProductVersion: 10.13.6\n"
                                 << 1024 << "49152-65535"
                                 << "ports below 1024 need root";
    QTest::addRow("sysctl absent") << ""
                                   << "ProductVersion: 14.5\n"
                                   << 0 << "49152-65535"
                                   << "macOS default";
    QTest::addRow("nothing known") << ""
                                   << "" << 1024 << "49152-65535"
                                   << "taken to need root";
}

void TestMacSystem::portPolicy() {
    QFETCH(QString, sysctl);
    QFETCH(QString, swVers);
    QFETCH(int, unprivileged);
    QFETCH(QString, ephemeral);
    QFETCH(QString, source);
    ReplayRunner runner;
    if (!sysctl.isEmpty())
        runner.answer(cmd::sysctlPortRange(), fixtureText(sysctl));
    if (!swVers.isEmpty())
        runner.answer(cmd::swVers(), swVers.toStdString());
    MacSystem system(runner, quietServices());
    const PortPolicy policy = system.portPolicy();
    QCOMPARE(int(policy.unprivilegedStart), unprivileged);
    QCOMPARE(QStringLiteral("%1-%2").arg(policy.ephemeral.first).arg(policy.ephemeral.last), ephemeral);
    QVERIFY2(QString::fromStdString(policy.source).contains(source), policy.source.c_str());
    QVERIFY(policy.ephemeral.contains(61900));
    QCOMPARE(anyNoteContains(system, "sysctl"), sysctl.isEmpty());
}

void TestMacSystem::hostsAndResolver() {
    ReplayRunner runner;
    recordMac(runner);
    MacSystem system(runner, quietServices());
    const HostsFile hosts = system.hostsFile();
    QVERIFY(hosts.readable);
    QCOMPARE(hosts.entries.size(), std::size_t(3));
    QCOMPARE(hosts.entries[2].address, std::string("::1"));

    std::string error = "stale";
    const auto localhost = system.resolve("localhost", &error);
    QCOMPARE(localhost.size(), std::size_t(2));
    QCOMPARE(localhost[0], IpAddress::v6Loopback());
    QCOMPARE(localhost[1], IpAddress::v4(127, 0, 0, 1));
    QVERIFY(error.empty());
    QVERIFY(system.resolve("locahost", &error).empty());
    QVERIFY2(error.find("locahost does not resolve") != std::string::npos, error.c_str());
    QVERIFY(system.resolve("absent.example", &error).empty());
    QVERIFY2(error.find("dscacheutil could not be run") != std::string::npos, error.c_str());

    MacServices services = quietServices();
    services.hostsPath = "/nonexistent/hosts";
    MacSystem missing(runner, services);
    QVERIFY(!missing.hostsFile().readable);
    QVERIFY(anyNoteContains(missing, "cat /nonexistent/hosts"));
}

void TestMacSystem::firewall() {
    ReplayRunner runner;
    recordMac(runner);
    MacSystem system(runner, quietServices());
    const FirewallReading reading = system.readFirewall();
    QStringList names;
    for (const FirewallSource& source : reading.sources)
        names << QString::fromStdString(source.name);
    QCOMPARE(names, (QStringList{"application-firewall", "application-firewall-apps", "pf", "pf-rules"}));
    QVERIFY(reading.sources[0].readable);
    QVERIFY(reading.sources[0].text.find("Firewall is enabled. (State = 1)") != std::string::npos);
    QVERIFY(reading.sources[1].readable);
    for (const FirewallSource& pf : {reading.sources[2], reading.sources[3]}) {
        QVERIFY(!pf.readable);
        QVERIFY(pf.needsElevation);
        QVERIFY2(pf.error.find("needs administrator rights. Open Terminal and run: sudo pfctl -s") !=
                     std::string::npos,
                 pf.error.c_str());
        QVERIFY(pf.text.find("Permission denied") != std::string::npos); // kept for the parser
    }
    // As root, a refusal is not a matter of rights any more.
    MacServices root = quietServices();
    root.euid = 0;
    MacSystem asRoot(runner, root);
    QVERIFY(!asRoot.readFirewall().sources[2].needsElevation);
}

void TestMacSystem::firewallToolsAbsent() {
    ReplayRunner runner; // nothing recorded
    MacSystem system(runner, quietServices());
    const FirewallReading reading = system.readFirewall();
    QCOMPARE(reading.sources.size(), std::size_t(4));
    for (const FirewallSource& source : reading.sources) {
        QVERIFY(!source.readable);
        QVERIFY(!source.needsElevation);
        QVERIFY2(source.error.find("could not be run") != std::string::npos, source.error.c_str());
        QVERIFY(source.error.find("open Terminal and run: ") != std::string::npos);
    }
}

void TestMacSystem::systemProxy() {
    ReplayRunner runner;
    runner.answer(cmd::scutilProxy(), fixtureText(QStringLiteral("scutil-proxy-http-privoxy-drduh.txt")));
    MacSystem system(runner, quietServices());
    const SystemProxy proxy = system.systemProxy();
    QVERIFY(proxy.readable);
    QCOMPARE(proxy.source, std::string("/usr/sbin/scutil --proxy"));
    QVERIFY(proxy.http.configured());
    QCOMPARE(systemProxyRoute(proxy, "http", "localhost").kind, SystemProxyRoute::Kind::Proxy);

    ReplayRunner empty;
    MacSystem none(empty, quietServices());
    const SystemProxy unread = none.systemProxy();
    QVERIFY(!unread.readable);
    QVERIFY(unread.error.find("open Terminal and run: scutil --proxy") != std::string::npos);
}

void TestMacSystem::stop_data() {
    QTest::addColumn<qlonglong>("pid");
    QTest::addColumn<qulonglong>("startTime");
    QTest::addColumn<QString>("executable");
    QTest::addColumn<bool>("aliveAfterTerm");
    QTest::addColumn<bool>("aliveAfterKill");
    QTest::addColumn<bool>("kill");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QStringList>("sent");

    const QString node = QStringLiteral("/opt/homebrew/bin/node");
    const qulonglong started = 20261201165805ULL;
    QTest::addRow("terminated") << 4312LL << started << node << false << false << false
                                << int(StopOutcome::Terminated) << QStringList{"TERM 4312"};
    QTest::addRow("still running") << 4312LL << started << node << true << true << false
                                   << int(StopOutcome::StillRunning) << QStringList{"TERM 4312"};
    QTest::addRow("killed") << 4312LL << started << node << true << false << true << int(StopOutcome::Killed)
                            << QStringList{"TERM 4312", "KILL 4312"};
    QTest::addRow("stuck") << 4312LL << started << node << true << true << true << int(StopOutcome::Failed)
                           << QStringList{"TERM 4312", "KILL 4312"};
    QTest::addRow("pid reused: other start") << 4312LL << started + 1 << node << false << false << false
                                             << int(StopOutcome::Changed) << QStringList{};
    QTest::addRow("pid reused: other executable")
        << 4312LL << started << QStringLiteral("/usr/bin/python3") << false << false << false
        << int(StopOutcome::Changed) << QStringList{};
    QTest::addRow("gone") << 4444LL << started << node << false << false << false << int(StopOutcome::Gone)
                          << QStringList{};
    QTest::addRow("another user's") << 702LL << 20261201090130ULL
                                    << QStringLiteral("/opt/homebrew/opt/postgresql@16/bin/postgres") << false
                                    << false << false << int(StopOutcome::Refused) << QStringList{};
    QTest::addRow("launchd") << 1LL << started << node << false << false << false << int(StopOutcome::Refused)
                             << QStringList{};
    QTest::addRow("ourselves") << 77777LL << started << node << false << false << false
                               << int(StopOutcome::Refused) << QStringList{};
    QTest::addRow("nothing to check") << 4312LL << 0ULL << QString() << false << false << false
                                      << int(StopOutcome::Refused) << QStringList{};
}

void TestMacSystem::stop() {
    QFETCH(qlonglong, pid);
    QFETCH(qulonglong, startTime);
    QFETCH(QString, executable);
    QFETCH(bool, aliveAfterTerm);
    QFETCH(bool, aliveAfterKill);
    QFETCH(bool, kill);
    QFETCH(int, outcome);
    QFETCH(QStringList, sent);
    ReplayRunner runner;
    recordMac(runner);
    Signals log;
    log.aliveAfterTerm = aliveAfterTerm;
    log.aliveAfterKill = aliveAfterKill;
    MacSystem system(runner, signalling(log));
    ProcessInfo expected;
    expected.pid = pid;
    expected.program = "node";
    expected.startTime = startTime;
    expected.executable = executable.toStdString();
    const StopResult result = system.stopProcess(expected, kill, std::chrono::milliseconds(30));
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY(!result.message.empty());
    QCOMPARE(QStringList(log.sent.begin(), log.sent.end()), sent);
}

void TestMacSystem::stopChecksIdentityRightBeforeSignal() {
    ReplayRunner runner;
    recordMac(runner);
    Signals log;
    MacServices services = signalling(log);
    auto signal = services.signal;
    std::vector<std::string> callsAtTerm;
    services.signal = [&](std::int64_t pid, MacServices::Signal s) {
        if (s == MacServices::Signal::Terminate)
            callsAtTerm = runner.calls();
        return signal(pid, s);
    };
    MacSystem system(runner, services);
    QCOMPARE(system.stopProcess(nodeAsShown(), false, std::chrono::milliseconds(30)).outcome,
             StopOutcome::Terminated);
    QVERIFY(!callsAtTerm.empty());
    QCOMPARE(callsAtTerm.back(), cmd::psIdentity({4312}).text()); // the last thing before the signal
}

QTEST_GUILESS_MAIN(TestMacSystem)
#include "tst_macsystem.moc"
