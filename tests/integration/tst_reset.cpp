// A server that accepts and then resets is the server's doing, never a firewall: the verdict is
// protocol.reset every time, whether the reset comes right after the handshake or after the request.

#include "support/peers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using ld::test::Peer;

class TestReset final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!ld::test::haveProgram(QStringLiteral("python3")))
            QSKIP("python3 is needed for the resetting peer");
    }

    void sameVerdictEveryTime_data() {
        QTest::addColumn<QString>("mode");
        QTest::addRow("reset after accept") << QStringLiteral("accept");
        QTest::addRow("reset after request") << QStringLiteral("request");
    }

    void sameVerdictEveryTime() {
        QFETCH(QString, mode);
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY(server.start(QStringLiteral("python3"),
                             {QStringLiteral(LD_PEERS "/reset_server.py"), QString::number(port), mode}));
        QVERIFY(server.waitForOutput("listening"));
        QStringList verdicts;
        for (int run = 0; run < 20; ++run) {
            const auto result = ld::test::runDoctor(
                {QStringLiteral("check"), QStringLiteral("http://127.0.0.1:%1/").arg(port),
                 QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("1500")});
            QVERIFY2(result.finished, "check did not finish");
            QCOMPARE(result.exitCode, 1);
            const QJsonObject report = result.json.object();
            verdicts << report.value(QStringLiteral("verdict"))
                            .toObject()
                            .value(QStringLiteral("finding"))
                            .toString();
            for (const QJsonValue step : report.value(QStringLiteral("steps")).toArray())
                for (const QJsonValue finding : step.toObject().value(QStringLiteral("findings")).toArray()) {
                    const QString id = finding.toObject().value(QStringLiteral("id")).toString();
                    QVERIFY2(id != QLatin1String("firewall.rejecting") &&
                                 id != QLatin1String("firewall.dropping"),
                             qPrintable(QStringLiteral("run %1 blamed a firewall: %2").arg(run).arg(id)));
                }
        }
        QCOMPARE(verdicts, QStringList(20, QStringLiteral("protocol.reset")));
    }
};

QTEST_GUILESS_MAIN(TestReset)
#include "tst_reset.moc"
