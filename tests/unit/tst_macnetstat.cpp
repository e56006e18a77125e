// macOS `netstat -anv -p tcp`, read by its header: Mojave, Sonoma, Sequoia and Tahoe layouts
// recorded on real Macs, and LISTEN tables modelled on them (tests/fixtures/macos/README.md).

#include "platform/maccommon/netstatparse.h"
#include "support/peers.h"

#include <QFile>
#include <QTest>

using namespace ld::platform;

namespace {

QByteArray readFixture(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("macos/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString endpoint(const IpAddress& address, std::uint16_t port) {
    const QString text = QString::fromStdString(address.toString());
    return (address.family == Family::V6 ? u'[' + text + u']' : text) + u':' + QString::number(port);
}

QString describe(const netstat::Row& row) {
    QString text =
        QStringLiteral("%1 %2 %3 %4")
            .arg(QString::fromStdString(row.proto), endpoint(row.socket.local, row.socket.localPort),
                 endpoint(row.socket.remote, row.socket.remotePort),
                 QString::fromUtf8(tcpStateName(row.socket.state)));
    text += row.pid ? QStringLiteral(" pid=%1").arg(*row.pid) : QStringLiteral(" pid=?");
    if (!row.process.empty())
        text += QStringLiteral(" process=") + QString::fromStdString(row.process);
    if (row.socket.receiveQueue)
        text += QStringLiteral(" rq=%1").arg(row.socket.receiveQueue);
    if (row.socket.v6Only)
        text += *row.socket.v6Only ? QStringLiteral(" v6only") : QStringLiteral(" dual");
    return text;
}

} // namespace

class TestMacNetstat final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void inlineText_data();
    void inlineText();
    void addresses_data();
    void addresses();
    void listenQueues_data();
    void listenQueues();
};

void TestMacNetstat::fixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("expected");

    // Mojave: `pid epid` after rhiwat/shiwat; the header holds "(state)" and a second "state".
    QTest::addRow("recorded mojave")
        << "netstat-vnp-tcp-mojave-node-netstat-26.txt"
        << "pid-epid" << 0
        << QStringList{
               "tcp4 192.168.1.191:52044 31.13.66.35:443 established pid=9811",
               "tcp4 192.168.1.191:52043 31.13.66.19:443 established pid=9811",
               "tcp4 192.168.1.191:52041 140.82.114.26:443 established pid=9811",
               "tcp4 192.168.1.191:52040 140.82.114.4:443 close_wait pid=9811 rq=24",
               "tcp4 192.168.1.191:52039 140.82.114.4:443 established pid=9811",
               "tcp4 192.168.1.191:52036 140.82.114.4:443 close_wait pid=9811 rq=24",
               "tcp4 192.168.1.191:52032 151.101.201.7:443 established pid=9811",
           };
    // Headers only: Sonoma first, then Sequoia's (rxbytes/txbytes before pid); the last one counts.
    QTest::addRow("recorded sonoma and sequoia headers")
        << "netstat-anv-tcp-headers-sonoma-sequoia-pid-port-12.txt"
        << "bytes-pid" << 0 << QStringList{};
    // Tahoe: `process:pid`, the name holding a blank.
    QTest::addRow("recorded tahoe")
        << "netstat-anv-tcp-tahoe-process-pid-pid-port-14.txt"
        << "process-pid" << 0
        << QStringList{
               "tcp4 127.0.0.1:49515 127.0.0.1:49472 established pid=22712 process=Autodesk Fusion",
               "tcp4 127.0.0.1:49510 127.0.0.1:49513 established pid=22712 process=Autodesk Fusion",
           };
    QTest::addRow("sequoia listeners") << "netstat-anv-sequoia-listen.txt"
                                       << "bytes-pid" << 0
                                       << QStringList{
                                              "tcp4 127.0.0.1:8000 127.0.0.1:52311 established pid=5120",
                                              "tcp4 127.0.0.1:52311 127.0.0.1:8000 established pid=7010",
                                              "tcp4 127.0.0.1:8000 0.0.0.0:0 listen pid=5120",
                                              "tcp6 [::1]:3000 [::]:0 listen pid=4312",
                                              "tcp4 127.0.0.1:9229 0.0.0.0:0 listen pid=942",
                                              "tcp4 127.0.0.1:5432 0.0.0.0:0 listen pid=702",
                                              "tcp6 [::1]:5432 [::]:0 listen pid=702",
                                              "tcp46 [::]:7000 [::]:0 listen pid=687 dual",
                                              "tcp4 0.0.0.0:7000 0.0.0.0:0 listen pid=687",
                                              "tcp46 [::]:5000 [::]:0 listen pid=687 dual",
                                              "tcp4 0.0.0.0:5000 0.0.0.0:0 listen pid=687",
                                              "tcp4 127.0.0.1:4000 0.0.0.0:0 listen pid=6001",
                                              "tcp46 [::]:22 [::]:0 listen pid=1 dual",
                                              "tcp4 0.0.0.0:22 0.0.0.0:0 listen pid=1",
                                          };
    QTest::addRow("tahoe listeners")
        << "netstat-anv-tahoe-listen.txt"
        << "process-pid" << 0
        << QStringList{
               "tcp4 127.0.0.1:9229 0.0.0.0:0 listen pid=942 process=Slack Helper",
               "tcp4 127.0.0.1:5432 0.0.0.0:0 listen pid=702 process=postgres",
               "tcp46 [::]:5000 [::]:0 listen pid=687 process=ControlCenter dual",
               "tcp4 127.0.0.1:49515 127.0.0.1:49472 established pid=22712 process=Autodesk Fusion",
               "tcp6 [fe80::1]:8080 [::]:0 listen pid=811 process=com.docker.backend",
           };
    // Not netstat output at all.
    QTest::addRow("lsof table") << "lsof-header-loopback-listener-ruby.txt"
                                << "unknown" << 0 << QStringList{};
}

void TestMacNetstat::fixtures() {
    QFETCH(QString, file);
    QFETCH(QString, layout);
    QFETCH(int, skipped);
    QFETCH(QStringList, expected);
    const QByteArray text = readFixture(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    const netstat::Table table = netstat::parse(text.toStdString());
    QCOMPARE(QString::fromUtf8(netstat::layoutName(table.layout)), layout);
    QCOMPARE(table.skipped, skipped);
    QStringList actual;
    for (const auto& row : table.rows)
        actual << describe(row);
    QCOMPARE(actual, expected);
}

void TestMacNetstat::inlineText_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("expected");

    const QByteArray sequoia = "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)  "
                               "      rxbytes    txbytes  rhiwat  shiwat    pid   epid state  options\n";
    const QByteArray tahoe = "Proto Recv-Q Send-Q  Local Address          Foreign Address        (state)  "
                             "rxbytes txbytes rhiwat shiwat process:pid state options\n";
    QTest::addRow("rows before any header are ignored")
        << QByteArray("tcp4 0 0 127.0.0.1.80 *.* LISTEN 0 0 1 1 5 0 0 0\n") << 0 << QStringList{};
    QTest::addRow("crlf") << sequoia + "tcp4 0 0 127.0.0.1.80 *.* LISTEN 0 0 1 1 5 0 00100 0\r\n"
                          << 0 << QStringList{"tcp4 127.0.0.1:80 0.0.0.0:0 listen pid=5"};
    QTest::addRow("short row is skipped") << sequoia + "tcp4 0 0 127.0.0.1.80 *.* LISTEN 0 0\n"
                                          << 1 << QStringList{};
    QTest::addRow("too long row is skipped")
        << sequoia + "tcp4 0 0 127.0.0.1.80 *.* LISTEN 0 0 1 1 5 0 0 0 extra\n"
        << 1 << QStringList{};
    QTest::addRow("bad address is skipped") << sequoia + "tcp4 0 0 127.0.0.1 *.* LISTEN 0 0 1 1 5 0 0 0\n"
                                            << 1 << QStringList{};
    QTest::addRow("v6 address in a tcp4 row is skipped")
        << sequoia + "tcp4 0 0 ::1.80 *.* LISTEN 0 0 1 1 5 0 0 0\n"
        << 1 << QStringList{};
    QTest::addRow("pid zero is no pid") << sequoia + "tcp4 0 0 127.0.0.1.80 *.* LISTEN 0 0 1 1 0 0 0 0\n"
                                        << 0 << QStringList{"tcp4 127.0.0.1:80 0.0.0.0:0 listen pid=?"};
    QTest::addRow("tahoe name with colons")
        << tahoe + "tcp4 0 0 127.0.0.1.80 *.* LISTEN 0 0 1 1 my:odd name:42 00100 0\n"
        << 0 << QStringList{"tcp4 127.0.0.1:80 0.0.0.0:0 listen pid=42 process=my:odd name"};
    QTest::addRow("tahoe without a pid")
        << tahoe + "tcp4 0 0 127.0.0.1.80 *.* LISTEN 0 0 1 1 kernel_task 0 0\n"
        << 0 << QStringList{"tcp4 127.0.0.1:80 0.0.0.0:0 listen pid=?"};
    QTest::addRow("tahoe short row") << tahoe + "tcp4 0 0 127.0.0.1.80 *.* LISTEN\n" << 1 << QStringList{};
    QTest::addRow("udp rows are not ours") << sequoia + "udp4 0 0 *.5353 *.* 0 0 1 1 5 0 0 0\n"
                                           << 0 << QStringList{};
    QTest::addRow("unknown state") << sequoia + "tcp4 0 0 127.0.0.1.80 *.* BOUND 0 0 1 1 5 0 0 0\n"
                                   << 0 << QStringList{"tcp4 127.0.0.1:80 0.0.0.0:0 unknown pid=5"};
}

void TestMacNetstat::inlineText() {
    QFETCH(QByteArray, text);
    QFETCH(int, skipped);
    QFETCH(QStringList, expected);
    const netstat::Table table = netstat::parse(text.toStdString());
    QStringList actual;
    for (const auto& row : table.rows)
        actual << describe(row);
    QCOMPARE(actual, expected);
    QCOMPARE(table.skipped, skipped);
}

void TestMacNetstat::addresses_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<QString>("expected");

    QTest::addRow("v4") << "127.0.0.1.4000" << false << "127.0.0.1:4000";
    QTest::addRow("v4 wildcard") << "*.5000" << false << "0.0.0.0:5000";
    QTest::addRow("v6 wildcard") << "*.5000" << true << "[::]:5000";
    QTest::addRow("v6") << "::1.8080" << true << "[::1]:8080";
    QTest::addRow("v6 zone") << "fe80::1%lo0.5353" << true << "[fe80::1]:5353";
    QTest::addRow("star star") << "*.*" << false << "";
    QTest::addRow("no dot") << "8080" << false << "";
    QTest::addRow("port too big") << "127.0.0.1.65536" << false << "";
}

void TestMacNetstat::addresses() {
    QFETCH(QString, text);
    QFETCH(bool, v6);
    QFETCH(QString, expected);
    IpAddress address;
    std::uint16_t port = 0;
    const bool ok = netstat::parseAddress(text.toStdString(), v6 ? Family::V6 : Family::V4, address, port);
    QCOMPARE(ok ? endpoint(address, port) : QString(), expected);
}

void TestMacNetstat::listenQueues_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected"); // "proto family address queued/incomplete/limit"

    QFile file(ld::test::fixture(QStringLiteral("macos/netstat-Lan-tcp.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QTest::addRow("macOS layout") << file.readAll()
                                  << QStringList{
                                         "- v4 127.0.0.1:8000 0/0/128",   "- v6 [::1]:3000 0/0/511",
                                         "- v4 127.0.0.1:9229 129/0/128", "- v4 127.0.0.1:5432 0/0/244",
                                         "- v6 [::1]:5432 0/0/244",       "- ? 0.0.0.0:7000 0/0/128",
                                         "- ? 0.0.0.0:7000 0/0/128",      "- ? 0.0.0.0:5000 0/0/128",
                                         "- ? 0.0.0.0:5000 1/0/128",      "- v4 127.0.0.1:4000 0/0/128",
                                         "- ? 0.0.0.0:22 0/0/128",        "- ? 0.0.0.0:22 0/0/128"};
    QTest::addRow("with a proto column")
        << QByteArray("Current listen queue sizes (qlen/incqlen/maxqlen)\nProto Listen Local Address\n"
                      "tcp46 0/0/128 *.22\ntcp4  2/1/50 *.80\n")
        << QStringList{"tcp46 v6 [::]:22 0/0/128", "tcp4 v4 0.0.0.0:80 2/1/50"};
    QTest::addRow("broken rows") << QByteArray("0/0 127.0.0.1.80\nx/0/1 127.0.0.1.80\n0/0/1 127.0.0.1\n"
                                               "0/0/1 127.0.0.1.80 extra\n0/0/1\n")
                                 << QStringList{};
}

void TestMacNetstat::listenQueues() {
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const netstat::ListenQueue& q : netstat::parseListenQueues(text.toStdString()))
        actual << QStringLiteral("%1 %2 %3 %4/%5/%6")
                      .arg(q.proto.empty() ? QStringLiteral("-") : QString::fromStdString(q.proto),
                           !q.family                 ? QStringLiteral("?")
                           : *q.family == Family::V4 ? QStringLiteral("v4")
                                                     : QStringLiteral("v6"),
                           endpoint(q.address, q.port))
                      .arg(q.queued)
                      .arg(q.incomplete)
                      .arg(q.limit);
    QCOMPARE(actual, expected);
}

QTEST_APPLESS_MAIN(TestMacNetstat)
#include "tst_macnetstat.moc"
