// The proxy step on a fake system: only the environment (and the injected system proxy) matter.

#include "support/fakesystem.h"
#include "wizard/steps/proxystep.h"
#include "wizard/steps/registry.h"
#include "wizard/target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace ld;
using namespace ld::wizard;

namespace {

using ld::test::FakeSystem;

struct Run {
    StepResult result;
    Finding finding;
};

// Runs the step for input under env; the system proxy is `system` (none by default).
Run runStep(const QString& input, const std::map<std::string, std::string>& env,
            QList<QNetworkProxy> system = {QNetworkProxy(QNetworkProxy::NoProxy)},
            const std::string& os = "linux") {
    FakeSystem fake;
    fake.env = env;
    fake.os = os;
    const TargetParse parsed = TargetParser::parse(input);
    Run run;
    if (!parsed.target)
        return run;
    Facts facts(fake, *parsed.target, Options{});
    facts.setSystemProxyLookup([system](const QUrl&) { return system; });
    auto step = makeProxyStep();
    run.result = step->run(facts);
    if (!run.result.findings.isEmpty())
        run.finding = run.result.findings.first();
    return run;
}

QString routeOf(const Finding& finding, const QString& client) {
    for (const QJsonValue v : finding.evidence.value(QStringLiteral("clients")).toArray()) {
        if (v.toObject().value(QStringLiteral("client")).toString() == client)
            return v.toObject().value(QStringLiteral("route")).toString();
    }
    return {};
}

const std::string kProxy = "http://ana:s3cret@proxy.corp:3128";

} // namespace

class TestProxyStep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void none();
    void bypassed();
    void localhostViaProxy();
    void keepsExistingEntries();
    void ipv6WithGlobalAgent();
    void https();
    void systemProxyOnly();
    void systemProxyFromVariables();
    void windowsLine();
    void remoteHost();
    void tcpIsSkipped();
    void realFactory();
    void systemSettingsFromTheSystem();
};

void TestProxyStep::none() {
    const Run run =
        runStep(QStringLiteral("http://localhost:3000/"), {{"PATH", "/usr/bin"}, {"no_proxy", "x"}});
    QCOMPARE(run.finding.id, QStringLiteral("proxy.none"));
    QCOMPARE(run.finding.severity, Severity::Ok);
    QCOMPARE(run.result.status, StepStatus::Pass);
    QVERIFY(run.finding.fixes.isEmpty());
    QVERIFY(!run.finding.title.isEmpty() && !run.finding.title.contains(QLatin1Char('\n')));
    QVERIFY(run.finding.detail.contains(QStringLiteral("middle-man")));
    QCOMPARE(routeOf(run.finding, QStringLiteral("curl")), QStringLiteral("direct"));
    QVERIFY(run.finding.evidence.value(QStringLiteral("this_tool_bypasses_proxy")).toBool());
}

void TestProxyStep::bypassed() {
    const std::string list = "localhost,127.0.0.1,::1";
    const Run run =
        runStep(QStringLiteral("http://localhost:3000/"),
                {{"http_proxy", kProxy}, {"HTTP_PROXY", kProxy}, {"no_proxy", list}, {"NO_PROXY", list}});
    QCOMPARE(run.finding.id, QStringLiteral("proxy.bypassed"));
    QCOMPARE(run.finding.severity, Severity::Ok);
    QCOMPARE(run.result.status, StepStatus::Pass);
    QVERIFY(run.finding.detail.contains(QStringLiteral("(HTTP_PROXY, http_proxy)")));
    QCOMPARE(routeOf(run.finding, QStringLiteral("curl")), QStringLiteral("direct"));
    QCOMPARE(routeOf(run.finding, QStringLiteral("node-undici")), QStringLiteral("direct"));

    // The same list misses [::1] in urllib and undici: not bypassed there.
    const Run v6 =
        runStep(QStringLiteral("http://[::1]:3000/"),
                {{"http_proxy", kProxy}, {"HTTP_PROXY", kProxy}, {"no_proxy", list}, {"NO_PROXY", list}});
    QCOMPARE(v6.finding.id, QStringLiteral("proxy.localhost_via_proxy"));
    QCOMPARE(routeOf(v6.finding, QStringLiteral("python-urllib")), QStringLiteral("proxy"));
    QCOMPARE(routeOf(v6.finding, QStringLiteral("node-undici")), QStringLiteral("proxy"));
    QCOMPARE(routeOf(v6.finding, QStringLiteral("curl")), QStringLiteral("direct"));
    QCOMPARE(v6.finding.fixes.first().params.value(QStringLiteral("value")).toString(),
             QStringLiteral("localhost,127.0.0.1,::1,[::1]"));
}

void TestProxyStep::localhostViaProxy() {
    const Run run =
        runStep(QStringLiteral("http://localhost:3000/"), {{"http_proxy", kProxy}, {"HTTP_PROXY", kProxy}});
    const Finding& f = run.finding;
    QCOMPARE(f.id, QStringLiteral("proxy.localhost_via_proxy"));
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(run.result.status, StepStatus::Fail);
    QVERIFY(!f.title.contains(QLatin1Char('\n')));
    QCOMPARE(f.title,
             QStringLiteral("5 programs would send localhost:3000 to a proxy instead of this computer"));

    // Who is affected, and why.
    for (const char* client : {"curl", "wget", "python-urllib", "python-requests", "node-undici"})
        QCOMPARE(routeOf(f, QLatin1String(client)), QStringLiteral("proxy"));
    QCOMPARE(routeOf(f, QStringLiteral("go")), QStringLiteral("direct"));
    QCOMPARE(routeOf(f, QStringLiteral("node-fetch")), QStringLiteral("direct"));
    QCOMPARE(routeOf(f, QStringLiteral("global-agent")), QStringLiteral("direct"));
    QVERIFY(f.detail.contains(
        QStringLiteral("curl: through http://ana:****@proxy.corp:3128 (set by http_proxy)")));
    QVERIFY(f.detail.contains(QStringLiteral("Python urllib")));
    QVERIFY(!f.detail.contains(QStringLiteral("Go net/http")));

    // The fix: a line to copy, nothing changed on the system.
    QCOMPARE(f.fixes.size(), 1);
    const Fix& fix = f.fixes.first();
    QCOMPARE(fix.id, QStringLiteral("fix.set_no_proxy"));
    QCOMPARE(fix.changesSystem, false);
    QCOMPARE(fix.params.value(QStringLiteral("variable")).toString(), QStringLiteral("NO_PROXY"));
    QCOMPARE(fix.params.value(QStringLiteral("value")).toString(), QStringLiteral("localhost,127.0.0.1,::1"));
    const QString line =
        QStringLiteral("export no_proxy=localhost,127.0.0.1,::1 NO_PROXY=localhost,127.0.0.1,::1");
    QCOMPARE(fix.params.value(QStringLiteral("line")).toString(), line);
    QVERIFY(f.detail.contains(line));

    // IPv6 literals: which clients the line leaves on the proxy for [::1].
    QVERIFY(f.detail.contains(QStringLiteral("[::1]")));
    QVERIFY(f.detail.contains(QStringLiteral("Python urllib and Node undici (EnvHttpProxyAgent)")));

    // Passwords never reach the report.
    const QByteArray json = QJsonDocument(f.evidence).toJson();
    QVERIFY(!json.contains("s3cret"));
    QVERIFY(!f.detail.contains(QStringLiteral("s3cret")));
    QCOMPARE(f.evidence.value(QStringLiteral("variables"))
                 .toObject()
                 .value(QStringLiteral("HTTP_PROXY"))
                 .toString(),
             QStringLiteral("http://ana:****@proxy.corp:3128"));
    QVERIFY(f.evidence.value(QStringLiteral("note")).toString().contains(QStringLiteral("Qt")));
}

void TestProxyStep::keepsExistingEntries() {
    const Run run = runStep(QStringLiteral("http://127.0.0.1:8080/"),
                            {{"http_proxy", kProxy}, {"no_proxy", "corp.example,.internal"}});
    QCOMPARE(run.finding.id, QStringLiteral("proxy.localhost_via_proxy"));
    QCOMPARE(run.finding.fixes.first().params.value(QStringLiteral("value")).toString(),
             QStringLiteral("corp.example,.internal,localhost,127.0.0.1,::1"));
    QCOMPARE(routeOf(run.finding, QStringLiteral("go")), QStringLiteral("direct"));
}

void TestProxyStep::ipv6WithGlobalAgent() {
    const Run run = runStep(QStringLiteral("http://[::1]:3000/"),
                            {{"GLOBAL_AGENT_HTTP_PROXY", kProxy}, {"GLOBAL_AGENT_NO_PROXY", "localhost"}});
    const Finding& f = run.finding;
    QCOMPARE(f.id, QStringLiteral("proxy.localhost_via_proxy"));
    QCOMPARE(routeOf(f, QStringLiteral("global-agent")), QStringLiteral("fails"));
    QVERIFY(f.detail.contains(QStringLiteral("Invalid URL")));
    QVERIFY(f.detail.contains(QStringLiteral("No value makes global-agent connect to an IPv6 address")));
    const QVariantMap params = f.fixes.first().params;
    QVERIFY(
        params.value(QStringLiteral("line")).toString().contains(QStringLiteral("GLOBAL_AGENT_NO_PROXY=")));
    QVERIFY(params.value(QStringLiteral("variables"))
                .toStringList()
                .contains(QStringLiteral("GLOBAL_AGENT_NO_PROXY")));
    const QJsonArray remaining = f.evidence.value(QStringLiteral("recommended_no_proxy"))
                                     .toObject()
                                     .value(QStringLiteral("remaining"))
                                     .toArray();
    QCOMPARE(remaining, QJsonArray{QStringLiteral("global-agent")});
}

void TestProxyStep::https() {
    const Run run = runStep(QStringLiteral("https://localhost:8443/"), {{"HTTPS_PROXY", kProxy}});
    QCOMPARE(run.finding.id, QStringLiteral("proxy.localhost_via_proxy"));
    QCOMPARE(run.finding.evidence.value(QStringLiteral("evaluated_as")).toString(), QStringLiteral("https"));
    QCOMPARE(routeOf(run.finding, QStringLiteral("curl")), QStringLiteral("proxy"));
    QCOMPARE(routeOf(run.finding, QStringLiteral("wget")), QStringLiteral("direct")); // lower case only
    QVERIFY(run.finding.detail.contains(QStringLiteral("(set by HTTPS_PROXY)")));

    // Only an http proxy: an https URL goes direct everywhere but undici, which shares it.
    const Run httpOnly = runStep(QStringLiteral("https://localhost:8443/"), {{"http_proxy", kProxy}});
    QCOMPARE(httpOnly.finding.id, QStringLiteral("proxy.localhost_via_proxy"));
    QCOMPARE(routeOf(httpOnly.finding, QStringLiteral("curl")), QStringLiteral("direct"));
    QCOMPARE(routeOf(httpOnly.finding, QStringLiteral("node-undici")), QStringLiteral("proxy"));
}

void TestProxyStep::systemProxyOnly() {
    const Run run = runStep(QStringLiteral("http://localhost:3000/"), {},
                            {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("sys.proxy"), 8080)});
    QCOMPARE(run.finding.id, QStringLiteral("proxy.localhost_via_proxy"));
    QVERIFY(run.finding.detail.contains(QStringLiteral("sys.proxy:8080")));
    QVERIFY(run.finding.detail.contains(QStringLiteral("bypass list")));
    QVERIFY(run.finding.fixes.isEmpty()); // NO_PROXY would not change the system settings
    const QJsonObject system = run.finding.evidence.value(QStringLiteral("system_proxy")).toObject();
    QCOMPARE(system.value(QStringLiteral("type")).toString(), QStringLiteral("http"));
    QCOMPARE(system.value(QStringLiteral("host")).toString(), QStringLiteral("sys.proxy"));
}

void TestProxyStep::systemProxyFromVariables() {
    // On Linux Qt reads the system proxy from the same variables: not one more program.
    const QNetworkProxy sys(QNetworkProxy::HttpProxy, QStringLiteral("proxy.corp"), 3128);
    const Run linux = runStep(QStringLiteral("http://localhost:3000/"), {{"http_proxy", kProxy}}, {sys});
    QCOMPARE(linux.finding.id, QStringLiteral("proxy.localhost_via_proxy"));
    QVERIFY(!linux.finding.detail.contains(QStringLiteral("system proxy settings")));
    QVERIFY(linux.finding.evidence.value(QStringLiteral("system_proxy"))
                .toObject()
                .value(QStringLiteral("read_from_variables"))
                .toBool());
    const Run fine = runStep(QStringLiteral("http://localhost:3000/"),
                             {{"http_proxy", kProxy}, {"no_proxy", "localhost,127.0.0.1,::1"}}, {sys});
    QCOMPARE(fine.finding.id, QStringLiteral("proxy.bypassed"));

    // On macOS the system settings are their own thing.
    const Run mac =
        runStep(QStringLiteral("http://localhost:3000/"), {{"http_proxy", kProxy}}, {sys}, "macos");
    QVERIFY(mac.finding.detail.contains(QStringLiteral("programs that follow the system proxy settings")));
    QVERIFY(mac.finding.title.startsWith(QStringLiteral("6 programs")));
    QCOMPARE(mac.finding.fixes.size(), 1);
}

void TestProxyStep::windowsLine() {
    const Run run = runStep(QStringLiteral("http://localhost:3000/"), {{"HTTP_PROXY", kProxy}},
                            {QNetworkProxy(QNetworkProxy::NoProxy)}, "windows");
    QCOMPARE(run.finding.fixes.first().params.value(QStringLiteral("line")).toString(),
             QStringLiteral("setx NO_PROXY \"localhost,127.0.0.1,::1\""));
}

void TestProxyStep::remoteHost() {
    const Run run = runStep(QStringLiteral("http://192.0.2.10:8080/"), {{"http_proxy", kProxy}});
    QCOMPARE(run.finding.id, QStringLiteral("proxy.remote_via_proxy"));
    QCOMPARE(run.finding.severity, Severity::Info);
    QVERIFY(run.finding.fixes.isEmpty());
}

void TestProxyStep::tcpIsSkipped() {
    const Run run = runStep(QStringLiteral("tcp://localhost:5432"), {{"http_proxy", kProxy}});
    QCOMPARE(run.result.status, StepStatus::Skip);
    QVERIFY(run.result.findings.isEmpty());
}

void TestProxyStep::realFactory() {
    // Qt's system proxy, with this process's proxy variables cleared: nothing to report.
    for (const char* name :
         {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(name);
    FakeSystem fake;
    Facts facts(fake, *TargetParser::parse(QStringLiteral("http://localhost:3000/")).target, Options{});
    auto step = makeProxyStep();
    QVERIFY(StepRegistry::find(QStringLiteral("proxy")));
    const StepResult result = step->run(facts);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first()
                 .evidence.value(QStringLiteral("system_proxy"))
                 .toObject()
                 .value(QStringLiteral("source"))
                 .toString(),
             QStringLiteral("QNetworkProxyFactory::systemProxyForQuery"));
}

void TestProxyStep::systemSettingsFromTheSystem() {
    // No variables, and no lookup replaced: the step reads the System's own settings (as macOS's
    // `scutil --proxy` and Windows' WinHTTP give them), routed by their exceptions list.
    FakeSystem fake;
    fake.os = "macos";
    fake.proxySettings.source = "scutil --proxy";
    fake.proxySettings.readable = true;
    fake.proxySettings.http = {true, "proxy.corp", 3128};
    fake.proxySettings.exceptions = {"*.local", "169.254/16"};
    auto run = [&fake](const QString& input) {
        Facts facts(fake, *TargetParser::parse(input).target, Options{});
        const StepResult result = makeProxyStep()->run(facts);
        return result.findings.isEmpty() ? Finding{} : result.findings.first();
    };
    const Finding via = run(QStringLiteral("http://localhost:3000/"));
    QCOMPARE(via.id, QStringLiteral("proxy.localhost_via_proxy"));
    QVERIFY2(via.detail.contains(QStringLiteral("proxy.corp:3128")), qPrintable(via.detail));
    QVERIFY(via.fixes.isEmpty()); // no variable to fix: only the system's bypass list helps
    const QJsonObject system = via.evidence.value(QStringLiteral("system_proxy")).toObject();
    QCOMPARE(system.value(QStringLiteral("source")).toString(), QStringLiteral("scutil --proxy"));
    QCOMPARE(system.value(QStringLiteral("host")).toString(), QStringLiteral("proxy.corp"));
    QCOMPARE(system.value(QStringLiteral("exceptions")).toArray().size(), 2);

    // An exception for the name sends it direct: a proxy is set and bypassed, not "no proxy".
    fake.proxySettings.exceptions.push_back("localhost");
    const Finding bypassed = run(QStringLiteral("http://localhost:3000/"));
    QCOMPARE(bypassed.id, QStringLiteral("proxy.bypassed"));
    QCOMPARE(bypassed.evidence.value(QStringLiteral("system_proxy"))
                 .toObject()
                 .value(QStringLiteral("matched_exception"))
                 .toString(),
             QStringLiteral("localhost"));
    // 127.0.0.1 is not in the list: the system proxy would carry it.
    QCOMPARE(run(QStringLiteral("http://127.0.0.1:3000/")).id, QStringLiteral("proxy.localhost_via_proxy"));

    // SOCKS only, Windows: the same path, the server named.
    fake.os = "windows";
    fake.proxySettings = {};
    fake.proxySettings.source = "WinHttpGetIEProxyConfigForCurrentUser";
    fake.proxySettings.readable = true;
    fake.proxySettings.socks = {true, "socks.corp", 1080};
    const Finding socks = run(QStringLiteral("http://localhost:3000/"));
    QCOMPARE(socks.id, QStringLiteral("proxy.localhost_via_proxy"));
    QCOMPARE(socks.evidence.value(QStringLiteral("system_proxy"))
                 .toObject()
                 .value(QStringLiteral("type"))
                 .toString(),
             QStringLiteral("socks5"));

    // Settings that could not be read fall back to Qt's view, and say why.
    fake.proxySettings = {};
    fake.proxySettings.source = "scutil --proxy";
    fake.proxySettings.error = "scutil was not found";
    const Finding unread = run(QStringLiteral("http://localhost:3000/"));
    const QJsonObject fallback = unread.evidence.value(QStringLiteral("system_proxy")).toObject();
    QCOMPARE(fallback.value(QStringLiteral("source")).toString(),
             QStringLiteral("QNetworkProxyFactory::systemProxyForQuery"));
    QCOMPARE(fallback.value(QStringLiteral("error")).toString(), QStringLiteral("scutil was not found"));
}

QTEST_GUILESS_MAIN(TestProxyStep)
#include "tst_proxystep.moc"
