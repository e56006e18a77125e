// lsof's field output, the way the macOS collector lists listeners: recorded real outputs
// (tests/fixtures/macos, see its README) and the collector's own flags with T fields.

#include "platform/maccommon/lsofparse.h"
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

QString describe(const lsof::Listener& l) {
    QString text = QStringLiteral("%1 %2 %3 uid=%4 user=%5")
                       .arg(QString::fromStdString(l.owner.program))
                       .arg(l.owner.pid)
                       .arg(endpoint(l.socket.local, l.socket.localPort))
                       .arg(l.socket.uid)
                       .arg(QString::fromStdString(l.owner.user));
    if (l.socket.proto == Proto::Udp)
        text += QStringLiteral(" udp");
    if (!l.familyKnown)
        text += QStringLiteral(" family?");
    if (!l.uidKnown)
        text += QStringLiteral(" uid?");
    return text;
}

QStringList describeAll(const QByteArray& text, Proto proto = Proto::Tcp) {
    QStringList out;
    for (const auto& listener : lsof::listeners(lsof::parseFields(text.toStdString()), proto))
        out << describe(listener);
    return out;
}

} // namespace

class TestMacLsof final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void inlineText_data();
    void inlineText();
    void endpoints_data();
    void endpoints();
    void tFieldsAndQueues();
    void keysAreDistinct();
};

void TestMacLsof::fixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("files");
    QTest::addColumn<QStringList>("expected");

    // Recorded: no T fields, no t fields (so "*" is of unknown family), P fields present, UDP
    // and connections mixed in; names with blanks in other records.
    QTest::addRow("recorded pvw -F") << "lsof-F-pcLfPn-pvw-1.txt" << 35
                                     << QStringList{
                                            "rapportd 783 0.0.0.0:57607 uid=0 user=dolevh family? uid?",
                                            "rapportd 783 0.0.0.0:57607 uid=0 user=dolevh family? uid?",
                                            "ControlCenter 866 0.0.0.0:5000 uid=0 user=dolevh family? uid?",
                                            "ControlCenter 866 0.0.0.0:7000 uid=0 user=dolevh family? uid?",
                                            "ControlCenter 866 0.0.0.0:7000 uid=0 user=dolevh family? uid?",
                                            "ControlCenter 866 0.0.0.0:5000 uid=0 user=dolevh family? uid?",
                                        };
    // The collector's flags: +c0 names, t fields, TST=LISTEN, one record without T fields.
    QTest::addRow("collector flags") << "lsof-F-listen-c0-T.txt" << 10
                                     << QStringList{
                                            "launchd 1 [::]:22 uid=0 user=root",
                                            "launchd 1 0.0.0.0:22 uid=0 user=root",
                                            "ControlCenter 687 0.0.0.0:5000 uid=501 user=ana",
                                            "ControlCenter 687 [::]:5000 uid=501 user=ana",
                                            "ControlCenter 687 0.0.0.0:7000 uid=501 user=ana",
                                            "ControlCenter 687 [::]:7000 uid=501 user=ana",
                                            "Slack Helper 942 127.0.0.1:9229 uid=501 user=ana",
                                            "node 4312 [::1]:3000 uid=501 user=ana",
                                            "Python 5120 127.0.0.1:8000 uid=501 user=ana",
                                            "ruby 6001 127.0.0.1:4000 uid=501 user=ana",
                                        };
    // lsof's table output (not -F) is not field output: nothing in it may be taken for a field.
    QTest::addRow("table with header") << "lsof-header-loopback-listener-ruby.txt" << 0 << QStringList{};
    QTest::addRow("table -i -P") << "lsof-i-P-ipv6-node-portracker-5.txt" << 0 << QStringList{};
    QTest::addRow("table service names")
        << "lsof-listen-service-names-and-c0-nextstrain-561.txt" << 0 << QStringList{};
}

void TestMacLsof::fixtures() {
    QFETCH(QString, file);
    QFETCH(int, files);
    QFETCH(QStringList, expected);
    const QByteArray text = readFixture(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    QCOMPARE(int(lsof::parseFields(text.toStdString()).size()), files);
    QCOMPARE(describeAll(text), expected);
}

void TestMacLsof::inlineText_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("empty") << QByteArray() << false << QStringList{};
    QTest::addRow("file before any process") << QByteArray("f3\nn127.0.0.1:80\n") << false << QStringList{};
    QTest::addRow("bad pid drops its files")
        << QByteArray("pabc\ncx\nf3\nn127.0.0.1:80\np7\ncy\nf4\nn127.0.0.1:81\n") << false
        << QStringList{"y 7 127.0.0.1:81 uid=0 user= uid?"};
    QTest::addRow("crlf and blanks in name")
        << QByteArray(
               "p12\r\ncWhatsApp Helper\r\nu501\r\nLana\r\nf9\r\ntIPv4\r\nn127.0.0.1:5555\r\nTST=LISTEN\r\n")
        << false << QStringList{"WhatsApp Helper 12 127.0.0.1:5555 uid=501 user=ana"};
    QTest::addRow("established and closed are no listeners")
        << QByteArray("p1\ncx\nf1\nn127.0.0.1:80\nTST=ESTABLISHED\nf2\nn127.0.0.1:81\nTST=CLOSED\n"
                      "f3\nn127.0.0.1:1->127.0.0.1:2\n")
        << false << QStringList{};
    QTest::addRow("service names without -P are skipped")
        << QByteArray("p1\ncx\nf1\nn*:commplex-main\nf2\nn*:*\n") << false << QStringList{};
    QTest::addRow("UDP file in a TCP listing")
        << QByteArray("p1\ncx\nf1\nPUDP\nn*:5353\n") << false << QStringList{};
    QTest::addRow("UDP listing") << QByteArray(
                                        "p1\ncmDNSResponder\nu65\nL_mdnsresponder\nf1\ntIPv6\nn*:5353\n"
                                        "f2\ntIPv4\nn127.0.0.1:53->127.0.0.1:6000\n")
                                 << true
                                 << QStringList{"mDNSResponder 1 [::]:5353 uid=65 user=_mdnsresponder udp"};
    QTest::addRow("T without = and unknown fields")
        << QByteArray("p5\ncx\ng20\nR1\nf7\nd0x1234\nTST\nTXX=1\nn[::1]:8080\nTST=LISTEN\n") << false
        << QStringList{"x 5 [::1]:8080 uid=0 user= uid?"};
    QTest::addRow("last record cut short")
        << QByteArray("p5\ncx\nf7\nn127.0.0.1:8") << false << QStringList{"x 5 127.0.0.1:8 uid=0 user= uid?"};
    QTest::addRow("port out of range")
        << QByteArray("p5\ncx\nf7\nn127.0.0.1:70000\n") << false << QStringList{};
}

void TestMacLsof::inlineText() {
    QFETCH(QByteArray, text);
    QFETCH(bool, udp);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(text, udp ? Proto::Udp : Proto::Tcp), expected);
}

void TestMacLsof::endpoints_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not an endpoint

    QTest::addRow("v4") << "127.0.0.1:4000"
                        << "127.0.0.1:4000";
    QTest::addRow("v6") << "[::1]:8080"
                        << "[::1]:8080";
    QTest::addRow("v6 wildcard") << "[::]:80"
                                 << "[::]:80";
    QTest::addRow("v6 with numeric zone") << "[fe80::1%4]:80"
                                          << "[fe80::1%4]:80";
    QTest::addRow("v6 with named zone") << "[fe80::1%lo0]:80"
                                        << "[fe80::1]:80";
    QTest::addRow("star") << "*:5000"
                          << "0.0.0.0:5000";
    QTest::addRow("star star") << "*:*"
                               << "";
    QTest::addRow("v6 without brackets") << "::1:8080"
                                         << "";
    QTest::addRow("v4 in brackets") << "[127.0.0.1]:80"
                                    << "";
    QTest::addRow("port zero") << "127.0.0.1:0"
                               << "";
    QTest::addRow("no port") << "127.0.0.1"
                             << "";
    QTest::addRow("name") << "localhost:4211"
                          << "";
}

void TestMacLsof::endpoints() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = lsof::parseEndpoint(text.toStdString());
    QCOMPARE(parsed ? endpoint(parsed->address, parsed->port) : QString(), expected);
}

void TestMacLsof::tFieldsAndQueues() {
    const auto files =
        lsof::parseFields("p9\ncnode\nu501\nLana\nf21\ntIPv6\nn*:4211\nTST=LISTEN\nTQR=3\nTQS=0\n"
                          "f22\ntIPv4\nn127.0.0.1:4212\nTST=LISTEN\nTSO=ACCEPTCONN,PQLEN=0,QLEN=7,"
                          "QLIM=128\n");
    QCOMPARE(files.size(), std::size_t(2));
    QCOMPARE(files[0].state, std::string("LISTEN"));
    QCOMPARE(files[0].receiveQueue.value_or(99), 3u);
    QCOMPARE(files[0].sendQueue.value_or(99), 0u);
    QVERIFY(!files[0].listenQueue);
    const auto found = lsof::listeners(files);
    QCOMPARE(found.size(), std::size_t(2));
    // QR/QS of a listener are its socket buffers: no accept-queue limit is known from them.
    QVERIFY(!found[0].socket.acceptLimitKnown);
    QCOMPARE(found[0].socket.local, IpAddress::any(Family::V6));
    QVERIFY(!found[0].socket.acceptQueueFull());
    // QLEN/QLIM (socket options) are the accept queue and its limit.
    QVERIFY(found[1].socket.acceptLimitKnown);
    QCOMPARE(found[1].socket.receiveQueue, 7u);
    QCOMPARE(found[1].socket.sendQueue, 128u);
    const auto full = lsof::listeners(lsof::parseFields("p9\ncx\nf1\nn127.0.0.1:1\nTSO=QLEN=129,QLIM=128\n"));
    QCOMPARE(full.size(), std::size_t(1));
    QVERIFY(full[0].socket.acceptQueueFull());
}

void TestMacLsof::keysAreDistinct() {
    QVERIFY(lsof::socketKey(1, "0") != 0);
    QVERIFY(lsof::socketKey(687, "16") != lsof::socketKey(687, "17"));
    QVERIFY(lsof::socketKey(687, "16") != lsof::socketKey(688, "16"));
    QVERIFY(lsof::socketKey(687, "cwd") != lsof::socketKey(687, "txt"));
    QCOMPARE(lsof::socketKey(687, "16"), lsof::socketKey(687, "16"));
}

QTEST_APPLESS_MAIN(TestMacLsof)
#include "tst_maclsof.moc"
