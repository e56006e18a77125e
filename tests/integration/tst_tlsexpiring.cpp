// The protocol step against real TLS servers (openssl s_server) whose certificates this process
// trusts, as if a local CA (mkcert) had issued them: one that runs out in 3 days gets
// protocol.tls_expiring beside protocol.https_ok, one valid for 30 days does not.

#include "platform/system.h"
#include "support/peers.h"
#include "support/tlspeer.h"
#include "wizard/facts.h"
#include "wizard/steps/protocolstep.h"

#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::wizard;

namespace {

QStringList idsOf(const StepResult& step) {
    QStringList ids;
    for (const Finding& finding : step.findings)
        ids << finding.id;
    return ids;
}

} // namespace

class TestTlsExpiring : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ld::platform::System> m_system = ld::platform::createSystem();

    // The protocol step for https://localhost:PORT/ with a trusted certificate valid `days`.
    StepResult stepWithTrustedCertificate(int days) {
        const ld::test::SelfSigned cert = ld::test::makeSelfSigned(
            m_dir.path(), QStringLiteral("trusted-%1").arg(days), QStringLiteral("localhost"), days);
        if (cert.cert.isEmpty())
            return {};
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = before;
        trusting.addCaCertificates(QSslCertificate::fromPath(cert.cert));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([before] { QSslConfiguration::setDefaultConfiguration(before); });
        const quint16 port = ld::test::freePort();
        ld::test::Peer server;
        if (!ld::test::startTlsServer(server, port, cert, {QStringLiteral("-www")}))
            return {};
        const auto target = TargetParser::parse(QStringLiteral("https://localhost:%1/").arg(port)).target;
        Facts facts(*m_system, *target, Options{});
        return makeProtocolStep()->run(facts);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("openssl is needed for the TLS peers");
    }

    void expiresInThreeDays() {
        const StepResult step = stepWithTrustedCertificate(3);
        QCOMPARE(idsOf(step),
                 (QStringList{QStringLiteral("protocol.https_ok"), QStringLiteral("protocol.tls_expiring")}));
        const Finding& expiring = step.findings.at(1);
        QCOMPARE(expiring.severity, Severity::Warning);
        QVERIFY2(expiring.title.contains(QStringLiteral("expires in 3 day")), qPrintable(expiring.title));
        QCOMPARE(expiring.evidence.value(QStringLiteral("expires_in_days")).toInt(), 3);
        QVERIFY(expiring.detail.contains(QStringLiteral("renew")));
    }

    void validForAMonth() {
        const StepResult step = stepWithTrustedCertificate(30);
        QCOMPARE(idsOf(step), QStringList{QStringLiteral("protocol.https_ok")});
    }
};

QTEST_GUILESS_MAIN(TestTlsExpiring)
#include "tst_tlsexpiring.moc"
