#include "wizard/knownports.h"

#include <QTest>

using ld::wizard::knownPort;

class TestKnownPorts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void known_data() {
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("ssh") << 22 << "ssh"
                             << "SSH";
        QTest::addRow("smtp submission") << 587 << "smtp"
                                         << "SMTP";
        QTest::addRow("react") << 3000 << "http"
                               << "React";
        QTest::addRow("mysql") << 3306 << "mysql"
                               << "MySQL";
        QTest::addRow("mcp-remote callback") << 3334 << "http"
                                             << "mcp-remote";
        QTest::addRow("vite") << 5173 << "http"
                              << "Vite";
        QTest::addRow("postgres") << 5432 << "postgresql"
                                  << "PostgreSQL";
        QTest::addRow("inspector ui") << 6274 << "http"
                                      << "MCP Inspector";
        QTest::addRow("inspector proxy") << 6277 << "http"
                                         << "proxy";
        QTest::addRow("redis") << 6379 << "redis"
                               << "Redis";
        QTest::addRow("ollama") << 11434 << "http"
                                << "Ollama";
        QTest::addRow("mongodb") << 27017 << "mongodb"
                                 << "MongoDB";
    }
    void known() {
        QFETCH(int, port);
        QFETCH(QString, service);
        QFETCH(QString, mentions);
        const auto entry = knownPort(port);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->port, port);
        QCOMPARE(entry->service, service);
        QVERIFY2(entry->description.contains(mentions), qPrintable(entry->description));
    }

    void unknown_data() {
        QTest::addColumn<int>("port");
        QTest::addRow("zero") << 0;
        QTest::addRow("negative") << -1;
        QTest::addRow("between entries") << 5431;
        QTest::addRow("ephemeral") << 45678;
        QTest::addRow("above range") << 619009;
    }
    void unknown() {
        QFETCH(int, port);
        QVERIFY(!knownPort(port).has_value());
    }
};

QTEST_APPLESS_MAIN(TestKnownPorts)
#include "tst_knownports.moc"
