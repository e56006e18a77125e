// The tray's quick check on the ways an endpoint is down that are not "refused" or "timed out":
// an address that does not parse, a TLS handshake that fails (openssl s_server demanding a client
// certificate), and a connect refused by an ICMP host-unreachable (nftables in a namespace of the
// test's own) rather than by the port itself.

#include "support/peers.h"
#include "support/tlspeer.h"
#include "wizard/watch/quickprobe.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::test;
using namespace ld::wizard;
using namespace std::chrono_literals;

namespace {

QuickResult quickCheck(const QString& target) {
    QuickProbe probe(target, 3000ms, 1000ms);
    QSignalSpy finished(&probe, &QuickProbe::finished);
    probe.start();
    if (!finished.wait(10000) || finished.isEmpty())
        return {};
    return finished.first().first().value<QuickResult>();
}

} // namespace

class TestQuickProbeFailures final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QuickResult>(); }

    void unparsableTargetIsInvalid() {
        const QuickResult result = quickCheck(QStringLiteral("gopher://127.0.0.1:70/"));
        QCOMPARE(result.finding, QStringLiteral("target.invalid"));
        QCOMPARE(result.state, QuickState::Down);
        QVERIFY2(result.title.contains(QStringLiteral("gopher")), qPrintable(result.title));
    }

    void failedHandshakeIsTlsFailed() {
        if (!haveProgram(QStringLiteral("openssl")))
            QSKIP("needs openssl to make a certificate and run s_server");
        QTemporaryDir dir;
        const SelfSigned cert = makeSelfSigned(dir.path(), QStringLiteral("server"));
        QVERIFY(!cert.cert.isEmpty());
        const quint16 port = freePort();
        Peer server;
        // -Verify 1 over TLS 1.2: the server aborts the handshake itself when no client certificate comes
        // (in TLS 1.3 the handshake completes and the alert follows on the first read).
        QVERIFY2(startTlsServer(server, port, cert,
                                {QStringLiteral("-Verify"), QStringLiteral("1"), QStringLiteral("-tls1_2"),
                                 QStringLiteral("-www")}),
                 qPrintable(server.errorString()));
        const QuickResult result = quickCheck(QStringLiteral("https://127.0.0.1:%1/").arg(port));
        QVERIFY2(result.finding == QLatin1String("protocol.tls_failed"),
                 qPrintable(result.finding + QStringLiteral(": ") + result.title));
        QCOMPARE(result.state, QuickState::Down);
    }

    void unreachableIsConnectFailed() {
        if (!haveProgram(QStringLiteral("nft")))
            QSKIP("needs nft (nftables) to add a reject rule in the namespace");
        Netns ns(QStringLiteral("quick"));
        if (!ns.unavailableReason().isEmpty())
            QSKIP(qPrintable(ns.unavailableReason()));
        const quint16 port = 18092;
        Peer server;
        QVERIFY(server.start(QStringLiteral("ip"),
                             ns.wrapper().mid(1) +
                                 QStringList{QStringLiteral("python3"), QStringLiteral("-u"),
                                             QStringLiteral("-m"), QStringLiteral("http.server"),
                                             QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                             QString::number(port)}));
        QVERIFY2(server.waitForOutput("Serving HTTP"), qPrintable(server.output()));
        QByteArray out;
        QCOMPARE(ns.exec({QStringLiteral("nft"),
                          QStringLiteral(
                              "add table inet t; add chain inet t out { type filter hook output priority "
                              "0; }; add rule inet t out tcp dport %1 reject with icmpx type "
                              "host-unreachable")
                              .arg(port)},
                         &out),
                 0);
        QTemporaryDir settings;
        const QStringList env{QStringLiteral("LD_SETTINGS_DIR=") + settings.path()};
        QCOMPARE(runDoctor({QStringLiteral("tray"), QStringLiteral("--add"),
                            QStringLiteral("web=http://127.0.0.1:%1/").arg(port)},
                           30000, {}, env)
                     .exitCode,
                 0);
        const RunResult run =
            runDoctor({QStringLiteral("tray"), QStringLiteral("--once"), QStringLiteral("--json"),
                       QStringLiteral("--timeout-ms"), QStringLiteral("3000")},
                      30000, ns.wrapper(), env);
        QCOMPARE(run.exitCode, 1);
        const QJsonArray endpoints = run.json.object().value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        const QJsonObject web = endpoints.first().toObject();
        QCOMPARE(web.value(QStringLiteral("state")).toString(), QStringLiteral("down"));
        QVERIFY2(web.value(QStringLiteral("finding")).toString() == QLatin1String("server.connect_failed"),
                 run.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestQuickProbeFailures)
#include "tst_quickprobe_failures.moc"
