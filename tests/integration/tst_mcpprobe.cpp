// The MCP probes against real servers: @modelcontextprotocol/server-everything (stdio, SSE,
// Streamable HTTP) from npm, and small hostile servers of our own (tests/peers/mcp_hostile.py,
// mcp_http_peer.py). Through the engine API and through the real binary.

#include "support/peers.h"
#include "wizard/facts.h"
#include "wizard/mcp/mcpprobe.h"
#include "wizard/steps/mcpstep.h"
#include "wizard/target.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <thread>
#include <vector>

using namespace ld::wizard;
using namespace std::chrono_literals;

namespace {

const QString kInstall = QStringLiteral("run scripts/install-test-peers.sh to install the npm test peers");

QString peer(const QString& name) {
    return QStringLiteral(LD_PEERS) + QLatin1Char('/') + name;
}

QString everythingScript() {
    return peer(QStringLiteral("node_modules/@modelcontextprotocol/server-everything/dist/index.js"));
}

QString python() {
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

const Finding* findingOf(const McpProbeResult& result, const QString& id) {
    for (const Finding& finding : result.findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

QStringList ids(const McpProbeResult& result) {
    QStringList out;
    for (const Finding& finding : result.findings)
        out << finding.id;
    return out;
}

StdioServerSpec hostileSpec(const QString& mode, const QStringList& extra = {}) {
    StdioServerSpec spec;
    spec.name = mode;
    spec.command = python();
    spec.args = QStringList{peer(QStringLiteral("mcp_hostile.py")), mode} + extra;
    return spec;
}

// Peak resident memory of this process since the last reset, in kB (VmHWM).
qint64 statusKb(const char* key) {
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool resetPeakMemory() {
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

QJsonObject mcpFinding(const QJsonObject& report, const QString& id) {
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray())
        if (step.toObject().value(QStringLiteral("id")).toString() == QLatin1String("mcp"))
            for (const QJsonValue& finding : step.toObject().value(QStringLiteral("findings")).toArray())
                if (finding.toObject().value(QStringLiteral("id")).toString() == id)
                    return finding.toObject();
    return {};
}

} // namespace

class TestMcpProbe : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wantsMcpStep_data();
    void wantsMcpStep();
    void stdioEverything();
    void httpEverything_data();
    void httpEverything();
    void hostile_data();
    void hostile();
    void pagination();
    void floodKeepsMemoryBounded_data();
    void floodKeepsMemoryBounded();
    void parallelFromThreads();
    void unauthorized();
    void discoverOnlyHttp();
    void silentHttpTimesOut();
    void mcpStepSkipsWhenNothingListens();

private:
    void needNodePeers();
    void needPython();
};

void TestMcpProbe::needNodePeers() {
    if (!ld::test::haveProgram(QStringLiteral("node")))
        QSKIP(qPrintable(QStringLiteral("node is not installed; ") + kInstall));
    if (!QFile::exists(everythingScript()))
        QSKIP(qPrintable(QStringLiteral("@modelcontextprotocol/server-everything is missing; ") + kInstall));
}

void TestMcpProbe::needPython() {
    if (python().isEmpty())
        QSKIP("python3 is not installed; the hostile MCP servers are Python scripts");
}

void TestMcpProbe::wantsMcpStep_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("forced");
    QTest::addColumn<bool>("expected");
    QTest::addRow("mcp path") << "http://localhost:3000/mcp" << false << true;
    QTest::addRow("mcp path, slash") << "http://localhost:3000/mcp/" << false << true;
    QTest::addRow("sse path") << "localhost:3001/sse" << false << true;
    QTest::addRow("nested") << "http://127.0.0.1:8080/api/mcp" << false << true;
    QTest::addRow("plain") << "localhost:3000" << false << false;
    QTest::addRow("mcp as a word") << "http://localhost:3000/mcpserver" << false << false;
    QTest::addRow("forced") << "localhost:3000/" << true << true;
}

void TestMcpProbe::wantsMcpStep() {
    QFETCH(QString, input);
    QFETCH(bool, forced);
    QFETCH(bool, expected);
    const TargetParse parse = TargetParser::parse(input);
    QVERIFY2(parse.target, qPrintable(parse.error));
    Options options;
    options.mcp = forced;
    QCOMPARE(ld::wizard::wantsMcpStep(*parse.target, options), expected);
}

void TestMcpProbe::stdioEverything() {
    needNodePeers();
    StdioServerSpec spec;
    spec.name = QStringLiteral("everything");
    spec.command = QStandardPaths::findExecutable(QStringLiteral("node"));
    spec.args = {everythingScript(), QStringLiteral("stdio")};
    const McpProbeResult result = probeStdioServer(spec);
    const Finding* ok = findingOf(result, QStringLiteral("mcp.ok"));
    QVERIFY2(ok, qPrintable(ids(result).join(QLatin1Char(','))));
    QVERIFY(result.tools > 0);
    QVERIFY(result.resources > 0);
    QVERIFY(result.prompts > 0);
    QCOMPARE(result.protocolVersion, QStringLiteral("2025-11-25")); // what we asked for
    QCOMPARE(ok->evidence.value(QStringLiteral("transport")).toString(), QStringLiteral("stdio"));
    QVERIFY(ok->evidence.value(QStringLiteral("tool_names")).toArray().contains(QStringLiteral("echo")));
    QVERIFY(!findingOf(result, QStringLiteral("mcp.stdout_pollution")));
    QVERIFY2(result.elapsedMs < 15000, qPrintable(QString::number(result.elapsedMs)));
}

void TestMcpProbe::httpEverything_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("transport");
    QTest::addRow("streamableHttp") << "streamableHttp"
                                    << "/mcp"
                                    << "streamable_http";
    QTest::addRow("sse") << "sse"
                         << "/sse"
                         << "sse";
}

void TestMcpProbe::httpEverything() {
    QFETCH(QString, mode);
    QFETCH(QString, path);
    QFETCH(QString, transport);
    needNodePeers();
    const quint16 port = ld::test::freePort();
    ld::test::Peer server;
    // It binds every interface; we only ever talk to it on loopback.
    QVERIFY2(server.startListening(QStringLiteral("node"), {everythingScript(), mode},
                                   QStringLiteral("127.0.0.1"), port, {QStringLiteral("PORT=%1").arg(port)},
                                   20000),
             qPrintable(server.errorString()));
    const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);

    const McpProbeResult result = probeHttpServer(url);
    const Finding* ok = findingOf(result, QStringLiteral("mcp.ok"));
    QVERIFY2(ok, qPrintable(ids(result).join(QLatin1Char(','))));
    QVERIFY(result.tools > 0);
    QCOMPARE(ok->evidence.value(QStringLiteral("transport")).toString(), transport);
    QCOMPARE(result.serverName, QStringLiteral("mcp-servers/everything"));

    const ld::test::RunResult run =
        ld::test::runDoctor({QStringLiteral("check"), url, QStringLiteral("--json")});
    QVERIFY2(run.finished, run.err.constData());
    const QJsonObject report = run.json.object();
    QCOMPARE(ld::test::stepStatus(report, QStringLiteral("mcp")), QStringLiteral("pass"));
    const QJsonObject fromBinary = mcpFinding(report, QStringLiteral("mcp.ok"));
    QVERIFY2(!fromBinary.isEmpty(), run.out.left(2000).constData());
    QVERIFY(fromBinary.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("tools")).toInt() >
            0);
    QCOMPARE(run.exitCode, 0);
}

void TestMcpProbe::hostile_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected"); // the first finding
    QTest::addColumn<QStringList>("alsoExpected");
    QTest::addColumn<int>("boundMs");
    QTest::addRow("good") << "good"
                          << "mcp.ok" << QStringList{} << 6000;
    QTest::addRow("banner") << "banner"
                            << "mcp.stdout_pollution" << QStringList{"mcp.ok"} << 6000;
    QTest::addRow("exit") << "exit"
                          << "mcp.server_exited" << QStringList{} << 4000;
    QTest::addRow("silent") << "silent"
                            << "mcp.handshake_timeout" << QStringList{} << 8000;
    QTest::addRow("flood") << "flood"
                           << "mcp.stdout_pollution" << QStringList{} << 10000;
    QTest::addRow("flood-lines") << "flood-lines"
                                 << "mcp.stdout_pollution" << QStringList{} << 10000;
    QTest::addRow("stderr-flood") << "stderr-flood"
                                  << "mcp.stderr_flood" << QStringList{"mcp.ok"} << 10000;
    QTest::addRow("old-protocol") << "old-protocol"
                                  << "mcp.protocol_mismatch" << QStringList{} << 6000;
    QTest::addRow("reject-version") << "reject-version"
                                    << "mcp.protocol_mismatch" << QStringList{} << 6000;
    QTest::addRow("discover-only") << "discover-only"
                                   << "mcp.ok" << QStringList{"mcp.era_mismatch"} << 6000;
    QTest::addRow("slow-exit") << "slow-exit"
                               << "mcp.ok" << QStringList{"mcp.slow_shutdown"} << 9000;
}

void TestMcpProbe::hostile() {
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    QFETCH(QStringList, alsoExpected);
    QFETCH(int, boundMs);
    needPython();
    McpProbeLimits limits;
    limits.handshakeTimeout = 2s;
    QElapsedTimer timer;
    timer.start();
    const McpProbeResult result = probeStdioServer(hostileSpec(mode), limits);
    const qint64 took = timer.elapsed();
    const QString got = ids(result).join(QLatin1Char(','));
    QVERIFY2(!result.findings.isEmpty(), "no finding at all");
    QVERIFY2(result.findings.first().id == expected, qPrintable(got));
    for (const QString& id : alsoExpected)
        QVERIFY2(findingOf(result, id), qPrintable(got));
    QVERIFY2(took < boundMs, qPrintable(QStringLiteral("%1 ms").arg(took)));

    const Finding& first = result.findings.first();
    QVERIFY(!first.title.isEmpty() && !first.title.contains(QLatin1Char('\n')));
    QVERIFY(!first.detail.isEmpty());
    if (mode == QLatin1String("good")) {
        QCOMPARE(result.tools, 2);
        QCOMPARE(result.resources, 1);
        QCOMPARE(result.prompts, 0);
        QCOMPARE(result.serverVersion, QStringLiteral("1.2.3"));
        QCOMPARE(first.evidence.value(QStringLiteral("tool_names")).toArray(), QJsonArray({"greet", "add"}));
    } else if (mode == QLatin1String("banner")) {
        QCOMPARE(first.evidence.value(QStringLiteral("first_line")).toString(),
                 QStringLiteral("Weather MCP server v1.0 running on stdio"));
        QVERIFY(first.detail.contains(QStringLiteral("Weather MCP server v1.0")));
    } else if (mode == QLatin1String("exit")) {
        QCOMPARE(first.evidence.value(QStringLiteral("exit_code")).toInt(), 3);
        const QJsonArray tail = first.evidence.value(QStringLiteral("stderr_tail")).toArray();
        QVERIFY(!tail.isEmpty());
        QVERIFY(tail.first().toString().contains(QStringLiteral("Cannot find module")));
        QVERIFY(first.detail.contains(QStringLiteral("It said: Error: Cannot find module")));
    } else if (mode == QLatin1String("silent")) {
        QVERIFY(first.detail.contains(QStringLiteral("60 s")));
        QCOMPARE(first.evidence.value(QStringLiteral("claude_desktop_waits_ms")).toInt(), 60000);
    } else if (mode.startsWith(QLatin1String("flood"))) {
        QVERIFY(first.evidence.value(QStringLiteral("flood")).toBool());
        QVERIFY(
            first.evidence.value(QStringLiteral("first_line")).toString().startsWith(QStringLiteral("xxxx")));
        QVERIFY(first.evidence.value(QStringLiteral("first_line")).toString().size() <= 301);
    } else if (mode == QLatin1String("old-protocol")) {
        QCOMPARE(first.evidence.value(QStringLiteral("answered")).toString(), QStringLiteral("1999-01-01"));
    } else if (mode == QLatin1String("discover-only")) {
        QCOMPARE(result.protocolVersion, QStringLiteral("2026-07-28"));
        QCOMPARE(result.tools, 2);
        QCOMPARE(first.evidence.value(QStringLiteral("era")).toString(), QStringLiteral("modern"));
    } else if (mode == QLatin1String("slow-exit")) {
        QCOMPARE(first.evidence.value(QStringLiteral("shutdown")).toString(), QStringLiteral("killed"));
    } else if (mode == QLatin1String("stderr-flood")) {
        QVERIFY(first.evidence.value(QStringLiteral("stderr_bytes")).toDouble() > 256 * 1024);
        QVERIFY(first.evidence.value(QStringLiteral("stderr_tail")).toArray().size() <= 21);
    }
}

void TestMcpProbe::pagination() {
    needPython();
    const McpProbeResult result = probeStdioServer(hostileSpec(QStringLiteral("good"), {"--tools", "35"}));
    QVERIFY2(findingOf(result, QStringLiteral("mcp.ok")), qPrintable(ids(result).join(QLatin1Char(','))));
    QCOMPARE(result.tools, 35); // four pages of ten, followed by nextCursor
}

void TestMcpProbe::floodKeepsMemoryBounded_data() {
    QTest::addColumn<QString>("mode");
    QTest::addRow("stdout, no newline") << "flood";
    QTest::addRow("stdout, lines") << "flood-lines";
    QTest::addRow("stderr") << "stderr-flood";
}

void TestMcpProbe::floodKeepsMemoryBounded() {
    QFETCH(QString, mode);
    needPython();
    if (!resetPeakMemory())
        QSKIP("/proc/self/clear_refs can't reset the peak memory here");
    const qint64 before = statusKb("VmRSS:");
    // 400 MB of junk: read without a bound, it would take more than the limit below.
    const McpProbeResult result = probeStdioServer(hostileSpec(mode, {"--mb", "400"}));
    const qint64 peak = statusKb("VmHWM:");
    QVERIFY(before > 0 && peak > 0);
    const qint64 grewMb = (peak - before) / 1024;
    QVERIFY2(grewMb < 200, qPrintable(QStringLiteral("peak memory grew by %1 MB").arg(grewMb)));
    QVERIFY(!result.findings.isEmpty());
    if (mode == QLatin1String("stderr-flood"))
        QVERIFY(findingOf(result, QStringLiteral("mcp.stderr_flood")));
    else
        QCOMPARE(result.findings.first().id, QStringLiteral("mcp.stdout_pollution"));
}

void TestMcpProbe::parallelFromThreads() {
    needPython();
    constexpr int kServers = 4;
    McpProbeResult results[kServers];
    // Plain std::threads (no QThread, no event dispatcher yet), as the `mcp` command uses.
    std::vector<std::thread> threads;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kServers; ++i)
        threads.emplace_back([&results, i] {
            results[i] = probeStdioServer(hostileSpec(QStringLiteral("good"), {"--delay-ms", "1000"}));
        });
    for (std::thread& thread : threads)
        thread.join();
    const qint64 took = timer.elapsed();
    for (const McpProbeResult& result : results) {
        QVERIFY2(findingOf(result, QStringLiteral("mcp.ok")), qPrintable(ids(result).join(QLatin1Char(','))));
        QCOMPARE(result.tools, 2);
    }
    // Each waits 1 s before answering; in sequence that alone would be 4 s.
    QVERIFY2(took < 4000, qPrintable(QStringLiteral("%1 ms").arg(took)));

    // The HTTP probe too, from a plain thread.
    McpProbeResult http;
    std::thread([&http] { http = probeHttpServer(QStringLiteral("http://127.0.0.1:1/mcp"), {}); }).join();
    QVERIFY(!http.findings.isEmpty());
    QCOMPARE(http.findings.first().id, QStringLiteral("mcp.connect_failed"));
}

void TestMcpProbe::unauthorized() {
    needPython();
    const quint16 port = ld::test::freePort();
    ld::test::Peer server;
    QVERIFY2(server.startListening(python(),
                                   {peer(QStringLiteral("mcp_http_peer.py")), QStringLiteral("unauthorized"),
                                    QString::number(port)},
                                   QStringLiteral("127.0.0.1"), port),
             qPrintable(server.errorString()));
    const QString url = QStringLiteral("http://127.0.0.1:%1/mcp").arg(port);
    const QString metadata =
        QStringLiteral("http://127.0.0.1:%1/.well-known/oauth-protected-resource").arg(port);

    const McpProbeResult result = probeHttpServer(url);
    QVERIFY2(!result.findings.isEmpty(), "no finding");
    const Finding& first = result.findings.first();
    QCOMPARE(first.id, QStringLiteral("mcp.unauthorized"));
    QCOMPARE(first.evidence.value(QStringLiteral("resource_metadata")).toString(), metadata);
    QVERIFY(first.detail.contains(metadata));
    QVERIFY(first.detail.contains(QStringLiteral("mcp-remote")));

    // And /sse, which goes straight to the legacy GET.
    const McpProbeResult sse = probeHttpServer(QStringLiteral("http://127.0.0.1:%1/sse").arg(port));
    QVERIFY(!sse.findings.isEmpty());
    QCOMPARE(sse.findings.first().id, QStringLiteral("mcp.unauthorized"));

    const ld::test::RunResult run =
        ld::test::runDoctor({QStringLiteral("check"), url, QStringLiteral("--json")});
    QVERIFY(run.finished);
    const QJsonObject fromBinary = mcpFinding(run.json.object(), QStringLiteral("mcp.unauthorized"));
    QVERIFY2(!fromBinary.isEmpty(), run.out.left(2000).constData());
    QVERIFY(fromBinary.value(QStringLiteral("detail")).toString().contains(metadata));
    QCOMPARE(ld::test::stepStatus(run.json.object(), QStringLiteral("mcp")), QStringLiteral("fail"));
    QCOMPARE(run.exitCode, 1);
}

void TestMcpProbe::discoverOnlyHttp() {
    needPython();
    const quint16 port = ld::test::freePort();
    ld::test::Peer server;
    QVERIFY2(server.startListening(python(),
                                   {peer(QStringLiteral("mcp_http_peer.py")), QStringLiteral("discover-only"),
                                    QString::number(port)},
                                   QStringLiteral("127.0.0.1"), port),
             qPrintable(server.errorString()));
    const McpProbeResult result = probeHttpServer(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port));
    const Finding* ok = findingOf(result, QStringLiteral("mcp.ok"));
    QVERIFY2(ok, qPrintable(ids(result).join(QLatin1Char(','))));
    QCOMPARE(result.protocolVersion, QStringLiteral("2026-07-28"));
    QCOMPARE(result.serverName, QStringLiteral("discover-peer"));
    QCOMPARE(result.tools, 3); // tools/list passed the peer's header and _meta checks
    QCOMPARE(result.prompts, 1);
    QCOMPARE(result.resources, 0); // not advertised
    QVERIFY(findingOf(result, QStringLiteral("mcp.modern_only")));
}

void TestMcpProbe::silentHttpTimesOut() {
    needPython();
    const quint16 port = ld::test::freePort();
    ld::test::Peer server;
    QVERIFY2(server.startListening(
                 python(),
                 {peer(QStringLiteral("mcp_http_peer.py")), QStringLiteral("silent"), QString::number(port)},
                 QStringLiteral("127.0.0.1"), port),
             qPrintable(server.errorString()));
    McpProbeLimits limits;
    limits.handshakeTimeout = 1500ms;
    QElapsedTimer timer;
    timer.start();
    const McpProbeResult result =
        probeHttpServer(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port), limits);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!result.findings.isEmpty());
    QCOMPARE(result.findings.first().id, QStringLiteral("mcp.handshake_timeout"));
}

void TestMcpProbe::mcpStepSkipsWhenNothingListens() {
    const quint16 port = ld::test::freePort();
    const ld::test::RunResult run =
        ld::test::runDoctor({QStringLiteral("check"), QStringLiteral("http://127.0.0.1:%1/mcp").arg(port),
                             QStringLiteral("--json")});
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QCOMPARE(ld::test::stepStatus(report, QStringLiteral("mcp")), QStringLiteral("skip"));
    QVERIFY(!mcpFinding(report, QStringLiteral("mcp.skipped")).isEmpty());
    QCOMPARE(report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString(),
             QStringLiteral("server.not_listening"));
}

// Not a test: the driver tests/bench/bench_mcp_launch.sh uses while the `mcp` command can't launch
// servers in parallel (`tst_mcpprobe --bench-launch N DELAY_MS`). Probes N `good` servers, each
// answering after DELAY_MS, one thread each, and prints the wall time.
static int benchLaunch(int servers, const QString& delay) {
    if (python().isEmpty() || servers <= 0)
        return 2;
    QList<McpProbeResult> results(servers);
    QList<QThread*> threads;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < servers; ++i) {
        threads << QThread::create([&results, i, delay] {
            results[i] = probeStdioServer(hostileSpec(QStringLiteral("good"), {"--delay-ms", delay}));
        });
        threads.last()->start();
    }
    for (QThread* thread : std::as_const(threads)) {
        thread->wait(60000);
        delete thread;
    }
    const qint64 took = timer.elapsed();
    double slowest = 0;
    int ok = 0;
    for (const McpProbeResult& result : std::as_const(results)) {
        ok += findingOf(result, QStringLiteral("mcp.ok")) != nullptr;
        slowest = qMax(slowest, result.elapsedMs);
    }
    std::printf("bench_mcp_launch: servers=%d ok=%d wall_ms=%lld slowest_ms=%.1f\n", servers, ok, took,
                slowest);
    return ok == servers ? 0 : 1;
}

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], "--bench-launch") == 0)
        return benchLaunch(QByteArray(argv[2]).toInt(), QString::fromLatin1(argv[3]));
    TestMcpProbe test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mcpprobe.moc"
