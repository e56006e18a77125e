// MCP servers that misbehave in one specific way each, and the finding id each one must get:
// a command that can't be started, an initialize refused with a JSON-RPC error, lists that fail
// after a good handshake, valid notifications flooding stdout before the answer, a legacy server
// asked for server/discover only, and HTTP endpoints answering 500 or an HTML page.
// Peers: tests/peers/mcp_hostile.py (stdio) and tests/peers/mcp_http_peer.py (HTTP).

#include "support/peers.h"
#include "wizard/mcp/mcpprobe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::wizard;
using namespace std::chrono_literals;

namespace {

QString peer(const QString& name) {
    return QStringLiteral(LD_PEERS) + QLatin1Char('/') + name;
}

QString python() {
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QStringList ids(const McpProbeResult& result) {
    QStringList out;
    for (const Finding& finding : result.findings)
        out << finding.id;
    return out;
}

const Finding* findingOf(const McpProbeResult& result, const QString& id) {
    for (const Finding& finding : result.findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

StdioServerSpec hostileSpec(const QString& mode, const QStringList& extra = {}) {
    StdioServerSpec spec;
    spec.name = mode;
    spec.command = python();
    spec.args = QStringList{peer(QStringLiteral("mcp_hostile.py")), mode} + extra;
    return spec;
}

} // namespace

class TestMcpMisbehave : public QObject {
    Q_OBJECT

    void needPython() {
        if (python().isEmpty())
            QSKIP("python3 is not installed; the misbehaving MCP servers are Python scripts");
    }

private Q_SLOTS:
    void missingCommandIsLaunchFailed() {
        StdioServerSpec spec;
        spec.name = QStringLiteral("gone");
        spec.command = QStringLiteral("/nonexistent/ld-test/mcp-server-weather");
        const McpProbeResult result = probeStdioServer(spec);
        QVERIFY2(!result.findings.isEmpty(), "no finding");
        QCOMPARE(result.findings.first().id, QStringLiteral("mcp.launch_failed"));
        QVERIFY(result.findings.first().detail.contains(spec.command));
        QVERIFY(!result.findings.first().evidence.value(QStringLiteral("error")).toString().isEmpty());
    }

    void notExecutableIsLaunchFailed() {
        // A script without the execute bit: exec() fails with EACCES, for root as well.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = dir.filePath(QStringLiteral("server.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexec cat\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        StdioServerSpec spec;
        spec.name = QStringLiteral("noexec");
        spec.command = script;
        const McpProbeResult result = probeStdioServer(spec);
        QVERIFY2(!result.findings.isEmpty(), "no finding");
        QVERIFY2(result.findings.first().id == QLatin1String("mcp.launch_failed"),
                 qPrintable(ids(result).join(u',')));
    }

    void initializeErrorIsRpcError() {
        needPython();
        McpProbeLimits limits;
        limits.handshakeTimeout = 3s;
        limits.era = McpEra::Legacy;
        const McpProbeResult result = probeStdioServer(hostileSpec(QStringLiteral("init-error")), limits);
        const Finding* error = findingOf(result, QStringLiteral("mcp.rpc_error"));
        QVERIFY2(error, qPrintable(ids(result).join(u',')));
        QCOMPARE(error->evidence.value(QStringLiteral("request")).toString(), QStringLiteral("initialize"));
        QCOMPARE(
            error->evidence.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
            -32603);
        QVERIFY(error->detail.contains(QStringLiteral("WEATHER_API_KEY is not set")));
        QVERIFY(!findingOf(result, QStringLiteral("mcp.ok")));
    }

    void failingListIsListFailed() {
        needPython();
        McpProbeLimits limits;
        limits.handshakeTimeout = 3s;
        limits.era = McpEra::Legacy;
        const McpProbeResult result = probeStdioServer(hostileSpec(QStringLiteral("list-error")), limits);
        const Finding* failed = findingOf(result, QStringLiteral("mcp.list_failed"));
        QVERIFY2(failed, qPrintable(ids(result).join(u',')));
        QCOMPARE(failed->evidence.value(QStringLiteral("failed")).toArray(), QJsonArray{"tools/list"});
        QCOMPARE(failed->severity, Severity::Warning);
        QVERIFY(findingOf(result, QStringLiteral("mcp.ok"))); // the handshake itself worked
    }

    void validNotificationsFloodingIsOutputFlood() {
        needPython();
        McpProbeLimits limits;
        limits.handshakeTimeout = 5s;
        limits.maxStdoutBytes = 512 * 1024;
        QElapsedTimer timer;
        timer.start();
        const McpProbeResult result =
            probeStdioServer(hostileSpec(QStringLiteral("notify-flood"), {"--mb", "64"}), limits);
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(!result.findings.isEmpty(), "no finding");
        QVERIFY2(result.findings.first().id == QLatin1String("mcp.output_flood"),
                 qPrintable(ids(result).join(u',')));
        QCOMPARE(result.findings.first().evidence.value(QStringLiteral("limit_bytes")).toInteger(),
                 512 * 1024);
        QVERIFY(!findingOf(result, QStringLiteral("mcp.stdout_pollution"))); // every line was valid JSON-RPC
    }

    void legacyServerAskedToDiscoverIsDiscoverRefused() {
        needPython();
        McpProbeLimits limits;
        limits.handshakeTimeout = 3s;
        limits.era = McpEra::Modern;
        const McpProbeResult result = probeStdioServer(hostileSpec(QStringLiteral("good")), limits);
        QVERIFY2(findingOf(result, QStringLiteral("mcp.discover_refused")),
                 qPrintable(ids(result).join(u',')));
        QVERIFY(!findingOf(result, QStringLiteral("mcp.ok")));
    }

    void httpErrors_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::addRow("500") << "server-error"
                             << "mcp.http_error" << 500 << "TypeError: Cannot read properties";
        QTest::addRow("html page") << "html"
                                   << "mcp.invalid_reply" << 200 << "Welcome to nginx!";
    }
    void httpErrors() {
        QFETCH(QString, mode);
        QFETCH(QString, expected);
        QFETCH(int, status);
        QFETCH(QString, said);
        needPython();
        const quint16 port = ld::test::freePort();
        ld::test::Peer server;
        QVERIFY2(server.startListening(
                     python(), {peer(QStringLiteral("mcp_http_peer.py")), mode, QString::number(port)},
                     QStringLiteral("127.0.0.1"), port),
                 qPrintable(server.errorString()));
        McpProbeLimits limits;
        limits.handshakeTimeout = 3s;
        const McpProbeResult result =
            probeHttpServer(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port), limits);
        QVERIFY2(!result.findings.isEmpty(), "no finding");
        const Finding& first = result.findings.first();
        QVERIFY2(first.id == expected, qPrintable(ids(result).join(u',')));
        QCOMPARE(first.evidence.value(QStringLiteral("http_status")).toInt(), status);
        QVERIFY2(first.detail.contains(said), qPrintable(first.detail));
    }
};

QTEST_GUILESS_MAIN(TestMcpMisbehave)
#include "tst_mcpmisbehave.moc"
