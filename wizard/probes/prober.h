#pragma once
// The protocol probe's worker, internal to wizard/probes: one object per probe, its methods over
// protocolprobe.cpp (connections, reads, the HTTP and TLS exchanges, follow-ups) and
// protocolrace.cpp (the binary protocols asked all at once when a server hangs up on HTTP).

#include "wizard/probes/protocolprobe.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <memory>

namespace spdlog {
class logger;
}

namespace ld::wizard::probe {

constexpr qsizetype kMaxReply = 64 * 1024;
constexpr int kIdleAfterUnknownMs = 100; // unknown bytes: stop once the server pauses this long
constexpr int kCancelPollMs = 50;

struct Read {
    QByteArray bytes;
    ReplyClass reply;
    bool closed = false;
    bool timedOut = false;
    bool cancelled = false;
    double ms = 0;
    QString error; // the socket's error when the read ended on one (a TLS alert, a reset)
};

// An HTTP status line whose headers did not end within the read cap.
inline bool headersOverflow(const Read& read) {
    return read.reply.kind == ReplyKind::Http && read.reply.http.status > 0 && !read.reply.complete &&
           read.bytes.size() >= kMaxReply;
}

class Prober {
public:
    // The first exchange may use three quarters of the time; the rest is for /health and the
    // path suggestions, so a slow first answer still leaves room for them.
    explicit Prober(const ProbeRequest& request)
        : m_request(request)
        , m_deadline(request.timeout)
        , m_primaryDeadline(request.timeout * 3 / 4) {
        m_clock.start();
    }

    ProbeResult run();
    // One GET on the request's server (TLS when asked), for ProtocolProbe::head().
    std::optional<HttpHead> fetch(bool tls, const QString& path) {
        m_result.tls = tls;
        return get(path);
    }
    QString connectError() const { return m_connectError; }

private:
    static spdlog::logger& log();
    bool cancelled() const { return m_request.cancelled && m_request.cancelled(); }

    QByteArray httpRequest(const QString& path) const;
    std::unique_ptr<QTcpSocket> connectPlain(QDeadlineTimer deadline);
    // TCP first, then the handshake, so a refused connect and a failed handshake stay apart.
    std::unique_ptr<QSslSocket> connectTls(QDeadlineTimer deadline, TlsInfo* info, bool* tcpConnected);
    Read readReply(QTcpSocket& socket, QDeadlineTimer deadline);
    void trace(const QString& attempt, const QByteArray& sent, const Read& read);
    void traceTls(const TlsInfo& info, double ms);
    // The URL says http://: ask in plain HTTP on the first connection.
    void plainFirst();
    // The URL says https://: a TLS handshake first, then HTTP inside it.
    void tlsFirst();
    void httpInside(QSslSocket& socket, QDeadlineTimer deadline);
    bool tryTls(QDeadlineTimer deadline);
    // The TLS server wants a client certificate: say so and stop (nothing else will answer).
    void clientCertificateWanted(const TlsInfo& info);
    void conclude(const Read& read, bool mayTryTls);
    // protocolrace.cpp: the server closed on our HTTP request without a word. Ask, all at once on
    // fresh connections, in the first message of the protocols that do that (and TLS).
    void race(bool withTls);
    std::optional<HttpHead> get(const QString& path);
    void followUps();

    const ProbeRequest& m_request;
    QDeadlineTimer m_deadline;
    QDeadlineTimer m_primaryDeadline;
    QElapsedTimer m_clock;
    QString m_connectError;
    ProbeResult m_result;
};

} // namespace ld::wizard::probe
