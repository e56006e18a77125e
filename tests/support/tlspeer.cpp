#include "support/tlspeer.h"

#include <QDir>
#include <QProcess>

namespace ld::test {

SelfSigned makeSelfSigned(const QString& dir, const QString& name, const QString& cn, int days) {
    SelfSigned out;
    const QString key = QDir(dir).filePath(name + QStringLiteral(".key"));
    const QString cert = QDir(dir).filePath(name + QStringLiteral(".pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + cn, QStringLiteral("-days"), QString::number(days),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return out;
    out.cert = cert;
    out.key = key;
    return out;
}

bool startTlsServer(Peer& peer, quint16 port, const SelfSigned& cert, const QStringList& extra) {
    return peer.startListening(QStringLiteral("openssl"),
                               QStringList{QStringLiteral("s_server"), QStringLiteral("-accept"),
                                           QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                                           cert.cert, QStringLiteral("-key"), cert.key} +
                                   extra,
                               QStringLiteral("127.0.0.1"), port);
}

} // namespace ld::test
