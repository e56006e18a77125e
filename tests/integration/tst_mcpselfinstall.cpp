// `mcp --client NAME --fix fix.add_localhost_doctor` with the real binary, in a fake home per
// client: the preview writes nothing, --yes creates (or extends) the client's own file with a
// backup, the config reader finds the entry in that client's shape, `mcp --config` on the result
// starts the real `localhost-doctor mcp-server` and concludes mcp.ok with 4 tools, a second run
// says it is already there, and --undo restores the bytes (or removes the created file).
#include "support/peers.h"
#include "wizard/mcp/mcpconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace ld::wizard;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("can't write %s", qPrintable(path));
}

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

struct FakeHome {
    QTemporaryDir dir;
    QStringList env;
    FakeHome() {
        env = {QStringLiteral("HOME=") + dir.path(), QStringLiteral("XDG_CONFIG_HOME=") + path(".config"),
               QStringLiteral("XDG_DATA_HOME=") + path(".local/share"), QStringLiteral("SHELL=/bin/false"),
               QStringLiteral("PATH=/usr/bin:/bin")};
    }
    QString path(const QString& relative) const { return dir.path() + QLatin1Char('/') + relative; }
    HostContext host() const {
        HostContext host = HostContext::current();
        host.os = HostOs::Linux;
        host.home = dir.path();
        host.env.insert(QStringLiteral("HOME"), dir.path());
        host.env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(".config"));
        return host;
    }
};

QJsonObject mcpOk(const QJsonObject& report, const QString& server) {
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray()) {
        if (step.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("server:") + server)
            continue;
        for (const QJsonValue& finding : step.toObject().value(QStringLiteral("findings")).toArray())
            if (finding.toObject().value(QStringLiteral("id")).toString() == QLatin1String("mcp.ok"))
                return finding.toObject();
    }
    return {};
}

} // namespace

class TestMcpSelfInstall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eachClient_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("file");        // relative to the fake home
        QTest::addColumn<QByteArray>("existing"); // empty: no file yet
        QTest::addColumn<QString>("type");        // the entry's "type", empty when none
        QTest::newRow("claude-desktop, new")
            << "claude-desktop"
            << ".config/Claude/claude_desktop_config.json" << QByteArray() << QString();
        QTest::newRow("claude-desktop, existing")
            << "claude-desktop"
            << ".config/Claude/claude_desktop_config.json"
            << QByteArray("{\n  \"mcpServers\": {\n    \"shell\": {\"command\": \"/bin/cat\"}\n  },\n"
                          "  \"globalShortcut\": \"\"\n}\n")
            << QString();
        QTest::newRow("claude-code, existing")
            << "claude-code"
            << ".claude.json"
            << QByteArray("{\"numStartups\": 7, \"projects\": {\"/tmp\": {\"allowedTools\": []}}}\n")
            << QStringLiteral("stdio");
        QTest::newRow("cursor, jsonc")
            << "cursor"
            << ".cursor/mcp.json" << QByteArray("{\n  // mine\n  \"mcpServers\": {},\n}\n") << QString();
        QTest::newRow("vscode, new") << "vscode"
                                     << ".config/Code/User/mcp.json" << QByteArray()
                                     << QStringLiteral("stdio");
        QTest::newRow("windsurf, new") << "windsurf"
                                       << ".codeium/windsurf/mcp_config.json" << QByteArray() << QString();
    }

    void eachClient() {
        QFETCH(QString, client);
        QFETCH(QString, file);
        QFETCH(QByteArray, existing);
        QFETCH(QString, type);
        FakeHome home;
        QVERIFY(home.dir.isValid());
        const QString config = home.path(file);
        if (!existing.isEmpty())
            writeAll(config, existing);
        const QStringList fix{"mcp", "--client", client, "--fix", "fix.add_localhost_doctor", "--json"};

        // Without --yes: the diff, and nothing written.
        const auto preview = ld::test::runDoctor(fix, 30000, {}, home.env);
        QCOMPARE(preview.exitCode, 2);
        const QJsonObject shown = preview.json.object();
        QCOMPARE(shown.value("config").toString(), config);
        QVERIFY2(shown.value("diff").toString().contains("mcp-server"), preview.out.constData());
        QCOMPARE(shown.value("applied").toBool(), false);
        QCOMPARE(readAll(config), existing);
        QCOMPARE(QFileInfo::exists(config), !existing.isEmpty());

        const auto applied = ld::test::runDoctor(fix + QStringList{"--yes"}, 30000, {}, home.env);
        QVERIFY2(applied.exitCode == 0, applied.out.constData());
        const QJsonObject done = applied.json.object();
        QCOMPARE(done.value("applied").toBool(), true);
        QCOMPARE(done.value("created").toBool(), existing.isEmpty());
        const QString backup = done.value("backup").toString();
        QCOMPARE(readAll(backup), existing);
        if (existing.isEmpty())
            QCOMPARE(modeOf(config), 0600);

        // The config reader sees the entry where and as the client reads it.
        const ClientProfile* profile = ClientProfile::byKey(client);
        const McpConfig read = McpConfigReader::loadClient(home.host(), *profile);
        QCOMPARE(read.path, config);
        QVERIFY(read.parsed);
        const McpServerEntry* entry = nullptr;
        for (const McpServerEntry& server : read.servers)
            if (server.name == QLatin1String("localhost-doctor"))
                entry = &server;
        QVERIFY2(entry, readAll(config).constData());
        QCOMPARE(entry->command, QStringLiteral(LD_BINARY));
        QCOMPARE(entry->args, QStringList{QStringLiteral("mcp-server")});
        QCOMPARE(entry->raw.value("type").toString(), type);
        QVERIFY(!entry->hasError());
        QCOMPARE(read.servers.size(), qsizetype(existing.contains("shell") ? 2 : 1));

        // The client's own check starts it: Localhost Doctor's MCP server answers with its 4 tools.
        const auto check = ld::test::runDoctor({"mcp", "--config", config, "--client", client, "--json"},
                                               60000, {}, home.env);
        const QJsonObject ok = mcpOk(check.json.object(), QStringLiteral("localhost-doctor"));
        QVERIFY2(!ok.isEmpty(), check.out.constData());
        QCOMPARE(ok.value("evidence").toObject().value("tools").toInt(), 4);
        QCOMPARE(ok.value("evidence").toObject().value("server_name").toString(),
                 QStringLiteral("localhost-doctor"));

        // Twice is once.
        const QByteArray written = readAll(config);
        const auto again = ld::test::runDoctor(fix + QStringList{"--yes"}, 30000, {}, home.env);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json.object().value("already_present").toBool(), true);
        QVERIFY(!again.json.object().contains("backup"));
        QCOMPARE(readAll(config), written);

        // Undo: the preview first, then the bytes back (or no file, as before).
        const auto undoPreview = ld::test::runDoctor({"mcp", "--undo", backup}, 30000, {}, home.env);
        QCOMPARE(undoPreview.exitCode, 2);
        QCOMPARE(readAll(config), written);
        const auto undo = ld::test::runDoctor({"mcp", "--undo", backup, "--yes"}, 30000, {}, home.env);
        QVERIFY2(undo.exitCode == 0, undo.out.constData());
        QCOMPARE(QFileInfo::exists(config), !existing.isEmpty());
        QCOMPARE(readAll(config), existing);
    }

    void needsAClient() {
        FakeHome home;
        const auto run =
            ld::test::runDoctor({"mcp", "--fix", "fix.add_localhost_doctor"}, 30000, {}, home.env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--client"));
    }

    void refusesBrokenConfig() {
        FakeHome home;
        const QString config = home.path(".config/Claude/claude_desktop_config.json");
        const QByteArray broken = "{\"mcpServers\": {\"a\": {\"command\": \"x\"},}}";
        writeAll(config, broken);
        const auto run = ld::test::runDoctor(
            {"mcp", "--client", "claude-desktop", "--fix", "fix.add_localhost_doctor", "--yes"}, 30000, {},
            home.env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("not valid JSON"), run.err.constData());
        QCOMPARE(readAll(config), broken);
        QCOMPARE(QDir(QFileInfo(config).absolutePath()).entryList(QDir::Files).size(), 1); // no backup
    }
};

QTEST_GUILESS_MAIN(TestMcpSelfInstall)
#include "tst_mcpselfinstall.moc"
