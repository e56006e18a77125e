#pragma once
// What a TLS handshake says about a server's certificate: who it is for, who signed it, its
// dates, and what a checking client would object to (self-signed, expired, wrong name...).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QSslSocket;

namespace ld::wizard {

enum class CertProblem { SelfSigned, Expired, NotYetValid, WrongName, UntrustedIssuer, Other };
QString certProblemId(CertProblem problem); // "self_signed", "expired", ... for evidence

struct TlsInfo {
    bool handshakeOk = false;
    QString failure; // why the handshake failed, when it did
    QString protocol;
    QString cipher;
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList altNames; // "DNS:localhost", "IP:127.0.0.1"
    QList<CertProblem> problems;
    QStringList errors; // the TLS library's words for each problem

    QJsonObject toJson() const;
};

// A socket that verifies the peer as clients do, but records the errors instead of refusing,
// so the certificate can be read.
std::unique_ptr<QSslSocket> makeInspectingTlsSocket(const QString& peerName);
// What the socket's handshake (finished or failed) showed.
TlsInfo inspectTls(QSslSocket& socket);

} // namespace ld::wizard
