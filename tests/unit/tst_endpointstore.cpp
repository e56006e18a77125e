// The watched endpoints: written at once and read back by a new store (a restart), validated,
// and a corrupt file kept aside and reported, never silently emptied.

#include "platform/safefile.h"
#include "wizard/watch/endpointstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <sys/stat.h>

using ld::wizard::EndpointKind;
using ld::wizard::EndpointSource;
using ld::wizard::EndpointStore;
using ld::wizard::WatchedEndpoint;

namespace {

WatchedEndpoint endpoint(const QString& name, const QString& target, int interval = 60, bool enabled = true) {
    WatchedEndpoint e;
    e.name = name;
    e.target = target;
    e.intervalSeconds = interval;
    e.enabled = enabled;
    return e;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList corruptFiles(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("endpoints.ini.corrupt-*")}, QDir::Files);
}

} // namespace

class TestEndpointStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void persistsAcrossARestart() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.ini"));
        {
            EndpointStore store(path);
            QVERIFY(store.endpoints().isEmpty());
            QVERIFY(store.problem().isEmpty());
            QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("http://localhost:3000/"), 30)));
            WatchedEndpoint mcp = endpoint(QStringLiteral("files"), QStringLiteral("files"), 300, false);
            mcp.kind = EndpointKind::McpStdio;
            mcp.source = EndpointSource::ClaudeConfig;
            mcp.configPath = QStringLiteral("/tmp/claude.json");
            QVERIFY(store.add(mcp));
            // Written at once: the file holds both before the store goes away (a crash loses nothing).
            const QByteArray bytes = readFile(path);
            QVERIFY2(bytes.contains("http://localhost:3000/") && bytes.contains("mcp-stdio"),
                     bytes.constData());
        }
        EndpointStore again(path);
        QVERIFY(again.problem().isEmpty());
        QCOMPARE(again.endpoints().size(), 2);
        const WatchedEndpoint api = again.endpoints().at(0);
        QCOMPARE(api.name, QStringLiteral("api"));
        QCOMPARE(api.target, QStringLiteral("http://localhost:3000/"));
        QCOMPARE(api.intervalSeconds, 30);
        QVERIFY(api.enabled);
        QCOMPARE(api.kind, EndpointKind::Url);
        QCOMPARE(api.source, EndpointSource::User);
        const WatchedEndpoint files = again.endpoints().at(1);
        QCOMPARE(files.kind, EndpointKind::McpStdio);
        QCOMPARE(files.source, EndpointSource::ClaudeConfig);
        QCOMPARE(files.configPath, QStringLiteral("/tmp/claude.json"));
        QVERIFY(!files.enabled);
        QCOMPARE(files.intervalSeconds, 300);

        QVERIFY(again.remove(QStringLiteral("api")));
        QVERIFY(!again.remove(QStringLiteral("api")));
        EndpointStore third(path);
        QCOMPARE(third.endpoints().size(), 1);
        QCOMPARE(third.endpoints().first().name, QStringLiteral("files"));
    }

    // A failed write (full disk, at any step) leaves the file byte-identical and says so.
    void failedWriteLeavesTheFile_data() {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("code");
        QTest::addRow("write, disk full") << "write" << ENOSPC;
        QTest::addRow("sync, disk full") << "sync" << ENOSPC;
        QTest::addRow("rename, read-only") << "rename" << EROFS;
    }
    void failedWriteLeavesTheFile() {
        QFETCH(QString, step);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.ini"));
        EndpointStore store(path);
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        const QByteArray before = readFile(path);
        ld::platform::testing::injectWriteFault(step.toStdString(), code, "/endpoints.ini");
        QString error;
        const bool ok = store.add(endpoint(QStringLiteral("web"), QStringLiteral("localhost:4000")), &error);
        ld::platform::testing::injectWriteFault({}, 0);
        QVERIFY(!ok);
        QVERIFY2(error.contains(dir.path()), qPrintable(error));
        QVERIFY(!store.writeError().isEmpty());
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"endpoints.ini"});
    }

    void aFifoIsNeverReadNorReplaced() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.ini"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        EndpointStore store(path); // returns: nothing waits for a writer
        QVERIFY2(store.problem().contains(QStringLiteral("not a regular file")), qPrintable(store.problem()));
        QVERIFY(!store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        QVERIFY(QFileInfo(path).exists() && !QFileInfo(path).isFile());
    }

    void addReplacesSameName() {
        QTemporaryDir dir;
        EndpointStore store(dir.filePath(QStringLiteral("endpoints.ini")));
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:4000"))));
        QCOMPARE(store.endpoints().size(), 1);
        QCOMPARE(store.endpoints().first().target, QStringLiteral("localhost:4000"));
    }

    void validation_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("interval");
        QTest::addColumn<bool>("valid");
        QTest::addRow("ok") << "api"
                            << "localhost:3000" << 60 << true;
        QTest::addRow("url") << "mcp"
                             << "http://127.0.0.1:8080/mcp" << 5 << true;
        QTest::addRow("bad port still a target") << "typo"
                                                 << "localhost:619009" << 60 << true;
        QTest::addRow("empty name") << ""
                                    << "localhost:3000" << 60 << false;
        QTest::addRow("equals in name") << "a=b"
                                        << "localhost:3000" << 60 << false;
        QTest::addRow("empty target") << "api"
                                      << "" << 60 << false;
        QTest::addRow("unknown scheme") << "api"
                                        << "gopher://localhost:70" << 60 << false;
        QTest::addRow("interval too short") << "api"
                                            << "localhost:3000" << 1 << false;
        QTest::addRow("interval too long") << "api"
                                           << "localhost:3000" << 1000000 << false;
    }

    void validation() {
        QFETCH(QString, name);
        QFETCH(QString, target);
        QFETCH(int, interval);
        QFETCH(bool, valid);
        const QString why = EndpointStore::validate(endpoint(name, target, interval));
        QVERIFY2(why.isEmpty() == valid, qPrintable(why));
        QTemporaryDir dir;
        EndpointStore store(dir.filePath(QStringLiteral("endpoints.ini")));
        QString error;
        QCOMPARE(store.add(endpoint(name, target, interval), &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void corruptValuesAreKeptAside() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.ini"));
        const QByteArray original =
            "[General]\nversion=1\n\n[endpoints]\n"
            "1\\name=api\n1\\target=localhost:3000\n1\\interval=60\n1\\enabled=true\n"
            "1\\kind=url\n1\\source=user\n"
            "2\\name=broken\n2\\target=localhost:4000\n2\\interval=soon\n2\\enabled=maybe\n"
            "3\\name=web\n3\\target=localhost:5173\n3\\kind=teleport\n"
            "size=3\n";
        QVERIFY(writeFile(path, original));
        EndpointStore store(path);
        // Reported, with what was wrong...
        QVERIFY(!store.problem().isEmpty());
        QVERIFY2(store.problem().contains(QLatin1String("entry 2")), qPrintable(store.problem()));
        QVERIFY2(store.problem().contains(QLatin1String("entry 3")), qPrintable(store.problem()));
        // ...the original kept byte for byte under a dated name...
        const QStringList aside = corruptFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY(QRegularExpression(QStringLiteral("^endpoints\\.ini\\.corrupt-\\d{8}-\\d{6}$"))
                    .match(aside.first())
                    .hasMatch());
        QCOMPARE(QDir(dir.path()).filePath(aside.first()), store.keptAsidePath());
        QCOMPARE(readFile(store.keptAsidePath()), original);
        // ...and what could be read is kept, in a fresh file that reads cleanly.
        QCOMPARE(store.endpoints().size(), 1);
        QCOMPARE(store.endpoints().first().name, QStringLiteral("api"));
        EndpointStore again(path);
        QVERIFY2(again.problem().isEmpty(), qPrintable(again.problem()));
        QCOMPARE(again.endpoints().size(), 1);
        QCOMPARE(corruptFiles(dir.path()).size(), 1);
    }

    void unreadableFormatIsKeptAside() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.ini"));
        // Not INI at all: binary garbage, a truncated section header, a bad array size.
        QByteArray garbage("[endpoints\n\x01\x02\xff\xfe size=lots\n");
        garbage += QByteArray(64, '\0');
        garbage += "\n[endpoints]\nsize=lots\n";
        QVERIFY(writeFile(path, garbage));
        EndpointStore store(path);
        QVERIFY(!store.problem().isEmpty());
        QVERIFY(store.endpoints().isEmpty());
        const QStringList aside = corruptFiles(dir.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(QDir(dir.path()).filePath(aside.first())), garbage);
        // The store works on afterwards.
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        QCOMPARE(EndpointStore(path).endpoints().size(), 1);
    }

    void duplicateNamesAreACorruption() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.ini"));
        QVERIFY(writeFile(
            path, "[endpoints]\n1\\name=api\n1\\target=localhost:1\n2\\name=api\n2\\target=localhost:2\n"
                  "size=2\n"));
        EndpointStore store(path);
        QCOMPARE(store.endpoints().size(), 1);
        QCOMPARE(store.endpoints().first().target, QStringLiteral("localhost:1"));
        QVERIFY(store.problem().contains(QLatin1String("twice")));
        QCOMPARE(corruptFiles(dir.path()).size(), 1);
    }

    void missingFileIsNotAProblem() {
        QTemporaryDir dir;
        EndpointStore store(dir.filePath(QStringLiteral("sub/endpoints.ini")));
        QVERIFY(store.endpoints().isEmpty());
        QVERIFY(store.problem().isEmpty());
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("sub/endpoints.ini"))));
    }

    void defaultPathHonoursTheOverride() {
        QTemporaryDir dir;
        qputenv("LD_SETTINGS_DIR", dir.path().toUtf8());
        QCOMPARE(EndpointStore::defaultPath(), QDir(dir.path()).filePath(QStringLiteral("endpoints.ini")));
        qunsetenv("LD_SETTINGS_DIR");
        qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
        QVERIFY2(EndpointStore::defaultPath().startsWith(dir.path()),
                 qPrintable(EndpointStore::defaultPath()));
    }

    void importsClaudeDesktopConfig() {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("claude_desktop_config.json"));
        QVERIFY(writeFile(config, "{\"mcpServers\": {\n"
                                  "  \"remote\": {\"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", "
                                  "\"http://localhost:6277/mcp\"]},\n"
                                  "  \"files\": {\"command\": \"sh\", \"args\": [\"-c\", \"true\"]},\n"
                                  "  \"api\": {\"command\": \"npx\", \"args\": [\"mcp-remote\", "
                                  "\"http://localhost:9000/sse\"]}\n"
                                  "}}\n"));
        EndpointStore store(dir.filePath(QStringLiteral("endpoints.ini")));
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        QString error;
        QCOMPARE(store.importClaudeConfig(config, &error), 3);
        const auto remote = store.find(QStringLiteral("remote"));
        QVERIFY(remote);
        QCOMPARE(remote->kind, EndpointKind::Url);
        QCOMPARE(remote->target, QStringLiteral("http://localhost:6277/mcp"));
        QCOMPARE(remote->source, EndpointSource::ClaudeConfig);
        const auto files = store.find(QStringLiteral("files"));
        QVERIFY(files);
        QCOMPARE(files->kind, EndpointKind::McpStdio);
        QCOMPARE(files->intervalSeconds, EndpointStore::kDefaultStdioInterval);
        // The user's own "api" is never replaced: the import gets another name.
        QCOMPARE(store.find(QStringLiteral("api"))->target, QStringLiteral("localhost:3000"));
        QCOMPARE(store.find(QStringLiteral("claude-api"))->target,
                 QStringLiteral("http://localhost:9000/sse"));
        // Importing again replaces the earlier import instead of adding twice.
        QCOMPARE(store.importClaudeConfig(config, &error), 3);
        QCOMPARE(store.endpoints().size(), 4);
    }
};

QTEST_APPLESS_MAIN(TestEndpointStore)
#include "tst_endpointstore.moc"
