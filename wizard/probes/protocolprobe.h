#pragma once
// Finds out what a port speaks: HTTP, HTTPS (and what is wrong with its certificate), or
// something else (SSH, Redis, PostgreSQL...). Synchronous and bounded in time and bytes: it runs
// on the diagnosis worker thread, never on the GUI thread.

#include "wizard/probes/replyclassifier.h"
#include "wizard/probes/tlsinspect.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

namespace ld::wizard {

struct PathAnswer {
    QString path;
    int status = 0; // 0: no HTTP answer in time
};

struct ProbeRequest {
    QHostAddress address;
    quint16 port = 0;
    QString hostHeader; // host[:port] for the Host header
    QString peerName;   // the name the certificate must carry (the target's host)
    QString path = QStringLiteral("/");
    bool tlsFirst = false; // the URL says https://
    std::chrono::milliseconds timeout{1500};
    std::function<bool()> cancelled; // polled while waiting; may be empty
};

struct ProbeResult {
    bool connected = false;
    QString connectError;
    // "http", "https", "tls" (TLS, then something other than HTTP), "ssh", "redis", "postgresql"...;
    // empty when the server never said a word.
    QString service;
    bool tls = false;                 // the service speaks TLS
    std::optional<TlsInfo> tlsInfo;   // from the handshake, when one was tried
    std::optional<HttpHead> http;     // the reply to GET path
    QByteArray firstBytes;            // the first bytes of the reply that decided (bounded)
    QString serviceDetail;            // version or message from a non-HTTP greeting
    bool closedSilently = false;      // closed the connection without a byte, every time
    bool silent = false;              // kept the connection open and said nothing in time
    bool slow = false;                // started answering but not finished in time
    bool headersTooLarge = false;     // an HTTP reply whose headers did not end within the read cap
    bool clientCertRequired = false;  // a TLS server that ends the handshake without a client cert
    double waitedMs = 0;              // how long the silent or slow reply was waited for
    std::optional<PathAnswer> health; // GET /health
    QList<PathAnswer> alternatives;   // after a 404: which of /, /health, /mcp, /sse answer
    QJsonArray trace;                 // what was sent, what came back, how long it took
    double elapsedMs = 0;
};

class ProtocolProbe {
public:
    static ProbeResult run(const ProbeRequest& request);
    // The paths offered after a 404, in the order they are suggested.
    static QStringList alternativePaths();
    // One GET of `path` on the request's server, in TLS when `tls` (the redirect follower's hops):
    // the status line and headers, or nothing when no HTTP answer came in time.
    static std::optional<HttpHead> head(const ProbeRequest& request, bool tls, const QString& path);
    // The read cap of every reply (a head that does not end within it is "too large").
    static qsizetype maxReplyBytes();
};

} // namespace ld::wizard
