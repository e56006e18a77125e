// LinuxSystem against the real kernel: listeners this test opens on loopback must be found by
// netlink and by /proc alike, with this process as their owner; plus a fake /proc tree for the
// parsing of odd process names.

#include "platform/linux/collectors.h"
#include "platform/posix/connect.h"
#include "platform/system.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

using namespace ld::platform;

namespace {

class Fd {
public:
    explicit Fd(int fd = -1)
        : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(Fd&& other) noexcept
        : m_fd(std::exchange(other.m_fd, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

std::uint64_t inodeOf(int fd) {
    struct stat info {};
    return ::fstat(fd, &info) == 0 ? std::uint64_t(info.st_ino) : 0;
}

sockaddr_storage socketAddress(const IpAddress& address, std::uint16_t port, socklen_t& length) {
    sockaddr_storage storage{};
    if (address.family == Family::V4) {
        auto* in = reinterpret_cast<sockaddr_in*>(&storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        std::memcpy(&in->sin_addr, address.bytes.data(), 4);
        length = sizeof *in;
    } else {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        std::memcpy(&in6->sin6_addr, address.bytes.data(), 16);
        length = sizeof *in6;
    }
    return storage;
}

std::uint16_t boundPort(int fd) {
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return 0;
    return storage.ss_family == AF_INET ? ntohs(reinterpret_cast<sockaddr_in*>(&storage)->sin_port)
                                        : ntohs(reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port);
}

// A socket bound to address:0 (TCP listening with `backlog`, or UDP); invalid when the family is
// unavailable (IPv6 disabled).
Fd openBound(Proto proto, const IpAddress& address, int backlog = 16) {
    const int family = address.family == Family::V4 ? AF_INET : AF_INET6;
    Fd fd(::socket(family, (proto == Proto::Tcp ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC, 0));
    if (!fd.valid())
        return fd;
    if (family == AF_INET6) {
        const int one = 1;
        ::setsockopt(fd.get(), IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    }
    socklen_t length = 0;
    const auto storage = socketAddress(address, 0, length);
    if (::bind(fd.get(), reinterpret_cast<const sockaddr*>(&storage), length) != 0)
        return Fd();
    if (proto == Proto::Tcp && ::listen(fd.get(), backlog) != 0)
        return Fd();
    return fd;
}

Fd connectNonBlocking(const IpAddress& address, std::uint16_t port) {
    Fd fd(::socket(address.family == Family::V4 ? AF_INET : AF_INET6,
                   SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    socklen_t length = 0;
    const auto storage = socketAddress(address, port, length);
    ::connect(fd.get(), reinterpret_cast<const sockaddr*>(&storage), length);
    return fd;
}

const Socket* find(const std::vector<Socket>& sockets, Proto proto, std::uint16_t port) {
    for (const auto& socket : sockets)
        if (socket.proto == proto && socket.localPort == port)
            return &socket;
    return nullptr;
}

using Key = QString;
Key keyOf(const Socket& socket) {
    return QStringLiteral("%1 %2 %3 %4")
        .arg(socket.proto == Proto::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp"),
             QString::fromStdString(socket.local.toString()))
        .arg(socket.localPort)
        .arg(socket.inode);
}

QSet<Key> keys(const std::vector<Socket>& sockets) {
    QSet<Key> out;
    for (const auto& socket : sockets)
        out.insert(keyOf(socket));
    return out;
}

bool writeFile(const QString& path, const QByteArray& content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestLinuxSystem : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsOwnListeners_data();
    void findsOwnListeners();
    void portFilter();
    void udpBoundAndConnected();
    void netlinkAndProcAgree();
    void ownerIsThisProcess();
    void processInfoOfSelf();
    void acceptQueueFull();
    void resolve();
    void connectAll();
    void policyHostsEnvironment();
    void fakeProcTree();

private:
    std::unique_ptr<System> m_system;
    bool m_netlink = false;
    bool m_ipv6 = false;
};

void TestLinuxSystem::initTestCase() {
    m_system = createSystem();
    QVERIFY(m_system);
    m_netlink = linux_os::socketsFromNetlink({}).has_value();
    m_ipv6 = openBound(Proto::Tcp, IpAddress::v6Loopback()).valid();
    if (!m_netlink)
        qWarning("sock_diag netlink is unavailable here: only the /proc path is tested");
    if (!m_ipv6)
        qWarning("IPv6 is unavailable here: ::1 cases are skipped");
}

void TestLinuxSystem::findsOwnListeners_data() {
    QTest::addColumn<bool>("udp");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<bool>("viaProc");
    for (const bool viaProc : {false, true}) {
        const char* path = viaProc ? "proc" : "netlink";
        QTest::addRow("tcp 127.0.0.1 %s", path) << false << false << viaProc;
        QTest::addRow("tcp ::1 %s", path) << false << true << viaProc;
        QTest::addRow("udp 127.0.0.1 %s", path) << true << false << viaProc;
        QTest::addRow("udp ::1 %s", path) << true << true << viaProc;
    }
}

void TestLinuxSystem::findsOwnListeners() {
    QFETCH(bool, udp);
    QFETCH(bool, v6);
    QFETCH(bool, viaProc);
    if (v6 && !m_ipv6)
        QSKIP("IPv6 is disabled on this machine");
    if (!viaProc && !m_netlink)
        QSKIP("sock_diag netlink is unavailable (seccomp or an old kernel)");

    const Proto proto = udp ? Proto::Udp : Proto::Tcp;
    const IpAddress address = v6 ? IpAddress::v6Loopback() : IpAddress::v4(127, 0, 0, 1);
    const Fd listener = openBound(proto, address);
    QVERIFY(listener.valid());
    const std::uint16_t port = boundPort(listener.get());
    QVERIFY(port != 0);

    SocketQuery query;
    query.tcp = !udp;
    query.udp = udp;
    const auto sockets = viaProc ? linux_os::socketsFromProc(query) : m_system->sockets(query);
    const Socket* socket = find(sockets, proto, port);
    QVERIFY2(socket,
             qPrintable(QStringLiteral("port %1 not among %2 sockets").arg(port).arg(sockets.size())));
    QCOMPARE(socket->local, address);
    QCOMPARE(socket->uid, std::uint32_t(::geteuid()));
    QCOMPARE(socket->inode, inodeOf(listener.get()));
    QCOMPARE(socket->state, udp ? TcpState::Close : TcpState::Listen);
    QVERIFY(socket->isListening());
    QCOMPARE(socket->remotePort, std::uint16_t(0));
    if (!viaProc && v6)
        QCOMPARE(socket->v6Only, std::optional<bool>(true)); // only netlink knows
    if (!viaProc && !udp)
        QCOMPARE(socket->sendQueue, 16u); // the backlog, from netlink
}

void TestLinuxSystem::portFilter() {
    const Fd a = openBound(Proto::Tcp, IpAddress::v4(127, 0, 0, 1));
    const Fd b = openBound(Proto::Tcp, IpAddress::v4(127, 0, 0, 1));
    QVERIFY(a.valid() && b.valid());
    SocketQuery query;
    query.port = boundPort(a.get());
    for (const bool viaProc : {false, true}) {
        if (!viaProc && !m_netlink)
            continue;
        const auto sockets = viaProc ? linux_os::socketsFromProc(query) : m_system->sockets(query);
        QVERIFY(find(sockets, Proto::Tcp, *query.port));
        QVERIFY(!find(sockets, Proto::Tcp, boundPort(b.get())));
        for (const auto& socket : sockets)
            QCOMPARE(socket.localPort, *query.port);
    }
}

void TestLinuxSystem::udpBoundAndConnected() {
    const Fd server = openBound(Proto::Udp, IpAddress::v4(127, 0, 0, 1));
    const Fd client = openBound(Proto::Udp, IpAddress::v4(127, 0, 0, 1));
    QVERIFY(server.valid() && client.valid());
    socklen_t length = 0;
    const auto to = socketAddress(IpAddress::v4(127, 0, 0, 1), boundPort(server.get()), length);
    QCOMPARE(::connect(client.get(), reinterpret_cast<const sockaddr*>(&to), length), 0);

    SocketQuery listening;
    listening.tcp = false;
    SocketQuery all = listening;
    all.listeningOnly = false;
    for (const bool viaProc : {false, true}) {
        if (!viaProc && !m_netlink)
            continue;
        const auto fetch = [&](const SocketQuery& q) {
            return viaProc ? linux_os::socketsFromProc(q) : *linux_os::socketsFromNetlink(q);
        };
        const auto bound = fetch(listening);
        QVERIFY(find(bound, Proto::Udp, boundPort(server.get())));
        QVERIFY(!find(bound, Proto::Udp, boundPort(client.get()))); // connected: not listening
        const auto everything = fetch(all);
        const Socket* connected = find(everything, Proto::Udp, boundPort(client.get()));
        QVERIFY(connected);
        QCOMPARE(connected->state, TcpState::Established);
        QCOMPARE(connected->remotePort, boundPort(server.get()));
    }
}

void TestLinuxSystem::netlinkAndProcAgree() {
    if (!m_netlink)
        QSKIP("sock_diag netlink is unavailable");
    const Fd v4 = openBound(Proto::Tcp, IpAddress::v4(127, 0, 0, 1));
    const Fd udp = openBound(Proto::Udp, IpAddress::v4(127, 0, 0, 1));
    QVERIFY(v4.valid() && udp.valid());
    // Other programs open and close sockets meanwhile: take netlink, /proc, netlink again, and
    // accept the first round where nothing changed in between (bounded: 10 rounds).
    QSet<Key> fromNetlink;
    QSet<Key> fromProc;
    for (int round = 0; round < 10; ++round) {
        const auto before = keys(*linux_os::socketsFromNetlink({}));
        fromProc = keys(linux_os::socketsFromProc({}));
        fromNetlink = keys(*linux_os::socketsFromNetlink({}));
        if (before == fromNetlink && fromNetlink == fromProc)
            break;
    }
    QCOMPARE(fromProc, fromNetlink);
    QVERIFY(fromNetlink.contains(
        QStringLiteral("tcp 127.0.0.1 %1 %2").arg(boundPort(v4.get())).arg(inodeOf(v4.get()))));
    QVERIFY(fromNetlink.contains(
        QStringLiteral("udp 127.0.0.1 %1 %2").arg(boundPort(udp.get())).arg(inodeOf(udp.get()))));
}

void TestLinuxSystem::ownerIsThisProcess() {
    const Fd listener = openBound(Proto::Tcp, IpAddress::v4(127, 0, 0, 1));
    QVERIFY(listener.valid());
    const std::uint64_t inode = inodeOf(listener.get());
    SocketQuery query;
    query.port = boundPort(listener.get());
    QVERIFY(find(m_system->sockets(query), Proto::Tcp, *query.port)); // so the system knows its uid

    QElapsedTimer timer;
    timer.start();
    const auto owners = m_system->socketOwners({inode, 1}); // inode 1 is never a socket: not found
    qInfo("socketOwners took %lld ms", timer.elapsed());
    QCOMPARE(owners.size(), std::size_t(1));
    const auto it = owners.find(inode);
    QVERIFY(it != owners.end());
    QCOMPARE(it->second.pid, std::int64_t(::getpid()));
    QCOMPARE(it->second.uid, std::uint32_t(::geteuid()));

    // A listing's owners: the same process, its name, command line and user; no start time and no
    // executable, which only a diagnosis uses.
    const auto listed = m_system->listingOwners({inode, 1});
    QCOMPARE(listed.size(), std::size_t(1));
    const ProcessInfo& full = it->second;
    const ProcessInfo& brief = listed.at(inode);
    QCOMPARE(brief.pid, full.pid);
    QCOMPARE(brief.program, full.program);
    QCOMPARE(brief.commandLine, full.commandLine);
    QCOMPARE(brief.uid, full.uid);
    QCOMPARE(brief.user, full.user);
    QVERIFY(full.startTime != 0 && !full.executable.empty());
    QVERIFY(brief.startTime == 0 && brief.executable.empty());

    // The free function with no uid hint finds the same.
    const auto plain = linux_os::socketOwners({inode});
    QCOMPARE(plain.size(), std::size_t(1));
    QCOMPARE(plain.begin()->second.pid, std::int64_t(::getpid()));
    QVERIFY(linux_os::socketOwners({}).empty());
}

void TestLinuxSystem::processInfoOfSelf() {
    const auto self = m_system->process(::getpid());
    QVERIFY(self);
    QCOMPARE(self->pid, std::int64_t(::getpid()));
    QCOMPARE(QString::fromStdString(self->program), QStringLiteral("tst_linuxsystem"));
    QVERIFY2(QString::fromStdString(self->commandLine).contains(QStringLiteral("tst_linuxsystem")),
             self->commandLine.c_str());
    QCOMPARE(QString::fromStdString(self->executable),
             QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget());
    QCOMPARE(self->uid, std::uint32_t(::geteuid()));
    QCOMPARE(self->user, m_system->userName(::geteuid()));
    QVERIFY(!self->user.empty());
    QVERIFY(self->startTime > 0);
    // The start time is stable (it tells a reused pid apart).
    QCOMPARE(m_system->process(::getpid())->startTime, self->startTime);
    QVERIFY(!m_system->process(0));
    QVERIFY(!m_system->process(-5));
    QVERIFY(!m_system->process(std::int64_t(1) << 40)); // no such pid
}

void TestLinuxSystem::acceptQueueFull() {
    if (!m_netlink)
        QSKIP("the backlog is only known through sock_diag netlink, unavailable here");
    const Fd listener = openBound(Proto::Tcp, IpAddress::v4(127, 0, 0, 1), 1);
    QVERIFY(listener.valid());
    const std::uint16_t port = boundPort(listener.get());
    std::vector<Fd> clients;
    for (int i = 0; i < 3; ++i)
        clients.push_back(connectNonBlocking(IpAddress::v4(127, 0, 0, 1), port));

    SocketQuery query;
    query.port = port;
    query.udp = false;
    std::optional<Socket> seen;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000) { // the handshakes finish within milliseconds on loopback
        const auto sockets = m_system->sockets(query);
        if (const Socket* socket = find(sockets, Proto::Tcp, port)) {
            seen = *socket;
            if (socket->acceptQueueFull())
                break;
        }
        QThread::msleep(10);
    }
    QVERIFY(seen);
    QCOMPARE(seen->sendQueue, 1u); // the backlog
    QVERIFY2(seen->receiveQueue > seen->sendQueue, qPrintable(QString::number(seen->receiveQueue)));
    QVERIFY(seen->acceptQueueFull());

    // A full queue drops new SYNs: a connect attempt times out instead of being refused.
    const auto attempts =
        ld::platform::connectAll({IpAddress::v4(127, 0, 0, 1)}, port, std::chrono::milliseconds(300));
    QCOMPARE(attempts.size(), std::size_t(1));
    QCOMPARE(attempts[0].outcome, ConnectOutcome::TimedOut);
    QVERIFY(attempts[0].elapsedMs >= 290 && attempts[0].elapsedMs < 2000);
}

void TestLinuxSystem::resolve() {
    std::string error = "stale";
    const auto localhost = m_system->resolve("localhost", &error);
    QVERIFY2(!localhost.empty(), error.c_str());
    QVERIFY(error.empty());
    for (const auto& address : localhost)
        QVERIFY2(address.isLoopback(), address.toString().c_str());
    // One entry per address, whatever socket types the resolver lists.
    for (std::size_t i = 0; i < localhost.size(); ++i)
        for (std::size_t j = i + 1; j < localhost.size(); ++j)
            QVERIFY(!(localhost[i] == localhost[j]));

    QCOMPARE(m_system->resolve("127.0.0.1", nullptr), std::vector<IpAddress>{IpAddress::v4(127, 0, 0, 1)});
    QCOMPARE(m_system->resolve("::1", nullptr), std::vector<IpAddress>{IpAddress::v6Loopback()});
    const auto none = m_system->resolve("", &error);
    QVERIFY(none.empty());
    QVERIFY(!error.empty());
}

void TestLinuxSystem::connectAll() {
    const Fd v4 = openBound(Proto::Tcp, IpAddress::v4(127, 0, 0, 1));
    QVERIFY(v4.valid());
    const std::uint16_t open = boundPort(v4.get());
    // A port nobody listens on: bound to find a free number, then closed.
    std::uint16_t closed = 0;
    {
        const Fd probe = openBound(Proto::Udp, IpAddress::v4(127, 0, 0, 1));
        closed = boundPort(probe.get());
    }
    QVERIFY(closed != 0 && closed != open);

    // With ::1 too, one call has both outcomes: only 127.0.0.1 listens on `open`.
    std::vector<IpAddress> addresses{IpAddress::v4(127, 0, 0, 1)};
    if (m_ipv6)
        addresses.push_back(IpAddress::v6Loopback());
    QElapsedTimer timer;
    timer.start();
    const auto toOpen = m_system->connectAll(addresses, open, std::chrono::milliseconds(1000));
    const auto toClosed = m_system->connectAll(addresses, closed, std::chrono::milliseconds(1000));
    QVERIFY(timer.elapsed() < 1500); // loopback answers at once; nothing waited for the timeout
    QCOMPARE(toOpen.size(), addresses.size());
    QCOMPARE(toOpen[0].outcome, ConnectOutcome::Connected);
    QCOMPARE(toOpen[0].port, open);
    QCOMPARE(toOpen[0].address, addresses[0]);
    QCOMPARE(toOpen[0].osError, 0);
    QVERIFY(toOpen[0].errorText.empty());
    QVERIFY(toOpen[0].elapsedMs >= 0 && toOpen[0].elapsedMs < 1000);
    if (m_ipv6) // nothing listens on ::1 at that port (our listener is 127.0.0.1 only)
        QVERIFY(toOpen[1].outcome == ConnectOutcome::Refused);
    for (const auto& attempt : toClosed) {
        QCOMPARE(attempt.outcome, ConnectOutcome::Refused);
        QCOMPARE(attempt.osError, ECONNREFUSED);
        QVERIFY(!attempt.errorText.empty());
        QVERIFY(attempt.elapsedMs < 1000);
    }
    QVERIFY(m_system->connectAll({}, open, std::chrono::milliseconds(100)).empty());
}

void TestLinuxSystem::policyHostsEnvironment() {
    QCOMPARE(m_system->osName(), std::string("linux"));
    utsname names{};
    QCOMPARE(::uname(&names), 0);
    QVERIFY2(m_system->osVersion().find(names.release) != std::string::npos, m_system->osVersion().c_str());
    QCOMPARE(m_system->currentUid(), std::uint32_t(::geteuid()));
    QCOMPARE(m_system->elevated(), ::geteuid() == 0);

    const PortPolicy policy = m_system->portPolicy();
    QFile start(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    if (start.open(QIODevice::ReadOnly)) {
        QCOMPARE(int(policy.unprivilegedStart), start.readAll().trimmed().toInt());
        QVERIFY(policy.source.find("ip_unprivileged_port_start") != std::string::npos);
    }
    QFile range(QStringLiteral("/proc/sys/net/ipv4/ip_local_port_range"));
    if (range.open(QIODevice::ReadOnly)) {
        const auto parts = range.readAll().simplified().split(' ');
        QCOMPARE(parts.size(), 2);
        QCOMPARE(int(policy.ephemeral.first), parts[0].toInt());
        QCOMPARE(int(policy.ephemeral.last), parts[1].toInt());
    }
    QVERIFY(policy.ephemeral.first <= policy.ephemeral.last);

    const HostsFile hosts = m_system->hostsFile();
    QCOMPARE(hosts.path, std::string("/etc/hosts"));
    QCOMPARE(hosts.readable, QFileInfo(QStringLiteral("/etc/hosts")).isReadable());

    qputenv("LD_TEST_MARKER", "a=b c");
    const auto environment = m_system->environment();
    QCOMPARE(environment.count("LD_TEST_MARKER"), std::size_t(1));
    QCOMPARE(environment.at("LD_TEST_MARKER"), std::string("a=b c"));
}

void TestLinuxSystem::fakeProcTree() {
    // A /proc look-alike: two processes hold socket 555 (the newer one, 4200, is reported), one
    // has a name with spaces and parentheses, and one holds nothing we want.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = root.path();
    QVERIFY(QDir(base).mkpath(QStringLiteral("net")));
    QFile fixture(QStringLiteral(LD_FIXTURES "/linux/proc-net-tcp.txt"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(base + QStringLiteral("/net/tcp"), fixture.readAll()));
    const QByteArray stat4200 =
        "4200 (my (odd) ) name) S 1 4200 4200 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 "
        "987654 1000000 100 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0\n";
    struct Process {
        const char* pid;
        QByteArray stat;
        QByteArray comm;
        QByteArray cmdline;
        QList<QByteArray> links;
    };
    const QList<Process> processes{
        {"4200",
         stat4200,
         "my (odd) ) name\n",
         QByteArray("node|server.js|--port|3000|").replace('|', '\0'),
         {"socket:[555]", "pipe:[9]", "/dev/null"}},
        {"300", "300 (old) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 42 0 0\n", "old\n", "", {"socket:[555]"}},
        {"77", "77 (other) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 7 0 0\n", "other\n", "", {"socket:[556]"}},
    };
    for (const auto& process : processes) {
        const QString dir = base + u'/' + QLatin1String(process.pid);
        QVERIFY(QDir(base).mkpath(QLatin1String(process.pid) + QStringLiteral("/fd")));
        QVERIFY(writeFile(dir + QStringLiteral("/stat"), process.stat));
        QVERIFY(writeFile(dir + QStringLiteral("/comm"), process.comm));
        QVERIFY(writeFile(dir + QStringLiteral("/cmdline"), process.cmdline));
        // The uid comes from the folder's owner, not from status (whose effective uid, 4243, would
        // be wrong here): see the owner check below.
        QVERIFY(writeFile(dir + QStringLiteral("/status"),
                          "Name:\tx\nUid:\t4242\t4243\t4242\t4242\nGid:\t1\t1\t1\t1\n"));
        for (int fd = 0; fd < process.links.size(); ++fd)
            QVERIFY(QFile::link(QString::fromLatin1(process.links[fd]),
                                dir + QStringLiteral("/fd/") + QString::number(fd)));
    }
    QVERIFY(QDir(base).mkpath(QStringLiteral("self/fd"))); // not a pid: ignored
    const std::string procRoot = base.toStdString();
    // The kernel gives /proc/PID the process's effective uid; as root, make 4200's folder 1001's.
    const std::uint32_t folderOwner = ::geteuid() == 0 ? 1001u : std::uint32_t(::geteuid());
    if (::geteuid() == 0)
        QVERIFY(::chown(QFile::encodeName(base + QStringLiteral("/4200")).constData(), 1001, 1001) == 0);

    const auto owners = linux_os::socketOwners({555, 999}, procRoot);
    QCOMPARE(owners.size(), std::size_t(1));
    const ProcessInfo& owner = owners.at(555);
    QCOMPARE(owner.pid, std::int64_t(4200));
    QCOMPARE(owner.program, std::string("my (odd) ) name"));
    QCOMPARE(owner.commandLine, std::string("node server.js --port 3000"));
    QCOMPARE(owner.startTime, std::uint64_t(987654)); // field 22, counted after the last ')'
    QCOMPARE(owner.uid, folderOwner);                 // the effective uid: the folder's owner
    QVERIFY(owner.executable.empty());                // no exe link in the fake tree

    // What a listing reads: the same owner and name (from comm), no start time.
    const auto listed = linux_os::socketOwners({555, 999}, {}, procRoot, linux_os::FactsRead::Listing);
    QCOMPARE(listed.size(), std::size_t(1));
    QCOMPARE(listed.at(555).pid, std::int64_t(4200));
    QCOMPARE(listed.at(555).program, std::string("my (odd) ) name"));
    QCOMPARE(listed.at(555).commandLine, owner.commandLine);
    QCOMPARE(listed.at(555).uid, folderOwner);
    QCOMPARE(listed.at(555).startTime, std::uint64_t(0));

    const auto other = linux_os::processInfo(77, procRoot);
    QVERIFY(other);
    QCOMPARE(other->startTime, std::uint64_t(7));
    QVERIFY(other->commandLine.empty()); // a kernel thread or a zombie has none
    QVERIFY(!linux_os::processInfo(12345, procRoot));

    const auto sockets = linux_os::socketsFromProc({}, procRoot); // tcp only: the other tables are absent
    QCOMPARE(sockets.size(), std::size_t(3));
    QCOMPARE(sockets[1].localPort, std::uint16_t(18081));
    SocketQuery everything;
    everything.listeningOnly = false;
    QCOMPARE(linux_os::socketsFromProc(everything, procRoot).size(), std::size_t(5));
    QVERIFY(linux_os::socketsFromProc({}, procRoot + "/missing").empty());
}

QTEST_GUILESS_MAIN(TestLinuxSystem)
#include "tst_linuxsystem.moc"
