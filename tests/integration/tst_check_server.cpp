// The real binary against real servers on loopback: the port and server steps end to end.

#include "support/peers.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using namespace ld::test;

namespace {

QString python() {
    return QStringLiteral("python3");
}

QStringList httpServer(const QString& bind, quint16 port) {
    return {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"), bind,
            QString::number(port)};
}

QJsonObject checkJson(const QStringList& args, int* exitCode = nullptr, const QStringList& wrapper = {}) {
    const RunResult run = runDoctor(
        QStringList{QStringLiteral("check")} + args + QStringList{QStringLiteral("--json")}, 30000, wrapper);
    if (exitCode)
        *exitCode = run.exitCode;
    if (!run.json.isObject())
        qWarning("not JSON: %s %s", run.out.constData(), run.err.constData());
    return run.json.object();
}

QString verdict(const QJsonObject& report) {
    return report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString();
}

bool haveIpv6Loopback() {
    QTcpServer server;
    return server.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class TestCheckServer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!haveProgram(python()))
            QSKIP("needs python3 for its http.server peer");
    }

    void healthyIpv4OnlyServer() {
        const quint16 port = freePort();
        Peer peer;
        QVERIFY2(peer.startListening(python(), httpServer(QStringLiteral("127.0.0.1"), port),
                                     QStringLiteral("127.0.0.1"), port),
                 qPrintable(peer.errorString()));
        int exitCode = -1;
        const QJsonObject report = checkJson({QStringLiteral("127.0.0.1:%1").arg(port)}, &exitCode);
        QCOMPARE(report.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("localhost-doctor/report@1"));
        const QJsonObject listening = finding(report, QStringLiteral("server.listening"));
        QVERIFY2(!listening.isEmpty(), qPrintable(findingIds(report).join(QLatin1Char(' '))));
        const QJsonObject evidence = listening.value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("pid")).toInteger(), peer.pid());
        QCOMPARE(evidence.value(QStringLiteral("bind_address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(evidence.value(QStringLiteral("command")).toString().contains(QLatin1String("http.server")));
        QCOMPARE(stepStatus(report, QStringLiteral("server")), QStringLiteral("pass"));
        QCOMPARE(report.value(QStringLiteral("target")).toObject().value(QStringLiteral("port")).toInt(),
                 port);
    }

    void ipv6OnlyServer() {
        if (!haveIpv6Loopback())
            QSKIP("needs ::1 on the loopback interface (IPv6 is off here)");
        const quint16 port = freePort();
        Peer peer;
        QVERIFY2(peer.startListening(python(), httpServer(QStringLiteral("::1"), port), QStringLiteral("::1"),
                                     port),
                 qPrintable(peer.errorString()));
        const QJsonObject good = checkJson({QStringLiteral("[::1]:%1").arg(port)});
        QVERIFY2(!finding(good, QStringLiteral("server.listening")).isEmpty(),
                 qPrintable(findingIds(good).join(QLatin1Char(' '))));
        // The IPv4 address leads nowhere: the server is on the other family.
        int exitCode = -1;
        const QJsonObject other = checkJson({QStringLiteral("127.0.0.1:%1").arg(port)}, &exitCode);
        QCOMPARE(verdict(other), QStringLiteral("server.address_family_mismatch"));
        QCOMPARE(exitCode, 1);
        const QJsonObject mismatch = finding(other, QStringLiteral("server.address_family_mismatch"));
        QCOMPARE(mismatch.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        const QJsonArray fixes = mismatch.value(QStringLiteral("fixes")).toArray();
        QVERIFY(!fixes.isEmpty());
        QCOMPARE(fixes.first()
                     .toObject()
                     .value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("host"))
                     .toString(),
                 QStringLiteral("::1"));
    }

    void dualStackServer() {
        if (!haveIpv6Loopback())
            QSKIP("needs ::1 on the loopback interface (IPv6 is off here)");
        const quint16 port = freePort();
        Peer peer;
        QVERIFY2(peer.startListening(python(), httpServer(QStringLiteral("::"), port), QStringLiteral("::1"),
                                     port),
                 qPrintable(peer.errorString()));
        for (const QString& target :
             {QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("[::1]:%1").arg(port)}) {
            const QJsonObject report = checkJson({target});
            QVERIFY2(!finding(report, QStringLiteral("server.listening")).isEmpty(),
                     qPrintable(target + QLatin1Char(' ') + findingIds(report).join(QLatin1Char(' '))));
            QVERIFY(finding(report, QStringLiteral("server.address_family_mismatch")).isEmpty());
        }
    }

    void nothingListening() {
        const quint16 port = freePort();
        int exitCode = -1;
        const QJsonObject report = checkJson({QStringLiteral("127.0.0.1:%1").arg(port)}, &exitCode);
        QCOMPARE(verdict(report), QStringLiteral("server.not_listening"));
        QCOMPARE(exitCode, 1);
        QCOMPARE(stepStatus(report, QStringLiteral("server")), QStringLiteral("fail"));
        const QJsonArray connects = finding(report, QStringLiteral("server.not_listening"))
                                        .value(QStringLiteral("evidence"))
                                        .toObject()
                                        .value(QStringLiteral("connect"))
                                        .toArray();
        QCOMPARE(connects.size(), 1);
        QCOMPARE(connects.first().toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("refused"));
    }

    void listenerOnePortOff() {
        quint16 port = 0;
        for (int attempt = 0; attempt < 20 && port == 0; ++attempt) {
            const quint16 candidate = freePort();
            QTcpServer probe;
            if (candidate > 1 && probe.listen(QHostAddress::LocalHost, candidate - 1))
                port = candidate; // candidate-1 is free too; the server goes to candidate
        }
        QVERIFY(port != 0);
        Peer peer;
        QVERIFY2(peer.startListening(python(), httpServer(QStringLiteral("127.0.0.1"), port),
                                     QStringLiteral("127.0.0.1"), port),
                 qPrintable(peer.errorString()));
        const QJsonObject report = checkJson({QStringLiteral("127.0.0.1:%1").arg(port - 1)});
        QCOMPARE(verdict(report), QStringLiteral("server.not_listening"));
        const QJsonObject notListening = finding(report, QStringLiteral("server.not_listening"));
        const QJsonArray fixes = notListening.value(QStringLiteral("fixes")).toArray();
        QVERIFY2(!fixes.isEmpty(), "a listener one port off must be offered");
        const QJsonObject first = fixes.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("fix.use_port"));
        QCOMPARE(first.value(QStringLiteral("params")).toObject().value(QStringLiteral("port")).toInt(),
                 port);
        QVERIFY(notListening.value(QStringLiteral("detail")).toString().contains(QString::number(port)));
    }

    void outOfRangeRepairedToListener() {
        quint16 port = 0;
        for (int attempt = 0; attempt < 50 && port < 10000; ++attempt)
            port = freePort();
        QVERIFY(port >= 10000);
        Peer peer;
        QVERIFY2(peer.startListening(python(), httpServer(QStringLiteral("127.0.0.1"), port),
                                     QStringLiteral("127.0.0.1"), port),
                 qPrintable(peer.errorString()));
        const QString typed = QString::number(port) + QLatin1Char('9'); // one digit too many
        int exitCode = -1;
        const QJsonObject report = checkJson({QStringLiteral("localhost:") + typed}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(verdict(report), QStringLiteral("port.out_of_range"));
        QVERIFY(report.value(QStringLiteral("target")).toObject().value(QStringLiteral("port")).isNull());
        const QJsonArray fixes =
            finding(report, QStringLiteral("port.out_of_range")).value(QStringLiteral("fixes")).toArray();
        QVERIFY(!fixes.isEmpty());
        QCOMPARE(fixes.first()
                     .toObject()
                     .value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 port);
        QCOMPARE(stepStatus(report, QStringLiteral("server")), QStringLiteral("skip"));
    }

    void hungServerNotAccepting() {
        const quint16 port = freePort();
        Peer peer;
        QVERIFY2(peer.startListening(python(),
                                     {QStringLiteral(LD_PEERS "/hung_server.py"), QStringLiteral("127.0.0.1"),
                                      QString::number(port), QStringLiteral("0")},
                                     QStringLiteral("127.0.0.1"), port),
                 qPrintable(peer.errorString()));
        // Fill the accept queue (startListening's own probe may already sit in it).
        std::vector<std::unique_ptr<QTcpSocket>> fillers;
        for (int i = 0; i < 3; ++i) {
            fillers.push_back(std::make_unique<QTcpSocket>());
            fillers.back()->connectToHost(QHostAddress::LocalHost, port);
            fillers.back()->waitForConnected(300);
        }
        int exitCode = -1;
        const QJsonObject report = checkJson(
            {QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--timeout-ms"), QStringLiteral("500")},
            &exitCode);
        QCOMPARE(verdict(report), QStringLiteral("server.not_accepting"));
        const QJsonObject evidence = finding(report, QStringLiteral("server.not_accepting"))
                                         .value(QStringLiteral("evidence"))
                                         .toObject();
        QVERIFY(evidence.value(QStringLiteral("accept_queue")).toInt() >
                evidence.value(QStringLiteral("backlog")).toInt());
        QVERIFY(!findingIds(report).contains(QStringLiteral("firewall.dropping")));
    }

    void badInputIsUsageError_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("missing bracket") << QStringList{QStringLiteral("check"), QStringLiteral("[::1:8080")};
        QTest::addRow("empty target") << QStringList{QStringLiteral("check"), QString()};
        QTest::addRow("two ports") << QStringList{QStringLiteral("check"), QStringLiteral("localhost:80:90")};
        QTest::addRow("no target") << QStringList{QStringLiteral("check")};
        QTest::addRow("bad timeout") << QStringList{QStringLiteral("check"), QStringLiteral("3000"),
                                                    QStringLiteral("--timeout-ms"), QStringLiteral("soon")};
        QTest::addRow("bad intent") << QStringList{QStringLiteral("check"), QStringLiteral("3000"),
                                                   QStringLiteral("--intent"), QStringLiteral("fix")};
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("3000"), QStringLiteral("--frobnicate")};
        QTest::addRow("unknown command") << QStringList{QStringLiteral("chekc"), QStringLiteral("3000")};
    }

    void badInputIsUsageError() {
        QFETCH(QStringList, args);
        const RunResult run = runDoctor(args);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.trimmed().isEmpty(), "a usage error must say what was wrong");
    }

    void portProblemsAreFindings_data() {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::addRow("80a") << QStringLiteral("localhost:80a") << QStringLiteral("port.not_a_number");
        QTest::addRow("-1") << QStringLiteral("-1") << QStringLiteral("port.out_of_range");
        QTest::addRow("5000 digits") << QStringLiteral("localhost:") + QString(5000, QLatin1Char('7'))
                                     << QStringLiteral("port.out_of_range");
        QTest::addRow("zero") << QStringLiteral("localhost:0") << QStringLiteral("port.zero");
    }

    void portProblemsAreFindings() {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        int exitCode = -1;
        const QJsonObject report = checkJson({target}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(verdict(report), expected);
        const QJsonObject found = finding(report, expected);
        QCOMPARE(found.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(found.value(QStringLiteral("title")).toString().size() < 120);
    }

    void missingPortSaysDefault() {
        const QJsonObject report =
            checkJson({QStringLiteral("127.0.0.1"), QStringLiteral("--timeout-ms"), QStringLiteral("300")});
        const QJsonObject missing = finding(report, QStringLiteral("port.missing"));
        QCOMPARE(missing.value(QStringLiteral("severity")).toString(), QStringLiteral("info"));
        QVERIFY(missing.value(QStringLiteral("title")).toString().contains(QLatin1String("80")));
        QCOMPARE(report.value(QStringLiteral("target")).toObject().value(QStringLiteral("port")).toInt(), 80);
    }

    void humanReportHasNoColourWhenPiped() {
        const RunResult run = runDoctor({QStringLiteral("check"), QStringLiteral("localhost:619009")});
        QCOMPARE(run.exitCode, 1);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(!text.contains(QLatin1Char('\x1b')));
        QVERIFY(text.startsWith(QStringLiteral("✗")));
        QVERIFY(text.contains(QStringLiteral("[✗] Verify port")));
        QVERIFY(text.contains(QLatin1String("Use port 61900")));
        const RunResult verbose = runDoctor(
            {QStringLiteral("check"), QStringLiteral("localhost:619009"), QStringLiteral("--verbose")});
        QVERIFY(QString::fromUtf8(verbose.out).contains(QLatin1String("port.out_of_range")));
        QVERIFY(QString::fromUtf8(verbose.out).contains(QLatin1String("typed: 619009")));
    }

    void wizardWithoutDisplaySaysSo() {
        const RunResult run = runDoctor({}, 30000, {},
                                        {QStringLiteral("DISPLAY="), QStringLiteral("WAYLAND_DISPLAY="),
                                         QStringLiteral("QT_QPA_PLATFORM=")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("no display found"), run.err.constData());
        QVERIFY(run.err.contains("localhost-doctor check"));
    }

    void versionAndHelp() {
        const RunResult version = runDoctor({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("localhost-doctor 0."));
        const RunResult help = runDoctor({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--timeout-ms"));
    }
};

QTEST_GUILESS_MAIN(TestCheckServer)
#include "tst_check_server.moc"
