// `localhost-doctor mcp-server` against real clients: the project's own MCP probe, the official
// TypeScript SDK (tests/peers/mcp_client_check.mjs), and raw lines that are malformed, oversized
// or of the handshake-free 2026-07-28 revision. Only loopback traffic.
#include "support/peers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char* const kInstall = "run scripts/install-test-peers.sh";

QString sdkDir() {
    return QStringLiteral(LD_PEERS "/node_modules/@modelcontextprotocol/sdk");
}

// Runs `localhost-doctor mcp-server` with `input` on stdin (then end of file) and returns the
// lines it printed on stdout, each parsed as one JSON object.
QList<QJsonObject> serve(const QByteArray& input, QByteArray* rawOut = nullptr) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_LOG_LEVEL"), QStringLiteral("off"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LD_BINARY), {QStringLiteral("mcp-server")});
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
    }
    const QByteArray out = process.readAllStandardOutput();
    if (rawOut)
        *rawOut = out;
    QList<QJsonObject> replies;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        replies << QJsonDocument::fromJson(line).object();
    }
    return replies;
}

QByteArray request(int id, const QString& method, const QJsonObject& params = {}) {
    QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray initialize(const QString& version) {
    return request(1, QStringLiteral("initialize"),
                   {{QStringLiteral("protocolVersion"), version},
                    {QStringLiteral("capabilities"), QJsonObject{}},
                    {QStringLiteral("clientInfo"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("test")},
                                 {QStringLiteral("version"), QStringLiteral("1")}}}}) +
           "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n";
}

int errorCode(const QJsonObject& reply) {
    return reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt();
}

} // namespace

class TestMcpServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void probeDiagnosesItself() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString config = dir.filePath(QStringLiteral("config.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonObject servers{
            {QStringLiteral("doctor"),
             QJsonObject{{QStringLiteral("command"), QStringLiteral(LD_BINARY)},
                         {QStringLiteral("args"), QJsonArray{QStringLiteral("mcp-server")}}}}};
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("mcpServers"), servers}}).toJson());
        file.close();

        const ld::test::RunResult run = ld::test::runDoctor(
            {QStringLiteral("mcp"), QStringLiteral("--config"), config, QStringLiteral("--json")}, 60000);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject report = run.json.object();
        QCOMPARE(
            report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString(),
            QStringLiteral("ok"));
        const QJsonObject ok = ld::test::finding(report, QStringLiteral("mcp.ok"));
        QVERIFY2(!ok.isEmpty(), run.out.constData());
        const QJsonObject evidence = ok.value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("tools")).toInt(), 4);
        QCOMPARE(evidence.value(QStringLiteral("server_name")).toString(),
                 QStringLiteral("localhost-doctor"));
        QStringList tools;
        for (const QJsonValue& name : evidence.value(QStringLiteral("tool_names")).toArray())
            tools << name.toString();
        tools.sort();
        QCOMPARE(tools, (QStringList{QStringLiteral("check_address"), QStringLiteral("diagnose_mcp_config"),
                                     QStringLiteral("find_free_port"), QStringLiteral("list_listeners")}));
    }

    void sdkClient() {
        if (!ld::test::haveProgram(QStringLiteral("node")))
            QSKIP(qPrintable(QStringLiteral("node is not installed; ") + QLatin1String(kInstall)));
        if (!QDir(sdkDir()).exists())
            QSKIP(qPrintable(QStringLiteral("@modelcontextprotocol/sdk is missing; ") +
                             QLatin1String(kInstall)));
        if (!ld::test::haveProgram(QStringLiteral("python3")))
            QSKIP("python3 is not installed; the live listener is python3 -m http.server");
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const quint16 port = ld::test::freePort();
        ld::test::Peer web;
        QVERIFY2(web.startListening(QStringLiteral("python3"),
                                    {QStringLiteral("-m"), QStringLiteral("http.server"),
                                     QString::number(port), QStringLiteral("--bind"),
                                     QStringLiteral("127.0.0.1"), QStringLiteral("--directory"), root.path()},
                                    QStringLiteral("127.0.0.1"), port),
                 qPrintable(web.errorString()));

        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.setWorkingDirectory(QStringLiteral(LD_PEERS));
        node.start(QStringLiteral("node"), {QStringLiteral(LD_PEERS "/mcp_client_check.mjs"),
                                            QStringLiteral(LD_BINARY), QString::number(port)});
        QVERIFY(node.waitForStarted(10000));
        QVERIFY2(node.waitForFinished(90000), "the SDK client did not finish in 90 s");
        const QByteArray output = node.readAll();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, output.constData());
        QVERIFY2(!output.contains("FAIL"), output.constData());
        QVERIFY(output.contains("ok   localhost:619009 gives port.out_of_range"));
    }

    void handshakeEras_data() {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("answered");
        QTest::addRow("2025-06-18") << QStringLiteral("2025-06-18") << QStringLiteral("2025-06-18");
        QTest::addRow("2025-11-25") << QStringLiteral("2025-11-25") << QStringLiteral("2025-11-25");
        QTest::addRow("unknown old") << QStringLiteral("2024-11-05") << QStringLiteral("2025-11-25");
    }

    void handshakeEras() {
        QFETCH(QString, asked);
        QFETCH(QString, answered);
        const QList<QJsonObject> replies = serve(initialize(asked) + request(2, QStringLiteral("ping")) +
                                                 request(3, QStringLiteral("tools/list")));
        QCOMPARE(replies.size(), 3); // the notification is never answered
        const QJsonObject init = replies.at(0).value(QStringLiteral("result")).toObject();
        QCOMPARE(init.value(QStringLiteral("protocolVersion")).toString(), answered);
        QVERIFY(init.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("tools")));
        QCOMPARE(replies.at(1).value(QStringLiteral("id")).toInt(), 2);
        QVERIFY(replies.at(1).value(QStringLiteral("result")).isObject());
        QCOMPARE(replies.at(2)
                     .value(QStringLiteral("result"))
                     .toObject()
                     .value(QStringLiteral("tools"))
                     .toArray()
                     .size(),
                 4);
    }

    void discoverEra() {
        const QJsonObject meta{
            {QStringLiteral("io.modelcontextprotocol/protocolVersion"), QStringLiteral("2026-07-28")},
            {QStringLiteral("io.modelcontextprotocol/clientCapabilities"), QJsonObject{}}};
        const QJsonObject oldMeta{
            {QStringLiteral("io.modelcontextprotocol/protocolVersion"), QStringLiteral("2099-01-01")},
            {QStringLiteral("io.modelcontextprotocol/clientCapabilities"), QJsonObject{}}};
        const QList<QJsonObject> replies =
            serve(request(1, QStringLiteral("server/discover"), {{QStringLiteral("_meta"), meta}}) +
                  request(2, QStringLiteral("tools/list"), {{QStringLiteral("_meta"), meta}}) +
                  request(3, QStringLiteral("tools/list"), {{QStringLiteral("_meta"), oldMeta}}));
        QCOMPARE(replies.size(), 3);
        const QJsonObject discover = replies.at(0).value(QStringLiteral("result")).toObject();
        QVERIFY(discover.value(QStringLiteral("supportedVersions"))
                    .toArray()
                    .contains(QStringLiteral("2026-07-28")));
        QCOMPARE(discover.value(QStringLiteral("resultType")).toString(), QStringLiteral("complete"));
        QVERIFY(discover.value(QStringLiteral("capabilities")).toObject().contains(QStringLiteral("tools")));
        const QJsonObject list = replies.at(1).value(QStringLiteral("result")).toObject();
        QCOMPARE(list.value(QStringLiteral("tools")).toArray().size(), 4);
        QCOMPARE(list.value(QStringLiteral("resultType")).toString(), QStringLiteral("complete"));
        QCOMPARE(errorCode(replies.at(2)), -32022);
        QVERIFY(replies.at(2)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("supported"))
                    .toArray()
                    .contains(QStringLiteral("2025-06-18")));
    }

    void badMessagesGetErrors() {
        QByteArray input;
        input += "{not json\n";                                                  // parse error
        input += "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]\n";       // batch: invalid request
        input += "{\"jsonrpc\":\"1.0\",\"id\":2,\"method\":\"ping\"}\n";         // wrong version
        input += "{\"jsonrpc\":\"2.0\",\"id\":{\"x\":1},\"method\":\"ping\"}\n"; // bad id
        input += request(3, QStringLiteral("resources/list"));                   // unknown method
        input += request(4, QStringLiteral("tools/call"),
                         {{QStringLiteral("name"), QStringLiteral("stop_process")}});
        input += QByteArray(2 * 1024 * 1024, 'x') + '\n'; // oversized, then skipped
        input += QByteArray("\x00\xff\xfe garbage", 12) + '\n';
        input += request(5, QStringLiteral("ping")); // still alive after all that
        QByteArray raw;
        const QList<QJsonObject> replies = serve(input, &raw);
        QCOMPARE(replies.size(), 9);
        QCOMPARE(errorCode(replies.at(0)), -32700);
        QVERIFY(replies.at(0).value(QStringLiteral("id")).isNull());
        QCOMPARE(errorCode(replies.at(1)), -32600);
        QCOMPARE(errorCode(replies.at(2)), -32600);
        QCOMPARE(replies.at(2).value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(errorCode(replies.at(3)), -32600);
        QVERIFY(replies.at(3).value(QStringLiteral("id")).isNull());
        QCOMPARE(errorCode(replies.at(4)), -32601);
        QCOMPARE(replies.at(4).value(QStringLiteral("id")).toInt(), 3);
        QCOMPARE(errorCode(replies.at(5)), -32602); // no such tool: nothing that changes the system
        QCOMPARE(errorCode(replies.at(6)), -32600);
        QVERIFY(replies.at(6)
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("1048576")));
        QCOMPARE(errorCode(replies.at(7)), -32700);
        QCOMPARE(replies.at(8).value(QStringLiteral("id")).toInt(), 5);
        QVERIFY(replies.at(8).value(QStringLiteral("result")).isObject());
        // Every stdout line is JSON-RPC: nothing else was printed.
        for (const QByteArray& line : raw.split('\n'))
            if (!line.isEmpty())
                QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.left(200).constData());
    }

    void toolErrorsAreResults() {
        const QList<QJsonObject> replies =
            serve(initialize(QStringLiteral("2025-11-25")) +
                  request(2, QStringLiteral("tools/call"),
                          {{QStringLiteral("name"), QStringLiteral("find_free_port")},
                           {QStringLiteral("arguments"),
                            QJsonObject{{QStringLiteral("near"), QStringLiteral("soon")}}}}) +
                  request(3, QStringLiteral("tools/call"),
                          {{QStringLiteral("name"), QStringLiteral("find_free_port")},
                           {QStringLiteral("arguments"), QJsonObject{{QStringLiteral("near"), 20000}}}}));
        QCOMPARE(replies.size(), 3);
        const QJsonObject bad = replies.at(1).value(QStringLiteral("result")).toObject();
        QVERIFY(bad.value(QStringLiteral("isError")).toBool());
        QVERIFY(!bad.contains(QStringLiteral("structuredContent")));
        const QJsonObject good = replies.at(2).value(QStringLiteral("result")).toObject();
        QVERIFY(!good.value(QStringLiteral("isError")).toBool());
        const int port =
            good.value(QStringLiteral("structuredContent")).toObject().value(QStringLiteral("port")).toInt();
        QVERIFY(port > 0 && port != 20000);
        QCOMPARE(good.value(QStringLiteral("content"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QString::number(port));
    }
};

QTEST_GUILESS_MAIN(TestMcpServer)
#include "tst_mcp_server.moc"
