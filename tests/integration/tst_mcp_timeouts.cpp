// Every MCP probe honours --timeout-ms: an SSE stream that never sends its endpoint event, an
// endless stream of server pings that never carries the response, and a stdio server that never
// answers end with mcp.handshake_timeout, through the engine, `check`, `mcp` and `tray --once`.
// The elapsed bounds are hang guards (3x the timeout); the budget itself (timeout + 0.5 s) is
// measured by tests/bench/bench_mcp_shutdown.sh. And a server that floods stdout after answering
// initialize is named a flood (mcp.output_flood), not only "did not answer tools/list".

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

constexpr int kTimeoutMs = 1500;
constexpr int kGuardMs = 3 * kTimeoutMs;

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

QStringList stepFindings(const QJsonObject& report, const QString& stepId) {
    QStringList out;
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray())
        if (step.toObject().value(QStringLiteral("id")).toString() == stepId)
            for (const QJsonValue& f : step.toObject().value(QStringLiteral("findings")).toArray())
                out << f.toObject().value(QStringLiteral("id")).toString();
    return out;
}

} // namespace

class TestMcpTimeouts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (python().isEmpty())
            QSKIP("python3 is not installed; the test peers are Python scripts");
    }

    void httpProbe_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        // /mcp: Streamable HTTP's 405 is reported (it explains more), the SSE wait in its evidence.
        QTest::addRow("SSE without endpoint, /mcp") << "sse-no-endpoint"
                                                    << "/mcp"
                                                    << "mcp.http_error";
        QTest::addRow("SSE without endpoint, /sse") << "sse-no-endpoint"
                                                    << "/sse"
                                                    << "mcp.handshake_timeout";
        QTest::addRow("endless pings") << "ping-stream"
                                       << "/mcp"
                                       << "mcp.handshake_timeout";
    }

    // The engine: the budget is the whole probe's, whatever the stream keeps sending.
    void httpProbe() {
        QFETCH(QString, mode);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const quint16 port = ld::test::freePort();
        ld::test::Peer server;
        QVERIFY2(server.startListening(python(), {peer("mcp_http_peer.py"), mode, QString::number(port)},
                                       QStringLiteral("127.0.0.1"), port),
                 qPrintable(server.errorString()));
        McpProbeLimits limits;
        limits.handshakeTimeout = std::chrono::milliseconds(kTimeoutMs);
        QElapsedTimer timer;
        timer.start();
        const McpProbeResult result =
            probeHttpServer(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path), limits);
        const qint64 took = timer.elapsed();
        QVERIFY2(ids(result).contains(expected), qPrintable(ids(result).join(QLatin1Char(','))));
        if (path == QLatin1String("/mcp") && mode == QLatin1String("sse-no-endpoint"))
            QVERIFY(result.findings.first()
                        .evidence.value(QStringLiteral("sse_attempt"))
                        .toString()
                        .contains(QStringLiteral("endpoint")));
        QVERIFY2(took < kGuardMs, qPrintable(QStringLiteral("%1 ms").arg(took)));
    }

    // `check` passes its --timeout-ms to the MCP step (it used the probe's own 10 s before).
    void checkCommand_data() { httpProbe_data(); }
    void checkCommand() {
        QFETCH(QString, mode);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const quint16 port = ld::test::freePort();
        ld::test::Peer server;
        QVERIFY2(server.startListening(python(), {peer("mcp_http_peer.py"), mode, QString::number(port)},
                                       QStringLiteral("127.0.0.1"), port),
                 qPrintable(server.errorString()));
        QElapsedTimer timer;
        timer.start();
        const auto run =
            ld::test::runDoctor({"check", QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path),
                                 "--mcp", "--json", "--timeout-ms", QString::number(kTimeoutMs)},
                                30000);
        const qint64 took = timer.elapsed();
        QVERIFY2(run.finished, run.err.constData());
        const QStringList found = stepFindings(run.json.object(), QStringLiteral("mcp"));
        QVERIFY2(found.contains(expected), qPrintable(found.join(',')));
        QVERIFY2(took < kGuardMs, qPrintable(QStringLiteral("%1 ms").arg(took)));
    }

    // `mcp` with a stdio server that never answers: one budget for both protocol eras.
    void mcpCommandSilentServer() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString config = home.filePath(QStringLiteral("claude_desktop_config.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(
                QJsonObject{{"mcpServers",
                             QJsonObject{{"silent", QJsonObject{{"command", python()},
                                                                {"args", QJsonArray{peer("mcp_hostile.py"),
                                                                                    "silent"}}}}}}})
                .toJson());
        file.close();
        QElapsedTimer timer;
        timer.start();
        const auto run = ld::test::runDoctor(
            {"mcp", "--config", config, "--json", "--timeout-ms", QString::number(kTimeoutMs)}, 30000, {},
            {QStringLiteral("HOME=") + home.path()});
        const qint64 took = timer.elapsed();
        QVERIFY2(run.finished, run.err.constData());
        const QStringList found = stepFindings(run.json.object(), QStringLiteral("server:silent"));
        QVERIFY2(found.contains(QStringLiteral("mcp.handshake_timeout")), qPrintable(found.join(',')));
        QVERIFY2(took < kGuardMs, qPrintable(QStringLiteral("%1 ms").arg(took)));
    }

    // `tray --once`: a watched MCP URL whose stream never answers, bounded by --timeout-ms.
    void trayOnce() {
        QTemporaryDir settings;
        QVERIFY(settings.isValid());
        const quint16 port = ld::test::freePort();
        ld::test::Peer server;
        QVERIFY2(server.startListening(
                     python(),
                     {peer("mcp_http_peer.py"), QStringLiteral("ping-stream"), QString::number(port)},
                     QStringLiteral("127.0.0.1"), port),
                 qPrintable(server.errorString()));
        const QStringList env{QStringLiteral("LD_SETTINGS_DIR=") + settings.path(),
                              QStringLiteral("HOME=") + settings.path()};
        const auto added = ld::test::runDoctor(
            {"tray", "--add", QStringLiteral("pings=http://127.0.0.1:%1/mcp").arg(port)}, 30000, {}, env);
        QCOMPARE(added.exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        const auto run = ld::test::runDoctor(
            {"tray", "--once", "--json", "--timeout-ms", QString::number(kTimeoutMs)}, 30000, {}, env);
        const qint64 took = timer.elapsed();
        QVERIFY2(run.finished, run.err.constData());
        const QJsonArray endpoints = run.json.object().value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        const QJsonObject endpoint = endpoints.first().toObject();
        QVERIFY2(endpoint.value(QStringLiteral("state")).toString() != QLatin1String("up"),
                 run.out.constData());
        QVERIFY2(took < kGuardMs, qPrintable(QStringLiteral("%1 ms").arg(took)));
    }

    void floodAfterInitialize_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("first");
        QTest::addRow("valid notifications") << "flood-after-init"
                                             << "mcp.output_flood";
        QTest::addRow("junk lines") << "flood-junk-after-init"
                                    << "mcp.stdout_pollution";
    }

    void floodAfterInitialize() {
        QFETCH(QString, mode);
        QFETCH(QString, first);
        StdioServerSpec spec;
        spec.name = mode;
        spec.command = python();
        spec.args = QStringList{peer(QStringLiteral("mcp_hostile.py")), mode};
        McpProbeLimits limits;
        limits.handshakeTimeout = 5s;
        const McpProbeResult result = probeStdioServer(spec, limits);
        const QStringList found = ids(result);
        QVERIFY2(!found.isEmpty() && found.first() == first, qPrintable(found.join(',')));
        QVERIFY2(found.contains(QStringLiteral("mcp.output_flood")), qPrintable(found.join(',')));
        QVERIFY2(found.contains(QStringLiteral("mcp.ok")), qPrintable(found.join(','))); // it did answer
        for (const Finding& finding : result.findings) {
            if (finding.id != QLatin1String("mcp.output_flood"))
                continue;
            QCOMPARE(finding.evidence.value(QStringLiteral("answers_before")).toInt(), 1);
            QVERIFY(finding.title.contains(QStringLiteral("after answering")));
            QVERIFY(finding.evidence.value(QStringLiteral("stdout_bytes")).toDouble() > 4 * 1024 * 1024);
        }
    }
};

QTEST_GUILESS_MAIN(TestMcpTimeouts)
#include "tst_mcp_timeouts.moc"
