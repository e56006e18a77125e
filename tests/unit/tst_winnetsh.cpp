// The netsh parsers (excluded and dynamic port ranges, advfirewall profiles, WinHTTP proxy)
// against outputs recorded on English, Chinese and Spanish Windows, fed as recorded (LF) and
// with CRLF, and hand-made variants.

#include "platform/windowstext/netshparse.h"

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

QList<QByteArray> variants(const QString& name) {
    const auto text = readFixture(name);
    if (!text)
        return {};
    QByteArray crlf = *text;
    crlf.replace("\r\n", "\n").replace("\n", "\r\n");
    QByteArray lf = *text;
    lf.replace("\r\n", "\n");
    return {lf, crlf};
}

QString ranges(const std::vector<ExcludedPortRange>& list) {
    QStringList out;
    for (const auto& item : list)
        out << QStringLiteral("%1-%2%3")
                   .arg(item.range.first)
                   .arg(item.range.last)
                   .arg(item.administered ? "*" : "");
    return out.join(u' ');
}

QString profiles(const std::vector<WindowsFirewallProfile>& list) {
    QStringList out;
    for (const auto& p : list)
        out << QStringLiteral("%1:%2:%3,%4")
                   .arg(QString::fromStdString(p.name),
                        p.enabled ? (*p.enabled ? QStringLiteral("on") : QStringLiteral("off"))
                                  : QStringLiteral("?"),
                        QString::fromStdString(p.inboundPolicy), QString::fromStdString(p.outboundPolicy));
    return out.join(u' ');
}

QString proxy(const std::optional<WinHttpProxy>& value) {
    if (!value)
        return QStringLiteral("none");
    if (value->direct)
        return QStringLiteral("direct");
    QStringList bypass;
    for (const auto& item : value->bypass)
        bypass << QString::fromStdString(item);
    return QString::fromStdString(value->server) + u'|' + bypass.join(u';');
}

} // namespace

class TestWinNetsh : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void excludedFixtures_data();
    void excludedFixtures();
    void excludedInline_data();
    void excludedInline();
    void dynamicPort_data();
    void dynamicPort();
    void firewallFixtures_data();
    void firewallFixtures();
    void firewallInline_data();
    void firewallInline();
    void proxyFixtures_data();
    void proxyFixtures();
    void proxyInline_data();
    void proxyInline();
};

void TestWinNetsh::excludedFixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("udp");
    QTest::addColumn<QString>("expected");
    // Two tables, before and after `add excludedportrange`: the later one is the state now.
    QTest::newRow("gha runner, administered marker")
        << "netsh-excludedportrange-tcp-gha-runner-otel-10839.txt" << false
        << "80-80 5986-5986 47001-47001 55679-55679*";
    QTest::newRow("tcp of tcp+udp, Go log indent")
        << "netsh-excludedportrange-tcp-udp-gha-go-test-log-otel-contrib-10872.txt" << false
        << "80-80 5986-5986 47001-47001 51417-51516 51517-51616";
    QTest::newRow("udp of tcp+udp")
        << "netsh-excludedportrange-tcp-udp-gha-go-test-log-otel-contrib-10872.txt" << true
        << "56030-56129 56130-56229";
    QTest::newRow("spanish, table only")
        << "netsh-excludedportrange-tcp-es-table-only-wsl-5306.txt" << false
        << "1025-1124 1125-1224 1225-1324 1325-1424 1425-1524 1525-1624 5357-5357 5700-5700 8884-8884 "
           "24266-24365 24466-24565 24566-24665 24666-24765 24902-25001 25002-25101 25102-25201 25313-25412 "
           "25513-25612 25613-25712 25713-25812 25913-26012 26013-26112 26113-26212 50000-50059";
}

void TestWinNetsh::excludedFixtures() {
    QFETCH(QString, file);
    QFETCH(bool, udp);
    QFETCH(QString, expected);
    const auto texts = variants(file);
    QVERIFY2(!texts.isEmpty(), qPrintable(file));
    for (const QByteArray& text : texts) {
        const auto parsed = parseExcludedPortRanges(text.toStdString(), udp ? Proto::Udp : Proto::Tcp);
        QVERIFY(parsed);
        QCOMPARE(ranges(*parsed), expected);
    }
}

void TestWinNetsh::excludedInline_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "none" when no table
    QTest::newRow("wine stub prints nothing") << ""
                                              << "none";
    QTest::newRow("empty table") << "Protocol tcp Port Exclusion Ranges\n\nStart Port    End Port\n"
                                    "----------    --------\n\n* - Administered port exclusions.\n"
                                 << "";
    QTest::newRow("reversed range stops the table")
        << "Start Port    End Port\n----------    --------\n  100  200\n  300  250\n  400  500\n"
        << "100-200";
    QTest::newRow("other marker is no row")
        << "Start Port    End Port\n----------    --------\n  100  200  #\n"
        << "";
    QTest::newRow("port above 65535") << "Start Port    End Port\n----------    --------\n  65535  65536\n"
                                      << "";
    QTest::newRow("udp only asked for tcp")
        << "Protocol udp Port Exclusion Ranges\nStart Port    End Port\n----------    --------\n  1  2\n"
        << "none";
}

void TestWinNetsh::excludedInline() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto parsed = parseExcludedPortRanges(text.toStdString(), Proto::Tcp);
    QCOMPARE(parsed ? ranges(*parsed) : QStringLiteral("none"), expected);
}

void TestWinNetsh::dynamicPort_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    const auto en = readFixture(QStringLiteral("netsh-dynamicport-tcp-en-modelled.txt"));
    const auto es = readFixture(QStringLiteral("netsh-dynamicport-tcp-es-modelled.txt"));
    QVERIFY(en && es);
    QTest::newRow("english") << *en << "49152-65535";
    QTest::newRow("spanish") << *es << "10000-10999";
    QTest::newRow("LF") << QByteArray(*en).replace("\r\n", "\n") << "49152-65535";
    QTest::newRow("empty (wine)") << QByteArray() << "none";
    QTest::newRow("one number") << QByteArray("Start Port      : 49152\n") << "none";
    QTest::newRow("past 65535") << QByteArray("Start Port : 60000\nNumber of Ports : 6000\n") << "none";
    QTest::newRow("zero ports") << QByteArray("Start Port : 60000\nNumber of Ports : 0\n") << "none";
    QTest::newRow("last port") << QByteArray("Start Port : 65535\nNumber of Ports : 1\n") << "65535-65535";
}

void TestWinNetsh::dynamicPort() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto range = parseDynamicPortRange(text.toStdString());
    QCOMPARE(range ? QStringLiteral("%1-%2").arg(range->first).arg(range->last) : QStringLiteral("none"),
             expected);
}

void TestWinNetsh::firewallFixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("currentprofile, public on") << "netsh-advfirewall-show-currentprofile-public-on.txt"
                                               << "public:on:BlockInbound,AllowOutbound";
    QTest::newRow("allprofiles, chinese") << "netsh-advfirewall-show-allprofiles-zh-win7.txt"
                                          << "domain:on:BlockInbound,AllowOutbound private:on:BlockInbound,"
                                             "AllowOutbound public:on:BlockInbound,AllowOutbound";
}

void TestWinNetsh::firewallFixtures() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto texts = variants(file);
    QVERIFY2(!texts.isEmpty(), qPrintable(file));
    for (const QByteArray& text : texts)
        QCOMPARE(profiles(parseAdvfirewallProfiles(text.toStdString())), expected);
}

void TestWinNetsh::firewallInline_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wine stub") << ""
                               << "";
    QTest::newRow("english, mixed")
        << "Domain Profile Settings:\r\n---------------------\r\nState                                 "
           "OFF\r\n"
           "Firewall Policy                       AllowInbound,AllowOutbound\r\n\r\n"
           "Private Profile Settings:\r\n---------------------\r\nState                                 "
           "ON\r\n"
           "Firewall Policy                       BlockInboundAlways,BlockOutbound\r\n\r\nOk.\r\n"
        << "domain:off:AllowInbound,AllowOutbound private:on:BlockInboundAlways,BlockOutbound";
    QTest::newRow("chinese off")
        << "公用配置文件 设置:\n--------------\n状态                                  关闭\n"
           "防火墙策略                          NotConfigured,NotConfigured\n"
        << "public:off:NotConfigured,NotConfigured";
    QTest::newRow("unknown state word, no policy")
        << "Perfil X:\n------\nEstado                                FOO\n"
        << "Perfil X:?:,";
    QTest::newRow("policy-like value that is not one")
        << "Public Profile Settings:\n------\nState     ON\nFileName   a,b\n"
        << "public:on:,";
}

void TestWinNetsh::firewallInline() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(profiles(parseAdvfirewallProfiles(text.toStdString())), expected);
}

void TestWinNetsh::proxyFixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("english, set") << "netsh-winhttp-set-and-show-proxy-en-go-get-proxied.txt"
                                  << "testProxy:8999|";
    QTest::newRow("chinese, no bypass") << "netsh-winhttp-show-proxy-zh-set-no-bypass.txt"
                                        << "127.0.0.1:7897|";
    // show (a proxy with a bypass list), then reset: the reset's direct access is the state now.
    QTest::newRow("chinese, show then reset") << "netsh-winhttp-show-reset-proxy-zh.txt"
                                              << "direct";
}

void TestWinNetsh::proxyFixtures() {
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const auto texts = variants(file);
    QVERIFY2(!texts.isEmpty(), qPrintable(file));
    for (const QByteArray& text : texts)
        QCOMPARE(proxy(parseWinHttpProxy(text.toStdString())), expected);
}

void TestWinNetsh::proxyInline_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wine stub") << ""
                               << "none";
    QTest::newRow("english direct")
        << "\r\nCurrent WinHTTP proxy settings:\r\n\r\n    Direct access (no proxy server).\r\n"
        << "direct";
    QTest::newRow("chinese bypass list, first block of the reset file")
        << "当前的 WinHTTP 代理服务器设置:\n\n    代理服务器:  127.0.0.1:1088\n"
           "    绕过列表     :  niuza.com;qq.com; ;<local>\n"
        << "127.0.0.1:1088|niuza.com;qq.com;<local>";
    QTest::newRow("per-scheme servers") << "Current WinHTTP proxy settings:\n\n"
                                           "    Proxy Server(s) :  http=p:80;https=p:443\n"
                                           "    Bypass List     :  <local>;*.corp\n"
                                        << "http=p:80;https=p:443|<local>;*.corp";
    QTest::newRow("title without settings") << "Current WinHTTP proxy settings:\n\n"
                                            << "none";
}

void TestWinNetsh::proxyInline() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(proxy(parseWinHttpProxy(text.toStdString())), expected);
}

QTEST_APPLESS_MAIN(TestWinNetsh)
#include "tst_winnetsh.moc"
