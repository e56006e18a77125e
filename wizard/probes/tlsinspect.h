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
    // The server ended the handshake because we sent no client certificate: a certificate_required
    // alert (TLS 1.3), or a handshake_failure after it had shown its own certificate (TLS 1.2).
    bool clientCertRequired = false;

    QJsonObject toJson() const;
};

// A socket that verifies the peer as clients do, but records the errors instead of refusing,
// so the certificate can be read.
std::unique_ptr<QSslSocket> makeInspectingTlsSocket(const QString& peerName);
// An error text (the handshake's, or a read's right after it) that is the server's
// certificate_required alert: in TLS 1.3 it comes after the client's Finished, on the first read.
bool isClientCertificateAlert(const QString& error);
// What the socket's handshake (finished or failed) showed.
TlsInfo inspectTls(QSslSocket& socket);

} // namespace ld::wizard
