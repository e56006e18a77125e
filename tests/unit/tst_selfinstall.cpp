// fix.add_localhost_doctor: the entry goes under each client's servers key in its shape, only
// bytes are inserted (the original is a prefix/suffix of the result around the insertion), the
// result reads back as the entry, an entry already there is found, a missing file is created
// 0600 in a private new folder, and undo restores the bytes (or removes the created file).
#include "wizard/mcp/configedit.h"
#include "wizard/mcp/selfinstall.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace ld::wizard;

namespace {

const QString kExe = QStringLiteral("/opt/Localhost Doctor/bin/localhost-doctor");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("can't write %s", qPrintable(path));
}

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QVariantMap paramsFor(const QString& client, const QString& key = {}) {
    const ClientProfile* profile = ClientProfile::byKey(client);
    return SelfInstall::params(*profile, key, kExe);
}

// The servers object at `key` (dotted: an object in an object) of a JSON(C) text.
QJsonObject serversOf(const QByteArray& text, const QString& key) {
    QJsonObject at = QJsonDocument::fromJson(blankJsoncExtras(text)).object();
    for (const QString& part : key.split(QLatin1Char('.')))
        at = at.value(part).toObject();
    return at;
}

// Whether `after` is `before` with bytes inserted in one place (nothing removed or rewritten).
bool onlyInserted(const QByteArray& before, const QByteArray& after) {
    qsizetype head = 0;
    while (head < before.size() && before.at(head) == after.at(head))
        ++head;
    const qsizetype tail = before.size() - head;
    return after.size() > before.size() && after.endsWith(before.mid(head)) && tail >= 0;
}

} // namespace

class TestSelfInstall : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void addsInEachShape_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<bool>("typed");
        QTest::newRow("desktop, multi-line")
            << "claude-desktop"
            << "mcpServers"
            << QByteArray("{\n  \"mcpServers\": {\n    \"files\": {\"command\": "
                          "\"npx\"}\n  },\n  \"theme\": \"dark\"\n}\n")
            << false;
        QTest::newRow("desktop, one line")
            << "claude-desktop"
            << "mcpServers" << QByteArray(R"({"mcpServers":{"a":{"command":"x"}}})") << false;
        QTest::newRow("desktop, empty servers")
            << "claude-desktop"
            << "mcpServers" << QByteArray("{\n  \"mcpServers\": {}\n}\n") << false;
        QTest::newRow("desktop, no servers key")
            << "claude-desktop"
            << "mcpServers" << QByteArray("{\n  \"globalShortcut\": \"Ctrl+Space\"\n}\n") << false;
        QTest::newRow("desktop, {}") << "claude-desktop"
                                     << "mcpServers" << QByteArray("{}") << false;
        QTest::newRow("cursor, comments and trailing commas")
            << "cursor"
            << "mcpServers"
            << QByteArray(
                   "{\n  // mine\n  \"mcpServers\": {\n    \"r\": {\"url\": \"http://localhost:3000/mcp\"},\n"
                   "  },\n}\n")
            << false;
        QTest::newRow("vscode servers")
            << "vscode"
            << "servers"
            << QByteArray("{\n\t\"servers\": {\n\t\t\"git\": {\"type\": \"stdio\", "
                          "\"command\": \"git-mcp\"}\n\t},\n\t\"inputs\": []\n}\n")
            << true;
        QTest::newRow("vscode settings mcp.servers, no mcp yet")
            << "vscode"
            << "mcp.servers" << QByteArray("{\n    \"editor.fontSize\": 14\n}\n") << true;
        QTest::newRow("claude code, other keys") << "claude-code"
                                                 << "mcpServers"
                                                 << QByteArray("{\"numStartups\": 3, \"projects\": {\"/p\": "
                                                               "{\"mcpServers\": {}}}}")
                                                 << true;
        QTest::newRow("windsurf") << "windsurf"
                                  << "mcpServers" << QByteArray("{\"mcpServers\": {}}") << false;
    }

    void addsInEachShape() {
        QFETCH(QString, client);
        QFETCH(QString, key);
        QFETCH(QByteArray, before);
        QFETCH(bool, typed);
        bool already = true;
        QString error;
        const auto after = SelfInstall::addEntry(before, paramsFor(client, key), &already, &error);
        QVERIFY2(after, qPrintable(error));
        QVERIFY(!already);
        QVERIFY2(onlyInserted(before, *after), after->constData());
        if (!ClientProfile::byKey(client)->jsonc)
            QVERIFY2(QJsonDocument::fromJson(*after).isObject(), after->constData()); // strict JSON
        const QJsonObject entry = serversOf(*after, key).value(QStringLiteral("localhost-doctor")).toObject();
        QCOMPARE(entry.value(QStringLiteral("command")).toString(), kExe);
        QCOMPARE(entry.value(QStringLiteral("args")).toArray(), QJsonArray{QStringLiteral("mcp-server")});
        QCOMPARE(entry.contains(QStringLiteral("type")), typed);
        // Every server that was there still is, unchanged.
        const QJsonObject old = serversOf(before, key);
        for (auto it = old.begin(); it != old.end(); ++it)
            QCOMPARE(serversOf(*after, key).value(it.key()), it.value());
        // Twice is once.
        const auto again = SelfInstall::addEntry(*after, paramsFor(client, key), &already, &error);
        QVERIFY(again && already);
        QCOMPARE(*again, *after);
    }

    void newFile() {
        bool already = false;
        QString error;
        const auto text = SelfInstall::addEntry({}, paramsFor(QStringLiteral("vscode")), &already, &error);
        QVERIFY(text);
        QCOMPARE(serversOf(*text, QStringLiteral("servers")).value("localhost-doctor").toObject(),
                 SelfInstall::entry(*ClientProfile::byKey(QStringLiteral("vscode")), kExe));
        QVERIFY(text->contains("\n      \"command\": ")); // laid out, not one line
    }

    void sameNameOtherProgramIsReplaced() {
        const QByteArray before =
            R"({"mcpServers": {"localhost-doctor": {"command": "/old/localhost-doctor", "args": ["mcp-server"]}, "b": {"command": "y"}}})";
        bool already = true;
        QString error;
        const auto after =
            SelfInstall::addEntry(before, paramsFor(QStringLiteral("claude-desktop")), &already, &error);
        QVERIFY2(after, qPrintable(error));
        QVERIFY(!already);
        const QJsonObject servers = serversOf(*after, QStringLiteral("mcpServers"));
        QCOMPARE(servers.size(), qsizetype(2));
        QCOMPARE(servers.value("localhost-doctor").toObject().value("command").toString(), kExe);
    }

    void foundUnderAnotherName() {
        const QByteArray before =
            QStringLiteral(R"({"mcpServers": {"doctor": {"command": "%1", "args": ["mcp-server"]}}})")
                .arg(kExe)
                .toUtf8();
        bool already = false;
        QString error;
        const auto after =
            SelfInstall::addEntry(before, paramsFor(QStringLiteral("claude-desktop")), &already, &error);
        QVERIFY(after && already);
        QCOMPARE(SelfInstall::existingEntryName(before, paramsFor(QStringLiteral("claude-desktop"))),
                 QStringLiteral("doctor"));
    }

    void refused_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::newRow("syntax error") << QByteArray("{\"mcpServers\": {},}");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("servers not an object") << QByteArray("{\"mcpServers\": []}");
    }

    void refused() {
        QFETCH(QByteArray, before);
        bool already = false;
        QString error;
        QVERIFY(
            !SelfInstall::addEntry(before, paramsFor(QStringLiteral("claude-desktop")), &already, &error));
        QVERIFY(!error.isEmpty());
    }

    void applyAndUndoExisting() {
        const QString path = m_dir.filePath(QStringLiteral("existing/claude_desktop_config.json"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray original = "{\n  \"mcpServers\": {\n    \"a\": {\"command\": \"x\"}\n  }\n}\n";
        writeAll(path, original);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        const ConfigEditResult applied =
            ConfigEditor::apply(path, SelfInstall::fixId(), paramsFor(QStringLiteral("claude-desktop")));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QVERIFY(!applied.created);
        QCOMPARE(readAll(applied.backupPath), original);
        QCOMPARE(modeOf(applied.backupPath), 0640);
        QVERIFY(serversOf(readAll(path), "mcpServers").contains("localhost-doctor"));
        const ConfigEditResult again =
            ConfigEditor::apply(path, SelfInstall::fixId(), paramsFor(QStringLiteral("claude-desktop")));
        QVERIFY(again.ok && again.unchanged && again.backupPath.isEmpty());
        const ConfigEditResult undone = ConfigEditor::undo(path, applied.backupPath);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readAll(path), original);
    }

    void applyCreatesAndUndoRemoves() {
        const QString folder = m_dir.filePath(QStringLiteral("fresh/.cursor"));
        const QString path = folder + QStringLiteral("/mcp.json");
        const ConfigEditResult preview =
            ConfigEditor::preview(path, SelfInstall::fixId(), paramsFor(QStringLiteral("cursor")));
        QVERIFY(preview.ok && preview.created);
        QVERIFY(preview.diff.contains(QStringLiteral("+ {")));
        QVERIFY(!QFileInfo::exists(folder)); // a preview writes nothing
        const ConfigEditResult applied =
            ConfigEditor::apply(path, SelfInstall::fixId(), paramsFor(QStringLiteral("cursor")));
        QVERIFY2(applied.ok, qPrintable(applied.error));
        QVERIFY(applied.created);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(readAll(path), preview.after);
        const ConfigEditResult undone = ConfigEditor::undo(path, applied.backupPath);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(applied.backupPath));
    }

    void targetFiles() {
        HostContext host;
        host.os = HostOs::Linux;
        host.home = QStringLiteral("/home/ana");
        host.exists = [](const QString&) { return false; };
        const auto vscode = SelfInstall::targetLocation(*ClientProfile::byKey("vscode"), host);
        QVERIFY(vscode);
        QCOMPARE(vscode->path, QStringLiteral("/home/ana/.config/Code/User/mcp.json"));
        QCOMPARE(vscode->serversKey, QStringLiteral("servers"));
        QCOMPARE(SelfInstall::targetLocation(*ClientProfile::byKey("claude-code"), host)->path,
                 QStringLiteral("/home/ana/.claude.json"));
        QCOMPARE(SelfInstall::targetLocation(ClientProfile::claudeDesktop(), host)->path,
                 QStringLiteral("/home/ana/.config/Claude/claude_desktop_config.json"));
    }
};

QTEST_GUILESS_MAIN(TestSelfInstall)
#include "tst_selfinstall.moc"
