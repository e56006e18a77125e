// Root-cause verdicts against real peers: each class of failure gets its own verdict id, and the
// findings it explains carry explained_by.

#include "support/peers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using ld::test::Peer;

namespace {

QJsonObject check(const QStringList& args, int* exitCode = nullptr) {
    QStringList all{QStringLiteral("check")};
    all << args << QStringLiteral("--json") << QStringLiteral("--timeout-ms") << QStringLiteral("1500");
    const auto result = ld::test::runDoctor(all);
    if (exitCode)
        *exitCode = result.exitCode;
    return result.json.object();
}

QString verdictOf(const QJsonObject& report) {
    return report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString();
}

QJsonObject findingIn(const QJsonObject& report, const QString& id) {
    for (const QJsonValue step : report.value(QStringLiteral("steps")).toArray())
        for (const QJsonValue finding : step.toObject().value(QStringLiteral("findings")).toArray())
            if (finding.toObject().value(QStringLiteral("id")).toString() == id)
                return finding.toObject();
    return {};
}

bool startPeer(Peer& peer, quint16 port, const QStringList& args,
               const QString& program = QStringLiteral("python3")) {
    QStringList all{QStringLiteral(LD_PEERS "/web_peers.py"), QString::number(port)};
    all << args;
    return peer.start(program, all) && peer.waitForOutput("listening");
}

} // namespace

class TestRootCausePeers final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (!ld::test::haveProgram(QStringLiteral("python3")))
            QSKIP("python3 is needed for the peers");
        QVERIFY(m_dir.isValid());
    }

    void httpsBehindHttp() {
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("openssl is needed for the TLS peer");
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess gen;
        gen.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        QVERIFY(gen.waitForFinished(60000));
        const quint16 port = ld::test::freePort();
        Peer tls;
        QVERIFY(tls.startListening(QStringLiteral("openssl"),
                                   {QStringLiteral("s_server"), QStringLiteral("-accept"),
                                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert,
                                    QStringLiteral("-key"), key, QStringLiteral("-www")},
                                   QStringLiteral("127.0.0.1"), port));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.tls_expected"));
        // HTTPS is a web server: never "another program took the port".
        QVERIFY(findingIn(report, QStringLiteral("conflict.unexpected_program")).isEmpty());
    }

    void redisBehindHttp() {
        if (!ld::test::haveProgram(QStringLiteral("redis-server")))
            QSKIP("redis-server is needed for this peer");
        const quint16 port = ld::test::freePort();
        Peer redis;
        QVERIFY(
            redis.startListening(QStringLiteral("redis-server"),
                                 {QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                                  QStringLiteral("--appendonly"), QStringLiteral("no")},
                                 QStringLiteral("127.0.0.1"), port));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.not_http"));
        const QJsonObject conflict = findingIn(report, QStringLiteral("conflict.unexpected_program"));
        QVERIFY2(!conflict.isEmpty(), "redis-server is not the web server that was meant");
        QCOMPARE(conflict.value(QStringLiteral("explained_by")).toString(),
                 QStringLiteral("protocol.not_http"));
        QVERIFY(report.value(QStringLiteral("verdict"))
                    .toObject()
                    .value(QStringLiteral("explains"))
                    .toArray()
                    .contains(QStringLiteral("conflict.unexpected_program")));
    }

    void serveOnAFreePort() {
        const quint16 port = ld::test::freePort();
        int exitCode = -1;
        const QJsonObject report = check(
            {QStringLiteral("localhost:%1").arg(port), QStringLiteral("--intent"), QStringLiteral("serve")},
            &exitCode);
        QCOMPARE(verdictOf(report), QStringLiteral("conflict.port_free"));
        QCOMPARE(exitCode, 0);
        QVERIFY(report.value(QStringLiteral("verdict"))
                    .toObject()
                    .value(QStringLiteral("summary"))
                    .toString()
                    .contains(QStringLiteral("127.0.0.1")));
    }

    void viteRefusesTheHost() {
        const quint16 port = ld::test::freePort();
        Peer vite;
        QVERIFY(startPeer(vite, port, {QStringLiteral("vite403")}));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.host_not_allowed"));
        QVERIFY(findingIn(report, QStringLiteral("protocol.host_not_allowed"))
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("server.allowedHosts")));
    }

    void redirectLoop() {
        const quint16 port = ld::test::freePort();
        Peer loop;
        QVERIFY(startPeer(loop, port, {QStringLiteral("redirect-loop")}));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/a").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.redirect_loop"));
        QVERIFY(findingIn(report, QStringLiteral("protocol.redirect_loop"))
                    .value(QStringLiteral("evidence"))
                    .toObject()
                    .value(QStringLiteral("redirects"))
                    .toArray()
                    .size() >= 2);
    }

    void redirectToHttps() {
        const quint16 port = ld::test::freePort();
        Peer away;
        QVERIFY(startPeer(away, port, {QStringLiteral("to-https")}));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.redirect"));
    }

    void browserBlockedPort() {
        if (!ld::test::waitForNotListening(QStringLiteral("127.0.0.1"), 6000, 100))
            QSKIP("port 6000 is in use here (an X server?)");
        Peer server;
        QVERIFY(server.startListening(QStringLiteral("python3"),
                                      {QStringLiteral("-m"), QStringLiteral("http.server"),
                                       QStringLiteral("6000"), QStringLiteral("--bind"),
                                       QStringLiteral("127.0.0.1")},
                                      QStringLiteral("127.0.0.1"), 6000));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:6000/")});
        QCOMPARE(verdictOf(report), QStringLiteral("port.browser_blocked"));
        QVERIFY(!findingIn(report, QStringLiteral("protocol.http_ok")).isEmpty()); // curl would work
    }

    void forwarderWithNothingBehind() {
        // A forwarder process named like Docker's: connections through it are reset.
        const QString proxy = m_dir.filePath(QStringLiteral("docker-proxy"));
        // The real interpreter, not a version manager's shim (pyenv dispatches on the name it is called by).
        const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                                   ? QStringLiteral("/usr/bin/python3")
                                   : QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY(QFile::link(python, proxy));
        const quint16 port = ld::test::freePort();
        const quint16 inner = ld::test::freePort();
        Peer forwarder;
        QVERIFY(startPeer(forwarder, port, {QStringLiteral("forward"), QString::number(inner)}, proxy));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("server.forwarder"));
        QCOMPARE(findingIn(report, QStringLiteral("protocol.reset"))
                     .value(QStringLiteral("explained_by"))
                     .toString(),
                 QStringLiteral("server.forwarder"));
    }

    void localhostSubdomain() {
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY(
            server.startListening(QStringLiteral("python3"),
                                  {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                                   QStringLiteral("--bind"), QStringLiteral("127.0.0.1")},
                                  QStringLiteral("127.0.0.1"), port));
        const QJsonObject report = check({QStringLiteral("http://app.localhost:%1/").arg(port)});
        const QJsonObject finding = findingIn(report, QStringLiteral("host.localhost_subdomain"));
        QVERIFY(!finding.isEmpty());
        QVERIFY(finding.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("127.0.0.1 app.localhost")));
    }
};

QTEST_GUILESS_MAIN(TestRootCausePeers)
#include "tst_rootcause_peers.moc"
