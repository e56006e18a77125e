// The protocol probe and step against real peers on loopback: Python's http.server, openssl
// s_server with certificates made here, redis-server, and the stand-ins in tests/peers.

#include "support/peers.h"
#include "support/tlspeer.h"
#include "wizard/facts.h"
#include "wizard/probes/protocolprobe.h"
#include "wizard/steps/protocolstep.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace ld::wizard;
using ld::test::Peer;

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");

QString python() {
    return QStringLiteral("python3");
}

ProbeRequest request(quint16 port, const QString& path = QStringLiteral("/"), bool tls = false,
                     int timeoutMs = 1500, const QString& host = QStringLiteral("localhost")) {
    ProbeRequest r;
    r.address = QHostAddress(kLoopback);
    r.port = port;
    r.hostHeader = QStringLiteral("%1:%2").arg(host).arg(port);
    r.peerName = host;
    r.path = path;
    r.tlsFirst = tls;
    r.timeout = std::chrono::milliseconds(timeoutMs);
    return r;
}

QStringList ids(const StepResult& result) {
    QStringList out;
    for (const Finding& f : result.findings)
        out << f.id;
    return out;
}

const Finding* findingOf(const StepResult& result, const QString& id) {
    for (const Finding& f : result.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

bool hasProblem(const ProbeResult& r, CertProblem problem) {
    return r.tlsInfo && r.tlsInfo->problems.contains(problem);
}

} // namespace

class TestProtocolProbe final : public QObject {
    Q_OBJECT

    std::unique_ptr<ld::platform::System> m_system;
    QTemporaryDir m_dir;

    bool startFake(Peer& peer, const QString& mode, quint16 port) {
        return peer.startListening(
            python(), {QStringLiteral(LD_PEERS "/fake_services.py"), mode, QString::number(port)}, kLoopback,
            port);
    }

    bool startHttpServer(Peer& peer, quint16 port) {
        return peer.startListening(python(),
                                   {QStringLiteral("-m"), QStringLiteral("http.server"),
                                    QStringLiteral("--bind"), kLoopback, QString::number(port),
                                    QStringLiteral("--directory"), m_dir.path()},
                                   kLoopback, port);
    }

    // A key and certificate in the temporary folder; "openssl ca" dates when given.
    QString makeCert(const QString& name, const QString& cn, const QString& startDate = {},
                     const QString& endDate = {}) {
        const ld::test::SelfSigned made =
            startDate.isEmpty() ? ld::test::makeSelfSigned(m_dir.path(), name, cn, 1)
                                : ld::test::makeDatedSelfSigned(m_dir.path(), name, cn, startDate, endDate);
        return made.cert;
    }

    bool startTlsServer(Peer& peer, quint16 port, const QString& cert) {
        const QString key = QString(cert).replace(QStringLiteral(".pem"), QStringLiteral(".key"));
        return peer.startListening(QStringLiteral("openssl"),
                                   {QStringLiteral("s_server"), QStringLiteral("-accept"),
                                    QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert,
                                    QStringLiteral("-key"), key, QStringLiteral("-www")},
                                   kLoopback, port);
    }

    // The step's result; *service gets the shared service fact the later steps read.
    StepResult runStep(const QString& url, int timeoutMs = 1500, QString* service = nullptr) {
        const TargetParse parse = TargetParser::parse(url);
        if (!parse.target)
            return {};
        Options options;
        options.timeout = std::chrono::milliseconds(timeoutMs);
        Facts facts(*m_system, *parse.target, options);
        auto step = makeProtocolStep();
        StepResult result = step->run(facts);
        result.id = QStringLiteral("protocol");
        if (service)
            *service = facts.service().result.service;
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!ld::test::haveProgram(python()))
            QSKIP("python3 is needed for the peers");
        m_system = ld::platform::createSystem();
        QVERIFY(m_system);
    }

    void httpServerAnswers() {
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startHttpServer(server, port), qPrintable(server.errorString()));
        const ProbeResult probe = ProtocolProbe::run(request(port));
        QVERIFY(probe.connected);
        QCOMPARE(probe.service, QStringLiteral("http"));
        QVERIFY(probe.http);
        QCOMPARE(probe.http->status, 200);
        QVERIFY(probe.http->header("Server").startsWith("SimpleHTTP"));
        // A 200 needs no second request: /health is not asked.
        QVERIFY(!probe.health);

        QString probed;
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/").arg(port), 1500, &probed);
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.http_ok")});
        QCOMPARE(step.status, StepStatus::Pass);
        const Finding* ok = findingOf(step, QStringLiteral("protocol.http_ok"));
        QCOMPARE(ok->severity, Severity::Ok);
        QCOMPARE(ok->evidence.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(
            ok->evidence.value(QStringLiteral("server")).toString().startsWith(QStringLiteral("SimpleHTTP")));
        QVERIFY(!ok->evidence.contains(QStringLiteral("health")));
        QVERIFY(!ok->detail.contains(QStringLiteral("/health")));
        QCOMPARE(probed, QStringLiteral("http"));
    }

    // A redirect is an answer, but not the page: /health is asked and reported.
    void redirectAsksHealth() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startHttpServer(server, port), qPrintable(server.errorString()));
        const ProbeResult probe = ProtocolProbe::run(request(port, QStringLiteral("/folder")));
        QVERIFY(probe.http);
        QCOMPARE(probe.http->status, 301);
        QVERIFY(probe.health);
        QCOMPARE(probe.health->status, 404);
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/folder").arg(port));
        const Finding* ok = findingOf(step, QStringLiteral("protocol.http_ok"));
        QVERIFY(ok);
        QCOMPARE(
            ok->evidence.value(QStringLiteral("health")).toObject().value(QStringLiteral("status")).toInt(),
            404);
        QVERIFY(ok->detail.contains(QStringLiteral("/health")));
    }

    void wrongPathSuggestsRoot() {
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startHttpServer(server, port), qPrintable(server.errorString()));
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port));
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.http_error")});
        const Finding& f = step.findings.first();
        QCOMPARE(f.severity, Severity::Error);
        QVERIFY(f.title.contains(QStringLiteral("404")));
        QVERIFY(!f.fixes.isEmpty());
        QCOMPARE(f.fixes.first().id, QStringLiteral("fix.use_path"));
        QCOMPARE(f.fixes.first().params.value(QStringLiteral("path")).toString(), QStringLiteral("/"));
        // Only "/" answers: /health and /sse are 404 on a directory listing too.
        QCOMPARE(f.fixes.size(), 1);
    }

    void tlsOnHttpUrl() {
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("openssl is needed for the TLS peer");
        const QString cert = makeCert(QStringLiteral("selfsigned"), QStringLiteral("localhost"));
        QVERIFY(!cert.isEmpty());
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startTlsServer(server, port, cert), qPrintable(server.errorString()));

        const ProbeResult probe = ProtocolProbe::run(request(port));
        QVERIFY(probe.tls);
        QCOMPARE(probe.service, QStringLiteral("https"));

        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY2(ids(step).contains(QStringLiteral("protocol.tls_expected")),
                 qPrintable(ids(step).join(',')));
        const Finding* f = findingOf(step, QStringLiteral("protocol.tls_expected"));
        QCOMPARE(f->severity, Severity::Error);
        QCOMPARE(f->fixes.first().id, QStringLiteral("fix.use_url"));
        QCOMPARE(f->fixes.first().params.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://127.0.0.1:%1/").arg(port));
        QCOMPARE(step.status, StepStatus::Fail);
    }

    void selfSignedCertificate() {
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("openssl is needed for the TLS peer");
        const QString cert = makeCert(QStringLiteral("selfsigned2"), QStringLiteral("localhost"));
        QVERIFY(!cert.isEmpty());
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startTlsServer(server, port, cert), qPrintable(server.errorString()));

        const ProbeResult probe = ProtocolProbe::run(request(port, QStringLiteral("/"), true));
        QVERIFY(probe.tls);
        QVERIFY(probe.http);
        QCOMPARE(probe.http->status, 200);
        QVERIFY(hasProblem(probe, CertProblem::SelfSigned));
        QVERIFY(!hasProblem(probe, CertProblem::WrongName));
        QCOMPARE(probe.tlsInfo->subject, QStringLiteral("localhost"));
        QCOMPARE(probe.tlsInfo->issuer, QStringLiteral("localhost"));
        QVERIFY(probe.tlsInfo->notAfter > QDateTime::currentDateTimeUtc());

        const StepResult step = runStep(QStringLiteral("https://localhost:%1/").arg(port));
        QCOMPARE(ids(step), (QStringList{QStringLiteral("protocol.https_ok"),
                                         QStringLiteral("protocol.tls_untrusted")}));
        const Finding* f = findingOf(step, QStringLiteral("protocol.tls_untrusted"));
        QCOMPARE(f->severity, Severity::Warning);
        QVERIFY(f->title.contains(QStringLiteral("self-signed")));
        QVERIFY(f->detail.contains(QStringLiteral("mkcert")));
        const QJsonObject certificate = f->evidence.value(QStringLiteral("certificate")).toObject();
        QCOMPARE(certificate.value(QStringLiteral("subject")).toString(), QStringLiteral("localhost"));
        QVERIFY(
            certificate.value(QStringLiteral("problems")).toArray().contains(QStringLiteral("self_signed")));
        QVERIFY(!certificate.value(QStringLiteral("not_after")).toString().isEmpty());
        QCOMPARE(step.status, StepStatus::Warn);

        // The same certificate reached by address: localhost is not 127.0.0.1, so the name is wrong
        // too, and the fix is the name the certificate was made for.
        const StepResult byAddress = runStep(QStringLiteral("https://127.0.0.1:%1/").arg(port));
        const Finding* g = findingOf(byAddress, QStringLiteral("protocol.tls_untrusted"));
        QVERIFY(g);
        QVERIFY(g->evidence.value(QStringLiteral("certificate"))
                    .toObject()
                    .value(QStringLiteral("problems"))
                    .toArray()
                    .contains(QStringLiteral("wrong_name")));
        QVERIFY(!g->fixes.isEmpty());
        QCOMPARE(g->fixes.first().params.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://localhost:%1/").arg(port));
    }

    void wrongNameCertificate() {
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("openssl is needed for the TLS peer");
        const QString cert = makeCert(QStringLiteral("wrongname"), QStringLiteral("example.test"));
        QVERIFY(!cert.isEmpty());
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startTlsServer(server, port, cert), qPrintable(server.errorString()));
        const ProbeResult probe = ProtocolProbe::run(request(port, QStringLiteral("/"), true));
        QVERIFY(hasProblem(probe, CertProblem::WrongName));
        QCOMPARE(probe.tlsInfo->subject, QStringLiteral("example.test"));

        const StepResult step = runStep(QStringLiteral("https://localhost:%1/").arg(port));
        const Finding* f = findingOf(step, QStringLiteral("protocol.tls_untrusted"));
        QVERIFY(f);
        QVERIFY(f->title.contains(QStringLiteral("another name")));
        QVERIFY(f->detail.contains(QStringLiteral("example.test")));
        QVERIFY(f->fixes.isEmpty()); // example.test is not this machine: no URL to offer
    }

    void expiredAndFutureCertificates_data() {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("words");
        QTest::addRow("expired") << "20200101000000Z"
                                 << "20200102000000Z" << int(CertProblem::Expired) << "expired";
        QTest::addRow("not yet valid")
            << "20990101000000Z"
            << "20990102000000Z" << int(CertProblem::NotYetValid) << "not valid yet";
    }
    void expiredAndFutureCertificates() {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(int, problem);
        QFETCH(QString, words);
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("openssl is needed for the TLS peer");
        const QString cert =
            makeCert(QStringLiteral("dated-") + start, QStringLiteral("localhost"), start, end);
        QVERIFY(!cert.isEmpty());
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startTlsServer(server, port, cert), qPrintable(server.errorString()));
        const ProbeResult probe = ProtocolProbe::run(request(port, QStringLiteral("/"), true));
        QVERIFY2(hasProblem(probe, CertProblem(problem)), qPrintable(probe.tlsInfo->errors.join(';')));
        const StepResult step = runStep(QStringLiteral("https://localhost:%1/").arg(port));
        const Finding* f = findingOf(step, QStringLiteral("protocol.tls_untrusted"));
        QVERIFY(f);
        QVERIFY2(f->title.contains(words), qPrintable(f->title));
    }

    void plainServerOnHttpsUrl() {
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startHttpServer(server, port), qPrintable(server.errorString()));
        const ProbeResult probe = ProtocolProbe::run(request(port, QStringLiteral("/"), true));
        QVERIFY(!probe.tls);
        QCOMPARE(probe.service, QStringLiteral("http"));
        const StepResult step = runStep(QStringLiteral("https://127.0.0.1:%1/").arg(port));
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.plain_expected")});
        const Finding& f = step.findings.first();
        QCOMPARE(f.fixes.first().id, QStringLiteral("fix.use_url"));
        QCOMPARE(f.fixes.first().params.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://127.0.0.1:%1/").arg(port));
    }

    void otherServices_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("name");
        QTest::addRow("ssh") << "ssh"
                             << "ssh"
                             << "SSH";
        QTest::addRow("smtp") << "smtp"
                              << "smtp"
                              << "SMTP";
        QTest::addRow("mysql") << "mysql"
                               << "mysql"
                               << "MySQL";
        QTest::addRow("redis") << "redis"
                               << "redis"
                               << "Redis";
        QTest::addRow("postgres") << "postgres"
                                  << "postgresql"
                                  << "PostgreSQL";
    }
    void otherServices() {
        QFETCH(QString, mode);
        QFETCH(QString, service);
        QFETCH(QString, name);
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startFake(peer, mode, port), qPrintable(peer.errorString()));
        for (const bool tls : {false, true}) {
            const ProbeResult probe = ProtocolProbe::run(request(port, QStringLiteral("/"), tls));
            QCOMPARE(probe.service, service);
            QVERIFY(!probe.firstBytes.isEmpty());
        }
        QString probed;
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/").arg(port), 1500, &probed);
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.not_http")});
        const Finding& f = step.findings.first();
        QCOMPARE(f.severity, Severity::Error);
        QVERIFY2(f.title.contains(name), qPrintable(f.title));
        QVERIFY(!f.evidence.value(QStringLiteral("first_bytes")).toString().isEmpty());
        QCOMPARE(probed, service);
    }

    void realRedis() {
        if (!ld::test::haveProgram(QStringLiteral("redis-server")))
            QSKIP("redis-server is not installed");
        const quint16 port = ld::test::freePort();
        Peer redis;
        QVERIFY2(
            redis.startListening(QStringLiteral("redis-server"),
                                 {QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                                  kLoopback, QStringLiteral("--save"), QString()},
                                 kLoopback, port),
            qPrintable(redis.errorString()));
        const ProbeResult probe = ProtocolProbe::run(request(port));
        QCOMPARE(probe.service, QStringLiteral("redis"));
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.not_http")});
        QVERIFY(step.findings.first().title.contains(QStringLiteral("Redis")));
    }

    void silentServer() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startFake(peer, QStringLiteral("silent"), port), qPrintable(peer.errorString()));
        QElapsedTimer clock;
        clock.start();
        const ProbeResult probe = ProtocolProbe::run(request(port, QStringLiteral("/"), false, 600));
        QVERIFY(probe.silent);
        QVERIFY(probe.service.isEmpty());
        QVERIFY2(clock.elapsed() < 1200, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(clock.elapsed() >= 400); // it did wait for an answer

        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/").arg(port), 600);
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.no_response")});
        QVERIFY(step.findings.first().title.contains(QStringLiteral("never answers")));
        // https: the handshake gets no answer either.
        const ProbeResult tls = ProtocolProbe::run(request(port, QStringLiteral("/"), true, 600));
        QVERIFY(tls.silent);
    }

    void drippingServer() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startFake(peer, QStringLiteral("drip"), port), qPrintable(peer.errorString()));
        QElapsedTimer clock;
        clock.start();
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/").arg(port), 1500);
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.no_response")});
        const Finding& f = step.findings.first();
        QVERIFY(f.evidence.value(QStringLiteral("slow")).toBool());
        QVERIFY(f.title.contains(QStringLiteral("too slowly")));
    }

    void serverError() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startFake(peer, QStringLiteral("http500"), port), qPrintable(peer.errorString()));
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/api").arg(port));
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.http_error")});
        QVERIFY(step.findings.first().title.contains(QStringLiteral("500")));
        QCOMPARE(step.findings.first().evidence.value(QStringLiteral("status")).toInt(), 500);
    }

    void authenticationNeeded() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(startFake(peer, QStringLiteral("http401"), port), qPrintable(peer.errorString()));
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port));
        QCOMPARE(ids(step), QStringList{QStringLiteral("protocol.http_error")});
        const Finding& f = step.findings.first();
        QVERIFY(f.title.contains(QStringLiteral("401")));
        QVERIFY(f.evidence.value(QStringLiteral("www_authenticate"))
                    .toString()
                    .startsWith(QStringLiteral("Bearer")));
        QVERIFY(f.detail.contains(QStringLiteral("Bearer")));
    }

    void nothingConnectedSkips() {
        const quint16 port = ld::test::freePort(); // nothing listens there
        const StepResult step = runStep(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QVERIFY(step.findings.isEmpty());
        QCOMPARE(step.status, StepStatus::Skip);
    }

    // The whole command, through the real binary.
    void endToEnd() {
        const quint16 port = ld::test::freePort();
        Peer server;
        QVERIFY2(startHttpServer(server, port), qPrintable(server.errorString()));
        const auto ok =
            ld::test::runDoctor({QStringLiteral("check"), QStringLiteral("http://127.0.0.1:%1/").arg(port),
                                 QStringLiteral("--json")});
        QVERIFY(ok.finished);
        QVERIFY2(ld::test::findingIds(ok.json.object()).contains(QStringLiteral("protocol.http_ok")),
                 ok.out.constData());
        QCOMPARE(ld::test::stepStatus(ok.json.object(), QStringLiteral("protocol")), QStringLiteral("pass"));

        const quint16 sshPort = ld::test::freePort();
        Peer ssh;
        QVERIFY2(startFake(ssh, QStringLiteral("ssh"), sshPort), qPrintable(ssh.errorString()));
        const auto bad =
            ld::test::runDoctor({QStringLiteral("check"), QStringLiteral("http://127.0.0.1:%1/").arg(sshPort),
                                 QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject verdict = bad.json.object().value(QStringLiteral("verdict")).toObject();
        // The protocol step says what it speaks: the root cause, which explains the conflict step's
        // "unexpected program".
        QCOMPARE(verdict.value(QStringLiteral("finding")).toString(), QStringLiteral("protocol.not_http"));
        QVERIFY(ld::test::findingIds(bad.json.object()).contains(QStringLiteral("protocol.not_http")));
        QCOMPARE(ld::test::finding(bad.json.object(), QStringLiteral("protocol.not_http"))
                     .value(QStringLiteral("evidence"))
                     .toObject()
                     .value(QStringLiteral("service"))
                     .toString(),
                 QStringLiteral("ssh"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolProbe)
#include "tst_protocolprobe.moc"
