// `tray --once --json` against real servers: a python http.server watched going up, down (stopped)
// and up again on the same port; a port behind an nftables drop rule in a namespace of the
// test's own is down after one timeout, while a refused port in the same round is down at once.

#include "support/peers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::test;

namespace {

QStringList httpServer(quint16 port) {
    return {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QString::number(port)};
}

QJsonObject endpoint(const RunResult& run, const QString& name) {
    for (const QJsonValue& value : run.json.object().value(QStringLiteral("endpoints")).toArray())
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    return {};
}

} // namespace

class TestTrayOnce final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!haveProgram(QStringLiteral("python3")))
            QSKIP("needs python3 for its http.server peer");
    }

    void upDownUp() {
        QTemporaryDir settings;
        const QStringList env{QStringLiteral("LD_SETTINGS_DIR=") + settings.path()};
        const quint16 port = freePort();
        const QString target = QStringLiteral("http://127.0.0.1:%1/").arg(port);
        RunResult run =
            runDoctor({QStringLiteral("tray"), QStringLiteral("--add"), QStringLiteral("api=") + target},
                      30000, {}, env);
        QCOMPARE(run.exitCode, 0);

        const auto once = [&env] {
            return runDoctor({QStringLiteral("tray"), QStringLiteral("--once"), QStringLiteral("--json"),
                              QStringLiteral("--timeout-ms"), QStringLiteral("3000")},
                             30000, {}, env);
        };

        auto server = std::make_unique<Peer>();
        QVERIFY2(server->startListening(QStringLiteral("python3"), httpServer(port),
                                        QStringLiteral("127.0.0.1"), port),
                 qPrintable(server->errorString()));
        run = once();
        QJsonObject api = endpoint(run, QStringLiteral("api"));
        QVERIFY2(!api.isEmpty(), run.out.constData());
        // The documented shape, exactly: five keys.
        QCOMPARE(api.keys(),
                 (QStringList{QStringLiteral("elapsed_ms"), QStringLiteral("finding"), QStringLiteral("name"),
                              QStringLiteral("state"), QStringLiteral("target")}));
        QCOMPARE(api.value(QStringLiteral("target")).toString(), target);
        QCOMPARE(api.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
        QCOMPARE(api.value(QStringLiteral("finding")).toString(), QStringLiteral("protocol.http_ok"));
        QVERIFY(api.value(QStringLiteral("elapsed_ms")).isDouble());
        QCOMPARE(run.exitCode, 0);

        server.reset(); // stops it
        QVERIFY(waitForNotListening(QStringLiteral("127.0.0.1"), port));
        run = once();
        api = endpoint(run, QStringLiteral("api"));
        QCOMPARE(api.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QCOMPARE(api.value(QStringLiteral("finding")).toString(), QStringLiteral("server.not_listening"));
        QCOMPARE(run.exitCode, 1);

        server = std::make_unique<Peer>();
        QVERIFY2(server->startListening(QStringLiteral("python3"), httpServer(port),
                                        QStringLiteral("127.0.0.1"), port),
                 qPrintable(server->errorString()));
        run = once();
        api = endpoint(run, QStringLiteral("api"));
        QCOMPARE(api.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
        QCOMPARE(run.exitCode, 0);

        // --remove, --list and usage errors.
        run = runDoctor({QStringLiteral("tray"), QStringLiteral("--list"), QStringLiteral("--json")}, 30000,
                        {}, env);
        QCOMPARE(run.json.object().value(QStringLiteral("endpoints")).toArray().size(), 1);
        QCOMPARE(runDoctor({QStringLiteral("tray"), QStringLiteral("--add"), QStringLiteral("noequals")},
                           30000, {}, env)
                     .exitCode,
                 2);
        QCOMPARE(runDoctor({QStringLiteral("tray"), QStringLiteral("--remove"), QStringLiteral("nobody")},
                           30000, {}, env)
                     .exitCode,
                 2);
        QCOMPARE(runDoctor({QStringLiteral("tray"), QStringLiteral("--remove"), QStringLiteral("api")}, 30000,
                           {}, env)
                     .exitCode,
                 0);
        run = once();
        QCOMPARE(run.json.object().value(QStringLiteral("endpoints")).toArray().size(), 0);
        QCOMPARE(run.exitCode, 0);
    }

    void droppedPortIsDownAfterOneTimeout() {
        if (!haveProgram(QStringLiteral("nft")))
            QSKIP("needs nft (nftables) to add a drop rule in the namespace");
        Netns ns(QStringLiteral("tray"));
        if (!ns.unavailableReason().isEmpty())
            QSKIP(qPrintable(ns.unavailableReason()));
        // localhost is both ::1 and 127.0.0.1 here: both dropped, and still one timeout, not two.
        QVERIFY(ns.setHosts("127.0.0.1 localhost\n::1 localhost\n"));
        const quint16 dropped = 18090;
        const quint16 refused = 18091;
        Peer server;
        QVERIFY(server.start(QStringLiteral("ip"),
                             ns.wrapper().mid(1) +
                                 QStringList{QStringLiteral("python3"), QStringLiteral("-u")} +
                                 httpServer(dropped)));
        QVERIFY2(server.waitForOutput("Serving HTTP"), qPrintable(server.output()));
        QByteArray out;
        QCOMPARE(ns.exec({QStringLiteral("nft"),
                          QStringLiteral(
                              "add table inet t; add chain inet t in { type filter hook input priority 0; }; "
                              "add rule inet t in tcp dport %1 drop")
                              .arg(dropped)},
                         &out),
                 0);

        QTemporaryDir settings;
        const QStringList env{QStringLiteral("LD_SETTINGS_DIR=") + settings.path()};
        QCOMPARE(runDoctor({QStringLiteral("tray"), QStringLiteral("--add"),
                            QStringLiteral("web=localhost:%1").arg(dropped), QStringLiteral("--add"),
                            QStringLiteral("gone=localhost:%1").arg(refused)},
                           30000, {}, env)
                     .exitCode,
                 0);
        const int timeoutMs = 1000;
        QElapsedTimer clock;
        clock.start();
        const RunResult run =
            runDoctor({QStringLiteral("tray"), QStringLiteral("--once"), QStringLiteral("--json"),
                       QStringLiteral("--timeout-ms"), QString::number(timeoutMs)},
                      30000, ns.wrapper(), env);
        const qint64 wall = clock.elapsed();
        QCOMPARE(run.exitCode, 1);
        const QJsonObject web = endpoint(run, QStringLiteral("web"));
        QVERIFY2(!web.isEmpty(), run.out.constData());
        QCOMPARE(web.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QCOMPARE(web.value(QStringLiteral("finding")).toString(), QStringLiteral("server.connect_timeout"));
        const double elapsed = web.value(QStringLiteral("elapsed_ms")).toDouble();
        QVERIFY2(elapsed >= timeoutMs && elapsed < timeoutMs + 250, qPrintable(QString::number(elapsed)));
        // The whole round is one timeout (plus start-up), not one per address or per endpoint.
        QVERIFY2(wall < 2 * timeoutMs, qPrintable(QString::number(wall)));
        const QJsonObject gone = endpoint(run, QStringLiteral("gone"));
        QCOMPARE(gone.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QCOMPARE(gone.value(QStringLiteral("finding")).toString(), QStringLiteral("server.not_listening"));
        QVERIFY2(gone.value(QStringLiteral("elapsed_ms")).toDouble() < timeoutMs / 2, run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestTrayOnce)
#include "tst_tray_once.moc"
