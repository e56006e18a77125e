// The real binary's `mcp` over several clients: with no --config it finds every client in a fake
// home and diagnoses each; --client picks one; --config guesses the client and says so; a bare
// "mcpServers" member is wrapped in { } from the command line, with a backup.
#include "support/peers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

void writeAll(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("can't write %s", qPrintable(path));
    file.write(bytes);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList stepIds(const QJsonObject& report) {
    QStringList ids;
    for (const QJsonValue& value : report.value(QStringLiteral("steps")).toArray())
        ids << value.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QJsonObject findingIn(const QJsonObject& report, const QString& stepId, const QString& id) {
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray()) {
        if (step.toObject().value(QStringLiteral("id")).toString() != stepId)
            continue;
        for (const QJsonValue& value : step.toObject().value(QStringLiteral("findings")).toArray())
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
    }
    return {};
}

} // namespace

class TestMcpClientsCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QStringList m_env;

    QString home(const QString& relative) const { return m_home.path() + QLatin1Char('/') + relative; }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        m_env = {QStringLiteral("HOME=") + m_home.path(),
                 QStringLiteral("XDG_CONFIG_HOME=") + home(".config"),
                 QStringLiteral("XDG_DATA_HOME=") + home(".local/share"), QStringLiteral("SHELL=/bin/false"),
                 QStringLiteral("PATH=/usr/bin:/bin")};
        writeAll(home(".config/Claude/claude_desktop_config.json"),
                 R"({"mcpServers": {"shell": {"command": "/bin/sh", "args": ["-c", "true"]}}})");
        writeAll(home(".cursor/mcp.json"), "{\n  // Cursor allows comments\n  \"mcpServers\": {\"remote\": "
                                           "{\"url\": \"http://localhost:3000/mcp\"},},\n}\n");
        writeAll(home(".claude/settings.json"), R"({"mcpServers": {"lost": {"command": "/bin/sh"}}})");
    }

    void everyClientFound() {
        const auto run = ld::test::runDoctor({"mcp", "--no-launch", "--json"}, 30000, {}, m_env);
        QVERIFY(run.finished);
        const QJsonObject report = run.json.object();
        QCOMPARE(stepIds(report), (QStringList{"config:claude-desktop", "config:claude-code-ignored",
                                               "config:cursor", "server:claude-desktop:shell",
                                               "server:claude-code-ignored:lost", "server:cursor:remote"}));
        QVERIFY(!findingIn(report, "config:claude-code-ignored", "mcp.config_wrong_file").isEmpty());
        const QJsonObject url = findingIn(report, "server:cursor:remote", "mcp.bridge_url");
        QCOMPARE(url.value("evidence").toObject().value("port").toInt(), 3000);
        QVERIFY(url.value("title").toString().contains("\"remote\""));
        QCOMPARE(run.exitCode, 1); // the ignored file is a problem
    }

    void oneClient() {
        const auto run =
            ld::test::runDoctor({"mcp", "--client", "cursor", "--no-launch", "--json"}, 30000, {}, m_env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(stepIds(run.json.object()), (QStringList{"config", "server:remote"}));
        const QJsonObject ok = findingIn(run.json.object(), "config", "mcp.config_ok");
        QCOMPARE(ok.value("evidence").toObject().value("client").toString(), QStringLiteral("cursor"));
        const auto bad = ld::test::runDoctor({"mcp", "--client", "emacs"}, 30000, {}, m_env);
        QCOMPARE(bad.exitCode, 2);
    }

    void configGuessed() {
        const auto run = ld::test::runDoctor(
            {"mcp", "--config", home(".cursor/mcp.json"), "--no-launch", "--json"}, 30000, {}, m_env);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject guess = findingIn(run.json.object(), "config", "mcp.client_guessed");
        QCOMPARE(guess.value("evidence").toObject().value("client").toString(), QStringLiteral("cursor"));
        QVERIFY(guess.value("title").toString().contains("Cursor"));
        const auto text = ld::test::runDoctor({"mcp", "--config", home(".cursor/mcp.json"), "--no-launch"},
                                              30000, {}, m_env);
        QVERIFY2(text.out.contains("Cursor"), text.out.constData());
    }

    void wrapInBracesFromTheCommandLine() {
        const QString config = home("pasted/claude_desktop_config.json");
        const QByteArray bare = "\"mcpServers\": {\n  \"shell\": {\"command\": \"/bin/sh\"}\n}\n";
        writeAll(config, bare);
        const auto check =
            ld::test::runDoctor({"mcp", "--config", config, "--no-launch", "--json"}, 30000, {}, m_env);
        const QJsonObject finding = findingIn(check.json.object(), "config", "mcp.config_syntax_error");
        QCOMPARE(finding.value("evidence").toObject().value("hint").toString(),
                 QStringLiteral("bare_member"));
        QVERIFY(finding.value("detail").toString().contains("{ }"));
        const QString preview =
            finding.value("fixes").toArray().first().toObject().value("preview").toString();
        QVERIFY2(preview.contains("+ {"), qPrintable(preview));
        const auto fix = ld::test::runDoctor(
            {"mcp", "--config", config, "--fix", "fix.wrap_in_braces", "--yes", "--json"}, 30000, {}, m_env);
        QVERIFY2(fix.exitCode == 0, fix.out.constData());
        const QString backup = fix.json.object().value("backup").toString();
        QCOMPARE(readAll(backup), bare);
        QVERIFY(QJsonDocument::fromJson(readAll(config)).object().value("mcpServers").isObject());
        const auto after =
            ld::test::runDoctor({"mcp", "--config", config, "--no-launch", "--json"}, 30000, {}, m_env);
        QCOMPARE(after.exitCode, 0);
        const auto undo = ld::test::runDoctor({"mcp", "--undo", backup, "--yes"}, 30000, {}, m_env);
        QCOMPARE(undo.exitCode, 0);
        QCOMPARE(readAll(config), bare);
    }
};

QTEST_GUILESS_MAIN(TestMcpClientsCli)
#include "tst_mcpclientscli.moc"
