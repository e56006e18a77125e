// The Windows socket-table parsers (netstat -ano, Get-NetTCPConnection) against outputs recorded
// on Windows (English and Chinese), each fed as recorded (LF) and with CRLF, and hand-made lines.

#include "platform/windowstext/netstatparse.h"

#include <optional>

#include <QFile>
#include <QStringList>
#include <QTest>

using namespace ld::platform;

namespace {

std::optional<QByteArray> readFixture(const QString& name) {
    QFile file(QStringLiteral(LD_FIXTURES "/windows/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

QByteArray withCrlf(QByteArray text) {
    text.replace("\r\n", "\n");
    return text.replace("\n", "\r\n");
}

QString endpoint(const IpAddress& address, std::uint16_t port) {
    const QString text = QString::fromStdString(address.toString());
    return (address.family == Family::V6 ? u'[' + text + u']' : text) + u':' + QString::number(port);
}

QString describe(const WindowsSocketRow& row) {
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(row.socket.proto == Proto::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp"),
             endpoint(row.socket.local, row.socket.localPort),
             endpoint(row.socket.remote, row.socket.remotePort),
             QString::fromUtf8(tcpStateName(row.socket.state)),
             row.pid ? QString::number(*row.pid) : QStringLiteral("-"));
}

QStringList describeAll(const std::vector<WindowsSocketRow>& rows) {
    QStringList out;
    for (const auto& row : rows)
        out << describe(row);
    return out;
}

} // namespace

class TestWinNetstat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void netstatFixtures_data();
    void netstatFixtures();
    void netstatLines_data();
    void netstatLines();
    void netTcpConnection_data();
    void netTcpConnection();
    void stateWords_data();
    void stateWords();
};

void TestWinNetstat::netstatFixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("some"); // rows that must be there
    QTest::addColumn<bool>("pids");

    QTest::newRow("zh header, LISTENING, pids")
        << "netstat-ano-zh-header-listening-xx-net-11534.txt" << 18
        << QStringList{"tcp 0.0.0.0:135 0.0.0.0:0 listen 1016", "tcp 127.0.0.1:8087 0.0.0.0:0 listen 6584",
                       "tcp 192.168.1.176:139 0.0.0.0:0 listen 4"}
        << true;
    QTest::newRow("no pid column") << "netstat-an-no-pid-column-ducatel-4.txt" << 20
                                   << QStringList{"tcp 0.0.0.0:135 0.0.0.0:0 listen -",
                                                  "tcp 0.0.0.0:51052 0.0.0.0:0 listen -"}
                                   << false;
    QTest::newRow("CONNECTED and WAITING, after a prompt")
        << "netstat-aon-findstr-connected-waiting-vscode-remote-5446.txt" << 17
        << QStringList{"tcp 127.0.0.1:5001 0.0.0.0:0 listen 18264",
                       "tcp 127.0.0.1:5001 127.0.0.1:49688 established 18264",
                       "tcp 127.0.0.1:49611 127.0.0.1:5001 time_wait 0"}
        << true;
}

void TestWinNetstat::netstatFixtures() {
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QStringList, some);
    QFETCH(bool, pids);
    const auto text = readFixture(file);
    QVERIFY2(text, qPrintable(file));
    for (const QByteArray& variant : {*text, withCrlf(*text)}) {
        const auto rows = parseNetstat(variant.toStdString());
        const QStringList got = describeAll(rows);
        QCOMPARE(got.size(), count);
        for (const QString& row : some)
            QVERIFY2(got.contains(row), qPrintable(row + QStringLiteral(" not in ") + got.join(u'|')));
        for (const auto& row : rows)
            QCOMPARE(row.pid.has_value(), pids);
    }
}

void TestWinNetstat::netstatLines_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ipv6 and udp") << "  Proto  Local Address  Foreign Address  State  PID\r\n"
                                     "  TCP    [::]:135        [::]:0           LISTENING  1016\r\n"
                                     "  TCP    [::1]:5001      [::1]:50000      ESTABLISHED  7\r\n"
                                     "  UDP    0.0.0.0:500     *:*                     4\r\n"
                                     "  UDP    [::]:5353       *:*                     2248\r\n"
                                  << QStringList{"tcp [::]:135 [::]:0 listen 1016",
                                                 "tcp [::1]:5001 [::1]:50000 established 7",
                                                 "udp 0.0.0.0:500 0.0.0.0:0 close 4",
                                                 "udp [::]:5353 [::]:0 close 2248"};
    QTest::newRow("scope id") << "  TCP    [fe80::1%4]:139   [::]:0   LISTENING   4\n"
                              << QStringList{"tcp [fe80::1%4]:139 [::]:0 listen 4"};
    QTest::newRow("chinese state word") << "  TCP    127.0.0.1:3000   0.0.0.0:0   侦听   4321\n"
                                           "  TCP    127.0.0.1:3000   127.0.0.1:5000   已建立   4321\n"
                                        << QStringList{"tcp 127.0.0.1:3000 0.0.0.0:0 listen 4321",
                                                       "tcp 127.0.0.1:3000 127.0.0.1:5000 established 4321"};
    QTest::newRow("broken rows skipped")
        << "  TCP    127.0.0.1:99999   0.0.0.0:0   LISTENING   1\n"  // port out of range
           "  TCP    127.0.0.1:80   0.0.0.0:0   NOSUCHSTATE   1\n"   // unknown state
           "  TCP    127.0.0.1:80   [::]:0   LISTENING   1\n"        // families differ
           "  TCP    127.0.0.1:80   0.0.0.0:0   LISTENING   x1\n"    // pid not a number
           "  TCP    127.0.0.1:80\n"                                 // cut short
           "  ICMP   127.0.0.1:80   0.0.0.0:0   LISTENING   1\n"     // not a protocol
           "  TCP    127.0.0.1:80   0.0.0.0:0   LISTENING   1   9\n" // one field too many
           "  TCP    localhost:80   0.0.0.0:0   LISTENING   1\n"     // names, not numbers (netstat -a)
        << QStringList{};
    QTest::newRow("empty") << "" << QStringList{};
}

void TestWinNetstat::netstatLines() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(parseNetstat(text.toStdString())), expected);
}

void TestWinNetstat::netTcpConnection_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("some");

    QTest::newRow("listen, :: and 0.0.0.0")
        << "get-nettcpconnection-state-listen-server-thm.txt" << 20
        << QStringList{"tcp [::]:49676 [::]:0 listen 728", "tcp 10.10.68.87:139 0.0.0.0:0 listen 4",
                       "tcp 0.0.0.0:135 0.0.0.0:0 listen 852"};
    QTest::newRow("one loopback listener") << "get-nettcpconnection-localport-loopback-ollama.txt" << 1
                                           << QStringList{"tcp 127.0.0.1:11434 0.0.0.0:0 listen 10276"};
    QTest::newRow("bound, empty AppliedSetting")
        << "get-nettcpconnection-bound-established-msedge.txt" << 3
        << QStringList{"tcp 0.0.0.0:55113 0.0.0.0:0 close 20756",
                       "tcp 172.16.0.10:55113 47.106.194.220:443 established 20756"};
    // Every local address was cut to "...": nothing can be known, nothing is made up.
    QTest::newRow("truncated ipv6, no OwningProcess")
        << "get-nettcpconnection-established-ipv6-truncated-columns.txt" << 0 << QStringList{};
}

void TestWinNetstat::netTcpConnection() {
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QStringList, some);
    const auto text = readFixture(file);
    QVERIFY2(text, qPrintable(file));
    for (const QByteArray& variant : {*text, withCrlf(*text)}) {
        const QStringList got = describeAll(parseNetTcpConnectionTable(variant.toStdString()));
        QCOMPARE(got.size(), count);
        for (const QString& row : some)
            QVERIFY2(got.contains(row), qPrintable(row + QStringLiteral(" not in ") + got.join(u'|')));
    }
}

void TestWinNetstat::stateWords_data() {
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("state");
    QTest::newRow("LISTENING") << "LISTENING" << int(TcpState::Listen);
    QTest::newRow("侦听") << "侦听" << int(TcpState::Listen);
    QTest::newRow("ESCUCHANDO") << "ESCUCHANDO" << int(TcpState::Listen);
    QTest::newRow("Listen") << "Listen" << int(TcpState::Listen);
    QTest::newRow("TIME_WAIT") << "TIME_WAIT" << int(TcpState::TimeWait);
    QTest::newRow("TimeWait") << "TimeWait" << int(TcpState::TimeWait);
    QTest::newRow("SYN_RECEIVED") << "SYN_RECEIVED" << int(TcpState::SynRecv);
    QTest::newRow("Bound") << "Bound" << int(TcpState::Close);
    QTest::newRow("unknown") << "LISTENINGX" << int(TcpState::Unknown);
    QTest::newRow("empty") << "" << int(TcpState::Unknown);
}

void TestWinNetstat::stateWords() {
    QFETCH(QString, word);
    QFETCH(int, state);
    QCOMPARE(int(windowsTcpState(word.toStdString())), state);
}

QTEST_APPLESS_MAIN(TestWinNetstat)
#include "tst_winnetstat.moc"
