// The verdict is the root cause: a finding that explains others wins over what it explains,
// then severity, then step order; explained findings stay, marked explained_by.

#include "support/fakesystem.h"
#include "wizard/report/report.h"

#include <QJsonArray>
#include <QtTest>

using namespace ld::wizard;

namespace {

Finding make(const char* id, Severity severity, QJsonObject evidence = {}) {
    Finding f;
    f.id = QLatin1String(id);
    f.severity = severity;
    f.title = QStringLiteral("title of ") + f.id;
    f.detail = QStringLiteral("detail");
    f.evidence = evidence;
    return f;
}

StepResult step(const char* id, QList<Finding> findings) {
    StepResult result;
    result.id = QLatin1String(id);
    result.findings = findings;
    result.settleStatus();
    return result;
}

Report report(QList<StepResult> steps, Intent intent = Intent::Connect) {
    Report r;
    r.target = *TargetParser::parse(QStringLiteral("http://localhost:3000/")).target;
    r.intent = intent;
    r.steps = steps;
    r.settleVerdict();
    return r;
}

const Finding* find(const Report& r, const char* id) {
    for (const StepResult& s : r.steps)
        for (const Finding& f : s.findings)
            if (f.id == QLatin1String(id))
                return &f;
    return nullptr;
}

} // namespace

class TestRootCause final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void protocolExplainsUnexpectedProgram_data() {
        QTest::addColumn<QString>("protocolFinding");
        QTest::addRow("ssh on http://") << QStringLiteral("protocol.not_http");
        QTest::addRow("TLS on http://") << QStringLiteral("protocol.tls_expected");
        QTest::addRow("plain on https://") << QStringLiteral("protocol.plain_expected");
    }
    void protocolExplainsUnexpectedProgram() {
        QFETCH(QString, protocolFinding);
        const Report r = report({step("server", {make("server.listening", Severity::Ok)}),
                                 step("conflict", {make("conflict.unexpected_program", Severity::Error)}),
                                 step("protocol", {make(qPrintable(protocolFinding), Severity::Error)})});
        // Step order alone would pick the conflict finding; the explanation decides.
        QCOMPARE(r.verdict.finding, protocolFinding);
        QCOMPARE(r.verdict.step, QStringLiteral("protocol"));
        QCOMPARE(r.verdict.explains, QStringList{QStringLiteral("conflict.unexpected_program")});
        QCOMPARE(find(r, "conflict.unexpected_program")->explainedBy, protocolFinding);
        // The JSON says why the verdict won, and marks what it explains.
        ld::test::FakeSystem system;
        const QJsonObject json = reportToJson(r, system);
        const QJsonObject verdict = json.value(QStringLiteral("verdict")).toObject();
        QCOMPARE(verdict.value(QStringLiteral("explains")).toArray().first().toString(),
                 QStringLiteral("conflict.unexpected_program"));
        const QJsonObject conflict = json.value(QStringLiteral("steps")).toArray().at(1).toObject();
        QCOMPARE(conflict.value(QStringLiteral("findings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("explained_by"))
                     .toString(),
                 protocolFinding);
    }

    void mostSevereThenEarliest() {
        const Report r = report({step("port", {make("port.privileged", Severity::Info)}),
                                 step("server", {make("server.address_family_mismatch", Severity::Warning)}),
                                 step("protocol", {make("protocol.http_error", Severity::Error)}),
                                 step("proxy", {make("proxy.localhost_via_proxy", Severity::Error)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("protocol.http_error"));
        QVERIFY(r.problemFound());
    }

    void unauthorizedExplainsTheGeneric401() {
        const Report r =
            report({step("protocol",
                         {make("protocol.http_error", Severity::Error, {{QStringLiteral("status"), 401}})}),
                    step("mcp", {make("mcp.unauthorized", Severity::Error)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("mcp.unauthorized"));
        QCOMPARE(find(r, "protocol.http_error")->explainedBy, QStringLiteral("mcp.unauthorized"));
    }

    void unauthorizedDoesNotExplainA500() {
        const Report r =
            report({step("protocol",
                         {make("protocol.http_error", Severity::Error, {{QStringLiteral("status"), 500}})}),
                    step("mcp", {make("mcp.unauthorized", Severity::Error)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("protocol.http_error"));
        QVERIFY(find(r, "protocol.http_error")->explainedBy.isEmpty());
    }

    void gatewayExplainsItsBadGateway_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("explained");
        QTest::addRow("502") << 502 << true;
        QTest::addRow("504") << 504 << true;
        QTest::addRow("500 is the app's own error") << 500 << false;
    }
    void gatewayExplainsItsBadGateway() {
        QFETCH(int, status);
        QFETCH(bool, explained);
        const Report r = report({step("conflict", {make("conflict.gateway_backend_down", Severity::Error)}),
                                 step("protocol", {make("protocol.http_error", Severity::Error,
                                                        {{QStringLiteral("status"), status}})})});
        QCOMPARE(find(r, "protocol.http_error")->explainedBy,
                 explained ? QStringLiteral("conflict.gateway_backend_down") : QString());
        QCOMPARE(r.verdict.finding, QStringLiteral("conflict.gateway_backend_down"));
        QCOMPARE(r.verdict.explains.contains(QStringLiteral("protocol.http_error")), explained);
    }

    void hostsFileExplainsNotListening() {
        const Report r = report({step("port", {make("host.localhost_broken", Severity::Error)}),
                                 step("server", {make("server.not_listening", Severity::Error)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("host.localhost_broken"));
        QCOMPARE(find(r, "server.not_listening")->explainedBy, QStringLiteral("host.localhost_broken"));
    }

    void firewallExplainsTheTimeout() {
        const Report r = report({step("firewall", {make("firewall.dropping", Severity::Error)}),
                                 step("mcp", {make("mcp.connect_failed", Severity::Error)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("firewall.dropping"));
        QCOMPARE(find(r, "mcp.connect_failed")->explainedBy, QStringLiteral("firewall.dropping"));
    }

    void servingOnAFreePortIsGood() {
        const Report r = report({step("server", {make("server.not_listening", Severity::Info)}),
                                 step("conflict", {make("conflict.port_free", Severity::Ok)})},
                                Intent::Serve);
        QCOMPARE(r.verdict.finding, QStringLiteral("conflict.port_free"));
        QCOMPARE(r.verdict.severity, Severity::Ok);
        QVERIFY(!r.problemFound());
    }

    // Free, but only root may serve there: the port step's error is the verdict, not "start your server".
    void aFreePortThatNeedsRootIsNoSuccess() {
        const Report r = report({step("port", {make("port.privileged", Severity::Error)}),
                                 step("server", {make("server.not_listening", Severity::Info)}),
                                 step("conflict", {make("conflict.port_free", Severity::Ok)})},
                                Intent::Serve);
        QCOMPARE(r.verdict.finding, QStringLiteral("port.privileged"));
        QCOMPARE(r.verdict.severity, Severity::Error);
        QVERIFY(r.problemFound());
        // The free port still explains the empty listener list.
        QCOMPARE(find(r, "server.not_listening")->explainedBy, QStringLiteral("conflict.port_free"));
    }

    // An explanation of a problem outranks a graver finding it does not explain only when it is a problem.
    void anInfoExplainingAnErrorIsAProblem() {
        const Report r = report({step("server", {make("server.forwarder", Severity::Info)}),
                                 step("protocol", {make("protocol.reset", Severity::Error)}),
                                 step("proxy", {make("proxy.localhost_via_proxy", Severity::Error)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("server.forwarder"));
        QCOMPARE(r.verdict.severity, Severity::Error);
    }

    // WSL's relay in front of a server that resets: the WSL finding is the root cause; without a
    // relay (nothing on Windows holds the port) it explains nothing.
    void wslRelayExplainsAReset() {
        const Report relayed = report(
            {step("server", {make("server.in_wsl", Severity::Warning,
                                  {{QStringLiteral("relay"), QJsonObject{{QStringLiteral("pid"), 5120}}}})}),
             step("protocol", {make("protocol.reset", Severity::Error)})});
        QCOMPARE(relayed.verdict.finding, QStringLiteral("server.in_wsl"));
        QCOMPARE(find(relayed, "protocol.reset")->explainedBy, QStringLiteral("server.in_wsl"));
        const Report absent = report({step("server", {make("server.in_wsl", Severity::Info)}),
                                      step("protocol", {make("protocol.reset", Severity::Error)})});
        QCOMPARE(absent.verdict.finding, QStringLiteral("protocol.reset"));
    }

    void connectingToAFreePortIsNot() {
        const Report r = report({step("server", {make("server.not_listening", Severity::Error)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("server.not_listening"));
        QVERIFY(r.problemFound());
    }

    void healthyIsOk() {
        const Report r = report({step("server", {make("server.listening", Severity::Ok)}),
                                 step("protocol", {make("protocol.http_ok", Severity::Ok)}),
                                 step("firewall", {make("firewall.state", Severity::Info)})});
        QCOMPARE(r.verdict.finding, QStringLiteral("ok"));
        QVERIFY(!r.problemFound());
    }
};

QTEST_GUILESS_MAIN(TestRootCause)
#include "tst_rootcause.moc"
