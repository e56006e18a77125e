// `scutil --proxy` as recorded on real Macs (macOS 10.15 to 26) into SystemProxy, and the route
// a URL takes under those settings (exceptions, PAC, HTTP/HTTPS, SOCKS).

#include "platform/maccommon/scutilparse.h"
#include "platform/system.h"
#include "support/peers.h"

#include <QFile>
#include <QTest>

using namespace ld::platform;

namespace {

QByteArray readFixture(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("macos/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString server(const char* kind, const ProxyServer& s) {
    if (!s.enabled && s.host.empty())
        return {};
    return QStringLiteral("%1%2=%3:%4 ")
        .arg(QLatin1String(kind), s.enabled ? QString() : QStringLiteral("(off)"),
             QString::fromStdString(s.host))
        .arg(s.port);
}

QString describe(const SystemProxy& p) {
    QString text = server("http", p.http) + server("https", p.https) + server("socks", p.socks);
    if (p.autoConfigEnabled || !p.autoConfigUrl.empty())
        text += QStringLiteral("pac%1=%2 ")
                    .arg(p.autoConfigEnabled ? QString() : QStringLiteral("(off)"),
                         QString::fromStdString(p.autoConfigUrl));
    if (p.excludeSimpleHostnames)
        text += QStringLiteral("simple ");
    QStringList exceptions;
    for (const std::string& e : p.exceptions)
        exceptions << QString::fromStdString(e);
    text += QStringLiteral("except=[%1]").arg(exceptions.join(u','));
    return text;
}

SystemProxy load(const QString& file) {
    return scutil::parseProxy(readFixture(file).toStdString());
}

} // namespace

class TestMacProxy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void notADictionary();
    void exceptions_data();
    void exceptions();
    void routes_data();
    void routes();
    void otherSystemsReadNothing();
};

void TestMacProxy::fixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("any");
    QTest::addColumn<QString>("expected");

    QTest::addRow("none") << "scutil-proxy-none-yakit-2164.txt" << false << "except=[*.local,169.254/16]";
    QTest::addRow("pac only") << "scutil-proxy-pac-only-httptoolkit-151.txt" << true
                              << "pac=http://wpad.company.com/wpad.dat except=[]";
    QTest::addRow("http privoxy") << "scutil-proxy-http-privoxy-drduh.txt" << true
                                  << "http=127.0.0.1:8118 except=[*.local,169.254/16]";
    QTest::addRow("http https socks") << "scutil-proxy-http-https-socks-anyproxy.txt" << true
                                      << "http=127.0.0.1:8888 https=127.0.0.1:8888 socks=127.0.0.1:7891 "
                                         "except=[127.0.0.1,localhost]";
    QTest::addRow("macOS 26 all disabled") << "scutil-proxy-macos26-configured-all-disabled.txt" << false
                                           << "except=[127.0.0.1,192.168.0.0/16,10.0.0.0/8,172.16.0.0/"
                                              "12,localhost,*.local,*.crashlytics.com,<local>]";
    QTest::addRow("macOS 26 all enabled with pac")
        << "scutil-proxy-macos26-all-enabled-with-pac.txt" << true
        << "http=127.0.0.1:7897 https=127.0.0.1:7897 socks=127.0.0.1:7897 "
           "pac=http://127.0.0.1:33331/commands/pac "
           "except=[127.0.0.1,192.168.0.0/16,10.0.0.0/8,172.16.0.0/"
           "12,localhost,*.local,*.crashlytics.com,<local>]";
    // The nested __SCOPED__ dictionary repeats keys; only the top level counts.
    QTest::addRow("scoped") << "scutil-proxy-scoped.txt" << true
                            << "http=proxy.corp.example:3128 simple except=[*.local,169.254/16]";
}

void TestMacProxy::fixtures() {
    QFETCH(QString, file);
    QFETCH(bool, any);
    QFETCH(QString, expected);
    const SystemProxy proxy = load(file);
    QVERIFY2(proxy.readable, qPrintable(QString::fromStdString(proxy.error)));
    QCOMPARE(describe(proxy), expected);
    QCOMPARE(proxy.any(), any);
}

void TestMacProxy::notADictionary() {
    const SystemProxy proxy = scutil::parseProxy("scutil: command not found\n");
    QVERIFY(!proxy.readable);
    QCOMPARE(proxy.error, std::string("scutil: command not found"));
    QVERIFY(!proxy.any());
    QVERIFY(!scutil::parseProxy("").readable);
    // A dictionary cut short still gives what it had.
    const SystemProxy cut =
        scutil::parseProxy("<dictionary> {\n  HTTPEnable : 1\n  HTTPProxy : p\n  HTTPPort : 3");
    QVERIFY(cut.readable);
    QVERIFY(cut.http.configured());
    QCOMPARE(cut.http.port, std::uint16_t(3));
}

void TestMacProxy::exceptions_data() {
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("matches");

    QTest::addRow("name") << "localhost"
                          << "localhost" << true;
    QTest::addRow("name, other case") << "LocalHost"
                                      << "localhost" << true;
    QTest::addRow("name is not a suffix") << "localhost"
                                          << "app.localhost" << false;
    QTest::addRow("wildcard") << "*.local"
                              << "printer.local" << true;
    QTest::addRow("wildcard needs the dot") << "*.local"
                                            << "local" << false;
    QTest::addRow("wildcard middle") << "*.crashlytics.com"
                                     << "x.crashlytics.com" << true;
    QTest::addRow("address") << "127.0.0.1"
                             << "127.0.0.1" << true;
    QTest::addRow("address is not a name") << "127.0.0.1"
                                           << "localhost" << false;
    QTest::addRow("short prefix") << "169.254/16"
                                  << "169.254.3.4" << true;
    QTest::addRow("short prefix miss") << "169.254/16"
                                       << "169.253.3.4" << false;
    QTest::addRow("prefix") << "10.0.0.0/8"
                            << "10.20.30.40" << true;
    QTest::addRow("prefix 12") << "172.16.0.0/12"
                               << "172.31.0.1" << true;
    QTest::addRow("prefix 12 miss") << "172.16.0.0/12"
                                    << "172.32.0.1" << false;
    QTest::addRow("v4 prefix, v6 host") << "127.0.0.0/8"
                                        << "::1" << false;
    QTest::addRow("v6 address") << "::1"
                                << "::1" << true;
    QTest::addRow("v6 prefix") << "fe80::/10"
                               << "fe80::1" << true;
    QTest::addRow("mapped v4 host") << "127.0.0.1"
                                    << "::ffff:127.0.0.1" << true;
    QTest::addRow("<local> simple name") << "<local>"
                                         << "myhost" << true;
    QTest::addRow("<local> dotted name") << "<local>"
                                         << "my.host" << false;
    QTest::addRow("<local> v6 literal") << "<local>"
                                        << "::1" << false;
    QTest::addRow("bad prefix length") << "10.0.0.0/40"
                                       << "10.0.0.1" << false;
    QTest::addRow("empty") << ""
                           << "localhost" << false;
}

void TestMacProxy::exceptions() {
    QFETCH(QString, entry);
    QFETCH(QString, host);
    QFETCH(bool, matches);
    QCOMPARE(proxyExceptionMatches(entry.toStdString(), host.toStdString()), matches);
}

void TestMacProxy::routes_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url"); // scheme://host
    QTest::addColumn<QString>("expected");

    QTest::addRow("no proxy") << "scutil-proxy-none-yakit-2164.txt"
                              << "http://localhost"
                              << "direct";
    QTest::addRow("privoxy: localhost is not excepted") << "scutil-proxy-http-privoxy-drduh.txt"
                                                        << "http://localhost"
                                                        << "proxy http 127.0.0.1:8118";
    QTest::addRow("privoxy: 127.0.0.1 either") << "scutil-proxy-http-privoxy-drduh.txt"
                                               << "http://127.0.0.1"
                                               << "proxy http 127.0.0.1:8118";
    QTest::addRow("privoxy: https has no server") << "scutil-proxy-http-privoxy-drduh.txt"
                                                  << "https://localhost"
                                                  << "direct";
    QTest::addRow("privoxy: *.local") << "scutil-proxy-http-privoxy-drduh.txt"
                                      << "http://nas.local"
                                      << "direct (*.local)";
    QTest::addRow("anyproxy: localhost excepted") << "scutil-proxy-http-https-socks-anyproxy.txt"
                                                  << "http://localhost"
                                                  << "direct (localhost)";
    QTest::addRow("anyproxy: ::1 is not") << "scutil-proxy-http-https-socks-anyproxy.txt"
                                          << "http://::1"
                                          << "proxy http 127.0.0.1:8888";
    QTest::addRow("anyproxy: https") << "scutil-proxy-http-https-socks-anyproxy.txt"
                                     << "https://example.com"
                                     << "proxy https 127.0.0.1:8888";
    QTest::addRow("pac only") << "scutil-proxy-pac-only-httptoolkit-151.txt"
                              << "http://localhost"
                              << "auto-config";
    QTest::addRow("macOS 26 pac, localhost excepted") << "scutil-proxy-macos26-all-enabled-with-pac.txt"
                                                      << "http://localhost"
                                                      << "direct (localhost)";
    QTest::addRow("macOS 26 pac decides the rest") << "scutil-proxy-macos26-all-enabled-with-pac.txt"
                                                   << "http://example.com"
                                                   << "auto-config";
    QTest::addRow("macOS 26 disabled") << "scutil-proxy-macos26-configured-all-disabled.txt"
                                       << "http://example.com"
                                       << "direct";
    QTest::addRow("scoped: simple hostname") << "scutil-proxy-scoped.txt"
                                             << "http://devbox"
                                             << "direct (<simple hostname>)";
    QTest::addRow("scoped: localhost is simple") << "scutil-proxy-scoped.txt"
                                                 << "http://localhost"
                                                 << "direct (<simple hostname>)";
    QTest::addRow("scoped: dotted name") << "scutil-proxy-scoped.txt"
                                         << "http://app.localhost"
                                         << "proxy http proxy.corp.example:3128";
}

void TestMacProxy::routes() {
    QFETCH(QString, file);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const SystemProxy proxy = load(file);
    const qsizetype sep = url.indexOf(QStringLiteral("://"));
    const SystemProxyRoute route =
        systemProxyRoute(proxy, url.left(sep).toStdString(), url.mid(sep + 3).toStdString());
    QString actual = QString::fromUtf8(routeKindName(route.kind));
    if (route.kind == SystemProxyRoute::Kind::Proxy)
        actual +=
            QStringLiteral(" %1 %2:%3")
                .arg(QString::fromStdString(route.serverKind), QString::fromStdString(route.server.host))
                .arg(route.server.port);
    if (!route.matchedException.empty())
        actual += QStringLiteral(" (%1)").arg(QString::fromStdString(route.matchedException));
    QCOMPARE(actual, expected);
}

void TestMacProxy::otherSystemsReadNothing() {
    // System::systemProxy()'s default, as this OS's System (not macOS's) keeps it.
    const auto system = createSystem();
    if (system->osName() == "macos")
        QSKIP("this is the macOS System: it reads scutil");
    const SystemProxy proxy = system->systemProxy();
    QVERIFY(proxy.source.empty());
    QVERIFY(!proxy.readable);
    QVERIFY(!proxy.any());
    QCOMPARE(systemProxyRoute(proxy, "http", "localhost").kind, SystemProxyRoute::Kind::Direct);
}

QTEST_APPLESS_MAIN(TestMacProxy)
#include "tst_macproxy.moc"
