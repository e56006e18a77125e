#include "support/tlspeer.h"

#include <QDir>
#include <QFile>
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

SelfSigned makeDatedSelfSigned(const QString& dir, const QString& name, const QString& cn,
                               const QString& startDate, const QString& endDate) {
    SelfSigned out;
    const QString key = QDir(dir).filePath(name + QStringLiteral(".key"));
    const QString cert = QDir(dir).filePath(name + QStringLiteral(".pem"));
    const QString ca = QDir(dir).filePath(name + QStringLiteral("-ca"));
    QDir().mkpath(ca);
    QFile(ca + QStringLiteral("/index.txt")).open(QIODevice::WriteOnly);
    QFile serial(ca + QStringLiteral("/serial"));
    serial.open(QIODevice::WriteOnly);
    serial.write("01\n");
    serial.close();
    QFile conf(ca + QStringLiteral("/ca.cnf"));
    conf.open(QIODevice::WriteOnly);
    conf.write(
        QStringLiteral("[ca]\ndefault_ca = d\n[d]\ndatabase = %1/index.txt\nnew_certs_dir = %1\n"
                       "serial = %1/serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n")
            .arg(ca)
            .toUtf8());
    conf.close();
    const QString csr = ca + QStringLiteral("/req.csr");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + cn, QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return out;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                   ca + QStringLiteral("/ca.cnf"), QStringLiteral("-selfsign"), QStringLiteral("-keyfile"),
                   key, QStringLiteral("-in"), csr, QStringLiteral("-startdate"), startDate,
                   QStringLiteral("-enddate"), endDate, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning("openssl ca failed: %s", openssl.readAll().constData());
        return out;
    }
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
