// Root-cause verdicts against real peers: each class of failure gets its own verdict id, and the
// findings it explains carry explained_by.

#include "support/peers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
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

QString nginxProgram() {
    if (ld::test::haveProgram(QStringLiteral("nginx")))
        return QStringLiteral("nginx");
    return QFileInfo::exists(QStringLiteral("/usr/sbin/nginx")) ? QStringLiteral("/usr/sbin/nginx")
                                                                : QString();
}

// nginx, unprivileged, with one server block on 127.0.0.1:port; its files in dir.
bool startNginx(Peer& peer, const QString& dir, quint16 port, const QString& location) {
    QDir().mkpath(dir);
    QFile conf(dir + QStringLiteral("/nginx.conf"));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
    QString text = QStringLiteral("worker_processes 1;\nevents { worker_connections 64; }\nhttp {\n"
                                  "  access_log off;\n");
    for (const char* temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        text += QStringLiteral("  %1_temp_path %2/%1;\n").arg(QLatin1String(temp), dir);
    text +=
        QStringLiteral("  server { listen 127.0.0.1:%1; location / { %2 } }\n}\n").arg(port).arg(location);
    conf.write(text.toUtf8());
    conf.close();
    return peer.startListening(nginxProgram(),
                               {QStringLiteral("-p"), dir, QStringLiteral("-c"),
                                dir + QStringLiteral("/nginx.conf"), QStringLiteral("-g"),
                                QStringLiteral("daemon off; pid %1/pid; error_log stderr;").arg(dir)},
                               QStringLiteral("127.0.0.1"), port);
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

    // What a user meets with an https-only dev server, an SSH daemon or Redis behind an http://
    // URL: the protocol finding is the verdict; a program of another family is named by the
    // conflict step but explained by the protocol finding, and HTTPS is never "another program".
    void otherServiceBehindHttp_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("service");
        QTest::addRow("fake SSH banner") << QStringLiteral("ssh") << QStringLiteral("ssh");
        QTest::addRow("fake Redis") << QStringLiteral("redis") << QStringLiteral("redis");
    }
    void otherServiceBehindHttp() {
        QFETCH(QString, mode);
        QFETCH(QString, service);
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(
            peer.startListening(QStringLiteral("python3"),
                                {QStringLiteral(LD_PEERS "/fake_services.py"), mode, QString::number(port)},
                                QStringLiteral("127.0.0.1"), port),
            qPrintable(peer.errorString()));
        int exitCode = -1;
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.not_http"));
        QCOMPARE(findingIn(report, QStringLiteral("protocol.not_http"))
                     .value(QStringLiteral("evidence"))
                     .toObject()
                     .value(QStringLiteral("service"))
                     .toString(),
                 service);
        const QJsonObject conflict = findingIn(report, QStringLiteral("conflict.unexpected_program"));
        QVERIFY2(!conflict.isEmpty(), "a program of another family holds the port");
        QCOMPARE(conflict.value(QStringLiteral("explained_by")).toString(),
                 QStringLiteral("protocol.not_http"));
        QVERIFY(report.value(QStringLiteral("verdict"))
                    .toObject()
                    .value(QStringLiteral("explains"))
                    .toArray()
                    .contains(QStringLiteral("conflict.unexpected_program")));
    }

    void expiredHttpsBehindHttp() {
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("openssl is needed for the TLS peer");
        // An expired certificate: made with openssl ca and dates in the past.
        const QString dir = m_dir.filePath(QStringLiteral("expired"));
        QDir().mkpath(dir);
        QFile(dir + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
        QFile serial(dir + QStringLiteral("/serial"));
        QVERIFY(serial.open(QIODevice::WriteOnly));
        serial.write("01\n");
        serial.close();
        QFile conf(dir + QStringLiteral("/ca.cnf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral(
                       "[ca]\ndefault_ca = d\n[d]\ndatabase = %1/index.txt\nnew_certs_dir = %1\n"
                       "serial = %1/serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n")
                       .arg(dir)
                       .toUtf8());
        conf.close();
        const QString key = dir + QStringLiteral("/key.pem");
        const QString csr = dir + QStringLiteral("/req.csr");
        const QString cert = dir + QStringLiteral("/cert.pem");
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), csr});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                       dir + QStringLiteral("/ca.cnf"), QStringLiteral("-selfsign"),
                       QStringLiteral("-keyfile"), key, QStringLiteral("-in"), csr, QStringLiteral("-out"),
                       cert, QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                       QStringLiteral("-enddate"), QStringLiteral("20200102000000Z")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, openssl.readAll().constData());
        const quint16 port = ld::test::freePort();
        Peer tls;
        QVERIFY(tls.startListening(QStringLiteral("openssl"),
                                   {QStringLiteral("s_server"), QStringLiteral("-accept"),
                                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert,
                                    QStringLiteral("-key"), key, QStringLiteral("-www")},
                                   QStringLiteral("127.0.0.1"), port));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        // The scheme is the first thing to fix; the certificate comes next, and nobody else took the port.
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.tls_expected"));
        QVERIFY(findingIn(report, QStringLiteral("conflict.unexpected_program")).isEmpty());
    }

    void nginxRedirectsToItself() {
        if (nginxProgram().isEmpty())
            QSKIP("nginx is needed for this peer");
        const quint16 port = ld::test::freePort();
        Peer nginx;
        QVERIFY2(startNginx(nginx, m_dir.filePath(QStringLiteral("nginx-loop")), port,
                            QStringLiteral("return 302 http://127.0.0.1:%1/;").arg(port)),
                 qPrintable(nginx.errorString()));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.redirect_loop"));
        const QJsonObject loop = findingIn(report, QStringLiteral("protocol.redirect_loop"));
        const QJsonArray chain =
            loop.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("redirects")).toArray();
        QVERIFY2(chain.size() >= 2, QJsonDocument(loop).toJson().constData());
        for (const QJsonValue hop : chain) {
            QCOMPARE(hop.toObject().value(QStringLiteral("url")).toString(),
                     QStringLiteral("http://127.0.0.1:%1/").arg(port));
            QCOMPARE(hop.toObject().value(QStringLiteral("status")).toInt(), 302);
        }
        QVERIFY(loop.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("ERR_TOO_MANY_REDIRECTS")));
    }

    void nginxRedirectsToHttps() {
        if (nginxProgram().isEmpty())
            QSKIP("nginx is needed for this peer");
        const quint16 port = ld::test::freePort();
        const quint16 tlsPort = ld::test::freePort();
        Peer nginx;
        QVERIFY2(startNginx(nginx, m_dir.filePath(QStringLiteral("nginx-away")), port,
                            QStringLiteral("return 301 https://localhost:%1$request_uri;").arg(tlsPort)),
                 qPrintable(nginx.errorString()));
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/app").arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.redirect"));
        const QJsonObject away = findingIn(report, QStringLiteral("protocol.redirect"));
        const QString target = QStringLiteral("https://localhost:%1/app").arg(tlsPort);
        QVERIFY2(away.value(QStringLiteral("title")).toString().contains(target),
                 qPrintable(away.value(QStringLiteral("title")).toString()));
        const QJsonArray chain =
            away.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("redirects")).toArray();
        QVERIFY(!chain.isEmpty());
        QCOMPARE(chain.first().toObject().value(QStringLiteral("status")).toInt(), 301);
        QCOMPARE(chain.first().toObject().value(QStringLiteral("location")).toString(), target);
    }

    void nginxWithItsBackendDown() {
        if (nginxProgram().isEmpty())
            QSKIP("nginx is needed for this peer");
        const quint16 port = ld::test::freePort();
        const quint16 backend = ld::test::freePort(); // nothing listens there
        Peer nginx;
        QVERIFY2(startNginx(nginx, m_dir.filePath(QStringLiteral("nginx-502")), port,
                            QStringLiteral("proxy_pass http://127.0.0.1:%1;").arg(backend)),
                 qPrintable(nginx.errorString()));
        int exitCode = -1;
        const QJsonObject report = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(verdictOf(report), QStringLiteral("conflict.gateway_backend_down"));
        const QJsonObject gateway = findingIn(report, QStringLiteral("conflict.gateway_backend_down"));
        QCOMPARE(gateway.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("status")).toInt(),
                 502);
        QVERIFY2(gateway.value(QStringLiteral("detail")).toString().contains(QStringLiteral("nginx")),
                 qPrintable(gateway.value(QStringLiteral("detail")).toString()));
        // The generic 5xx stays in the report, explained by the proxy's backend.
        QCOMPARE(findingIn(report, QStringLiteral("protocol.http_error"))
                     .value(QStringLiteral("explained_by"))
                     .toString(),
                 QStringLiteral("conflict.gateway_backend_down"));
        QVERIFY(report.value(QStringLiteral("verdict"))
                    .toObject()
                    .value(QStringLiteral("explains"))
                    .toArray()
                    .contains(QStringLiteral("protocol.http_error")));

        // The backend started: the same check now passes (post-fix truth, nothing cached).
        Peer app;
        QVERIFY(
            app.startListening(QStringLiteral("python3"),
                               {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(backend),
                                QStringLiteral("--bind"), QStringLiteral("127.0.0.1")},
                               QStringLiteral("127.0.0.1"), backend));
        const QJsonObject after = check({QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QVERIFY(findingIn(after, QStringLiteral("conflict.gateway_backend_down")).isEmpty());
        QVERIFY2(!findingIn(after, QStringLiteral("protocol.http_ok")).isEmpty(),
                 QJsonDocument(after).toJson().constData());
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

    // Serve on a held port, stop the holder from the command line, check again: the post-fix truth.
    void serveAfterStoppingTheHolder() {
        const quint16 port = ld::test::freePort();
        Peer holder;
        QVERIFY(
            holder.startListening(QStringLiteral("python3"),
                                  {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
                                   QStringLiteral("--bind"), QStringLiteral("127.0.0.1")},
                                  QStringLiteral("127.0.0.1"), port));
        const QStringList serve{QStringLiteral("localhost:%1").arg(port), QStringLiteral("--intent"),
                                QStringLiteral("serve")};
        int exitCode = -1;
        const QJsonObject before = check(serve, &exitCode);
        QCOMPARE(verdictOf(before), QStringLiteral("conflict.port_in_use"));
        QCOMPARE(exitCode, 1);
        QCOMPARE(before.value(QStringLiteral("target")).toObject().value(QStringLiteral("intent")).toString(),
                 QStringLiteral("serve"));

        const auto fixed = ld::test::runDoctor(
            {QStringLiteral("check"), QStringLiteral("localhost:%1").arg(port), QStringLiteral("--intent"),
             QStringLiteral("serve"), QStringLiteral("--fix"), QStringLiteral("fix.stop_process"),
             QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(fixed.exitCode == 0, fixed.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(holder.process().state(), QProcess::NotRunning, 10000);

        const QJsonObject after = check(serve, &exitCode);
        QCOMPARE(verdictOf(after), QStringLiteral("conflict.port_free"));
        QCOMPARE(exitCode, 0);
        QVERIFY(findingIn(after, QStringLiteral("conflict.port_in_use")).isEmpty());
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

    // Other dev servers' Host checks: the verdict names the check and the setting, never a bare 403.
    void otherHostChecks_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("input");
        QTest::addRow("webpack-dev-server")
            << QStringLiteral("webpack-host") << QStringLiteral("http://127.0.0.1:%1/");
        QTest::addRow("MCP DNS-rebinding guard")
            << QStringLiteral("mcp-host") << QStringLiteral("http://127.0.0.1:%1/mcp");
    }
    void otherHostChecks() {
        QFETCH(QString, mode);
        QFETCH(QString, input);
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY(startPeer(peer, port, {mode}));
        const QJsonObject report = check({input.arg(port)});
        QCOMPARE(verdictOf(report), QStringLiteral("protocol.host_not_allowed"));
        const QJsonObject refused = findingIn(report, QStringLiteral("protocol.host_not_allowed"));
        QVERIFY2(refused.value(QStringLiteral("detail")).toString().contains(QStringLiteral("allowedHosts")),
                 qPrintable(refused.value(QStringLiteral("detail")).toString()));
        QVERIFY2(refused.value(QStringLiteral("title")).toString().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(refused.value(QStringLiteral("title")).toString()));
        const QJsonObject generic = findingIn(report, QStringLiteral("protocol.http_error"));
        QVERIFY(generic.isEmpty() || generic.value(QStringLiteral("explained_by")).toString() ==
                                         QStringLiteral("protocol.host_not_allowed"));
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

    // socat forwarding into a "container" (a second network namespace, over a veth pair): while the
    // app in there listens on its own loopback only, connections through socat close at once and the
    // verdict names the forwarder; started on 0.0.0.0, the same address answers. Everything runs in
    // namespaces this test makes, nothing on this machine's own network.
    void socatIntoANamespace() {
        if (!ld::test::haveProgram(QStringLiteral("socat")))
            QSKIP("needs socat for the forwarder");
        ld::test::Netns host(QStringLiteral("fwdh"));
        if (!host.unavailableReason().isEmpty())
            QSKIP(qPrintable(host.unavailableReason()));
        ld::test::Netns box(QStringLiteral("fwdc"));
        QVERIFY2(box.unavailableReason().isEmpty(), qPrintable(box.unavailableReason()));
        QCOMPARE(host.exec({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"),
                            QStringLiteral("vh"), QStringLiteral("type"), QStringLiteral("veth"),
                            QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("vc"),
                            QStringLiteral("netns"), box.name()}),
                 0);
        QCOMPARE(host.exec({QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
                            QStringLiteral("10.78.0.1/24"), QStringLiteral("dev"), QStringLiteral("vh")}),
                 0);
        QCOMPARE(box.exec({QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
                           QStringLiteral("10.78.0.2/24"), QStringLiteral("dev"), QStringLiteral("vc")}),
                 0);
        QCOMPARE(host.exec({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                            QStringLiteral("vh"), QStringLiteral("up")}),
                 0);
        QCOMPARE(box.exec({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
                           QStringLiteral("vc"), QStringLiteral("up")}),
                 0);
        const auto inNs = [](const ld::test::Netns& ns, const QStringList& command) {
            return ns.wrapper().mid(1) + command;
        };
        const auto app = [&](Peer& peer, const QString& bind) {
            return peer.start(QStringLiteral("ip"),
                              inNs(box, {QStringLiteral("python3"), QStringLiteral("-u"),
                                         QStringLiteral("-m"), QStringLiteral("http.server"),
                                         QStringLiteral("8080"), QStringLiteral("--bind"), bind})) &&
                   peer.waitForOutput("Serving HTTP");
        };
        Peer loopbackOnly;
        QVERIFY(app(loopbackOnly, QStringLiteral("127.0.0.1")));
        Peer forwarder;
        QVERIFY(forwarder.start(QStringLiteral("ip"),
                                inNs(host, {QStringLiteral("socat"),
                                            QStringLiteral("TCP-LISTEN:8080,bind=127.0.0.1,fork,reuseaddr"),
                                            QStringLiteral("TCP:10.78.0.2:8080")})));
        const QStringList probe{
            QStringLiteral("python3"), QStringLiteral("-c"),
            QStringLiteral("import socket; socket.create_connection(('127.0.0.1', 8080), 1)")};
        QTRY_VERIFY_WITH_TIMEOUT(host.exec(probe) == 0, 10000); // socat listens
        const QStringList check{QStringLiteral("check"), QStringLiteral("http://127.0.0.1:8080/"),
                                QStringLiteral("--json"), QStringLiteral("--timeout-ms"),
                                QStringLiteral("1500")};
        const QJsonObject closed = ld::test::runDoctor(check, 30000, host.wrapper()).json.object();
        QCOMPARE(verdictOf(closed), QStringLiteral("server.forwarder"));
        QVERIFY2(findingIn(closed, QStringLiteral("server.forwarder"))
                     .value(QStringLiteral("title"))
                     .toString()
                     .contains(QStringLiteral("10.78.0.2:8080")),
                 qPrintable(findingIn(closed, QStringLiteral("server.forwarder"))
                                .value(QStringLiteral("title"))
                                .toString()));

        loopbackOnly.stop();
        Peer everywhere;
        QVERIFY(app(everywhere, QStringLiteral("0.0.0.0")));
        const QJsonObject answered = ld::test::runDoctor(check, 30000, host.wrapper()).json.object();
        QVERIFY2(!findingIn(answered, QStringLiteral("protocol.http_ok")).isEmpty(),
                 qPrintable(verdictOf(answered)));
        QVERIFY(verdictOf(answered) != QStringLiteral("server.forwarder"));
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
