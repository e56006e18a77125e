// IpAddress text (RFC 4291 in, RFC 5952 out), its classifications, the state and outcome names,
// and which sockets count as listening.

#include "platform/types.h"

#include <QTest>

using namespace ld::platform;

class TestIpAddress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void canonical_data();
    void canonical();
    void classify_data();
    void classify();
    void constructors();
    void names();
    void listening_data();
    void listening();
    void accepts_data();
    void accepts();
};

void TestIpAddress::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QString>("printed"); // toString() of the result
    QTest::addColumn<uint>("scope");

    QTest::newRow("v4 loopback") << "127.0.0.1" << true << false << "127.0.0.1" << 0u;
    QTest::newRow("v4 any") << "0.0.0.0" << true << false << "0.0.0.0" << 0u;
    QTest::newRow("v4 broadcast") << "255.255.255.255" << true << false << "255.255.255.255" << 0u;
    QTest::newRow("v4 octet too big") << "256.0.0.1" << false << false << "" << 0u;
    QTest::newRow("v4 three parts") << "127.0.1" << false << false << "" << 0u;
    QTest::newRow("v4 five parts") << "1.2.3.4.5" << false << false << "" << 0u;
    QTest::newRow("v4 trailing dot") << "1.2.3.4." << false << false << "" << 0u;
    QTest::newRow("v4 empty part") << "1..3.4" << false << false << "" << 0u;
    QTest::newRow("v4 leading zero") << "127.000.0.1" << false << false << "" << 0u;
    QTest::newRow("v4 sign") << "+1.2.3.4" << false << false << "" << 0u;
    QTest::newRow("v4 space") << "1.2.3.4 " << false << false << "" << 0u;
    QTest::newRow("v4 with scope") << "1.2.3.4%1" << false << false << "" << 0u;
    QTest::newRow("empty") << "" << false << false << "" << 0u;
    QTest::newRow("a name") << "localhost" << false << false << "" << 0u;

    QTest::newRow("v6 loopback") << "::1" << true << true << "::1" << 0u;
    QTest::newRow("v6 any") << "::" << true << true << "::" << 0u;
    QTest::newRow("v6 full") << "2001:0db8:0000:0000:0000:0000:0000:0001" << true << true << "2001:db8::1"
                             << 0u;
    QTest::newRow("v6 upper case") << "2001:DB8::ABCD" << true << true << "2001:db8::abcd" << 0u;
    QTest::newRow("v6 gap at end") << "fe80::" << true << true << "fe80::" << 0u;
    QTest::newRow("v6 gap in middle") << "1:2::7:8" << true << true << "1:2::7:8" << 0u;
    QTest::newRow("v6 gap of one group") << "1:2:3:4:5:6::8" << true << true << "1:2:3:4:5:6:0:8" << 0u;
    QTest::newRow("v6 eight groups and gap") << "1:2:3:4::5:6:7:8" << false << true << "" << 0u;
    QTest::newRow("v6 two gaps") << "1::2::3" << false << true << "" << 0u;
    QTest::newRow("v6 triple colon") << "1:::2" << false << true << "" << 0u;
    QTest::newRow("v6 seven groups") << "1:2:3:4:5:6:7" << false << true << "" << 0u;
    QTest::newRow("v6 nine groups") << "1:2:3:4:5:6:7:8:9" << false << true << "" << 0u;
    QTest::newRow("v6 five hex digits") << "12345::1" << false << true << "" << 0u;
    QTest::newRow("v6 not hex") << "::g" << false << true << "" << 0u;
    QTest::newRow("v6 leading colon") << ":1:2:3:4:5:6:7:8" << false << true << "" << 0u;
    QTest::newRow("v6 trailing colon") << "1:2:3:4:5:6:7:" << false << true << "" << 0u;
    QTest::newRow("v6 brackets") << "[::1]" << false << true << "" << 0u;
    QTest::newRow("v4-mapped") << "::ffff:127.0.0.1" << true << true << "::ffff:127.0.0.1" << 0u;
    QTest::newRow("v4-mapped in hex") << "::ffff:7f00:1" << true << true << "::ffff:127.0.0.1" << 0u;
    QTest::newRow("v4-mapped long form")
        << "0:0:0:0:0:ffff:10.1.2.3" << true << true << "::ffff:10.1.2.3" << 0u;
    QTest::newRow("v4-compatible (deprecated)") << "::1.2.3.4" << true << true << "::102:304" << 0u;
    QTest::newRow("embedded v4 not last") << "::1.2.3.4:1" << false << true << "" << 0u;
    QTest::newRow("embedded v4 bad") << "::ffff:1.2.3" << false << true << "" << 0u;
    QTest::newRow("embedded v4 too long") << "1:2:3:4:5:6:7:1.2.3.4" << false << true << "" << 0u;
    QTest::newRow("NAT64") << "64:ff9b::192.0.2.33" << true << true << "64:ff9b::c000:221" << 0u;
    QTest::newRow("numeric scope") << "fe80::1%2" << true << true << "fe80::1%2" << 2u;
    QTest::newRow("named scope ignored") << "fe80::1%eth0" << true << true << "fe80::1" << 0u;
    QTest::newRow("empty scope") << "fe80::1%" << false << true << "" << 0u;
    QTest::newRow("scope only") << "%1" << false << false << "" << 0u;
}

void TestIpAddress::parse() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(bool, v6);
    QFETCH(QString, printed);
    QFETCH(uint, scope);

    const QByteArray bytes = text.toUtf8();
    const auto address = IpAddress::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    QCOMPARE(address.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(address->family == Family::V6, v6);
    QCOMPARE(QString::fromStdString(address->toString()), printed);
    QCOMPARE(uint(address->scopeId), scope);
    // What toString() prints parses back to the same address.
    QCOMPARE(IpAddress::parse(address->toString()), address);
}

void TestIpAddress::canonical_data() {
    // RFC 5952 section 4 and its examples.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("leading zeros dropped") << "2001:0db8::0001"
                                           << "2001:db8::1";
    QTest::newRow("one zero group not compressed") << "2001:db8:0:1:1:1:1:1"
                                                   << "2001:db8:0:1:1:1:1:1";
    QTest::newRow("longest run wins") << "2001:0:0:1:0:0:0:1"
                                      << "2001:0:0:1::1";
    QTest::newRow("first run on ties") << "2001:db8:0:0:1:0:0:1"
                                       << "2001:db8::1:0:0:1";
    QTest::newRow("run at start") << "0:0:0:0:0:0:0:1"
                                  << "::1";
    QTest::newRow("run at end") << "1:0:0:0:0:0:0:0"
                                << "1::";
    QTest::newRow("all zero") << "0:0:0:0:0:0:0:0"
                              << "::";
    QTest::newRow("no zeros") << "1:2:3:4:5:6:7:8"
                              << "1:2:3:4:5:6:7:8";
    QTest::newRow("lower case") << "FE80::ABCD:EF01"
                                << "fe80::abcd:ef01";
    QTest::newRow("zero group inside kept") << "1:0:2:0:3:0:4:0"
                                            << "1:0:2:0:3:0:4:0";
    QTest::newRow("later longer run") << "1:0:0:2:0:0:0:3"
                                      << "1:0:0:2::3";
    QTest::newRow("mapped any") << "::ffff:0.0.0.0"
                                << "::ffff:0.0.0.0";
    QTest::newRow("almost mapped") << "::fffe:7f00:1"
                                   << "::fffe:7f00:1";
}

void TestIpAddress::canonical() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto address = IpAddress::parse(text.toStdString());
    QVERIFY(address);
    QCOMPARE(QString::fromStdString(address->toString()), expected);
}

void TestIpAddress::classify_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("unspecified");
    QTest::addColumn<bool>("mapped");

    QTest::newRow("127.0.0.1") << "127.0.0.1" << true << false << false;
    QTest::newRow("127.255.255.254") << "127.255.255.254" << true << false << false;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false << false << false;
    QTest::newRow("126.255.255.255") << "126.255.255.255" << false << false << false;
    QTest::newRow("0.0.0.0") << "0.0.0.0" << false << true << false;
    QTest::newRow("10.0.0.1") << "10.0.0.1" << false << false << false;
    QTest::newRow("::1") << "::1" << true << false << false;
    QTest::newRow("::1 with scope") << "::1%1" << true << false << false;
    QTest::newRow("::2") << "::2" << false << false << false;
    QTest::newRow("1::1") << "1::1" << false << false << false;
    QTest::newRow("::") << "::" << false << true << false;
    QTest::newRow("::ffff:127.0.0.1") << "::ffff:127.0.0.1" << true << false << true;
    QTest::newRow("::ffff:127.1.2.3") << "::ffff:127.1.2.3" << true << false << true;
    QTest::newRow("::ffff:10.0.0.1") << "::ffff:10.0.0.1" << false << false << true;
    QTest::newRow("::ffff:0.0.0.0") << "::ffff:0.0.0.0" << false << false << true;
    QTest::newRow("::127.0.0.1 (compatible)") << "::127.0.0.1" << false << false << false;
    QTest::newRow("fe80::1") << "fe80::1" << false << false << false;
}

void TestIpAddress::classify() {
    QFETCH(QString, text);
    QFETCH(bool, loopback);
    QFETCH(bool, unspecified);
    QFETCH(bool, mapped);
    const auto address = IpAddress::parse(text.toStdString());
    QVERIFY(address);
    QCOMPARE(address->isLoopback(), loopback);
    QCOMPARE(address->isUnspecified(), unspecified);
    QCOMPARE(address->isV4Mapped(), mapped);
}

void TestIpAddress::constructors() {
    const IpAddress v4 = IpAddress::v4(192, 168, 1, 20);
    QCOMPARE(v4.family, Family::V4);
    QCOMPARE(v4.toString(), std::string("192.168.1.20"));
    QCOMPARE(IpAddress::parse("192.168.1.20"), std::optional(v4));
    QCOMPARE(IpAddress::v6Loopback().toString(), std::string("::1"));
    QVERIFY(IpAddress::v6Loopback().isLoopback());
    QCOMPARE(IpAddress::any(Family::V4).toString(), std::string("0.0.0.0"));
    QCOMPARE(IpAddress::any(Family::V6).toString(), std::string("::"));
    QVERIFY(IpAddress::any(Family::V6).isUnspecified());
    QVERIFY(!(IpAddress::any(Family::V4) == IpAddress::any(Family::V6)));
}

void TestIpAddress::names() {
    QCOMPARE(tcpStateName(TcpState::Listen), std::string_view("listen"));
    QCOMPARE(tcpStateName(TcpState::Established), std::string_view("established"));
    QCOMPARE(tcpStateName(TcpState::TimeWait), std::string_view("time_wait"));
    QCOMPARE(tcpStateName(TcpState::Close), std::string_view("close"));
    QCOMPARE(tcpStateName(TcpState::Unknown), std::string_view("unknown"));
    QCOMPARE(tcpStateName(TcpState(200)), std::string_view("unknown"));
    // Every state has its own name.
    for (int a = 1; a <= 11; ++a)
        for (int b = a + 1; b <= 11; ++b)
            QVERIFY(tcpStateName(TcpState(a)) != tcpStateName(TcpState(b)));

    QCOMPARE(connectOutcomeName(ConnectOutcome::Connected), std::string_view("connected"));
    QCOMPARE(connectOutcomeName(ConnectOutcome::Refused), std::string_view("refused"));
    QCOMPARE(connectOutcomeName(ConnectOutcome::TimedOut), std::string_view("timed_out"));
    QCOMPARE(connectOutcomeName(ConnectOutcome::Unreachable), std::string_view("unreachable"));
    QCOMPARE(connectOutcomeName(ConnectOutcome::Error), std::string_view("error"));
}

void TestIpAddress::listening_data() {
    QTest::addColumn<bool>("udp");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("localPort");
    QTest::addColumn<int>("remotePort");
    QTest::addColumn<bool>("listening");

    QTest::newRow("tcp listen") << false << int(TcpState::Listen) << 8080 << 0 << true;
    QTest::newRow("tcp established") << false << int(TcpState::Established) << 8080 << 50000 << false;
    QTest::newRow("tcp close") << false << int(TcpState::Close) << 8080 << 0 << false;
    QTest::newRow("tcp time-wait") << false << int(TcpState::TimeWait) << 8080 << 50000 << false;
    QTest::newRow("udp bound") << true << int(TcpState::Close) << 53 << 0 << true;
    QTest::newRow("udp connected") << true << int(TcpState::Established) << 50000 << 53 << false;
    QTest::newRow("udp unbound") << true << int(TcpState::Close) << 0 << 0 << false;
}

void TestIpAddress::listening() {
    QFETCH(bool, udp);
    QFETCH(int, state);
    QFETCH(int, localPort);
    QFETCH(int, remotePort);
    QFETCH(bool, listening);

    Socket socket;
    socket.proto = udp ? Proto::Udp : Proto::Tcp;
    socket.state = TcpState(state);
    socket.localPort = std::uint16_t(localPort);
    socket.remotePort = std::uint16_t(remotePort);
    QCOMPARE(socket.isListening(), listening);

    // The accept queue is full only for a TCP listener with more waiting than its backlog.
    socket.receiveQueue = 3;
    socket.sendQueue = 1;
    QCOMPARE(socket.acceptQueueFull(), listening && !udp);
    socket.receiveQueue = 1;
    QVERIFY(!socket.acceptQueueFull());
}

void TestIpAddress::accepts_data() {
    QTest::addColumn<QString>("bound");
    QTest::addColumn<int>("v6Only"); // -1 unknown, 0 no, 1 yes
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("expected");
    QTest::addRow("same v4") << "127.0.0.1" << -1 << "127.0.0.1" << true;
    QTest::addRow("other v4 loopback") << "127.0.0.2" << -1 << "127.0.0.1" << false;
    QTest::addRow("v4 wildcard") << "0.0.0.0" << -1 << "127.0.0.1" << true;
    QTest::addRow("v4 wildcard, v6 client") << "0.0.0.0" << -1 << "::1" << false;
    QTest::addRow("v6 loopback, v4 client") << "::1" << -1 << "127.0.0.1" << false;
    QTest::addRow("dual-stack wildcard") << "::" << 0 << "127.0.0.1" << true;
    QTest::addRow("v6-only wildcard") << "::" << 1 << "127.0.0.1" << false;
    QTest::addRow("wildcard, v6only unknown") << "::" << -1 << "127.0.0.1" << true;
    QTest::addRow("v6 wildcard, v6 client") << "::" << 1 << "::1" << true;
    QTest::addRow("v4-mapped bound") << "::ffff:127.0.0.1" << -1 << "127.0.0.1" << true;
}

void TestIpAddress::accepts() {
    QFETCH(QString, bound);
    QFETCH(int, v6Only);
    QFETCH(QString, to);
    QFETCH(bool, expected);
    ld::platform::Socket socket;
    socket.local = *ld::platform::IpAddress::parse(bound.toStdString());
    if (v6Only >= 0)
        socket.v6Only = v6Only == 1;
    QCOMPARE(socket.accepts(*ld::platform::IpAddress::parse(to.toStdString())), expected);
}

QTEST_APPLESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
