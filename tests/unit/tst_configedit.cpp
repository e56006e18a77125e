// Config fixes change only the bytes of their value: the whole file is compared byte for byte
// with the original except that value; the backup holds the original bytes; undo restores it.
#include "platform/safefile.h"
#include "support/peers.h"
#include "wizard/mcp/configedit.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <sys/stat.h>

using namespace ld::wizard;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("can't write %s", qPrintable(path));
}

// The original with exactly one occurrence of `from` (searched independently of the editor)
// replaced by `to`.
QByteArray replacedOnce(const QByteArray& original, const QByteArray& from, const QByteArray& to) {
    const qsizetype at = original.indexOf(from);
    if (at < 0 || original.indexOf(from, at + 1) >= 0)
        qFatal("'%s' must occur exactly once", from.constData());
    QByteArray copy = original;
    return copy.replace(at, from.size(), to);
}

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestConfigEdit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString copyFixture(const QString& name) {
        const QString path = m_dir.filePath(QStringLiteral("claude_desktop_config.json"));
        QFile::remove(path);
        writeAll(path, readAll(ld::test::fixture(QStringLiteral("mcp/") + name)));
        return path;
    }

    QStringList backups() const {
        return QDir(m_dir.path())
            .entryList({QStringLiteral("claude_desktop_config.json.bak-*")}, QDir::Files, QDir::Name);
    }

    void clearBackups() {
        for (const QString& name : backups())
            QFile::remove(m_dir.filePath(name));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ConfigEditor::journalPath());
        QVERIFY(m_dir.isValid());
    }

    void init() { clearBackups(); }

    void absoluteCommand_data() {
        QTest::addColumn<QString>("fixture");
        QTest::addRow("lf") << "edit-mixed.json";
        QTest::addRow("crlf") << "edit-mixed-crlf.json";
    }

    void absoluteCommand() {
        QFETCH(QString, fixture);
        const QString path = copyFixture(fixture);
        const QByteArray original = readAll(path);
        const QVariantMap params{
            {"server", "files"},
            {"path", QString::fromUtf8("/Users/zoë/.nvm/versions/node/v22.1.0/bin/npx")}};
        const QDateTime now(QDate(2025, 1, 2), QTime(3, 4, 5));

        const ConfigEditResult preview = ConfigEditor::preview(path, "fix.use_absolute_command", params);
        QVERIFY2(preview.ok, qPrintable(preview.error));
        QCOMPARE(readAll(path), original); // a preview writes nothing
        QVERIFY(backups().isEmpty());
        QVERIFY(preview.diff.contains("- "));
        QVERIFY(preview.diff.contains(QString::fromUtf8(
            "+     \"files\":{ \"command\" :\"/Users/zoë/.nvm/versions/node/v22.1.0/bin/npx\",")));
        QVERIFY(preview.diff.startsWith("@@ line 4 @@"));

        const ConfigEditResult result = ConfigEditor::apply(path, "fix.use_absolute_command", params, now);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QByteArray expected = replacedOnce(
            original, "\"command\" :\"npx\"",
            QString::fromUtf8("\"command\" :\"/Users/zoë/.nvm/versions/node/v22.1.0/bin/npx\"").toUtf8());
        QCOMPARE(readAll(path), expected);
        QCOMPARE(result.backupPath, path + ".bak-20250102-030405");
        QCOMPARE(backups(), QStringList{"claude_desktop_config.json.bak-20250102-030405"});
        QCOMPARE(readAll(result.backupPath), original);
        QVERIFY(result.message.contains("Restart Claude Desktop"));

        // Undo gives back the original bytes.
        const ConfigEditResult undone = ConfigEditor::undo(path, result.backupPath);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readAll(path), original);
    }

    void escapedNamesAndValues() {
        const QString path = copyFixture("edit-mixed.json");
        const QByteArray original = readAll(path);
        const QString server = QString::fromUtf8("café \"q\"");
        const QString program = "C:\\Program Files\\nodejs\\node.exe";
        const ConfigEditResult result =
            ConfigEditor::apply(path, "fix.use_absolute_command", {{"server", server}, {"path", program}});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readAll(path), replacedOnce(original, "\"C:\\\\old\\\\npx\"",
                                             "\"C:\\\\Program Files\\\\nodejs\\\\node.exe\""));
        const McpConfig config = McpConfigReader::parse(readAll(path), path);
        QCOMPARE(config.servers.at(1).name, server);
        QCOMPARE(config.servers.at(1).command, program);
    }

    void bridgePort() {
        const QString path = copyFixture("edit-mixed.json");
        const QByteArray original = readAll(path);
        const QVariantMap params{{"server", QString::fromUtf8("café \"q\"")},
                                 {"key", "args"},
                                 {"arg_index", 2},
                                 {"port", 61900},
                                 {"value", "http://localhost:61900/mcp"}};
        const ConfigEditResult result = ConfigEditor::apply(path, "fix.use_port", params);
        QVERIFY2(result.ok, qPrintable(result.error));
        // Only the port's digits differ.
        QCOMPARE(readAll(path), replacedOnce(original, ":619009/", ":61900/"));
        QCOMPARE(result.diff, QStringLiteral("@@ line 10 @@\n-         \"http://localhost:619009/mcp\"\n"
                                             "+         \"http://localhost:61900/mcp\"\n"));
    }

    void wrapInCmd_data() {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("command");
        QTest::addRow("one line") << "files" << QByteArray("\"command\" :\"npx\",\"args\":[\"-y\"")
                                  << QByteArray("\"command\" :\"cmd\",\"args\":[\"/c\", \"npx\", \"-y\"")
                                  << "npx";
        QTest::addRow("multi line")
            << QString::fromUtf8("café \"q\"")
            << QByteArray("\"command\": \"C:\\\\old\\\\npx\",\n      \"args\": [\n        \"-y\",")
            << QByteArray("\"command\": \"cmd\",\n      \"args\": [\n        \"/c\",\n        "
                          "\"C:\\\\old\\\\npx\",\n        \"-y\",")
            << "C:\\old\\npx";
        QTest::addRow("no args") << "bare" << QByteArray("{\"command\": \"uvx\"}")
                                 << QByteArray("{\"command\": \"cmd\", \"args\": [\"/c\", \"uvx\"]}")
                                 << "uvx";
    }

    void wrapInCmd() {
        QFETCH(QString, server);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, command);
        const QString path = copyFixture("edit-mixed.json");
        const QByteArray original = readAll(path);
        const QVariantMap params{
            {"server", server}, {"command", "cmd"}, {"args", QStringList{"/c", command, "-y"}}};
        const ConfigEditResult result = ConfigEditor::apply(path, "fix.wrap_in_cmd", params);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(readAll(path), replacedOnce(original, from, to));
        const McpConfig config = McpConfigReader::parse(readAll(path), path);
        QVERIFY(config.findings.isEmpty());
    }

    void refusesUnparsable() {
        const QString path = copyFixture("syntax-trailing-comma.json");
        const QByteArray original = readAll(path);
        const ConfigEditResult result = ConfigEditor::apply(path, "fix.use_absolute_command",
                                                            {{"server", "files"}, {"path", "/usr/bin/npx"}});
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains("line 5, column 72"));
        QCOMPARE(readAll(path), original);
        QVERIFY(backups().isEmpty());
    }

    void refusesMissingValue() {
        const QString path = copyFixture("edit-mixed.json");
        const QByteArray original = readAll(path);
        const ConfigEditResult result = ConfigEditor::apply(path, "fix.use_absolute_command",
                                                            {{"server", "nope"}, {"path", "/usr/bin/npx"}});
        QVERIFY(!result.ok);
        QCOMPARE(readAll(path), original);
        QVERIFY(backups().isEmpty());
        QVERIFY(!ConfigEditor::apply(path, "fix.use_bridge", {{"server", "files"}}).ok);
    }

    void undoRefusesChangedFile() {
        const QString path = copyFixture("edit-mixed.json");
        const ConfigEditResult result = ConfigEditor::apply(path, "fix.use_absolute_command",
                                                            {{"server", "bare"}, {"path", "/usr/bin/uvx"}});
        QVERIFY(result.ok);
        QByteArray changed = readAll(path);
        changed.append("\n");
        writeAll(path, changed);
        const ConfigEditResult undone = ConfigEditor::undo(path, result.backupPath);
        QVERIFY(!undone.ok);
        QVERIFY(undone.error.contains("changed"));
        QCOMPARE(readAll(path), changed);

        // A file that is not one of our backups is refused too.
        const QString stranger = m_dir.filePath("stranger.json");
        writeAll(stranger, "{}");
        QVERIFY(!ConfigEditor::undo(path, stranger).ok);
        QCOMPARE(readAll(path), changed);
    }

    void backupsDoNotCollide() {
        const QString path = copyFixture("edit-mixed.json");
        const QByteArray original = readAll(path);
        const QDateTime now(QDate(2025, 6, 7), QTime(8, 9, 10));
        const auto first = ConfigEditor::apply(path, "fix.use_absolute_command",
                                               {{"server", "bare"}, {"path", "/a/uvx"}}, now);
        const QByteArray afterFirst = readAll(path);
        const auto second = ConfigEditor::apply(path, "fix.use_absolute_command",
                                                {{"server", "bare"}, {"path", "/b/uvx"}}, now);
        QVERIFY(first.ok && second.ok);
        QCOMPARE(second.backupPath, path + ".bak-20250607-080910-2");
        QCOMPARE(readAll(first.backupPath), original);
        QCOMPARE(readAll(second.backupPath), afterFirst);
    }

    void backupIsAsPrivateAsTheOriginal_data() {
        QTest::addColumn<int>("mode");
        QTest::addRow("0600") << 0600;
        QTest::addRow("0640") << 0640;
        QTest::addRow("0644") << 0644;
    }
    void backupIsAsPrivateAsTheOriginal() {
        QFETCH(int, mode);
        const QString path = copyFixture("edit-mixed.json");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0);
        const auto result =
            ConfigEditor::apply(path, "fix.use_absolute_command", {{"server", "bare"}, {"path", "/a/uvx"}});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(modeOf(result.backupPath), mode);
        QCOMPARE(modeOf(path), mode);
    }

    // The config's own write fails after the backup was made (QTBUG-75077's case): the config is
    // byte-identical, the error says so and names the disk, and --undo still works.
    void failedWriteLeavesTheConfigAndUndoWorks_data() {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("code");
        QTest::addRow("write, disk full") << "write" << ENOSPC;
        QTest::addRow("sync, disk full") << "sync" << ENOSPC;
        QTest::addRow("read-back differs") << "verify" << 0;
        QTest::addRow("rename, immutable") << "rename" << EPERM;
    }
    void failedWriteLeavesTheConfigAndUndoWorks() {
        QFETCH(QString, step);
        QFETCH(int, code);
        const QString path = copyFixture("edit-mixed.json");
        const QByteArray original = readAll(path);
        ld::platform::testing::injectWriteFault(step.toStdString(), code, "/claude_desktop_config.json");
        const auto result =
            ConfigEditor::apply(path, "fix.use_absolute_command", {{"server", "bare"}, {"path", "/a/uvx"}});
        ld::platform::testing::injectWriteFault({}, 0);
        QVERIFY(!result.ok);
        QVERIFY(result.writeError != ld::platform::WriteError::None);
        QVERIFY2(result.error.contains(m_dir.path()) || result.error.contains("/"), qPrintable(result.error));
        QCOMPARE(readAll(path), original);
        QCOMPARE(backups().size(), 1);
        QCOMPARE(readAll(m_dir.filePath(backups().first())), original);
        QVERIFY(QDir(m_dir.path()).entryList({".*.tmp-*"}, QDir::Files | QDir::Hidden).isEmpty());
        const auto undone = ConfigEditor::undo(path, m_dir.filePath(backups().first()));
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readAll(path), original);
    }

    // A config an older version left empty on a full disk is restored from its backup.
    void undoRestoresAnEmptiedConfig() {
        const QString path = copyFixture("edit-mixed.json");
        const QByteArray original = readAll(path);
        const auto result =
            ConfigEditor::apply(path, "fix.use_absolute_command", {{"server", "bare"}, {"path", "/a/uvx"}});
        QVERIFY(result.ok);
        writeAll(path, QByteArray());
        const auto undone = ConfigEditor::undo(path, result.backupPath);
        QVERIFY2(undone.ok, qPrintable(undone.error));
        QCOMPARE(readAll(path), original);
    }

    void refusesAFifo() {
        const QString fifo = m_dir.filePath("fifo.json");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const auto result =
            ConfigEditor::preview(fifo, "fix.use_absolute_command", {{"server", "bare"}, {"path", "/a/uvx"}});
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains("not a regular file"), qPrintable(result.error));
        QFile::remove(fifo);
    }

    void applyEditsIsPure() {
        const QByteArray bytes = "{\"mcpServers\":{\"a\":{\"command\":\"x\"}}}";
        QString error;
        const auto out = ConfigEditor::applyEdits(bytes,
                                                  {ValueEdit{ValueEdit::Kind::ReplaceString,
                                                             jsonPath({"mcpServers", "a", "command"}),
                                                             "y\"\\\n😀",
                                                             {},
                                                             {}}},
                                                  &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, QByteArray("{\"mcpServers\":{\"a\":{\"command\":\"y\\\"\\\\\\n😀\"}}}"));
        // A non-string value is not replaced.
        QVERIFY(!ConfigEditor::applyEdits(
            "{\"mcpServers\":{\"a\":{\"command\":3}}}",
            {ValueEdit{
                ValueEdit::Kind::ReplaceString, jsonPath({"mcpServers", "a", "command"}), "y", {}, {}}},
            &error));
    }
};

QTEST_GUILESS_MAIN(TestConfigEdit)
#include "tst_configedit.moc"
