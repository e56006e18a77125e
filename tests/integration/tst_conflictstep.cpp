// The conflict step end to end: a real child holds a port, `check --intent serve` names it,
// offers a free port that really binds on IPv4 and IPv6, and offers to stop exactly that child.

#include "support/peers.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using namespace ld::test;

namespace {

QJsonObject fixOf(const QJsonObject& finding, const QString& id) {
    for (const QJsonValue& fix : finding.value(QStringLiteral("fixes")).toArray())
        if (fix.toObject().value(QStringLiteral("id")).toString() == id)
            return fix.toObject();
    return {};
}

} // namespace

class TestConflictStep final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serveNamesTheHolder();
    void serveOnFreePort();
    void connectDoesNotReportPortInUse();
};

void TestConflictStep::serveNamesTheHolder() {
    if (!haveProgram(QStringLiteral("python3")))
        QSKIP("needs python3 for the peer holding the port");
    const quint16 port = freePort();
    QVERIFY(port != 0);
    Peer holder;
    QVERIFY2(
        holder.startListening(QStringLiteral("python3"),
                              {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                               QStringLiteral("127.0.0.1"), QString::number(port)},
                              QStringLiteral("127.0.0.1"), port),
        qPrintable(holder.errorString()));

    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("--intent"), QStringLiteral("serve"), QStringLiteral("--json"),
                   QStringLiteral("--timeout-ms"), QStringLiteral("800")});
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QCOMPARE(report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString(),
             QStringLiteral("conflict.port_in_use"));
    const QJsonObject inUse = finding(report, QStringLiteral("conflict.port_in_use"));
    QCOMPARE(inUse.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    const QJsonObject evidence = inUse.value(QStringLiteral("evidence")).toObject();
    QCOMPARE(evidence.value(QStringLiteral("pid")).toInteger(), holder.pid());

    const QJsonObject stop = fixOf(inUse, QStringLiteral("fix.stop_process"));
    QCOMPARE(stop.value(QStringLiteral("params")).toObject().value(QStringLiteral("pid")).toInteger(),
             holder.pid());
    QVERIFY(stop.value(QStringLiteral("changes_system")).toBool());
    QVERIFY(!stop.value(QStringLiteral("params"))
                 .toObject()
                 .value(QStringLiteral("start_time"))
                 .toString()
                 .isEmpty());
    QVERIFY(stop.value(QStringLiteral("preview"))
                .toString()
                .startsWith(QStringLiteral("Send SIGTERM to python3 (pid %1)").arg(holder.pid())));

    const QJsonObject suggest = fixOf(inUse, QStringLiteral("fix.suggest_free_port"));
    const int freeNow =
        suggest.value(QStringLiteral("params")).toObject().value(QStringLiteral("port")).toInt();
    QVERIFY(freeNow > 0 && freeNow != port);
    QTcpServer v4;
    QTcpServer v6;
    QVERIFY2(v4.listen(QHostAddress::LocalHost, quint16(freeNow)), qPrintable(v4.errorString()));
    QVERIFY2(v6.listen(QHostAddress::LocalHostIPv6, quint16(freeNow)), qPrintable(v6.errorString()));
}

void TestConflictStep::serveOnFreePort() {
    const quint16 port = freePort();
    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(port),
                   QStringLiteral("--intent"), QStringLiteral("serve"), QStringLiteral("--json"),
                   QStringLiteral("--timeout-ms"), QStringLiteral("500")});
    QVERIFY(run.finished);
    const QStringList ids = findingIds(run.json.object());
    QVERIFY2(ids.contains(QStringLiteral("conflict.port_free")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(!ids.contains(QStringLiteral("conflict.port_in_use")));
}

void TestConflictStep::connectDoesNotReportPortInUse() {
    const quint16 port = freePort();
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, port));
    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("tcp://127.0.0.1:%1").arg(port),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("500")});
    QVERIFY(run.finished);
    const QStringList ids = findingIds(run.json.object());
    QVERIFY(!ids.contains(QStringLiteral("conflict.port_in_use")));
    QVERIFY(!ids.contains(QStringLiteral("conflict.multiple_listeners")));
}

QTEST_GUILESS_MAIN(TestConflictStep)
#include "tst_conflictstep.moc"
