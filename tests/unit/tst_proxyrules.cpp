// The proxy rules against the measured matrix (tests/fixtures/proxy-matrix.md, one assertion per
// row and client), then the rules the matrix does not exercise.

#include "support/peers.h"
#include "wizard/proxy/proxyrules.h"

#include <QFile>
#include <QUrl>
#include <QtTest>

using namespace ld::wizard::proxy;

Q_DECLARE_METATYPE(ld::wizard::proxy::Client)
Q_DECLARE_METATYPE(ld::wizard::proxy::Route)

namespace {

const char* const kProxy = "http://127.0.0.1:3128";

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

// The client a column of the matrix measured, from its header.
std::optional<Client> clientForHeader(const QString& header) {
    const QString h = header.toLower();
    if (h.startsWith(QLatin1String("curl")))
        return Client::Curl;
    if (h.startsWith(QLatin1String("wget")))
        return Client::Wget;
    if (h.startsWith(QLatin1String("urllib")))
        return Client::PythonUrllib;
    if (h.startsWith(QLatin1String("requests")))
        return Client::PythonRequests;
    if (h.startsWith(QLatin1String("undici")))
        return Client::NodeUndici;
    if (h.startsWith(QLatin1String("global-agent")))
        return Client::GlobalAgent;
    if (h.startsWith(QLatin1String("go ")))
        return Client::Go;
    return std::nullopt;
}

QStringList cells(const QString& line) {
    QStringList parts = line.trimmed().split(QLatin1Char('|'));
    if (parts.size() < 3)
        return {};
    parts.removeFirst();
    parts.removeLast();
    for (QString& p : parts)
        p = p.trimmed();
    return parts;
}

struct MatrixRow {
    QString noProxy;
    QString url;
    QStringList outcomes;
};

struct Matrix {
    QList<std::optional<Client>> clients;
    QList<MatrixRow> rows;
};

Matrix readMatrix() {
    Matrix matrix;
    QFile file(ld::test::fixture(QStringLiteral("proxy-matrix.md")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return matrix;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList c = cells(line);
        if (c.size() < 3)
            continue;
        if (c.at(0) == QLatin1String("no_proxy")) {
            for (qsizetype i = 2; i < c.size(); ++i)
                matrix.clients << clientForHeader(c.at(i));
        } else if (c.at(1).startsWith(QLatin1String("http"))) {
            matrix.rows << MatrixRow{c.at(0), c.at(1), c.mid(2)};
        }
    }
    return matrix;
}

} // namespace

class TestProxyRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrixIsComplete();
    void matrix_data();
    void matrix();
    void rules_data();
    void rules();
    void globalAgentFailsOnIpv6WithNoProxy();
    void decidedBy();
};

void TestProxyRules::matrixIsComplete() {
    const Matrix m = readMatrix();
    QCOMPARE(m.rows.size(), 40);
    QCOMPARE(m.clients.size(), 7);
    for (const auto& client : m.clients)
        QVERIFY(client.has_value());
    for (const MatrixRow& row : m.rows)
        QCOMPARE(row.outcomes.size(), 7);
}

void TestProxyRules::matrix_data() {
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Client>("client");
    QTest::addColumn<QString>("measured");
    const Matrix m = readMatrix();
    for (const MatrixRow& row : m.rows) {
        for (qsizetype i = 0; i < row.outcomes.size() && i < m.clients.size(); ++i) {
            if (!m.clients.at(i))
                continue;
            const Client client = *m.clients.at(i);
            QTest::addRow("%s | %s | %s", qPrintable(row.noProxy), qPrintable(row.url),
                          qPrintable(clientId(client)))
                << row.noProxy << row.url << client << row.outcomes.at(i);
        }
    }
}

void TestProxyRules::matrix() {
    QFETCH(QString, noProxy);
    QFETCH(QString, url);
    QFETCH(Client, client);
    QFETCH(QString, measured);

    // As measured: both spellings of the proxy and of no_proxy, and global-agent's own names.
    QStringList assignments{QStringLiteral("http_proxy=") + QLatin1String(kProxy),
                            QStringLiteral("HTTP_PROXY=") + QLatin1String(kProxy),
                            QStringLiteral("GLOBAL_AGENT_HTTP_PROXY=") + QLatin1String(kProxy)};
    if (noProxy != QLatin1String("UNSET")) {
        for (const char* name : {"no_proxy", "NO_PROXY", "GLOBAL_AGENT_NO_PROXY"})
            assignments << QLatin1String(name) + QLatin1Char('=') + noProxy;
    }
    const Url target = urlFrom(url);
    QVERIFY(!target.host.isEmpty());
    const Decision d = decide(client, envFrom(assignments), target);

    // The measurement saw only whether the proxy got the request: global-agent's Invalid URL
    // (a request that never leaves) shows there as "direct".
    const bool throws = client == Client::GlobalAgent && target.isIpv6() && noProxy != QLatin1String("UNSET");
    if (measured == QLatin1String("PROXY")) {
        QCOMPARE(routeName(d.route), QStringLiteral("proxy"));
        QCOMPARE(d.proxyUrl, QString::fromLatin1(kProxy));
        QVERIFY(!d.decidedBy().isEmpty());
    } else {
        QCOMPARE(measured, QStringLiteral("direct"));
        QCOMPARE(routeName(d.route), throws ? QStringLiteral("fails") : QStringLiteral("direct"));
    }
}

void TestProxyRules::rules_data() {
    QTest::addColumn<Client>("client");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Route>("route");
    QTest::addColumn<QString>("decidedBy"); // the variable that decided, "" for none
    QTest::addColumn<QString>("proxyUrl");  // expected when proxied

    const QString a = QStringLiteral("http://a:1");
    const QString b = QStringLiteral("http://b:2");
    const QString local = QStringLiteral("http://localhost:3000/");
    const QString localS = QStringLiteral("https://localhost:8443/");
    using C = Client;
    using R = Route;
    const QString none;

    // curl: never HTTP_PROXY for http (httpoxy), but HTTPS_PROXY and ALL_PROXY yes
    QTest::newRow("curl ignores HTTP_PROXY")
        << C::Curl << QStringList{"HTTP_PROXY=" + a} << local << R::Direct << none << none;
    QTest::newRow("curl http_proxy") << C::Curl << QStringList{"http_proxy=" + a, "HTTP_PROXY=" + b} << local
                                     << R::Proxy << "http_proxy" << a;
    QTest::newRow("curl HTTPS_PROXY")
        << C::Curl << QStringList{"HTTPS_PROXY=" + b} << localS << R::Proxy << "HTTPS_PROXY" << b;
    QTest::newRow("curl https_proxy first") << C::Curl << QStringList{"https_proxy=" + a, "HTTPS_PROXY=" + b}
                                            << localS << R::Proxy << "https_proxy" << a;
    QTest::newRow("curl ALL_PROXY") << C::Curl << QStringList{"ALL_PROXY=" + b} << local << R::Proxy
                                    << "ALL_PROXY" << b;
    QTest::newRow("curl all_proxy first") << C::Curl << QStringList{"all_proxy=" + a, "ALL_PROXY=" + b}
                                          << local << R::Proxy << "all_proxy" << a;
    QTest::newRow("curl empty http_proxy hides all_proxy")
        << C::Curl << QStringList{"http_proxy=", "all_proxy=" + a} << local << R::Direct << none << none;
    QTest::newRow("curl no_proxy before NO_PROXY")
        << C::Curl << QStringList{"http_proxy=" + a, "no_proxy=example.com", "NO_PROXY=localhost"} << local
        << R::Proxy << "http_proxy" << a;
    QTest::newRow("curl NO_PROXY alone") << C::Curl << QStringList{"http_proxy=" + a, "NO_PROXY=localhost"}
                                         << local << R::Direct << "NO_PROXY" << a;
    QTest::newRow("curl star in a list is no wildcard")
        << C::Curl << QStringList{"http_proxy=" + a, "no_proxy=example.com,*"} << local << R::Proxy
        << "http_proxy" << a;
    QTest::newRow("curl trailing dot") << C::Curl << QStringList{"http_proxy=" + a, "no_proxy=localhost."}
                                       << local << R::Direct << "no_proxy" << a;
    QTest::newRow("curl spaces separate")
        << C::Curl << QStringList{"http_proxy=" + a, "no_proxy=example.com localhost"} << local << R::Direct
        << "no_proxy" << a;
    QTest::newRow("curl /32") << C::Curl << QStringList{"http_proxy=" + a, "no_proxy=127.0.0.1/32"}
                              << "http://127.0.0.1:80/" << R::Direct << "no_proxy" << a;
    // measured on this machine: curl 7.88 compares IPv6 hosts as text, so no IPv6 CIDR
    QTest::newRow("curl ::1/128 no match") << C::Curl << QStringList{"http_proxy=" + a, "no_proxy=::1/128"}
                                           << "http://[::1]:80/" << R::Proxy << "http_proxy" << a;
    QTest::newRow("curl [::1] no match") << C::Curl << QStringList{"http_proxy=" + a, "no_proxy=[::1]"}
                                         << "http://[::1]:80/" << R::Proxy << "http_proxy" << a;

    // wget: lower-case variables only; suffix matching (measured: "0.1" exempts 127.0.0.1)
    QTest::newRow("wget ignores HTTP_PROXY")
        << C::Wget << QStringList{"HTTP_PROXY=" + a} << local << R::Direct << none << none;
    QTest::newRow("wget ignores NO_PROXY") << C::Wget << QStringList{"http_proxy=" + a, "NO_PROXY=localhost"}
                                           << local << R::Proxy << "http_proxy" << a;
    QTest::newRow("wget https_proxy") << C::Wget << QStringList{"http_proxy=" + a, "https_proxy=" + b}
                                      << localS << R::Proxy << "https_proxy" << b;
    QTest::newRow("wget no all_proxy")
        << C::Wget << QStringList{"all_proxy=" + a} << local << R::Direct << none << none;
    QTest::newRow("wget text suffix") << C::Wget << QStringList{"http_proxy=" + a, "no_proxy=0.1"}
                                      << "http://127.0.0.1:80/" << R::Direct << "no_proxy" << a;
    QTest::newRow("wget ::1") << C::Wget << QStringList{"http_proxy=" + a, "no_proxy=::1"}
                              << "http://[::1]:80/" << R::Direct << "no_proxy" << a;

    // urllib: lower case wins, an empty lower-case variable removes it; no all_proxy
    QTest::newRow("urllib lower wins") << C::PythonUrllib << QStringList{"http_proxy=" + a, "HTTP_PROXY=" + b}
                                       << local << R::Proxy << "http_proxy" << a;
    QTest::newRow("urllib upper alone")
        << C::PythonUrllib << QStringList{"HTTP_PROXY=" + b} << local << R::Proxy << "HTTP_PROXY" << b;
    QTest::newRow("urllib empty lower removes")
        << C::PythonUrllib << QStringList{"http_proxy=", "HTTP_PROXY=" + b} << local << R::Direct << none
        << none;
    QTest::newRow("urllib no all_proxy")
        << C::PythonUrllib << QStringList{"all_proxy=" + a} << local << R::Direct << none << none;
    QTest::newRow("urllib CGI drops HTTP_PROXY")
        << C::PythonUrllib << QStringList{"HTTP_PROXY=" + b, "REQUEST_METHOD=GET"} << local << R::Direct
        << none << none;
    QTest::newRow("urllib https_proxy")
        << C::PythonUrllib << QStringList{"HTTPS_PROXY=" + b} << localS << R::Proxy << "HTTPS_PROXY" << b;
    // measured on this machine: the bracketed entry matches the bracketed host
    QTest::newRow("urllib [::1]") << C::PythonUrllib << QStringList{"http_proxy=" + a, "no_proxy=[::1]"}
                                  << "http://[::1]:80/" << R::Direct << "no_proxy" << a;
    QTest::newRow("urllib NO_PROXY when no_proxy unset")
        << C::PythonUrllib << QStringList{"http_proxy=" + a, "NO_PROXY=localhost"} << local << R::Direct
        << "NO_PROXY" << a;

    // requests: all_proxy honoured; no_proxy `or` NO_PROXY; plain text suffix
    QTest::newRow("requests ALL_PROXY")
        << C::PythonRequests << QStringList{"ALL_PROXY=" + b} << local << R::Proxy << "ALL_PROXY" << b;
    QTest::newRow("requests scheme before all")
        << C::PythonRequests << QStringList{"all_proxy=" + a, "http_proxy=" + b} << local << R::Proxy
        << "http_proxy" << b;
    QTest::newRow("requests text suffix")
        << C::PythonRequests << QStringList{"http_proxy=" + a, "no_proxy=host"} << local << R::Direct
        << "no_proxy" << a;
    QTest::newRow("requests empty no_proxy falls to NO_PROXY")
        << C::PythonRequests << QStringList{"http_proxy=" + a, "no_proxy=", "NO_PROXY=localhost"} << local
        << R::Direct << "NO_PROXY" << a;
    QTest::newRow("requests [::1] does not match ::1")
        << C::PythonRequests << QStringList{"http_proxy=" + a, "no_proxy=[::1]"} << "http://[::1]:80/"
        << R::Proxy << "http_proxy" << a;
    QTest::newRow("requests CIDR") << C::PythonRequests
                                   << QStringList{"http_proxy=" + a, "no_proxy=10.0.0.0/8,127.0.0.0/24"}
                                   << "http://127.0.0.9:80/" << R::Direct << "no_proxy" << a;

    // undici: `??`, so an empty lower-case variable wins; https falls back to the http proxy
    QTest::newRow("undici upper") << C::NodeUndici << QStringList{"HTTP_PROXY=" + b} << local << R::Proxy
                                  << "HTTP_PROXY" << b;
    QTest::newRow("undici empty lower wins") << C::NodeUndici << QStringList{"http_proxy=", "HTTP_PROXY=" + b}
                                             << local << R::Direct << none << none;
    QTest::newRow("undici https via http proxy")
        << C::NodeUndici << QStringList{"http_proxy=" + a} << localS << R::Proxy << "http_proxy" << a;
    QTest::newRow("undici https_proxy") << C::NodeUndici << QStringList{"http_proxy=" + a, "HTTPS_PROXY=" + b}
                                        << localS << R::Proxy << "HTTPS_PROXY" << b;
    QTest::newRow("undici empty no_proxy hides NO_PROXY")
        << C::NodeUndici << QStringList{"http_proxy=" + a, "no_proxy=", "NO_PROXY=localhost"} << local
        << R::Proxy << "http_proxy" << a;
    QTest::newRow("undici star entry")
        << C::NodeUndici << QStringList{"http_proxy=" + a, "no_proxy=example.com,*"} << local << R::Direct
        << "no_proxy" << a;
    QTest::newRow("undici port entry")
        << C::NodeUndici << QStringList{"http_proxy=" + a, "no_proxy=localhost:3000"} << local << R::Direct
        << "no_proxy" << a;
    QTest::newRow("undici other port")
        << C::NodeUndici << QStringList{"http_proxy=" + a, "no_proxy=localhost:4000"} << local << R::Proxy
        << "http_proxy" << a;
    QTest::newRow("undici [::1]") << C::NodeUndici << QStringList{"http_proxy=" + a, "no_proxy=[::1]"}
                                  << "http://[::1]:80/" << R::Direct << "no_proxy" << a;
    QTest::newRow("undici ::1 is host : port 1")
        << C::NodeUndici << QStringList{"http_proxy=" + a, "no_proxy=::1"} << "http://[::1]:1/" << R::Proxy
        << "http_proxy" << a;

    // Node's own fetch: only with NODE_USE_ENV_PROXY=1 or --use-env-proxy
    QTest::newRow("fetch ignores variables")
        << C::NodeFetch << QStringList{"http_proxy=" + a, "HTTP_PROXY=" + a} << local << R::Direct << none
        << none;
    QTest::newRow("fetch NODE_USE_ENV_PROXY=1")
        << C::NodeFetch << QStringList{"HTTP_PROXY=" + a, "NODE_USE_ENV_PROXY=1"} << local << R::Proxy
        << "HTTP_PROXY" << a;
    QTest::newRow("fetch NODE_USE_ENV_PROXY=true")
        << C::NodeFetch << QStringList{"HTTP_PROXY=" + a, "NODE_USE_ENV_PROXY=true"} << local << R::Direct
        << none << none;
    QTest::newRow("fetch --use-env-proxy")
        << C::NodeFetch << QStringList{"HTTP_PROXY=" + a, "NODE_OPTIONS=--use-env-proxy"} << local << R::Proxy
        << "HTTP_PROXY" << a;
    QTest::newRow("fetch NO_PROXY") << C::NodeFetch
                                    << QStringList{"HTTP_PROXY=" + a, "NO_PROXY=localhost",
                                                   "NODE_USE_ENV_PROXY=1"}
                                    << local << R::Direct << "NO_PROXY" << a;

    // global-agent: its own variables only
    QTest::newRow("global-agent ignores HTTP_PROXY")
        << C::GlobalAgent << QStringList{"HTTP_PROXY=" + a, "http_proxy=" + a} << local << R::Direct << none
        << none;
    QTest::newRow("global-agent https falls back")
        << C::GlobalAgent << QStringList{"GLOBAL_AGENT_HTTP_PROXY=" + a} << localS << R::Proxy
        << "GLOBAL_AGENT_HTTP_PROXY" << a;
    QTest::newRow("global-agent https proxy")
        << C::GlobalAgent << QStringList{"GLOBAL_AGENT_HTTP_PROXY=" + a, "GLOBAL_AGENT_HTTPS_PROXY=" + b}
        << localS << R::Proxy << "GLOBAL_AGENT_HTTPS_PROXY" << b;
    QTest::newRow("global-agent ignores NO_PROXY")
        << C::GlobalAgent << QStringList{"GLOBAL_AGENT_HTTP_PROXY=" + a, "NO_PROXY=localhost"} << local
        << R::Proxy << "GLOBAL_AGENT_HTTP_PROXY" << a;
    QTest::newRow("global-agent port rule")
        << C::GlobalAgent
        << QStringList{"GLOBAL_AGENT_HTTP_PROXY=" + a, "GLOBAL_AGENT_NO_PROXY=localhost:3000"} << local
        << R::Direct << "GLOBAL_AGENT_NO_PROXY" << a;
    QTest::newRow("global-agent namespace")
        << C::GlobalAgent << QStringList{"GLOBAL_AGENT_ENVIRONMENT_VARIABLE_NAMESPACE=", "HTTP_PROXY=" + a}
        << local << R::Proxy << "HTTP_PROXY" << a;

    // Go: upper case first, non-empty; loopback always direct; no all_proxy
    QTest::newRow("go upper first") << C::Go << QStringList{"HTTP_PROXY=" + a, "http_proxy=" + b}
                                    << "http://app.localhost:80/" << R::Proxy << "HTTP_PROXY" << a;
    QTest::newRow("go empty upper skipped") << C::Go << QStringList{"HTTP_PROXY=", "http_proxy=" + b}
                                            << "http://app.localhost:80/" << R::Proxy << "http_proxy" << b;
    QTest::newRow("go localhost direct")
        << C::Go << QStringList{"HTTP_PROXY=" + a} << local << R::Direct << none << a;
    QTest::newRow("go ::1 direct") << C::Go << QStringList{"HTTP_PROXY=" + a} << "http://[::1]:80/"
                                   << R::Direct << none << a;
    QTest::newRow("go private address proxied") << C::Go << QStringList{"HTTP_PROXY=" + a}
                                                << "http://192.168.1.5:80/" << R::Proxy << "HTTP_PROXY" << a;
    QTest::newRow("go CIDR") << C::Go << QStringList{"HTTP_PROXY=" + a, "NO_PROXY=192.168.0.0/16"}
                             << "http://192.168.1.5:80/" << R::Direct << "NO_PROXY" << a;
    QTest::newRow("go IPv6 CIDR") << C::Go << QStringList{"HTTP_PROXY=" + a, "NO_PROXY=fd00::/8"}
                                  << "http://[fd00::5]:80/" << R::Direct << "NO_PROXY" << a;
    QTest::newRow("go dot is subdomains only")
        << C::Go << QStringList{"HTTP_PROXY=" + a, "NO_PROXY=.corp.example"} << "http://corp.example:80/"
        << R::Proxy << "HTTP_PROXY" << a;
    QTest::newRow("go name and subdomains")
        << C::Go << QStringList{"HTTP_PROXY=" + a, "NO_PROXY=corp.example"} << "http://x.corp.example:80/"
        << R::Direct << "NO_PROXY" << a;
    QTest::newRow("go star in a list") << C::Go << QStringList{"HTTP_PROXY=" + a, "NO_PROXY=x.example,*"}
                                       << "http://app.localhost:80/" << R::Direct << "NO_PROXY" << a;
    QTest::newRow("go https needs HTTPS_PROXY") << C::Go << QStringList{"HTTP_PROXY=" + a}
                                                << "https://app.localhost:443/" << R::Direct << none << none;
    QTest::newRow("go no ALL_PROXY") << C::Go << QStringList{"ALL_PROXY=" + a} << "http://app.localhost:80/"
                                     << R::Direct << none << none;
    QTest::newRow("go CGI refuses") << C::Go << QStringList{"HTTP_PROXY=" + a, "REQUEST_METHOD=GET"}
                                    << "http://app.localhost:80/" << R::Fails << "HTTP_PROXY" << a;
}

void TestProxyRules::rules() {
    QFETCH(Client, client);
    QFETCH(QStringList, env);
    QFETCH(QString, url);
    QFETCH(Route, route);
    QFETCH(QString, decidedBy);
    QFETCH(QString, proxyUrl);
    const Decision d = decide(client, envFrom(env), urlFrom(url));
    QCOMPARE(routeName(d.route), routeName(route));
    QCOMPARE(d.decidedBy(), decidedBy);
    if (!proxyUrl.isEmpty())
        QCOMPARE(d.proxyUrl, proxyUrl);
    QCOMPARE(d.client, client);
}

void TestProxyRules::globalAgentFailsOnIpv6WithNoProxy() {
    const Url v6 = urlFrom(QStringLiteral("http://[::1]:3000/"));
    Environment env = envFrom({QStringLiteral("GLOBAL_AGENT_HTTP_PROXY=http://p:1")});
    QCOMPARE(decide(Client::GlobalAgent, env, v6).route, Route::Proxy);
    env["GLOBAL_AGENT_NO_PROXY"] = "::1,[::1],*";
    const Decision d = decide(Client::GlobalAgent, env, v6);
    QCOMPARE(d.route, Route::Fails);
    QCOMPARE(d.reason, Reason::InvalidUrl);
    QCOMPARE(d.decidedBy(), QStringLiteral("GLOBAL_AGENT_NO_PROXY"));
    // IPv4 under the same value is fine.
    QCOMPARE(decide(Client::GlobalAgent, env, urlFrom(QStringLiteral("http://127.0.0.1:3000/"))).route,
             Route::Direct);
}

void TestProxyRules::decidedBy() {
    const Environment env =
        envFrom({QStringLiteral("http_proxy=http://p:1"), QStringLiteral("no_proxy=.localhost")});
    const Decision d = decide(Client::Curl, env, urlFrom(QStringLiteral("http://app.localhost:3000/")));
    QCOMPARE(d.route, Route::Direct);
    QCOMPARE(d.reason, Reason::NoProxyEntry);
    QCOMPARE(d.matchedEntry, QStringLiteral(".localhost"));
    QCOMPARE(d.decidedBy(), QStringLiteral("no_proxy"));
    QCOMPARE(d.proxyVariable, QStringLiteral("http_proxy"));

    const Decision wildcard =
        decide(Client::PythonUrllib,
               envFrom({QStringLiteral("http_proxy=http://p:1"), QStringLiteral("NO_PROXY=*")}),
               urlFrom(QStringLiteral("http://localhost:3000/")));
    QCOMPARE(wildcard.reason, Reason::NoProxyWildcard);
    QCOMPARE(wildcard.decidedBy(), QStringLiteral("NO_PROXY"));

    const Decision go = decide(Client::Go, env, urlFrom(QStringLiteral("http://127.0.0.1:3000/")));
    QCOMPARE(go.reason, Reason::AlwaysDirect);
    QVERIFY(go.decidedBy().isEmpty());

    QCOMPARE(decideAll(env, urlFrom(QStringLiteral("http://localhost/"))).size(), allClients().size());
}

QTEST_APPLESS_MAIN(TestProxyRules)
#include "tst_proxyrules.moc"
