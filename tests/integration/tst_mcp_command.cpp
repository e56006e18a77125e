// The real binary's `mcp` command: steps config + server:NAME with the expected findings, a
// bridge with an impossible port (repairs ranked by a real listener), stdio servers launched in
// parallel (tests/peers/mcp_hostile.py, @modelcontextprotocol/server-everything), Claude
// Desktop's logs as evidence, and config fixes applied and undone from the command line.
#include "support/peers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString peer(const QString& name) {
    return QStringLiteral(LD_PEERS) + QLatin1Char('/') + name;
}

QString python() {
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("can't write %s", qPrintable(path));
    file.write(bytes);
}

QByteArray quoted(const QString& text) {
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QJsonObject step(const QJsonObject& report, const QString& id) {
    for (const QJsonValue& value : report.value(QStringLiteral("steps")).toArray())
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    return {};
}

QStringList stepIds(const QJsonObject& report) {
    QStringList ids;
    for (const QJsonValue& value : report.value(QStringLiteral("steps")).toArray())
        ids << value.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QJsonObject findingIn(const QJsonObject& step, const QString& id) {
    for (const QJsonValue& value : step.value(QStringLiteral("findings")).toArray())
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    return {};
}

QStringList findingIdsIn(const QJsonObject& step) {
    QStringList ids;
    for (const QJsonValue& value : step.value(QStringLiteral("findings")).toArray())
        ids << value.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

class TestMcpCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QStringList m_env; // a fake home for the binary: its logs, its undo journal, no login shell

    QString home(const QString& relative) const { return m_home.path() + QLatin1Char('/') + relative; }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        m_env = {QStringLiteral("HOME=") + m_home.path(),
                 QStringLiteral("XDG_CONFIG_HOME=") + home(".config"),
                 QStringLiteral("XDG_DATA_HOME=") + home(".local/share"), QStringLiteral("SHELL=/bin/false"),
                 QStringLiteral("PATH=/usr/bin:/bin")};
    }

    void syntaxError() {
        const auto run = ld::test::runDoctor(
            {"mcp", "--config", ld::test::fixture("mcp/syntax-trailing-comma.json"), "--no-launch", "--json"},
            30000, {}, m_env);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json.object();
        QCOMPARE(report.value("schema").toString(), QStringLiteral("localhost-doctor/report@1"));
        QCOMPARE(stepIds(report), QStringList{"config"});
        const QJsonObject finding = findingIn(step(report, "config"), "mcp.config_syntax_error");
        const QJsonObject evidence = finding.value("evidence").toObject();
        QCOMPARE(evidence.value("line").toInt(), 5);
        QCOMPARE(evidence.value("column").toInt(), 72);
        QCOMPARE(evidence.value("hint").toString(), QStringLiteral("trailing_comma"));
        QCOMPARE(report.value("verdict").toObject().value("finding").toString(),
                 QStringLiteral("mcp.config_syntax_error"));
    }

    void missingConfig() {
        // No --config: the fake home has none at ~/.config/Claude.
        const auto run = ld::test::runDoctor({"mcp", "--no-launch", "--json"}, 30000, {}, m_env);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject finding = findingIn(step(run.json.object(), "config"), "mcp.config_missing");
        QVERIFY2(!finding.isEmpty(), run.out.constData());
        QVERIFY(finding.value("evidence")
                    .toObject()
                    .value("searched")
                    .toArray()
                    .contains(home(".config/Claude/claude_desktop_config.json")));
    }

    void staticChecks() {
        if (python().isEmpty())
            QSKIP("python3 is not installed; the test servers are Python scripts");
        // Something listens on 61900, so that repair of 619009 ranks first.
        QTcpServer listener;
        const bool listening = listener.listen(QHostAddress::LocalHost, 61900);
        const QString config = home("static/claude_desktop_config.json");
        writeAll(config, "{\n  \"mcpServers\": {\n"
                         "    \"remote\": {\"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", "
                         "\"http://localhost:619009/mcp\"]},\n"
                         "    \"ghost\": {\"command\": \"definitely-not-installed-mcp\"},\n"
                         "    \"good\": {\"command\": " +
                             quoted(python()) + ", \"args\": [" + quoted(peer("mcp_hostile.py")) +
                             ", \"good\"]},\n"
                             "    \"files\": {\"command\": " +
                             quoted(python()) +
                             ", \"args\": [\"/definitely/missing/folder\"]},\n"
                             "    \"web\": {\"url\": \"http://localhost:3000/mcp\"}\n"
                             "  }\n}\n");
        // Claude Desktop's log for ghost says what happened there.
        writeAll(home(".config/Claude/logs/mcp-server-ghost.log"),
                 "2025-01-01T10:00:00.000Z [ghost] [info] Initializing server...\n"
                 "2025-01-01T10:00:00.100Z [ghost] [error] spawn definitely-not-installed-mcp ENOENT\n");

        QElapsedTimer timer;
        timer.start();
        const auto run =
            ld::test::runDoctor({"mcp", "--config", config, "--no-launch", "--json"}, 30000, {}, m_env);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json.object();
        QCOMPARE(stepIds(report), (QStringList{"config", "server:remote", "server:ghost", "server:good",
                                               "server:files", "server:web"}));
        QVERIFY(!findingIn(step(report, "config"), "mcp.config_ok").isEmpty());

        const QJsonObject remote = step(report, "server:remote");
        const QJsonObject invalid = findingIn(remote, "mcp.remote_url_invalid");
        QVERIFY2(!invalid.isEmpty(), qPrintable(findingIdsIn(remote).join(',')));
        const QJsonArray fixes = invalid.value("fixes").toArray();
        QVERIFY(!fixes.isEmpty());
        QCOMPARE(fixes.first().toObject().value("id").toString(), QStringLiteral("fix.use_port"));
        if (listening)
            QCOMPARE(fixes.first().toObject().value("params").toObject().value("port").toInt(), 61900);
        QCOMPARE(remote.value("status").toString(), QStringLiteral("fail"));

        const QJsonObject ghost = findingIn(step(report, "server:ghost"), "mcp.command_not_found");
        QVERIFY(!ghost.isEmpty());
        const QJsonObject logs = ghost.value("evidence").toObject().value("client_logs").toObject();
        QCOMPARE(logs.value("lines").toArray().size(), 1);
        QVERIFY(logs.value("lines").toArray().first().toString().contains("ENOENT"));

        const QJsonObject good = step(report, "server:good");
        QCOMPARE(good.value("status").toString(), QStringLiteral("pass"));
        QCOMPARE(findingIdsIn(good), QStringList{"mcp.command_found"}); // --no-launch: not started

        QVERIFY(!findingIn(step(report, "server:files"), "mcp.path_argument_missing").isEmpty());
        const QJsonObject web = findingIn(step(report, "server:web"), "mcp.config_invalid");
        QCOMPARE(web.value("evidence").toObject().value("path").toString(),
                 QStringLiteral("mcpServers.web.url"));
        QCOMPARE(report.value("verdict").toObject().value("step").toString(),
                 QStringLiteral("server:remote"));

        // Text output too, for people.
        const auto text = ld::test::runDoctor({"mcp", "--config", config, "--no-launch"}, 30000, {}, m_env);
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains("ghost"));
    }

    void launchInParallel() {
        if (python().isEmpty())
            QSKIP("python3 is not installed; the test servers are Python scripts");
        const QString config = home("launch/claude_desktop_config.json");
        QByteArray servers;
        const QStringList modes{"good", "banner", "exit", "good"};
        for (int i = 0; i < modes.size(); ++i)
            servers += "    \"s" + QByteArray::number(i) + "-" + modes.at(i).toUtf8() +
                       "\": {\"command\": " + quoted(python()) + ", \"args\": [" +
                       quoted(peer("mcp_hostile.py")) + ", \"" + modes.at(i).toUtf8() +
                       "\", \"--delay-ms\", \"2000\"], \"env\": {\"MCP_TEST\": \"1\"}}" +
                       (i + 1 < modes.size() ? ",\n" : "\n");
        writeAll(config, "{\"mcpServers\": {\n" + servers + "}}\n");
        QElapsedTimer timer;
        timer.start();
        const auto run = ld::test::runDoctor({"mcp", "--config", config, "--json"}, 60000, {}, m_env);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(run.finished);
        const QJsonObject report = run.json.object();
        QVERIFY2(!findingIn(step(report, "server:s0-good"), "mcp.ok").isEmpty(),
                 qPrintable(findingIdsIn(step(report, "server:s0-good")).join(',')));
        QVERIFY(!findingIn(step(report, "server:s1-banner"), "mcp.stdout_pollution").isEmpty());
        QVERIFY(!findingIn(step(report, "server:s2-exit"), "mcp.server_exited").isEmpty());
        QVERIFY(!findingIn(step(report, "server:s3-good"), "mcp.ok").isEmpty());
        QCOMPARE(run.exitCode, 1);
        // Three servers wait 2 s before answering: one after the other would take over 6 s.
        QVERIFY2(elapsed < 5500, qPrintable(QString::number(elapsed)));
    }

    void everythingStdio() {
        const QString script = peer("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
        if (!ld::test::haveProgram("node") || !QFile::exists(script))
            QSKIP("node or @modelcontextprotocol/server-everything is missing; run "
                  "scripts/install-test-peers.sh");
        const QString node = QStandardPaths::findExecutable("node");
        const QString config = home("everything/claude_desktop_config.json");
        writeAll(config, "{\"mcpServers\": {\"everything\": {\"command\": " + quoted(node) + ", \"args\": [" +
                             quoted(script) + ", \"stdio\"]}}}\n");
        const auto run = ld::test::runDoctor({"mcp", "--config", config, "--json"}, 60000, {}, m_env);
        const QJsonObject ok = findingIn(step(run.json.object(), "server:everything"), "mcp.ok");
        QVERIFY2(!ok.isEmpty(), run.out.left(3000).constData());
        QVERIFY(ok.value("evidence").toObject().value("tools").toInt() > 0);
        QCOMPARE(run.exitCode, 0);
    }

    void everythingThroughBridge_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("path");
        QTest::addRow("streamableHttp") << "streamableHttp"
                                        << "/mcp";
        QTest::addRow("sse") << "sse"
                             << "/sse";
    }

    void everythingThroughBridge() {
        QFETCH(QString, mode);
        QFETCH(QString, path);
        const QString script = peer("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
        if (!ld::test::haveProgram("node") || !QFile::exists(script))
            QSKIP("node or @modelcontextprotocol/server-everything is missing; run "
                  "scripts/install-test-peers.sh");
        const quint16 port = ld::test::freePort();
        ld::test::Peer server;
        QVERIFY2(server.startListening("node", {script, mode}, "127.0.0.1", port,
                                       {QStringLiteral("PORT=%1").arg(port)}, 20000),
                 qPrintable(server.errorString()));
        const QString url = QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
        const QString config = home("bridge-" + mode + "/claude_desktop_config.json");
        // The bridge itself is never started: its URL is diagnosed directly.
        writeAll(config,
                 "{\"mcpServers\": {\"remote\": {\"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", " +
                     quoted(url) + "]}}}\n");
        const auto run = ld::test::runDoctor({"mcp", "--config", config, "--json"}, 60000, {}, m_env);
        const QJsonObject remote = step(run.json.object(), "server:remote");
        const QJsonObject ok = findingIn(remote, "mcp.ok");
        QVERIFY2(!ok.isEmpty(), qPrintable(findingIdsIn(remote).join(',')));
        QVERIFY(ok.value("evidence").toObject().value("tools").toInt() > 0);
        QCOMPARE(ok.value("evidence").toObject().value("url").toString(), url);
        QVERIFY(!findingIn(remote, "server.listening").isEmpty());
    }

    void fixAndUndo() {
        // A program installed in ~/.local/bin, which the PATH given to the binary lacks.
        const QString tool = home(".local/bin/my-mcp-tool");
        writeAll(tool, "#!/bin/sh\nexit 0\n");
        QFile::setPermissions(tool, QFile::permissions(tool) | QFileDevice::ExeOwner);
        const QString config = home("fix/claude_desktop_config.json");
        const QByteArray original = "{\n  \"other\": {\"keep\": true},\n  \"mcpServers\": {\n"
                                    "    \"tool\": { \"command\": \"my-mcp-tool\", \"args\": [] },\n"
                                    "    \"remote\": {\"command\": \"npx\", \"args\": [\"mcp-remote\", "
                                    "\"http://localhost:619009/mcp\"]}\n  }\n}\n";
        writeAll(config, original);

        // Without --yes: the change is shown, nothing is written.
        const auto dry = ld::test::runDoctor(
            {"mcp", "--config", config, "--fix", "fix.use_absolute_command", "--server", "tool"}, 30000, {},
            m_env);
        QCOMPARE(dry.exitCode, 2);
        QVERIFY2(dry.out.contains("+     \"tool\": { \"command\": " + quoted(tool)), dry.out.constData());
        QCOMPARE(readAll(config), original);

        const auto applied =
            ld::test::runDoctor({"mcp", "--config", config, "--fix", "fix.use_absolute_command", "--server",
                                 "tool", "--yes", "--json"},
                                30000, {}, m_env);
        QCOMPARE(applied.exitCode, 0);
        const QJsonObject result = applied.json.object();
        QVERIFY(result.value("applied").toBool());
        const QString backup = result.value("backup").toString();
        QVERIFY(backup.startsWith(config + ".bak-"));
        QCOMPARE(readAll(backup), original);
        QByteArray expected = original;
        expected.replace("\"my-mcp-tool\"", quoted(tool));
        QCOMPARE(readAll(config), expected);

        // The check now finds it.
        const auto after =
            ld::test::runDoctor({"mcp", "--config", config, "--no-launch", "--json"}, 30000, {}, m_env);
        QVERIFY(!findingIn(step(after.json.object(), "server:tool"), "mcp.command_found").isEmpty());

        // The port of the bridge, choosing one of the offered repairs.
        const auto port = ld::test::runDoctor({"mcp", "--config", config, "--fix", "fix.use_port", "--server",
                                               "remote", "--port", "61900", "--yes", "--json"},
                                              30000, {}, m_env);
        QCOMPARE(port.exitCode, 0);
        const QString portBackup = port.json.object().value("backup").toString();
        QCOMPARE(readAll(portBackup), expected);
        QByteArray expectedPort = expected;
        expectedPort.replace(":619009/", ":61900/");
        QCOMPARE(readAll(config), expectedPort);

        // A fix that is not offered is refused.
        const auto refused = ld::test::runDoctor(
            {"mcp", "--config", config, "--fix", "fix.use_absolute_command", "--server", "tool", "--yes"},
            30000, {}, m_env);
        QCOMPARE(refused.exitCode, 2);

        // Undo of the first fix is refused: the file changed since (the port fix).
        const auto stale =
            ld::test::runDoctor({"mcp", "--config", config, "--undo", backup, "--yes"}, 30000, {}, m_env);
        QCOMPARE(stale.exitCode, 2);
        QCOMPARE(readAll(config), expectedPort);

        // Undo of the last fix restores the bytes before it.
        const auto undone =
            ld::test::runDoctor({"mcp", "--config", config, "--undo", portBackup, "--yes"}, 30000, {}, m_env);
        QCOMPARE(undone.exitCode, 0);
        QVERIFY(undone.out.contains("Restart Claude Desktop"));
        QCOMPARE(readAll(config), expected);
    }

    // User input in titles is quoted short: a 100 000-character server name, command, relative
    // path and bridge URL never make a title longer than a few hundred characters.
    void longInputsMakeShortTitles() {
        const QString longName = QString(100000, u'n');
        const QString longCommand = QStringLiteral("missing-") + QString(100000, u'c');
        const QString longUrl = QStringLiteral("http://localhost:619009/") + QString(100000, u'u');
        const QString config = home("long/claude_desktop_config.json");
        writeAll(config, "{\"mcpServers\": {" + quoted(longName) + ": {\"command\": " + quoted(longCommand) +
                             "}, \"bridge\": {\"command\": \"npx\", \"args\": [\"mcp-remote\", " +
                             quoted(longUrl) + "]}, \"relative\": {\"command\": \"node\", \"args\": [" +
                             quoted(QStringLiteral("./") + QString(100000, u'r') + QStringLiteral(".js")) +
                             "]}}}\n");
        const auto run =
            ld::test::runDoctor({"mcp", "--config", config, "--no-launch", "--json"}, 30000, {}, m_env);
        QVERIFY(run.finished);
        int titles = 0;
        for (const QJsonValue& s : run.json.object().value(QStringLiteral("steps")).toArray()) {
            for (const QJsonValue& f : s.toObject().value(QStringLiteral("findings")).toArray()) {
                const QString title = f.toObject().value(QStringLiteral("title")).toString();
                ++titles;
                QVERIFY2(title.size() < 600, qPrintable(f.toObject().value(QStringLiteral("id")).toString() +
                                                        QStringLiteral(": %1 characters").arg(title.size())));
            }
        }
        QVERIFY2(titles >= 3, run.out.left(2000).constData());
    }
};

QTEST_GUILESS_MAIN(TestMcpCommand)
#include "tst_mcp_command.moc"
