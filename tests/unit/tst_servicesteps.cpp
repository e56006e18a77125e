// The steps that look at what answers (conflict, protocol, proxy), as tables: a fake system and
// seeded facts in, the finding id, severity and fixes out.
// No root, no peers, no network: each row builds the situation the finding stands for
// (tests/support/steptable.h runs the step and checks the row).

#include "support/steptable.h"
#include "wizard/steps/registry.h"

#include <QtTest>

using namespace ld;
using namespace ld::wizard;
using ld::test::bothLoopbacks;
using ld::test::FakeSystem;
using ld::test::seedService;
using ld::test::StepScenario;
using platform::ConnectOutcome;
using platform::IpAddress;

namespace {

const auto nothing = [](FakeSystem&) {};
const Intent connect = Intent::Connect;
const Intent serve = Intent::Serve;

ServiceProbe tlsWith(CertProblem problem) {
    ServiceProbe probe = ld::test::httpAnswer(200, "OK", true);
    probe.result.tlsInfo->problems = {problem};
    probe.result.tlsInfo->subject = QStringLiteral("CN=localhost");
    probe.result.tlsInfo->issuer = QStringLiteral("CN=localhost");
    return probe;
}

const std::vector<StepScenario>& conflictRows() {
    static const std::vector<StepScenario> rows = {
        {"serve, free", "localhost:3000", serve, nothing, {}, "conflict.port_free", Severity::Ok, nullptr},
        {"serve, held",
         "localhost:3000",
         serve,
         [](FakeSystem& s) { bothLoopbacks(s, 3000, "python3"); },
         {},
         "conflict.port_in_use",
         Severity::Error,
         "fix.stop_process"},
        {"two programs",
         "localhost:3000",
         connect,
         [](FakeSystem& s) {
             s.addListener("127.0.0.1", 3000, 10, "node");
             s.addListener("::1", 3000, 11, "python3");
         },
         {},
         "conflict.multiple_listeners",
         Severity::Warning,
         nullptr},
        {"a database where a web server was meant", "http://localhost:5432/", connect,
         [](FakeSystem& s) { bothLoopbacks(s, 5432, "postgres"); },
         seedService(ld::test::greeting(QStringLiteral("postgresql"), "E\x00\x00\x00\x10SFATAL")),
         "conflict.unexpected_program", Severity::Error, nullptr},
    };
    return rows;
}

const std::vector<StepScenario>& protocolRows() {
    static const std::vector<StepScenario> rows = {
        {"http 200", "http://localhost:3000/", connect, nothing, seedService(ld::test::httpAnswer(200)),
         "protocol.http_ok", Severity::Ok, nullptr},
        {"https 200", "https://localhost:3000/", connect, nothing,
         seedService(ld::test::httpAnswer(200, "OK", true)), "protocol.https_ok", Severity::Ok, nullptr},
        {"TLS behind http://", "http://localhost:3000/", connect, nothing,
         seedService(ld::test::httpAnswer(200, "OK", true)), "protocol.tls_expected", Severity::Error,
         "fix.use_url"},
        {"plain behind https://", "https://localhost:3000/", connect, nothing,
         seedService(ld::test::httpAnswer(200)), "protocol.plain_expected", Severity::Error, "fix.use_url"},
        {"self-signed", "https://localhost:3000/", connect, nothing,
         seedService(tlsWith(CertProblem::SelfSigned)), "protocol.tls_untrusted", Severity::Warning, nullptr},
        {"handshake fails", "https://localhost:3000/", connect, nothing,
         [](Facts& facts) {
             ServiceProbe probe = ld::test::greeting(QStringLiteral("tls"), "\x15\x03\x03\x00\x02\x02\x28");
             probe.result.tls = true;
             TlsInfo info;
             info.failure = QStringLiteral("handshake failure");
             probe.result.tlsInfo = info;
             facts.setService(probe);
         },
         "protocol.tls_handshake_failed", Severity::Error, nullptr},
        {"ssh", "http://localhost:2222/", connect, nothing,
         seedService(ld::test::greeting(QStringLiteral("ssh"), "SSH-2.0-OpenSSH_9.2p1\r\n")),
         "protocol.not_http", Severity::Error, nullptr},
        {"silent", "http://localhost:3000/", connect, nothing,
         [](Facts& facts) {
             ServiceProbe probe = ld::test::greeting(QString(), {});
             probe.result.silent = true;
             probe.result.waitedMs = 300;
             facts.setService(probe);
         },
         "protocol.no_response", Severity::Error, nullptr},
        {"reset by the server", "http://localhost:3000/", connect, nothing,
         [](Facts& facts) {
             ServiceProbe probe = ld::test::greeting(QString(), {});
             probe.result.closedSilently = true;
             platform::Exchange witness;
             witness.supported = witness.connected = witness.reset = true;
             witness.errorText = "Connection reset by peer";
             probe.witness = witness;
             facts.setService(probe);
         },
         "protocol.reset", Severity::Error, nullptr},
        {"closed without a word", "http://localhost:3000/", connect, nothing,
         [](Facts& facts) {
             ServiceProbe probe = ld::test::greeting(QString(), {});
             probe.result.closedSilently = true;
             platform::Exchange witness;
             witness.supported = witness.connected = witness.closed = true;
             probe.witness = witness;
             facts.setService(probe);
         },
         "protocol.no_response", Severity::Error, nullptr},
        {"404", "http://localhost:3000/api", connect, nothing,
         seedService(ld::test::httpAnswer(404, "Not Found")), "protocol.http_error", Severity::Error,
         nullptr},
        {"client certificate wanted", "https://localhost:8443/", connect, nothing,
         [](Facts& facts) {
             ServiceProbe probe = ld::test::greeting(QStringLiteral("tls"), {});
             probe.result.tls = true;
             probe.result.clientCertRequired = true;
             TlsInfo info;
             info.failure = QStringLiteral("error:0A00045C:SSL routines::tlsv13 alert certificate required");
             info.clientCertRequired = true;
             probe.result.tlsInfo = info;
             facts.setService(probe);
         },
         "protocol.client_cert_required", Severity::Error, nullptr},
        {"HTTP/2 only (h2c)", "http://localhost:8080/", connect, nothing,
         [](Facts& facts) {
             ServiceProbe probe = ld::test::greeting(QStringLiteral("http2"),
                                                     QByteArray("\x00\x00\x00\x04\x00\x00\x00\x00\x00", 9));
             probe.result.serviceDetail = QStringLiteral("HTTP/2 frames: SETTINGS, GOAWAY");
             facts.setService(probe);
         },
         "protocol.http2_only", Severity::Error, nullptr},
        {"headers past the read cap", "http://localhost:3000/", connect, nothing,
         [](Facts& facts) {
             ServiceProbe probe = ld::test::httpAnswer(200);
             probe.result.http->complete = false;
             probe.result.headersTooLarge = true;
             facts.setService(probe);
         },
         "protocol.headers_too_large", Severity::Error, nullptr},
        {"tcp target", "tcp://localhost:6379", connect, nothing,
         seedService(ld::test::greeting(QStringLiteral("redis"), "-ERR unknown command\r\n")),
         "protocol.identified", Severity::Info, nullptr},
    };
    return rows;
}

const std::vector<StepScenario>& proxyRows() {
    static const std::vector<StepScenario> rows = {
        {"no proxy", "http://localhost:3000/", connect, nothing, {}, "proxy.none", Severity::Ok, nullptr},
        {"proxy without NO_PROXY",
         "http://localhost:3000/",
         connect,
         [](FakeSystem& s) { s.env["HTTP_PROXY"] = "http://proxy.corp:3128"; },
         {},
         "proxy.localhost_via_proxy",
         Severity::Error,
         "fix.set_no_proxy"},
        {"proxy with NO_PROXY",
         "http://localhost:3000/",
         connect,
         [](FakeSystem& s) {
             s.env["HTTP_PROXY"] = "http://proxy.corp:3128";
             s.env["http_proxy"] = "http://proxy.corp:3128";
             s.env["NO_PROXY"] = "localhost,127.0.0.1,::1";
             s.env["no_proxy"] = "localhost,127.0.0.1,::1";
         },
         {},
         "proxy.bypassed",
         Severity::Ok,
         nullptr},
        {"remote through the proxy",
         "http://example.test:3000/",
         connect,
         [](FakeSystem& s) {
             s.names["example.test"] = {IpAddress::v4(192, 0, 2, 10)};
             s.env["HTTP_PROXY"] = "http://proxy.corp:3128";
         },
         {},
         "proxy.remote_via_proxy",
         Severity::Info,
         nullptr},
    };
    return rows;
}

} // namespace

class TestServiceSteps final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conflict_data() { ld::test::addScenarioRows(conflictRows()); }
    void conflict() { ld::test::checkScenario(QStringLiteral("conflict"), conflictRows()); }
    void protocol_data() { ld::test::addScenarioRows(protocolRows()); }
    void protocol() { ld::test::checkScenario(QStringLiteral("protocol"), protocolRows()); }
    void proxy_data() { ld::test::addScenarioRows(proxyRows()); }
    void proxy() { ld::test::checkScenario(QStringLiteral("proxy"), proxyRows()); }
};

QTEST_GUILESS_MAIN(TestServiceSteps)
#include "tst_servicesteps.moc"
