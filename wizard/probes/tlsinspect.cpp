#include "wizard/probes/tlsinspect.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace ld::wizard {

namespace {

QString certDisplay(const QStringList& parts) {
    return parts.join(QStringLiteral(", "));
}

QString protocolName(QSsl::SslProtocol protocol) {
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        break;
    }
    return QStringLiteral("TLS");
}

CertProblem problemOf(QSslError::SslError error) {
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return CertProblem::SelfSigned;
    case QSslError::CertificateExpired:
        return CertProblem::Expired;
    case QSslError::CertificateNotYetValid:
        return CertProblem::NotYetValid;
    case QSslError::HostNameMismatch:
        return CertProblem::WrongName;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return CertProblem::UntrustedIssuer;
    default:
        break;
    }
    return CertProblem::Other;
}

} // namespace

QString certProblemId(CertProblem problem) {
    switch (problem) {
    case CertProblem::SelfSigned:
        return QStringLiteral("self_signed");
    case CertProblem::Expired:
        return QStringLiteral("expired");
    case CertProblem::NotYetValid:
        return QStringLiteral("not_yet_valid");
    case CertProblem::WrongName:
        return QStringLiteral("wrong_name");
    case CertProblem::UntrustedIssuer:
        return QStringLiteral("untrusted_issuer");
    case CertProblem::Other:
        break;
    }
    return QStringLiteral("other");
}

QJsonObject TlsInfo::toJson() const {
    QJsonArray problemIds;
    for (const CertProblem problem : problems)
        problemIds.append(certProblemId(problem));
    QJsonObject json{{QStringLiteral("handshake"), handshakeOk},
                     {QStringLiteral("subject"), subject},
                     {QStringLiteral("issuer"), issuer},
                     {QStringLiteral("not_before"), notBefore.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("not_after"), notAfter.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("alt_names"), QJsonArray::fromStringList(altNames)},
                     {QStringLiteral("problems"), problemIds},
                     {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
    if (!protocol.isEmpty())
        json.insert(QStringLiteral("protocol"), protocol);
    if (!cipher.isEmpty())
        json.insert(QStringLiteral("cipher"), cipher);
    if (!failure.isEmpty())
        json.insert(QStringLiteral("failure"), failure);
    return json;
}

std::unique_ptr<QSslSocket> makeInspectingTlsSocket(const QString& peerName) {
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(conf);
    socket->setPeerVerifyName(peerName);
    QSslSocket* raw = socket.get();
    QObject::connect(raw, &QSslSocket::sslErrors, raw,
                     [raw](const QList<QSslError>&) { raw->ignoreSslErrors(); });
    return socket;
}

bool isClientCertificateAlert(const QString& error) {
    return error.contains(QLatin1String("certificate required"), Qt::CaseInsensitive);
}

TlsInfo inspectTls(QSslSocket& socket) {
    TlsInfo info;
    info.handshakeOk = socket.isEncrypted();
    if (!info.handshakeOk)
        info.failure = socket.errorString();
    const QSslCertificate cert = socket.peerCertificate();
    if (!cert.isNull()) {
        info.subject = certDisplay(cert.subjectInfo(QSslCertificate::CommonName));
        if (info.subject.isEmpty())
            info.subject = cert.subjectDisplayName();
        info.issuer = certDisplay(cert.issuerInfo(QSslCertificate::CommonName));
        if (info.issuer.isEmpty())
            info.issuer = cert.issuerDisplayName();
        info.notBefore = cert.effectiveDate();
        info.notAfter = cert.expiryDate();
        const auto names = cert.subjectAlternativeNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            info.altNames.append(
                (it.key() == QSsl::DnsEntry ? QStringLiteral("DNS:") : QStringLiteral("IP:")) + it.value());
    }
    if (info.handshakeOk) {
        info.protocol = protocolName(socket.sessionProtocol());
        info.cipher = socket.sessionCipher().name();
    }
    for (const QSslError& error : socket.sslHandshakeErrors()) {
        const CertProblem problem = problemOf(error.error());
        if (!info.problems.contains(problem))
            info.problems.append(problem);
        if (!info.errors.contains(error.errorString()))
            info.errors.append(error.errorString());
    }
    // TLS 1.2 servers that want a client certificate answer its absence with handshake_failure,
    // after their own certificate came; a cipher mismatch fails before any certificate.
    info.clientCertRequired =
        !info.handshakeOk &&
        (isClientCertificateAlert(info.failure) ||
         (info.failure.contains(QLatin1String("alert handshake failure"), Qt::CaseInsensitive) &&
          (!cert.isNull() || !socket.sslHandshakeErrors().isEmpty())));
    return info;
}

} // namespace ld::wizard
