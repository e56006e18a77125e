// The NO_PROXY advice (the value and the export line that send every client direct, what stays
// proxied), the proxy variables that count, and credentials masked in proxy URLs.

#include "wizard/proxy/proxyrules.h"

#include <QUrl>
#include <QtTest>

using namespace ld::wizard::proxy;

namespace {

Environment envFrom(const QStringList& assignments) {
    Environment env;
    for (const QString& a : assignments) {
        const qsizetype eq = a.indexOf(QLatin1Char('='));
        env[a.left(eq).toStdString()] = a.mid(eq + 1).toStdString();
    }
    return env;
}

Url urlFrom(const QString& text) {
    const QUrl u(text);
    const QString scheme = u.scheme();
    return Url{scheme, u.host(), u.port(scheme == QLatin1String("https") ? 443 : 80)};
}

} // namespace

class TestNoProxyAdvice : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void masking_data();
    void masking();
    void variables();
    void recommended_data();
    void recommended();
    void recommendedKeepsWildcardClientsDirect();
};

void TestNoProxyAdvice::masking_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("password") << "http://ana:s3cret@proxy:3128"
                              << "http://ana:****@proxy:3128";
    QTest::newRow("password with path") << "http://ana:s3cret@proxy:3128/x@y"
                                        << "http://ana:****@proxy:3128/x@y";
    QTest::newRow("@ in password") << "http://ana:p@ss@proxy:3128/"
                                   << "http://ana:****@proxy:3128/";
    QTest::newRow("no scheme") << "ana:s3cret@proxy:3128"
                               << "ana:****@proxy:3128";
    QTest::newRow("user only") << "http://ana@proxy:3128"
                               << "http://ana@proxy:3128";
    QTest::newRow("no userinfo") << "http://proxy:3128"
                                 << "http://proxy:3128";
    QTest::newRow("socks") << "socks5h://u:p@127.0.0.1:1080"
                           << "socks5h://u:****@127.0.0.1:1080";
    QTest::newRow("empty") << ""
                           << "";
}

void TestNoProxyAdvice::masking() {
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(maskUserInfo(value), masked);
}

void TestNoProxyAdvice::variables() {
    const Environment env = envFrom({QStringLiteral("http_proxy=http://p:1"), QStringLiteral("NO_PROXY=x"),
                                     QStringLiteral("PATH=/bin"), QStringLiteral("NODE_USE_ENV_PROXY=1")});
    QCOMPARE(proxyVariableNames(env),
             (QStringList{QStringLiteral("NODE_USE_ENV_PROXY"), QStringLiteral("NO_PROXY"),
                          QStringLiteral("http_proxy")}));
    QVERIFY(anyProxyConfigured(env));
    QVERIFY(
        !anyProxyConfigured(envFrom({QStringLiteral("no_proxy=localhost"), QStringLiteral("http_proxy=")})));
    QVERIFY(anyProxyConfigured(envFrom({QStringLiteral("GLOBAL_AGENT_HTTP_PROXY=http://p:1")})));
    QVERIFY(!anyProxyConfigured(envFrom({QStringLiteral("GLOBAL_AGENT_NO_PROXY=localhost")})));
}

void TestNoProxyAdvice::recommended_data() {
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("remaining"); // client ids still proxied or failing
    QTest::addColumn<QString>("line");

    const QString p = QStringLiteral("http_proxy=http://p:1");
    const QString P = QStringLiteral("HTTP_PROXY=http://p:1");
    QTest::newRow("localhost") << QStringList{p, P} << "http://localhost:3000/"
                               << "localhost,127.0.0.1,::1" << QStringList{}
                               << "export no_proxy=localhost,127.0.0.1,::1 NO_PROXY=localhost,127.0.0.1,::1";
    QTest::newRow("keeps entries") << QStringList{p, "no_proxy=corp.example, .internal"}
                                   << "http://127.0.0.1:3000/"
                                   << "corp.example,.internal,localhost,127.0.0.1,::1" << QStringList{} << "";
    QTest::newRow("merges both spellings")
        << QStringList{p, "no_proxy=localhost", "NO_PROXY=10.0.0.0/8,LOCALHOST"} << "http://localhost:3000/"
        << "localhost,10.0.0.0/8,127.0.0.1,::1" << QStringList{} << "";
    QTest::newRow("ipv6 literal")
        << QStringList{p, P} << "http://[::1]:3000/"
        << "localhost,127.0.0.1,::1,[::1]" << QStringList{}
        << "export no_proxy='localhost,127.0.0.1,::1,[::1]' NO_PROXY='localhost,127.0.0.1,::1,[::1]'";
    QTest::newRow("ipv6 with global-agent")
        << QStringList{p, "GLOBAL_AGENT_HTTP_PROXY=http://p:1"} << "http://[::1]:3000/"
        << "localhost,127.0.0.1,::1,[::1]" << QStringList{"global-agent"}
        << "export no_proxy='localhost,127.0.0.1,::1,[::1]' "
           "NO_PROXY='localhost,127.0.0.1,::1,[::1]' "
           "GLOBAL_AGENT_NO_PROXY='localhost,127.0.0.1,::1,[::1]'";
    QTest::newRow("subdomain for undici") << QStringList{p} << "http://app.localhost:3000/"
                                          << "localhost,127.0.0.1,::1,app.localhost" << QStringList{} << "";
    QTest::newRow("other loopback") << QStringList{p, P} << "http://127.0.0.2:3000/"
                                    << "localhost,127.0.0.1,::1,127.0.0.2" << QStringList{} << "";
    QTest::newRow("nothing to add") << QStringList{p, "no_proxy=localhost,127.0.0.1,::1"}
                                    << "http://localhost:3000/"
                                    << "localhost,127.0.0.1,::1" << QStringList{} << "";
}

void TestNoProxyAdvice::recommended() {
    QFETCH(QStringList, env);
    QFETCH(QString, url);
    QFETCH(QString, value);
    QFETCH(QStringList, remaining);
    QFETCH(QString, line);

    const Environment before = envFrom(env);
    const Url target = urlFrom(url);
    const NoProxyAdvice advice = adviseNoProxy(before, target);
    QCOMPARE(advice.value, value);
    QCOMPARE(recommendedNoProxy(before, target), value);
    QStringList remainingIds;
    for (const Client c : advice.remaining)
        remainingIds << clientId(c);
    QCOMPARE(remainingIds, remaining);
    QCOMPARE(unfixableClients(before, target).size(), remaining.size());
    if (!line.isEmpty())
        QCOMPARE(advice.line, line);

    // Applying the advice really sends every other client direct.
    Environment after = before;
    for (const QString& name : advice.variables)
        after[name.toStdString()] = advice.value.toStdString();
    for (const Decision& d : decideAll(after, target)) {
        const bool stillAffected = remaining.contains(clientId(d.client));
        QCOMPARE(d.route != Route::Direct, stillAffected);
    }
    for (const Client c : advice.fixed)
        QVERIFY(decide(c, before, target).route != Route::Direct);
}

void TestNoProxyAdvice::recommendedKeepsWildcardClientsDirect() {
    // The reference value leaves urllib and undici on the proxy for [::1]; the advice does not.
    const Environment env = envFrom(
        {QStringLiteral("http_proxy=http://p:1"), QStringLiteral("no_proxy=localhost,127.0.0.1,::1")});
    const Url v6 = urlFrom(QStringLiteral("http://[::1]:3000/"));
    QCOMPARE(decide(Client::PythonUrllib, env, v6).route, Route::Proxy);
    QCOMPARE(decide(Client::NodeUndici, env, v6).route, Route::Proxy);
    const NoProxyAdvice advice = adviseNoProxy(env, v6);
    QCOMPARE(advice.added, QStringList{QStringLiteral("[::1]")});
    QVERIFY(advice.fixed.contains(Client::PythonUrllib));
    QVERIFY(advice.fixed.contains(Client::NodeUndici));
    QVERIFY(advice.remaining.isEmpty());
}

QTEST_APPLESS_MAIN(TestNoProxyAdvice)
#include "tst_noproxyadvice.moc"
