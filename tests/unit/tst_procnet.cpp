// The /proc/net table parser against tables recorded on this machine (python3 -m http.server
// --bind :: plus a few loopback listeners) and hand-made broken ones.

#include "platform/procnet.h"

#include <bit>
#include <optional>

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

using namespace ld::platform;

namespace {

QString endpoint(const IpAddress& address, std::uint16_t port) {
    const QString text = QString::fromStdString(address.toString());
    return (address.family == Family::V6 ? u'[' + text + u']' : text) + u':' + QString::number(port);
}

QString describe(const Socket& socket) {
    return QStringLiteral("%1 %2 %3 %4 uid=%5 inode=%6 rq=%7 sq=%8")
        .arg(socket.proto == Proto::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp"),
             endpoint(socket.local, socket.localPort), endpoint(socket.remote, socket.remotePort),
             QString::fromUtf8(tcpStateName(socket.state)))
        .arg(socket.uid)
        .arg(socket.inode)
        .arg(socket.receiveQueue)
        .arg(socket.sendQueue);
}

std::optional<QByteArray> readFixture(const QString& name) {
    QFile file(QStringLiteral(LD_FIXTURES "/linux/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

class TestProcNet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void inlineText_data();
    void inlineText();
    void byteOrder();
    void randomBytesNeverCrash();
};

void TestProcNet::fixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("recorded tcp")
        << "proc-net-tcp.txt" << false << false
        << QStringList{
               "tcp 0.0.0.0:2024 0.0.0.0:0 listen uid=0 inode=99 rq=0 sq=0",
               "tcp 127.0.0.1:18081 0.0.0.0:0 listen uid=0 inode=15394 rq=0 sq=0",
               "tcp 127.0.0.1:18391 0.0.0.0:0 listen uid=0 inode=11515 rq=0 sq=0",
               "tcp 127.0.0.1:44020 127.0.0.1:18081 established uid=0 inode=15398 rq=0 sq=0",
               "tcp 127.0.0.1:18081 127.0.0.1:44020 established uid=0 inode=15399 rq=5 sq=0",
           };
    // ::1:18084 has one connection waiting to be accepted (rx_queue 1), which has no inode yet.
    QTest::newRow("recorded tcp6")
        << "proc-net-tcp6.txt" << false << true
        << QStringList{
               "tcp [::1]:18084 [::]:0 listen uid=0 inode=15397 rq=1 sq=0",
               "tcp [::]:18080 [::]:0 listen uid=0 inode=15092 rq=0 sq=0",
               "tcp [::]:18392 [::]:0 listen uid=0 inode=11007 rq=0 sq=0",
               "tcp [::1]:18084 [::1]:33282 established uid=0 inode=0 rq=0 sq=0",
               "tcp [::1]:33282 [::1]:18084 established uid=0 inode=15400 rq=0 sq=0",
           };
    QTest::newRow("recorded udp") << "proc-net-udp.txt" << true << false
                                  << QStringList{
                                         "udp 127.0.0.1:18082 0.0.0.0:0 close uid=0 inode=15395 rq=0 sq=0"};
    QTest::newRow("recorded udp6") << "proc-net-udp6.txt" << true << true
                                   << QStringList{"udp [::1]:18083 [::]:0 close uid=0 inode=15396 rq=0 sq=0"};
    // Truncated rows, bad hex, short ports, missing colons, negative uid, inode overflow, a
    // one-digit state, a v6 address in a v4 table, NUL bytes and a last line cut short are skipped;
    // lower-case hex, tabs, CRLF, an unknown state (0x0C) and the largest inode are kept.
    QTest::newRow("garbage")
        << "proc-net-tcp-garbage.txt" << false << false
        << QStringList{
               "tcp 127.0.0.1:3000 0.0.0.0:0 listen uid=1000 inode=424242 rq=3 sq=0",
               "tcp 127.0.0.1:3009 192.168.1.1:50000 unknown uid=1000 inode=0 rq=0 sq=0",
               "tcp 127.0.0.2:3010 0.0.0.0:0 listen uid=501 inode=18446744073709551615 rq=0 sq=0",
               "tcp 0.0.0.0:8080 0.0.0.0:0 listen uid=33 inode=7777 rq=0 sq=0",
               "tcp 127.0.0.1:3011 0.0.0.0:0 listen uid=1000 inode=31337 rq=0 sq=0",
           };
    QTest::newRow("v4-mapped and global v6")
        << "proc-net-tcp6-mapped.txt" << false << true
        << QStringList{
               "tcp [::ffff:127.0.0.1]:3000 [::ffff:127.0.0.1]:54321 "
               "established uid=1000 inode=5001 rq=0 sq=0",
               "tcp [::ffff:127.0.0.1]:3000 [::]:0 listen uid=1000 inode=5002 "
               "rq=0 sq=0",
               "tcp [fe80::5abc:fff:2e4f:fef8]:8080 [::]:0 listen uid=1000 "
               "inode=5003 rq=0 sq=0",
               "tcp [2001:db8::1]:80 [::]:0 listen uid=0 inode=5004 rq=129 sq=2",
           };
    QTest::newRow("udp bound, connected, queued")
        << "proc-net-udp-mixed.txt" << true << false
        << QStringList{
               "udp 127.0.0.53:53 0.0.0.0:0 close uid=101 inode=20123 rq=0 sq=0",
               "udp 127.0.0.1:55000 127.0.0.1:53 established uid=1000 "
               "inode=20124 rq=0 sq=0",
               "udp 0.0.0.0:68 0.0.0.0:0 close uid=0 inode=20125 rq=832 sq=0",
           };
    QTest::newRow("header only") << "proc-net-header-only.txt" << false << false << QStringList{};
    QTest::newRow("empty") << "proc-net-empty.txt" << false << false << QStringList{};
    // Reading a v4 table as v6 (or the reverse) finds nothing rather than nonsense.
    QTest::newRow("tcp read as v6") << "proc-net-tcp.txt" << false << true << QStringList{};
    QTest::newRow("tcp6 read as v4") << "proc-net-tcp6.txt" << false << false << QStringList{};
}

void TestProcNet::fixtures() {
    QFETCH(QString, file);
    QFETCH(bool, udp);
    QFETCH(bool, v6);
    QFETCH(QStringList, expected);

    const auto fixture = readFixture(file);
    QVERIFY2(fixture, qPrintable(file));
    const QByteArray& text = *fixture;
    const auto sockets = parseProcNet(std::string_view(text.constData(), std::size_t(text.size())),
                                      udp ? Proto::Udp : Proto::Tcp, v6 ? Family::V6 : Family::V4);
    QStringList actual;
    for (const auto& socket : sockets)
        actual << describe(socket);
    QCOMPARE(actual, expected);
}

void TestProcNet::inlineText_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("count");

    QTest::newRow("nothing") << QByteArray() << 0;
    QTest::newRow("newlines") << QByteArray("\n\n\n") << 0;
    QTest::newRow("one row without header or newline")
        << QByteArray("0: 0100007F:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1") << 1;
    QTest::newRow("nine fields") << QByteArray(
                                        "0: 0100007F:0050 00000000:0000 0A 00000000:00000000 00:00000000 "
                                        "00000000 0 0")
                                 << 0;
    QTest::newRow("sign in port") << QByteArray(
                                         "0: 0100007F:+050 00000000:0000 0A 00000000:00000000 00:0 0 0 0 1")
                                  << 0;
    QTest::newRow("sign in queue") << QByteArray(
                                          "0: 0100007F:0050 00000000:0000 0A -0000000:00000000 00:0 0 0 0 1")
                                   << 0;
    QTest::newRow("queue without colon")
        << QByteArray("0: 0100007F:0050 00000000:0000 0A 0000000000000000 00:0 0 0 0 1") << 0;
}

void TestProcNet::inlineText() {
    QFETCH(QByteArray, text);
    QFETCH(int, count);
    const auto sockets =
        parseProcNet(std::string_view(text.constData(), std::size_t(text.size())), Proto::Tcp, Family::V4);
    QCOMPARE(int(sockets.size()), count);
}

void TestProcNet::byteOrder() {
    // The kernel prints the in-memory 32-bit word: 127.0.0.1 is 0100007F on little-endian machines.
    if constexpr (std::endian::native != std::endian::little)
        QSKIP("the text below was written by a little-endian kernel");
    const auto sockets = parseProcNet("0: 0100007F:1F90 0201A8C0:0050 01 00000010:00000020 00:0 0 1000 0 77",
                                      Proto::Tcp, Family::V4);
    QCOMPARE(sockets.size(), std::size_t(1));
    const Socket& socket = sockets.front();
    QCOMPARE(socket.local, IpAddress::v4(127, 0, 0, 1));
    QCOMPARE(socket.remote, IpAddress::v4(192, 168, 1, 2));
    QCOMPARE(socket.localPort, std::uint16_t(8080));
    QCOMPARE(socket.remotePort, std::uint16_t(80));
    QCOMPARE(socket.state, TcpState::Established);
    QCOMPARE(socket.sendQueue, 16u);
    QCOMPARE(socket.receiveQueue, 32u);
    QCOMPARE(socket.uid, 1000u);
    QCOMPARE(socket.inode, std::uint64_t(77));
    QVERIFY(!socket.v6Only.has_value());
    QVERIFY(!socket.isListening());
}

void TestProcNet::randomBytesNeverCrash() {
    // Mutations of a real table: flipped, cut and duplicated bytes. Bounded: 2000 rounds.
    const QByteArray base = readFixture(QStringLiteral("proc-net-tcp6.txt")).value_or(QByteArray());
    QVERIFY(!base.isEmpty());
    QRandomGenerator random(12345);
    for (int round = 0; round < 2000; ++round) {
        QByteArray text = base;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const int at = int(random.bounded(text.size()));
            switch (random.bounded(3)) {
            case 0:
                text[at] = char(random.bounded(256));
                break;
            case 1:
                text.truncate(at);
                break;
            default:
                text.insert(at, text.mid(at, int(random.bounded(40))));
                break;
            }
        }
        const auto sockets = parseProcNet(std::string_view(text.constData(), std::size_t(text.size())),
                                          round % 2 ? Proto::Udp : Proto::Tcp, Family::V6);
        QVERIFY(sockets.size() <= std::size_t(text.count('\n') + 1));
    }
}

QTEST_APPLESS_MAIN(TestProcNet)
#include "tst_procnet.moc"
