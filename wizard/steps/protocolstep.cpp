#include "wizard/steps/protocolstep.h"
#include "wizard/report/quote.h"

#include "wizard/knownports.h"
#include "wizard/probes/protocolprobe.h"
#include "wizard/steps/protocolfindings.h"

#include <QJsonArray>

namespace ld::wizard {

namespace {

class ProtocolStep final : public Step {
public:
    StepResult run(Facts& facts) override {
        StepResult result;
        const Target& target = facts.target();
        if (!target.port || *target.port <= 0 || *target.port > 65535)
            return result; // the port step explains; nothing to talk to
        const ServiceProbe& service = facts.service();
        if (!service.ran)
            return result; // skip: the server and firewall steps say why nothing connected
        const ProbeRequest& request = service.request;
        const ProbeResult& probe = service.result;

        const ProtocolFindings findings(ProtocolFindings::baseEvidence(request, probe));
        if (service.resetByPeer() && !probe.http) {
            result.findings << findings.reset(target, service);
        } else if (!probe.connected) {
            result.findings << findings.noResponse(target, probe, request);
        } else if (target.scheme == QLatin1String("tcp")) {
            result.findings << findings.identified(target, probe);
        } else {
            findings.conclude(target, service, result.findings);
        }
        result.settleStatus();
        return result;
    }
};

} // namespace

std::unique_ptr<Step> makeProtocolStep() {
    return std::make_unique<ProtocolStep>();
}

bool ProtocolFindings::wantsTls(const Target& target) {
    return target.scheme == QLatin1String("https") || target.scheme == QLatin1String("wss");
}

QString ProtocolFindings::urlWith(const Target& target, const QString& scheme, const QString& host) {
    Target changed = target;
    changed.scheme =
        scheme == QLatin1String("https") && target.scheme == QLatin1String("ws")   ? QStringLiteral("wss")
        : scheme == QLatin1String("http") && target.scheme == QLatin1String("wss") ? QStringLiteral("ws")
                                                                                   : scheme;
    if (!host.isEmpty())
        changed.host = host;
    changed.hostIsIpv6Literal = !host.isEmpty() ? host.contains(QLatin1Char(':')) : target.hostIsIpv6Literal;
    return changed.url();
}

QJsonObject ProtocolFindings::baseEvidence(const ProbeRequest& request, const ProbeResult& probe) {
    QJsonObject evidence{{QStringLiteral("address"), request.address.toString()},
                         {QStringLiteral("port"), request.port},
                         {QStringLiteral("path"), request.path},
                         {QStringLiteral("service"), probe.service},
                         {QStringLiteral("tls"), probe.tls},
                         {QStringLiteral("probe_ms"), qRound(probe.elapsedMs * 100) / 100.0},
                         {QStringLiteral("exchanges"), probe.trace}};
    if (probe.http) {
        evidence.insert(QStringLiteral("status"), probe.http->status);
        evidence.insert(QStringLiteral("reason"), QString::fromLatin1(probe.http->reason));
        evidence.insert(QStringLiteral("http_version"), QString::fromLatin1(probe.http->version));
        const QByteArray server = probe.http->header("Server");
        if (!server.isEmpty())
            evidence.insert(QStringLiteral("server"), QString::fromLatin1(server));
    }
    if (probe.health)
        evidence.insert(QStringLiteral("health"),
                        QJsonObject{{QStringLiteral("path"), probe.health->path},
                                    {QStringLiteral("status"), probe.health->status}});
    if (probe.tlsInfo)
        evidence.insert(QStringLiteral("certificate"), probe.tlsInfo->toJson());
    if (!probe.firstBytes.isEmpty())
        evidence.insert(QStringLiteral("first_bytes"), quoteBytes(probe.firstBytes, 200));
    if (!probe.serviceDetail.isEmpty())
        evidence.insert(QStringLiteral("service_detail"), probe.serviceDetail);
    if (!probe.connectError.isEmpty())
        evidence.insert(QStringLiteral("connect_error"), probe.connectError);
    return evidence;
}

Finding ProtocolFindings::make(const char* id, Severity severity, const QString& title,
                               const QString& detail) const {
    return Finding{QString::fromLatin1(id), severity, title, detail, m_evidence, {}};
}

void ProtocolFindings::conclude(const Target& target, const ServiceProbe& service,
                                QList<Finding>& findings) const {
    const ProbeRequest& request = service.request;
    const ProbeResult& probe = service.result;
    const bool wantTls = wantsTls(target);
    if (probe.clientCertRequired) {
        findings << clientCertRequired(target, probe.tlsInfo.value_or(TlsInfo{}));
        return;
    }
    if (probe.http && probe.tls != wantTls) {
        findings << (probe.tls ? tlsExpected(target) : plainExpected(target));
        if (probe.tls && probe.tlsInfo && !probe.tlsInfo->problems.isEmpty())
            findings << untrusted(target, *probe.tlsInfo);
        return;
    }
    if (probe.http && probe.headersTooLarge) {
        findings << headersTooLarge(target, probe);
        return;
    }
    if (probe.http) {
        if (auto redirected = redirectFinding(target, service))
            findings << *redirected;
        else if (auto refused = hostNotAllowed(target, service))
            findings << *refused;
        else
            findings << httpAnswer(target, request, probe);
        if (probe.tls && probe.tlsInfo && !probe.tlsInfo->problems.isEmpty())
            findings << untrusted(target, *probe.tlsInfo);
        else if (probe.tls && probe.tlsInfo)
            if (auto expiring = expiringSoon(target, *probe.tlsInfo))
                findings << *expiring;
        return;
    }
    if (probe.service == QLatin1String("tls") && probe.tlsInfo && !probe.tlsInfo->handshakeOk &&
        !probe.tlsInfo->failure.isEmpty()) {
        findings << handshakeFailed(target, *probe.tlsInfo);
        return;
    }
    if (probe.silent || probe.slow || probe.closedSilently || probe.service.isEmpty()) {
        findings << noResponse(target, probe, request);
        return;
    }
    if (probe.service == QLatin1String("http2")) {
        findings << http2Only(target, probe);
        return;
    }
    findings << notHttp(target, probe);
}

bool ProtocolFindings::answersAnyway(const Target& target, int status) {
    // A plain GET is not what API endpoints want: "method not allowed", "not acceptable" or
    // "upgrade required" still mean the right server answers. MCP endpoints say 400 without
    // a session.
    const bool mcpPath = target.path.endsWith(QLatin1String("/mcp")) ||
                         target.path.endsWith(QLatin1String("/sse")) ||
                         target.path.endsWith(QLatin1String("/messages"));
    const bool webSocket = target.scheme.startsWith(QLatin1String("ws"));
    return status == 405 || status == 406 || status == 426 || (status == 400 && (mcpPath || webSocket));
}

Finding ProtocolFindings::httpAnswer(const Target& target, const ProbeRequest& request,
                                     const ProbeResult& probe) const {
    const HttpHead& http = *probe.http;
    const QString statusText = QStringLiteral("%1 %2").arg(http.status).arg(QString::fromLatin1(http.reason));
    if (http.status < 400 || answersAnyway(target, http.status)) {
        const bool tls = probe.tls;
        Finding ok =
            make(tls ? "protocol.https_ok" : "protocol.http_ok", Severity::Ok,
                 tls ? tr("The server on port %1 answers HTTPS (%2)").arg(*target.port).arg(statusText)
                     : tr("The server on port %1 answers HTTP (%2)").arg(*target.port).arg(statusText),
                 {});
        QStringList detail;
        detail << tr("A web server answered %1 with \"%2\".").arg(request.path, statusText);
        const QByteArray server = http.header("Server");
        if (!server.isEmpty())
            detail << tr("It calls itself \"%1\".").arg(QString::fromLatin1(server));
        if (http.status >= 300 && http.status < 400 && !http.header("Location").isEmpty())
            detail << tr("It redirects to %1.").arg(QString::fromLatin1(http.header("Location")));
        if (http.status >= 400)
            detail << tr("That status is normal for an API endpoint asked with a plain GET.");
        if (probe.health) {
            if (probe.health->status == 0)
                detail << tr("/health did not answer in time.");
            else if (probe.health->status == 404)
                detail << tr("It has no /health endpoint (404), which is fine if you don't expect one.");
            else
                detail << tr("/health answered %1.").arg(probe.health->status);
        }
        ok.detail = detail.join(QLatin1Char(' '));
        return ok;
    }
    return httpError(target, probe);
}

Finding ProtocolFindings::httpError(const Target& target, const ProbeResult& probe) const {
    const HttpHead& http = *probe.http;
    const QString statusText = QStringLiteral("%1 %2").arg(http.status).arg(QString::fromLatin1(http.reason));
    Finding f = make("protocol.http_error", Severity::Error, {}, {});
    if (http.status == 404) {
        f.title = tr("The server on port %1 answers, but has nothing at %2 (%3)")
                      .arg(*target.port)
                      .arg(quoteInput(target.path), statusText);
        QStringList answering;
        for (const PathAnswer& answer : probe.alternatives) {
            answering << QStringLiteral("%1 (%2)").arg(answer.path).arg(answer.status);
            Target changed = target;
            changed.path = answer.path;
            f.fixes << Fix{QStringLiteral("fix.use_path"),
                           tr("Use %1").arg(quoteInput(changed.url())),
                           {{QStringLiteral("path"), answer.path}, {QStringLiteral("url"), changed.url()}},
                           false,
                           {},
                           FixAction::UseValue};
        }
        QJsonArray alternatives;
        for (const PathAnswer& answer : probe.alternatives)
            alternatives.append(QJsonObject{{QStringLiteral("path"), answer.path},
                                            {QStringLiteral("status"), answer.status}});
        f.evidence.insert(QStringLiteral("paths_that_answer"), alternatives);
        f.detail =
            answering.isEmpty()
                ? tr("The right server is probably running, but the path is wrong: none of %1 answered "
                     "either. Check the address in your client against the routes your server defines.")
                      .arg(ProtocolProbe::alternativePaths().join(QStringLiteral(", ")))
                : tr("The right server is probably running, but the path is wrong. These paths answer: "
                     "%1. MCP servers usually listen on /mcp (or /sse for the older transport).")
                      .arg(answering.join(QStringLiteral(", ")));
    } else if (http.status == 401 || http.status == 403) {
        const QString challenge = QString::fromLatin1(http.header("WWW-Authenticate"));
        if (!challenge.isEmpty())
            f.evidence.insert(QStringLiteral("www_authenticate"), challenge);
        f.title =
            http.status == 401
                ? tr("The server on port %1 wants you to sign in (%2)").arg(*target.port).arg(statusText)
                : tr("The server on port %1 refuses access (%2)").arg(*target.port).arg(statusText);
        f.detail =
            tr("The server is running and reachable, but this request needs credentials.") +
            QLatin1Char(' ') +
            (challenge.isEmpty() ? tr("It did not say which kind.") : tr("It asks for: %1.").arg(challenge)) +
            QLatin1Char(' ') +
            tr("Add the token or sign in (for MCP servers: the client's OAuth login, or an "
               "Authorization header in its config).");
    } else if (http.status >= 500) {
        f.title = tr("The server on port %1 failed while answering (%2)").arg(*target.port).arg(statusText);
        f.detail = tr("The server is running but hit an error of its own. Its console or log says why; "
                      "the network is fine.");
    } else {
        f.title = tr("The server on port %1 refused the request (%2)").arg(*target.port).arg(statusText);
        f.detail = tr("The server is running and reachable, but did not accept this request. Check the "
                      "path and what the server expects.");
    }
    return f;
}

Finding ProtocolFindings::notHttp(const Target& target, const ProbeResult& probe) const {
    const QString name = serviceDisplayName(probe.service);
    Finding f = make("protocol.not_http", Severity::Error,
                     tr("Port %1 speaks %2, not HTTP").arg(*target.port).arg(name), {});
    QStringList detail;
    detail << (probe.firstBytes.isEmpty()
                   ? tr("Something answers on this port, but it is not a web server: it is %1.").arg(name)
                   : tr("Something answers on this port, but it is not a web server: it is %1 (it said "
                        "\"%2\").")
                         .arg(name, quoteBytes(probe.firstBytes, 60)));
    if (const auto known = knownPort(*target.port))
        detail << tr("Port %1 usually belongs to %2.").arg(*target.port).arg(known->description);
    detail << tr("Check the port number: your web server probably listens on another port, or this program "
                 "took the port you meant for it.");
    f.detail = detail.join(QLatin1Char(' '));
    return f;
}

// An h2c-only (or gRPC) listener answered HTTP/1.1 with HTTP/2 frames: a web server, of a kind
// browsers can't talk to without TLS.
Finding ProtocolFindings::http2Only(const Target& target, const ProbeResult& probe) const {
    Finding f =
        make("protocol.http2_only", Severity::Error,
             tr("Port %1 speaks only HTTP/2 without TLS (h2c or gRPC), not HTTP/1.1").arg(*target.port),
             tr("The server answered the HTTP/1.1 request with HTTP/2 frames (%1): it only talks to "
                "clients that start in HTTP/2 right away (\"prior knowledge\"), as gRPC clients do. "
                "Browsers never speak HTTP/2 without TLS, so they can't open it, and most HTTP "
                "libraries can't either. Use a gRPC or HTTP/2 client (curl --http2-prior-knowledge), "
                "or let the server accept HTTP/1.1 too (nginx: \"listen %2;\" without http2, or "
                "http2 with ssl).")
                 .arg(probe.serviceDetail.isEmpty() ? QStringLiteral("SETTINGS") : probe.serviceDetail)
                 .arg(*target.port));
    f.evidence.insert(QStringLiteral("http2_preface"), true);
    return f;
}

// An HTTP reply whose headers never ended within the read cap: HTTP, but more than clients take.
Finding ProtocolFindings::headersTooLarge(const Target& target, const ProbeResult& probe) const {
    const int kb = int(ProtocolProbe::maxReplyBytes() / 1024);
    Finding f =
        make("protocol.headers_too_large", Severity::Error,
             tr("The server on port %1 answers with headers larger than %2 KB").arg(*target.port).arg(kb),
             tr("It answered HTTP status %1, but its headers did not end within %2 KB. Clients refuse "
                "that: browsers fail with ERR_RESPONSE_HEADERS_TOO_BIG, Node.js stops at 16 KB, "
                "nginx as a proxy at 4 to 8 KB (\"upstream sent too big header\"). Look for a header "
                "the server keeps growing: a cookie set again on every request or redirect, or a "
                "huge Content-Security-Policy or Link header.")
                 .arg(probe.http->status)
                 .arg(kb));
    f.evidence.insert(QStringLiteral("headers_too_large"), true);
    f.evidence.insert(QStringLiteral("limit_bytes"), qint64(ProtocolProbe::maxReplyBytes()));
    f.evidence.insert(QStringLiteral("headers_read"), qint64(probe.http->headers.size()));
    return f;
}

Finding ProtocolFindings::noResponse(const Target& target, const ProbeResult& probe,
                                     const ProbeRequest& request) const {
    Finding f = make("protocol.no_response", Severity::Error, {}, {});
    const qint64 waited = qRound64(probe.waitedMs > 0 ? probe.waitedMs : double(request.timeout.count()));
    f.evidence.insert(QStringLiteral("waited_ms"), waited);
    if (!probe.connected) {
        f.title = tr("The connection to port %1 failed when checking the protocol").arg(*target.port);
        f.detail = tr("The port accepted a connection a moment ago but not now (%1). The server may have "
                      "stopped or be restarting.")
                       .arg(probe.connectError);
    } else if (probe.slow) {
        f.evidence.insert(QStringLiteral("slow"), true);
        f.title = tr("The server on port %1 answers too slowly").arg(*target.port);
        f.detail = tr("It started to answer (\"%1\") but had not finished within %2 ms. The server is "
                      "overloaded, stuck in a long task, or sends its reply a little at a time.")
                       .arg(quoteBytes(probe.firstBytes, 60))
                       .arg(waited);
    } else if (probe.closedSilently) {
        f.evidence.insert(QStringLiteral("closed"), true);
        f.title = tr("The server on port %1 closes the connection without answering").arg(*target.port);
        f.detail = tr("Port %1 accepts connections, then hangs up without a word, whether asked in HTTP, "
                      "TLS or a database protocol. The program may reject this client, or speak a protocol "
                      "this tool doesn't know.")
                       .arg(*target.port);
    } else {
        f.title = tr("The server on port %1 accepts connections but never answers").arg(*target.port);
        f.detail = tr("Port %1 accepted the connection, then sent nothing within %2 ms. The program may be "
                      "hung or busy (a breakpoint, an endless loop), or it waits for a protocol other "
                      "than %3.")
                       .arg(*target.port)
                       .arg(waited)
                       .arg(wantsTls(target) ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"));
    }
    return f;
}

Finding ProtocolFindings::identified(const Target& target, const ProbeResult& probe) const {
    // A tcp:// target names no protocol: say what it speaks, as information.
    const QString name =
        probe.service.isEmpty() ? tr("nothing until spoken to") : serviceDisplayName(probe.service);
    Finding f =
        make("protocol.identified", Severity::Info, tr("Port %1 speaks %2").arg(*target.port).arg(name),
             tr("The address gives no protocol, so this is what answered an HTTP request."));
    return f;
}

bool ProtocolFindings::isLocalName(const QString& name) {
    const QHostAddress address(name);
    if (!address.isNull())
        return address.isLoopback();
    return name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"));
}

} // namespace ld::wizard
