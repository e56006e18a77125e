// Hostile --config inputs for the real binary: a FIFO, /dev/zero, a folder, a socket, a 100 MB
// file and 1,000,000 server entries each end at once (bounded timeout) with a message that says
// what is wrong, for `mcp`, `mcp --fix` and `bundle`.
#include "support/peers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

class TestHostileConfig final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_env;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_env = {QStringLiteral("HOME=") + m_dir.path(), QStringLiteral("XDG_CONFIG_HOME=") + path("config"),
                 QStringLiteral("XDG_DATA_HOME=") + path("data"), QStringLiteral("SHELL=/bin/false"),
                 QStringLiteral("PATH=/usr/bin:/bin")};
        QVERIFY(::mkfifo(QFile::encodeName(path("fifo.json")).constData(), 0600) == 0);
        QVERIFY(QDir().mkpath(path("folder.json")));
        {
            QFile big(path("big.json"));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(100LL * 1024 * 1024)); // sparse: 100 MB without writing them
        }
        {
            QFile million(path("million.json"));
            QVERIFY(million.open(QIODevice::WriteOnly));
            million.write("{\"mcpServers\": {");
            QByteArray chunk;
            for (int i = 0; i < 1000000; ++i) {
                chunk += (i ? ",\"s" : "\"s") + QByteArray::number(i) + "\":{\"command\":\"x\"}";
                if (chunk.size() > 1 << 20) {
                    QCOMPARE(million.write(chunk), chunk.size());
                    chunk.clear();
                }
            }
            million.write(chunk + "}}\n");
        }
        {
            // Just under the size limit, but still far too many servers.
            QFile many(path("many.json"));
            QVERIFY(many.open(QIODevice::WriteOnly));
            QByteArray text = "{\"mcpServers\": {";
            for (int i = 0; i < 200000; ++i)
                text += (i ? ",\"s" : "\"s") + QByteArray::number(i) + "\":{}";
            text += "}}\n";
            QVERIFY(text.size() < 4 * 1024 * 1024);
            QCOMPARE(many.write(text), text.size());
        }
    }

    void refusedAtOnce_data() {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("message");
        QTest::addRow("fifo") << path("fifo.json") << "not a regular file (it is a named pipe (FIFO))";
        QTest::addRow("/dev/zero") << "/dev/zero"
                                   << "not a regular file (it is a device)";
        QTest::addRow("folder") << path("folder.json") << "not a regular file (it is a folder)";
        QTest::addRow("100 MB") << path("big.json") << "100.0 MB, the limit is 4.0 MB";
        QTest::addRow("1,000,000 servers") << path("million.json") << "the limit is 4.0 MB";
        QTest::addRow("200,000 servers") << path("many.json") << "only the first 1000 are checked";
    }
    void refusedAtOnce() {
        QFETCH(QString, config);
        QFETCH(QString, message);
        for (const QStringList& command :
             {QStringList{"mcp", "--no-launch", "--config", config},
              QStringList{"mcp", "--config", config, "--fix", "fix.use_absolute_command", "--server", "s0",
                          "--yes"}}) {
            QElapsedTimer timer;
            timer.start();
            const auto run = ld::test::runDoctor(command, 20000, {}, m_env);
            QVERIFY2(run.finished,
                     qPrintable(command.join(u' ') + QStringLiteral(": still running after 20 s")));
            QVERIFY2(run.exitCode != 0, run.out.constData());
            const QByteArray all = run.out + run.err;
            if (command.contains(QStringLiteral("--fix")) && message.startsWith(QStringLiteral("only")))
                continue; // the fix finds no offered fix there: that is its own message
            QVERIFY2(all.contains(message.toUtf8()), all.left(2000).constData());
            QVERIFY2(!all.contains("is never closed"), all.left(2000).constData());
            qInfo("%s: %lld ms", qPrintable(command.join(u' ').left(60)), timer.elapsed());
        }
    }

    void unreadableIsConfigUnreadable_data() {
        QTest::addColumn<QString>("config");
        QTest::addRow("folder") << path("folder.json"); // unreadable as a file for root too
        QTest::addRow("mode 0000") << path("locked.json");
    }
    void unreadableIsConfigUnreadable() {
        QFETCH(QString, config);
        if (config.endsWith(QLatin1String("locked.json"))) {
            if (ld::test::isRoot())
                QSKIP("root reads a mode-0000 file anyway; the folder row covers root");
            QFile locked(config);
            QVERIFY(locked.open(QIODevice::WriteOnly));
            locked.write("{\"mcpServers\": {}}\n");
            locked.close();
            QVERIFY(locked.setPermissions(QFileDevice::Permissions()));
        }
        const auto run =
            ld::test::runDoctor({"mcp", "--no-launch", "--json", "--config", config}, 20000, {}, m_env);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(ld::test::findingIds(run.json.object()).contains(QStringLiteral("mcp.config_unreadable")),
                 run.out.left(2000).constData());
        QCOMPARE(run.json.object().value("verdict").toObject().value("finding").toString(),
                 QStringLiteral("mcp.config_unreadable"));
    }

    void socketIsRefused() {
        QLocalServer server;
        QVERIFY(server.listen(path("socket.json")));
        const auto run =
            ld::test::runDoctor({"mcp", "--no-launch", "--config", path("socket.json")}, 20000, {}, m_env);
        QVERIFY(run.finished);
        QVERIFY2(run.out.contains("is not a regular file (it is a socket)"), run.out.constData());
    }

    void bundleRefusesAFifoConfig() {
        const auto run =
            ld::test::runDoctor({"bundle", "--list", "--config", path("fifo.json")}, 30000, {}, m_env);
        QVERIFY2(run.finished, "bundle --list blocked on a FIFO");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("is not a regular file"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileConfig)
#include "tst_hostileconfig.moc"
