// The protocol step's TLS findings: the wrong scheme either way, certificates clients refuse,
// handshakes that fail.
#include "wizard/report/quote.h"
#include "wizard/steps/protocolfindings.h"

#include <QLocale>

namespace ld::wizard {

namespace {

QString dateText(const QDateTime& when) {
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace

Finding ProtocolFindings::tlsExpected(const Target& target) const {
    const QString url = urlWith(target, QStringLiteral("https"));
    Finding f = make("protocol.tls_expected", Severity::Error,
                     tr("The server on port %1 speaks HTTPS, but the address says http://").arg(*target.port),
                     tr("The service on port %1 only talks over an encrypted (TLS) connection, so plain "
                        "http:// requests fail. Open %2 instead.")
                         .arg(*target.port)
                         .arg(quoteInput(url)));
    f.fixes << Fix{QStringLiteral("fix.use_url"),
                   tr("Use %1").arg(quoteInput(url)),
                   {{QStringLiteral("url"), url}},
                   false,
                   {},
                   FixAction::UseValue};
    return f;
}

Finding ProtocolFindings::plainExpected(const Target& target) const {
    const QString url = urlWith(target, QStringLiteral("http"));
    Finding f =
        make("protocol.plain_expected", Severity::Error,
             tr("The server on port %1 speaks plain HTTP, but the address says https://").arg(*target.port),
             tr("The service on port %1 is not encrypted, so an https:// client can't complete its "
                "TLS handshake. Open %2 instead, or turn on TLS in the server.")
                 .arg(*target.port)
                 .arg(quoteInput(url)));
    f.fixes << Fix{QStringLiteral("fix.use_url"),
                   tr("Use %1").arg(quoteInput(url)),
                   {{QStringLiteral("url"), url}},
                   false,
                   {},
                   FixAction::UseValue};
    return f;
}

Finding ProtocolFindings::untrusted(const Target& target, const TlsInfo& tls) const {
    Finding f = make("protocol.tls_untrusted", Severity::Warning, {}, {});
    QStringList titles;
    QStringList details;
    QStringList names;
    for (const QString& alt : tls.altNames)
        names << alt.section(QLatin1Char(':'), 1);
    if (names.isEmpty() && !tls.subject.isEmpty())
        names << tls.subject;
    for (const CertProblem problem : tls.problems) {
        switch (problem) {
        case CertProblem::SelfSigned:
            titles << tr("self-signed");
            details << tr("The certificate is self-signed (issued by %1 to itself), so no client trusts it "
                          "on its own. For local development, let a tool such as mkcert create a local "
                          "certificate authority that this computer trusts (\"mkcert -install\"), then "
                          "issue the server's certificate with it (\"mkcert localhost 127.0.0.1 ::1\").")
                           .arg(tls.issuer);
            break;
        case CertProblem::UntrustedIssuer:
            titles << tr("from an untrusted authority");
            details << tr("The certificate was issued by %1, an authority this computer does not trust. If "
                          "it "
                          "is your local CA (mkcert, a company CA), install it: \"mkcert -install\" or your "
                          "system's certificate store.")
                           .arg(tls.issuer);
            break;
        case CertProblem::Expired:
            titles << tr("expired");
            details << tr("It expired on %1. Renew or regenerate the certificate and restart the server.")
                           .arg(dateText(tls.notAfter));
            break;
        case CertProblem::NotYetValid:
            titles << tr("not valid yet");
            details << tr("It is valid only from %1: check this computer's clock, or regenerate the "
                          "certificate.")
                           .arg(dateText(tls.notBefore));
            break;
        case CertProblem::WrongName:
            titles << tr("for another name");
            details << tr("It is made for %1, not for %2. Use a name the certificate covers, or make a "
                          "certificate that includes %2.")
                           .arg(names.isEmpty() ? tr("no name") : names.join(QStringLiteral(", ")),
                                quoteInput(target.host));
            for (const QString& name : names) {
                if (name != target.host && isLocalName(name) && !name.contains(QLatin1Char('*'))) {
                    const QString url = urlWith(target, target.scheme, name);
                    f.fixes << Fix{QStringLiteral("fix.use_url"),
                                   tr("Use %1").arg(quoteInput(url)),
                                   {{QStringLiteral("url"), url}},
                                   false,
                                   {},
                                   FixAction::UseValue};
                    break;
                }
            }
            break;
        case CertProblem::Other:
            titles << tr("not trusted");
            details << tr("The TLS library says: %1.").arg(tls.errors.join(QStringLiteral("; ")));
            break;
        }
    }
    f.title =
        tr("The certificate of the server on port %1 is %2").arg(*target.port).arg(titles.join(tr(" and ")));
    f.detail = tr("Clients that check certificates (browsers, curl, Node, Python) will refuse this "
                  "connection.") +
               QLatin1Char(' ') + details.join(QLatin1Char(' '));
    return f;
}

std::optional<Finding> ProtocolFindings::expiringSoon(const Target& target, const TlsInfo& tls) const {
    constexpr int kWarningDays = 14; // as the tray's quick check
    if (!tls.notAfter.isValid())
        return std::nullopt;
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(tls.notAfter);
    const int days = int(std::max<qint64>(1, (seconds + 86399) / 86400)); // started days
    if (seconds <= 0 || days > kWarningDays)
        return std::nullopt;
    Finding f = make(
        "protocol.tls_expiring", Severity::Warning,
        tr("The certificate of the server on port %1 expires in %n day(s)", nullptr, days).arg(*target.port),
        tr("It is trusted and works today, but it is valid only until %1. After that, clients that "
           "check certificates (browsers, curl, Node, Python) refuse the connection: renew it and "
           "restart the server before then.")
            .arg(dateText(tls.notAfter)));
    f.evidence.insert(QStringLiteral("expires_in_days"), days);
    return f;
}

// The server ends the handshake because this client showed no certificate of its own (mutual TLS).
Finding ProtocolFindings::clientCertRequired(const Target& target, const TlsInfo& tls) const {
    Finding f = make("protocol.client_cert_required", Severity::Error,
                     tr("The server on port %1 wants a client certificate").arg(*target.port), {});
    QStringList detail;
    detail
        << tr("Port %1 speaks TLS and ends the handshake because this client showed no certificate of its "
              "own (mutual TLS; the server said: %2). Every client without one fails the same way: browsers "
              "ask you to pick a certificate, curl needs --cert and --key, other clients a client "
              "certificate setting.")
               .arg(*target.port)
               .arg(tls.failure.isEmpty() ? tr("certificate required") : tls.failure);
    detail << tr("Get the client certificate this server trusts, or turn its check off for local work "
                 "(nginx: ssl_verify_client off; openssl s_server: without -Verify).");
    if (!wantsTls(target))
        detail << tr("The address also says http://, but the server speaks only HTTPS: use %1.")
                      .arg(quoteInput(urlWith(target, QStringLiteral("https"))));
    f.detail = detail.join(QLatin1Char(' '));
    f.evidence.insert(QStringLiteral("client_certificate_required"), true);
    return f;
}

Finding ProtocolFindings::handshakeFailed(const Target& target, const TlsInfo& tls) const {
    return make("protocol.tls_handshake_failed", Severity::Error,
                tr("The server on port %1 speaks TLS, but the handshake fails").arg(*target.port),
                tr("Port %1 answers in TLS, yet no secure connection could be agreed (%2). The server may "
                   "allow only old TLS versions, want a client certificate, or be misconfigured: its log "
                   "says which.")
                    .arg(*target.port)
                    .arg(tls.failure));
}

} // namespace ld::wizard
