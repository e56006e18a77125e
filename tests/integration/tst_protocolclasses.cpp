// Failure classes of the protocol step against real peers, each asserted as the verdict of
// `check --json`: a TLS server demanding a client certificate (openssl s_server -Verify 1, TLS 1.3
// and 1.2), an HTTP/2-only listener (nginx "listen ... http2" without TLS, and a gRPC-like h2c
// peer), a reply whose headers exceed the read cap, and redirects followed over https://.

#include "support/peers.h"
#include "support/tlspeer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using ld::test::Peer;

namespace {

QJsonObject check(const QString& url) {
    const auto run = ld::test::runDoctor({QStringLiteral("check"), url, QStringLiteral("--json"),
                                          QStringLiteral("--timeout-ms"), QStringLiteral("3000")});
    return run.json.object();
}

QString verdictOf(const QJsonObject& report) {
    return report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString();
}

QByteArray ids(const QJsonObject& report) {
    return ld::test::findingIds(report).join(QLatin1Char(',')).toUtf8();
}

bool startProtocolPeer(Peer& peer, quint16 port, const QStringList& args) {
    return peer.start(QStringLiteral("python3"),
                      QStringList{QStringLiteral(LD_PEERS "/protocol_peers.py"), QString::number(port)} +
                          args) &&
           peer.waitForOutput("listening") && ld::test::waitForListening(QStringLiteral("127.0.0.1"), port);
}

} // namespace

class TestProtocolClasses final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ld::test::SelfSigned m_cert;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!ld::test::haveProgram(QStringLiteral("python3")))
            QSKIP("python3 is needed for the peers");
        if (ld::test::haveProgram(QStringLiteral("openssl")))
            m_cert = ld::test::makeSelfSigned(m_dir.path(), QStringLiteral("server"));
    }

    void clientCertificateRequired_data() {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("scheme");
        QTest::addRow("TLS 1.3, certificate_required") << "-tls1_3"
                                                       << "https";
        QTest::addRow("TLS 1.2, handshake_failure") << "-tls1_2"
                                                    << "https";
        QTest::addRow("TLS 1.3 behind http://") << "-tls1_3"
                                                << "http";
    }
    void clientCertificateRequired() {
        QFETCH(QString, version);
        QFETCH(QString, scheme);
        if (m_cert.cert.isEmpty())
            QSKIP("needs openssl to make a certificate and run s_server");
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(ld::test::startTlsServer(
                     server, port, m_cert,
                     {QStringLiteral("-Verify"), QStringLiteral("1"), version, QStringLiteral("-www")}),
                 qPrintable(server.errorString()));
        const QJsonObject report = check(QStringLiteral("%1://127.0.0.1:%2/").arg(scheme).arg(port));
        QVERIFY2(verdictOf(report) == QLatin1String("protocol.client_cert_required"),
                 ids(report).constData());
        const QJsonObject finding =
            ld::test::finding(report, QStringLiteral("protocol.client_cert_required"));
        const QString detail = finding.value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.contains(QStringLiteral("client certificate")), qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("without a word")));
        QVERIFY(finding.value(QStringLiteral("title")).toString().contains(QString::number(port)));
        if (scheme == QLatin1String("http"))
            QVERIFY2(detail.contains(QStringLiteral("https://127.0.0.1:%1/").arg(port)), qPrintable(detail));
    }

    void http2OnlyNginx() {
        if (!ld::test::haveProgram(QStringLiteral("nginx")))
            QSKIP("needs nginx (Debian 12: 1.22) for its \"listen PORT http2\" without TLS");
        const quint16 port = ld::test::freePort();
        const QString prefix = m_dir.filePath(QStringLiteral("nginx"));
        QVERIFY(QDir().mkpath(prefix + QStringLiteral("/logs")));
        QFile conf(prefix + QStringLiteral("/nginx.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(
            QStringLiteral("daemon off;\nmaster_process off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                           "error_log %1/logs/error.log;\nevents { worker_connections 64; }\n"
                           "http {\n access_log off;\n client_body_temp_path %1/body;\n"
                           " proxy_temp_path %1/proxy;\n fastcgi_temp_path %1/fastcgi;\n"
                           " uwsgi_temp_path %1/uwsgi;\n scgi_temp_path %1/scgi;\n"
                           " server { listen 127.0.0.1:%2 http2; location / { return 200 \"hi\\n\"; } }\n}\n")
                .arg(prefix)
                .arg(port)
                .toUtf8());
        conf.close();
        Peer nginx;
        QVERIFY2(nginx.startListening(QStringLiteral("nginx"),
                                      {QStringLiteral("-p"), prefix, QStringLiteral("-c"), conf.fileName()},
                                      QStringLiteral("127.0.0.1"), port),
                 qPrintable(nginx.errorString()));
        const QJsonObject report = check(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY2(verdictOf(report) == QLatin1String("protocol.http2_only"), ids(report).constData());
        QVERIFY(ld::test::finding(report, QStringLiteral("protocol.not_http")).isEmpty());
        // nginx is a web server: never "another program took the port".
        const QJsonObject conflict = ld::test::finding(report, QStringLiteral("conflict.unexpected_program"));
        QVERIFY(conflict.isEmpty() || conflict.value(QStringLiteral("explained_by")).toString() ==
                                          QLatin1String("protocol.http2_only"));
    }

    void http2OnlyGrpcLike() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startProtocolPeer(peer, port, {QStringLiteral("h2c")}), qPrintable(peer.errorString()));
        const QJsonObject report = check(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY2(verdictOf(report) == QLatin1String("protocol.http2_only"), ids(report).constData());
        const QString detail = ld::test::finding(report, QStringLiteral("protocol.http2_only"))
                                   .value(QStringLiteral("detail"))
                                   .toString();
        QVERIFY2(detail.contains(QStringLiteral("GOAWAY")), qPrintable(detail));
    }

    void headersTooLarge() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startProtocolPeer(peer, port, {QStringLiteral("big-headers")}),
                 qPrintable(peer.errorString()));
        const QJsonObject report = check(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY2(verdictOf(report) == QLatin1String("protocol.headers_too_large"), ids(report).constData());
        QVERIFY(ld::test::finding(report, QStringLiteral("protocol.not_http")).isEmpty());
        const QJsonObject evidence = ld::test::finding(report, QStringLiteral("protocol.headers_too_large"))
                                         .value(QStringLiteral("evidence"))
                                         .toObject();
        QCOMPARE(evidence.value(QStringLiteral("status")).toInt(), 200);
    }

    void redirectLoopOverHttps() {
        if (m_cert.cert.isEmpty())
            QSKIP("needs openssl to make the peer's certificate");
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startProtocolPeer(peer, port, {QStringLiteral("tls-loop"), m_cert.cert, m_cert.key}),
                 qPrintable(peer.errorString()));
        const QJsonObject report = check(QStringLiteral("https://127.0.0.1:%1/a").arg(port));
        QVERIFY2(verdictOf(report) == QLatin1String("protocol.redirect_loop"), ids(report).constData());
        const QJsonArray chain = ld::test::finding(report, QStringLiteral("protocol.redirect_loop"))
                                     .value(QStringLiteral("evidence"))
                                     .toObject()
                                     .value(QStringLiteral("redirects"))
                                     .toArray();
        QVERIFY2(chain.size() >= 2 && chain.size() <= 11, QJsonDocument(chain).toJson().constData());
        for (const QJsonValue hop : chain)
            QVERIFY(hop.toObject()
                        .value(QStringLiteral("url"))
                        .toString()
                        .startsWith(QStringLiteral("https://")));
    }

    void redirectAwayOverHttps() {
        if (m_cert.cert.isEmpty())
            QSKIP("needs openssl to make the peer's certificate");
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startProtocolPeer(peer, port, {QStringLiteral("tls-away"), m_cert.cert, m_cert.key}),
                 qPrintable(peer.errorString()));
        const QJsonObject report = check(QStringLiteral("https://127.0.0.1:%1/").arg(port));
        const QJsonObject redirect = ld::test::finding(report, QStringLiteral("protocol.redirect"));
        QVERIFY2(!redirect.isEmpty(), ids(report).constData());
        const QJsonArray chain = redirect.value(QStringLiteral("evidence"))
                                     .toObject()
                                     .value(QStringLiteral("redirects"))
                                     .toArray();
        QCOMPARE(chain.size(), 2); // / -> /login (followed, same server) -> auth.example.test (not followed)
        QCOMPARE(chain.last().toObject().value(QStringLiteral("location")).toString(),
                 QStringLiteral("https://auth.example.test/login"));
        QVERIFY(redirect.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("auth.example.test")));
    }
};

QTEST_GUILESS_MAIN(TestProtocolClasses)
#include "tst_protocolclasses.moc"
