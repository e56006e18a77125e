#include "wizard/probes/protocolprobe.h"

#include "platform/log.h"
#include "wizard/probes/prober.h"

#include <QUrl>
#include <spdlog/spdlog.h>

// Order of the probe, and why. A healthy HTTP server is silent until asked, so waiting for a
// greeting first would cost every healthy check that wait. Instead the first connection sends
// what the URL says right away: the HTTP request for http://, a TLS ClientHello for https://.
// Servers that speak first (SSH, SMTP, FTP, MySQL, POP3, IMAP, VNC) still have their greeting
// read first, because they send it on accept, before reading our bytes; the same connection
// serves as greeting detector and HTTP exchange. Sending a ClientHello first to http:// URLs
// would add a TLS round trip and a second connection to every plain check. Measured against
// python's http.server on loopback (this shared 2-core machine, 20 runs of the CLI): the whole
// step, then GET / and GET /health, median 1.8 ms (4.5 ms while the machine was busy), best 1.3 ms; /health
// is now asked only after an answer that is not 2xx. Only when the first answer is not what was expected does
// the probe try more: TLS after a TLS alert, a 400 or a silent close; and, in parallel, the first message of
// the binary protocols that hang up on HTTP without a word (PostgreSQL's SSLRequest, MongoDB's hello, Redis'
// PING: real Redis drops an HTTP request before flushing its error). Follow-up requests read only the status
// line and headers, each on its own short connection
// ("Connection: close"). Every read is bounded by 64 KiB and by the request's timeout.

namespace ld::wizard {

namespace probe {

spdlog::logger& Prober::log() {
    return ld::log::get(ld::log::Area::Probe);
}

ProbeResult Prober::run() {
    if (m_request.tlsFirst)
        tlsFirst();
    else
        plainFirst();
    followUps();
    m_result.elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
    log().debug("protocol probe {}:{} -> service '{}' in {:.2f} ms",
                m_request.address.toString().toStdString(), m_request.port, m_result.service.toStdString(),
                m_result.elapsedMs);
    return m_result;
}

QByteArray Prober::httpRequest(const QString& path) const {
    // Only printable ASCII goes on the request line; anything else is percent-encoded.
    const QByteArray target = QUrl::toPercentEncoding(path, "/?&=%:@!$'()*+,;~-._");
    return "GET " + (target.isEmpty() ? QByteArray("/") : target) +
           " HTTP/1.1\r\nHost: " + m_request.hostHeader.toUtf8() +
           "\r\nUser-Agent: localhost-doctor/" LD_VERSION "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

std::unique_ptr<QTcpSocket> Prober::connectPlain(QDeadlineTimer deadline) {
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(m_request.address, m_request.port);
    if (!socket->waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        m_connectError = socket->errorString();
        return {};
    }
    return socket;
}

std::unique_ptr<QSslSocket> Prober::connectTls(QDeadlineTimer deadline, TlsInfo* info, bool* tcpConnected) {
    auto socket = makeInspectingTlsSocket(m_request.peerName);
    socket->connectToHost(m_request.address.toString(), m_request.port);
    *tcpConnected = socket->waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())));
    if (!*tcpConnected) {
        m_connectError = socket->errorString();
        return {};
    }
    socket->startClientEncryption();
    socket->waitForEncrypted(int(qMax<qint64>(1, deadline.remainingTime())));
    *info = inspectTls(*socket);
    if (!info->handshakeOk && socket->state() == QAbstractSocket::ConnectedState && deadline.hasExpired())
        info->failure.clear(); // no answer at all: silence, not a failure
    return socket;
}

Read Prober::readReply(QTcpSocket& socket, QDeadlineTimer deadline) {
    QElapsedTimer clock;
    clock.start();
    Read read;
    // The error as it happens: once the socket is closed, its error string may be a generic one
    // (a TLS 1.3 alert such as certificate_required only shows here).
    QString firstError;
    const QMetaObject::Connection watch =
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket, [&socket, &firstError] {
            if (firstError.isEmpty())
                firstError = socket.errorString();
        });
    for (;;) {
        if (socket.bytesAvailable() > 0)
            read.bytes += socket.read(kMaxReply - read.bytes.size());
        read.reply = classifyReply(read.bytes);
        if (read.reply.complete || read.bytes.size() >= kMaxReply)
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            read.closed = true;
            read.error = !firstError.isEmpty()                                   ? firstError
                         : socket.error() != QAbstractSocket::UnknownSocketError ? socket.errorString()
                                                                                 : QString();
            break;
        }
        if (cancelled()) {
            read.cancelled = true;
            break;
        }
        const qint64 left = deadline.remainingTime();
        if (left == 0) {
            read.timedOut = true;
            break;
        }
        const bool unknown = !read.bytes.isEmpty() && read.reply.kind == ReplyKind::Unknown;
        const int wait = int(qMin<qint64>(unknown ? kIdleAfterUnknownMs : kCancelPollMs, left));
        if (!socket.waitForReadyRead(wait) && unknown && socket.state() == QAbstractSocket::ConnectedState)
            break; // the server paused after bytes we can't read: take what came
    }
    QObject::disconnect(watch);
    read.ms = double(clock.nsecsElapsed()) / 1e6;
    return read;
}

void Prober::trace(const QString& attempt, const QByteArray& sent, const Read& read) {
    QJsonObject entry{
        {QStringLiteral("attempt"), attempt},
        {QStringLiteral("sent"), quoteBytes(sent.left(sent.indexOf('\r') < 0 ? 48 : sent.indexOf('\r')))},
        {QStringLiteral("received"), quoteBytes(read.bytes)},
        {QStringLiteral("ms"), qRound(read.ms * 100) / 100.0}};
    if (read.closed)
        entry.insert(QStringLiteral("closed"), true);
    if (read.timedOut)
        entry.insert(QStringLiteral("timed_out"), true);
    if (!read.error.isEmpty())
        entry.insert(QStringLiteral("error"), read.error);
    m_result.trace.append(entry);
}

void Prober::traceTls(const TlsInfo& info, double ms) {
    m_result.trace.append(
        QJsonObject{{QStringLiteral("attempt"), QStringLiteral("tls")},
                    {QStringLiteral("handshake"), info.handshakeOk         ? QStringLiteral("ok")
                                                  : info.failure.isEmpty() ? QStringLiteral("no answer")
                                                                           : info.failure},
                    {QStringLiteral("ms"), qRound(ms * 100) / 100.0}});
}

void Prober::plainFirst() {
    auto socket = connectPlain(m_primaryDeadline);
    if (!socket)
        return;
    m_result.connected = true;
    const QByteArray request = httpRequest(m_request.path);
    socket->write(request);
    const Read read = readReply(*socket, m_primaryDeadline);
    trace(QStringLiteral("http"), request, read);
    socket->abort();
    conclude(read, /*mayTryTls=*/true);
}

void Prober::tlsFirst() {
    TlsInfo info;
    bool tcp = false;
    QElapsedTimer clock;
    clock.start();
    auto socket = connectTls(m_primaryDeadline, &info, &tcp);
    if (!tcp)
        return;
    m_result.connected = true;
    traceTls(info, double(clock.nsecsElapsed()) / 1e6);
    m_result.tlsInfo = info;
    if (info.handshakeOk) {
        m_result.tls = true;
        httpInside(*socket, m_primaryDeadline);
        return;
    }
    socket->abort();
    if (info.clientCertRequired) {
        clientCertificateWanted(info);
        return;
    }
    if (info.failure.isEmpty()) { // connected, then nothing in the whole window
        m_result.silent = true;
        m_result.waitedMs = double(clock.nsecsElapsed()) / 1e6;
        return;
    }
    // Not TLS: ask in plain HTTP on a new connection, to name what it is.
    auto plain = connectPlain(m_deadline);
    if (!plain)
        return;
    const QByteArray request = httpRequest(m_request.path);
    plain->write(request);
    const Read read = readReply(*plain, m_deadline);
    trace(QStringLiteral("http"), request, read);
    plain->abort();
    conclude(read, /*mayTryTls=*/false);
}

void Prober::httpInside(QSslSocket& socket, QDeadlineTimer deadline) {
    const QByteArray request = httpRequest(m_request.path);
    QString writeError; // a TLS 1.3 alert can arrive while the request goes out
    const QMetaObject::Connection watch =
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &socket, [&socket, &writeError] {
            if (writeError.isEmpty())
                writeError = socket.errorString();
        });
    socket.write(request);
    Read read = readReply(socket, deadline);
    QObject::disconnect(watch);
    if (read.error.isEmpty() || !isClientCertificateAlert(read.error))
        read.error = isClientCertificateAlert(writeError) ? writeError : read.error;
    trace(QStringLiteral("https"), request, read);
    socket.abort();
    if (read.bytes.isEmpty() && isClientCertificateAlert(read.error)) {
        // TLS 1.3: the handshake looked done to us; the server's alert comes on the first read.
        TlsInfo info = m_result.tlsInfo.value_or(TlsInfo{});
        info.failure = read.error;
        info.clientCertRequired = true;
        clientCertificateWanted(info);
        return;
    }
    if (headersOverflow(read)) {
        m_result.service = QStringLiteral("https");
        m_result.http = read.reply.http;
        m_result.headersTooLarge = true;
        return;
    }
    if (read.reply.kind == ReplyKind::Http && read.reply.http.status > 0) {
        m_result.service = QStringLiteral("https");
        m_result.http = read.reply.http;
    } else if (read.bytes.isEmpty()) {
        m_result.service = QStringLiteral("tls");
        m_result.silent = read.timedOut;
        m_result.closedSilently = read.closed;
        m_result.waitedMs = read.ms;
    } else {
        m_result.service = QStringLiteral("tls");
        m_result.firstBytes = read.bytes.left(256);
        m_result.slow = read.timedOut && read.reply.kind == ReplyKind::Http;
    }
}

bool Prober::tryTls(QDeadlineTimer deadline) {
    TlsInfo info;
    bool tcp = false;
    QElapsedTimer clock;
    clock.start();
    auto socket = connectTls(deadline, &info, &tcp);
    if (!tcp)
        return false;
    traceTls(info, double(clock.nsecsElapsed()) / 1e6);
    m_result.tlsInfo = info; // kept on failure too: it says why TLS did not work
    if (info.clientCertRequired) {
        clientCertificateWanted(info);
        return true;
    }
    if (!info.handshakeOk)
        return false;
    m_result.tls = true;
    httpInside(*socket, deadline);
    return true;
}

void Prober::conclude(const Read& read, bool mayTryTls) {
    const ReplyClass& reply = read.reply;
    if (read.cancelled)
        return;
    if (headersOverflow(read)) {
        m_result.service = QStringLiteral("http");
        m_result.http = reply.http;
        m_result.headersTooLarge = true;
        return;
    }
    if (reply.kind == ReplyKind::Http && reply.http.status > 0 && (reply.complete || read.closed)) {
        // nginx and others answer a plain request on a TLS port with a 400 that says so.
        if (reply.http.status == 400 && mayTryTls && tryTls(m_deadline))
            return;
        m_result.service = QStringLiteral("http");
        m_result.http = reply.http;
        return;
    }
    if (read.bytes.isEmpty() && !read.closed) {
        m_result.silent = true;
        m_result.waitedMs = read.ms;
        return;
    }
    if (reply.kind == ReplyKind::Http && read.timedOut) {
        m_result.slow = true;
        m_result.waitedMs = read.ms;
        m_result.firstBytes = read.bytes.left(256);
        return;
    }
    if (reply.kind == ReplyKind::Tls && mayTryTls && tryTls(m_deadline))
        return;
    if (read.bytes.isEmpty() || (reply.kind == ReplyKind::Http && read.closed)) {
        race(mayTryTls);
        return;
    }
    m_result.service = replyService(reply.kind);
    m_result.serviceDetail = reply.detail;
    m_result.firstBytes = read.bytes.left(256);
}

void Prober::clientCertificateWanted(const TlsInfo& info) {
    m_result.tls = true;
    m_result.service = QStringLiteral("tls");
    m_result.tlsInfo = info;
    m_result.tlsInfo->clientCertRequired = true;
    m_result.clientCertRequired = true;
}

std::optional<HttpHead> Prober::get(const QString& path) {
    if (cancelled() || m_deadline.hasExpired())
        return std::nullopt;
    std::unique_ptr<QTcpSocket> socket;
    if (m_result.tls) {
        TlsInfo info;
        bool tcp = false;
        auto tls = connectTls(m_deadline, &info, &tcp);
        if (!tcp || !info.handshakeOk)
            return std::nullopt;
        socket = std::move(tls);
    } else {
        socket = connectPlain(m_deadline);
        if (!socket)
            return std::nullopt;
    }
    const QByteArray request = httpRequest(path);
    socket->write(request);
    const Read read = readReply(*socket, m_deadline);
    trace(m_result.tls ? QStringLiteral("https") : QStringLiteral("http"), request, read);
    socket->abort();
    if (read.reply.kind != ReplyKind::Http || read.reply.http.status == 0)
        return std::nullopt;
    return read.reply.http;
}

void Prober::followUps() {
    if (!m_result.http || m_result.headersTooLarge)
        return;
    const QString health = QStringLiteral("/health");
    // A 2xx answer already says the server is up and serves the path; /health would add one more
    // connection to every healthy check and tell nothing new. A redirect or an error asks it.
    const bool answered = m_result.http->status >= 200 && m_result.http->status < 300;
    if (m_request.path != health && !answered) {
        const auto head = get(health);
        m_result.health = PathAnswer{health, head ? head->status : 0};
    }
    if (m_result.http->status != 404)
        return;
    for (const QString& path : ProtocolProbe::alternativePaths()) {
        if (path == m_request.path)
            continue;
        int status = 0;
        if (path == health && m_result.health)
            status = m_result.health->status;
        else if (const auto head = get(path))
            status = head->status;
        if (status != 0 && status != 404)
            m_result.alternatives.append(PathAnswer{path, status});
    }
}

} // namespace probe

QStringList ProtocolProbe::alternativePaths() {
    return {QStringLiteral("/"), QStringLiteral("/health"), QStringLiteral("/mcp"), QStringLiteral("/sse")};
}

std::optional<HttpHead> ProtocolProbe::head(const ProbeRequest& request, bool tls, const QString& path) {
    probe::Prober prober(request);
    return prober.fetch(tls, path);
}

qsizetype ProtocolProbe::maxReplyBytes() {
    return probe::kMaxReply;
}

ProbeResult ProtocolProbe::run(const ProbeRequest& request) {
    probe::Prober prober(request);
    ProbeResult result = prober.run();
    if (!result.connected)
        result.connectError = prober.connectError();
    return result;
}

} // namespace ld::wizard
