#include "wizard/watch/quickprobe.h"

#include "wizard/probes/replyclassifier.h"
#include "wizard/probes/tlsinspect.h"
#include "wizard/steps/mcpstep.h"

#include <QDateTime>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <algorithm>

namespace ld::wizard {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QuickCheck)
};

constexpr qsizetype kMaxBytes = 256 * 1024;
// A certificate that runs out sooner than this is worth a warning while there is time to renew it.
constexpr int kCertExpiryWarningDays = 14;

QString portProblemId(PortProblem problem) {
    switch (problem) {
    case PortProblem::OutOfRange:
        return QStringLiteral("port.out_of_range");
    case PortProblem::Zero:
        return QStringLiteral("port.zero");
    case PortProblem::Missing:
        return QStringLiteral("port.missing");
    case PortProblem::NotANumber:
    case PortProblem::None:
        break;
    }
    return QStringLiteral("port.not_a_number");
}

bool looksLikePlainHttp(const QString& tlsError) {
    const QString error = tlsError.toLower();
    return error.contains(QLatin1String("wrong version number")) ||
           error.contains(QLatin1String("http request")) || error.contains(QLatin1String("packet length")) ||
           error.contains(QLatin1String("record layer"));
}

} // namespace

QuickProbe::QuickProbe(const QString& target, std::chrono::milliseconds timeout,
                       std::chrono::milliseconds slow, QObject* parent)
    : QObject(parent)
    , m_input(target)
    , m_timeout(timeout)
    , m_slow(slow) {
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% late: a round must end on time
    connect(&m_deadline, &QTimer::timeout, this, &QuickProbe::timedOut);
}

QuickProbe::~QuickProbe() {
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString QuickProbe::where() const {
    return m_target ? m_target->authority() : m_input;
}

QByteArray QuickProbe::request(const Target& target, bool mcp) {
    const QByteArray path = target.path.isEmpty() ? QByteArray("/") : target.path.toUtf8();
    QByteArray head;
    const QByteArray common = "Host: " + target.authority().toUtf8() + "\r\nUser-Agent: localhost-doctor/" +
                              QByteArray(LD_VERSION) + " (tray quick check)\r\nConnection: close\r\n";
    QString trimmed = target.path;
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    if (mcp && trimmed.endsWith(QLatin1String("/sse")))
        return "GET " + path + " HTTP/1.1\r\n" + common + "Accept: text/event-stream\r\n\r\n";
    if (mcp) {
        const QByteArray body =
            QByteArrayLiteral(R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":)"
                              R"("2025-06-18","capabilities":{},"clientInfo":{"name":"localhost-doctor",)"
                              R"("version":")") +
            QByteArray(LD_VERSION) + "\"}}}";
        return "POST " + path + " HTTP/1.1\r\n" + common +
               "Accept: application/json, text/event-stream\r\nContent-Type: "
               "application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    return "GET " + path + " HTTP/1.1\r\n" + common + "Accept: */*\r\n\r\n";
}

QByteArray QuickProbe::dechunk(const QByteArray& raw, bool* complete) {
    *complete = false;
    QByteArray out;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const qsizetype lineEnd = raw.indexOf("\r\n", pos);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size = raw.mid(pos, lineEnd - pos).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            break;
        if (size == 0) {
            *complete = true;
            break;
        }
        out += raw.mid(lineEnd + 2, size); // a partial last chunk is still worth reading
        pos = lineEnd + 2 + size + 2;
    }
    return out;
}

void QuickProbe::start() {
    m_clock.start();
    m_deadline.start(m_timeout);
    const TargetParse parsed = TargetParser::parse(m_input);
    if (!parsed.target) {
        QTimer::singleShot(0, this, [this, error = parsed.error] {
            conclude(QuickState::Down, QStringLiteral("target.invalid"), error);
        });
        return;
    }
    m_target = parsed.target;
    if (!m_target->usable()) {
        QTimer::singleShot(0, this, [this] {
            conclude(QuickState::Down, portProblemId(m_target->portProblem),
                     Tr::tr("\"%1\" is not a port that can be connected to.").arg(m_target->portText));
        });
        return;
    }
    const QString scheme = m_target->scheme;
    m_tls = scheme == QLatin1String("https") || scheme == QLatin1String("wss");
    m_http = scheme != QLatin1String("tcp");
    m_mcp = m_http && wantsMcpStep(*m_target, Options{});
    QString trimmed = m_target->path;
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    m_sse = m_mcp && trimmed.endsWith(QLatin1String("/sse"));

    const QHostAddress literal(m_target->host);
    if (!literal.isNull()) {
        QTimer::singleShot(0, this, [this, literal] { connectTo({literal}); });
        return;
    }
    m_phase = Phase::Resolving;
    m_lookupId =
        QHostInfo::lookupHost(m_target->host, this, [this](const QHostInfo& info) { resolved(info); });
}

void QuickProbe::resolved(const QHostInfo& info) {
    m_lookupId = -1;
    if (m_phase != Phase::Resolving)
        return;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        conclude(QuickState::Down, QStringLiteral("host.unresolvable"),
                 Tr::tr("The name %1 doesn't resolve to any address.").arg(m_target->host));
        return;
    }
    connectTo(info.addresses());
}

void QuickProbe::connectTo(const QList<QHostAddress>& addresses) {
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Connecting;
    // Every address at once, as browsers do: the first to accept wins, so one dropped address
    // costs no more than the one timeout.
    for (const QHostAddress& address : addresses) {
        QTcpSocket* socket = nullptr;
        if (m_tls)
            socket = makeInspectingTlsSocket(m_target->host).release();
        else
            socket = new QTcpSocket;
        socket->setParent(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->setProperty("ld_address", address.toString());
        connect(socket, &QTcpSocket::connected, this, [this, socket] { attemptConnected(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] { attemptFailed(socket); });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (socket != m_socket || m_phase != Phase::Waiting)
                return;
            m_buffer += socket->read(kMaxBytes - m_buffer.size());
            evaluate(m_buffer.size() >= kMaxBytes);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            if (socket == m_socket && m_phase == Phase::Waiting) {
                m_buffer += socket->read(kMaxBytes - m_buffer.size());
                evaluate(true);
            }
        });
        m_attempts << socket;
    }
    const QList<QTcpSocket*> attempts = m_attempts;
    for (int i = 0; i < attempts.size() && m_phase == Phase::Connecting; ++i)
        attempts.at(i)->connectToHost(addresses.at(i), quint16(*m_target->port));
}

void QuickProbe::attemptConnected(QTcpSocket* socket) {
    if (m_phase != Phase::Connecting)
        return;
    m_socket = socket;
    for (QTcpSocket* other : std::as_const(m_attempts)) {
        if (other != socket) {
            other->disconnect(this);
            other->abort();
            other->deleteLater();
        }
    }
    m_attempts = {socket};
    if (!m_http) {
        conclude(QuickState::Up, QStringLiteral("server.listening"),
                 Tr::tr("Something accepts connections on %1.").arg(where()));
        return;
    }
    if (m_tls) {
        auto* ssl = static_cast<QSslSocket*>(socket);
        m_phase = Phase::Handshaking;
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl] {
            if (m_phase != Phase::Handshaking)
                return;
            if (const QSslCertificate cert = ssl->peerCertificate(); !cert.isNull()) {
                const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(cert.expiryDate());
                const int days = int(std::max<qint64>(1, (seconds + 86399) / 86400)); // started days
                if (seconds > 0 && days <= kCertExpiryWarningDays)
                    m_expiresInDays = days;
            }
            if (!ssl->sslHandshakeErrors().isEmpty()) {
                const TlsInfo info = inspectTls(*ssl);
                m_tlsWarning = true;
                m_tlsProblem = info.errors.isEmpty() ? ssl->sslHandshakeErrors().first().errorString()
                                                     : info.errors.first();
            }
            sendRequest();
        });
        ssl->startClientEncryption();
        return;
    }
    sendRequest();
}

void QuickProbe::attemptFailed(QTcpSocket* socket) {
    if (m_phase == Phase::Done)
        return;
    if (socket == m_socket) {
        if (m_phase == Phase::Handshaking) {
            const QString error = socket->errorString();
            if (looksLikePlainHttp(error))
                conclude(QuickState::Down, QStringLiteral("protocol.plain_expected"),
                         Tr::tr("%1 speaks plain HTTP, not HTTPS: use http:// instead.").arg(where()));
            else
                conclude(QuickState::Down, QStringLiteral("protocol.tls_failed"),
                         Tr::tr("The TLS handshake with %1 failed: %2").arg(where(), error));
            return;
        }
        if (m_phase == Phase::Waiting) {
            m_buffer += socket->read(kMaxBytes - m_buffer.size());
            evaluate(true);
        }
        return;
    }
    if (m_phase != Phase::Connecting || !m_attempts.contains(socket))
        return;
    if (socket->error() == QAbstractSocket::ConnectionRefusedError)
        ++m_refused;
    else
        m_lastError = socket->errorString();
    m_attempts.removeOne(socket);
    socket->disconnect(this);
    socket->deleteLater();
    if (!m_attempts.isEmpty())
        return;
    if (!m_lastError.isEmpty() && m_refused == 0)
        conclude(QuickState::Down, QStringLiteral("server.connect_failed"),
                 Tr::tr("Can't connect to %1: %2").arg(where(), m_lastError));
    else
        conclude(QuickState::Down, QStringLiteral("server.not_listening"),
                 Tr::tr("Connection refused: nothing listens on %1.").arg(where()));
}

void QuickProbe::sendRequest() {
    m_phase = Phase::Waiting;
    m_socket->write(request(*m_target, m_mcp));
}

void QuickProbe::evaluate(bool closed) {
    if (m_phase != Phase::Waiting)
        return;
    const ReplyClass reply = classifyReply(m_buffer);
    if (reply.kind == ReplyKind::Empty) {
        if (closed)
            conclude(QuickState::Down, QStringLiteral("protocol.no_response"),
                     Tr::tr("%1 accepts connections but closes them without answering.").arg(where()));
        return;
    }
    if (reply.kind != ReplyKind::Http) {
        if (!reply.complete && !closed)
            return;
        if (reply.kind == ReplyKind::Tls)
            conclude(QuickState::Down, QStringLiteral("protocol.tls_expected"),
                     Tr::tr("%1 speaks TLS: use https:// instead of http://.").arg(where()));
        else if (reply.kind == ReplyKind::Unknown)
            conclude(QuickState::Down, QStringLiteral("protocol.not_http"),
                     Tr::tr("%1 answers, but not in HTTP.").arg(where()));
        else
            conclude(QuickState::Down, QStringLiteral("protocol.not_http"),
                     Tr::tr("%1 answers, but speaks %2, not HTTP.")
                         .arg(where(), serviceDisplayName(replyService(reply.kind))));
        return;
    }
    if (!reply.http.complete) {
        if (closed)
            conclude(QuickState::Down, QStringLiteral("protocol.no_response"),
                     Tr::tr("%1 started to answer but stopped halfway.").arg(where()));
        return;
    }
    const int status = reply.http.status;
    if (m_mcp) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        QByteArray body = headEnd >= 0 ? m_buffer.mid(headEnd + 4) : QByteArray();
        bool complete = closed;
        if (reply.http.header("transfer-encoding").toLower().contains("chunked")) {
            bool last = false;
            body = dechunk(body, &last);
            complete = complete || last;
        } else if (bool ok = false; !reply.http.header("content-length").isEmpty()) {
            const qsizetype length = reply.http.header("content-length").trimmed().toLongLong(&ok);
            complete = complete || (ok && body.size() >= length);
        }
        evaluateMcp(status, reply.http.header("content-type").toLower(), body, complete);
        return;
    }
    const QString line =
        QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(reply.http.reason).trimmed());
    const bool websocket = m_target->scheme.startsWith(QLatin1String("ws"));
    if (status < 400 || (websocket && status < 500))
        conclude(QuickState::Up,
                 m_tls ? QStringLiteral("protocol.https_ok") : QStringLiteral("protocol.http_ok"),
                 Tr::tr("%1 answers %2.").arg(m_target->url(), line.trimmed()));
    else if (status < 500)
        conclude(QuickState::Degraded, QStringLiteral("protocol.http_error"),
                 Tr::tr("%1 answers %2: the server runs, but not this page.")
                     .arg(m_target->url(), line.trimmed()));
    else
        conclude(QuickState::Degraded, QStringLiteral("protocol.http_error"),
                 Tr::tr("Server error: %1 answers %2.").arg(m_target->url(), line.trimmed()));
}

void QuickProbe::evaluateMcp(int status, const QByteArray& contentType, const QByteArray& body,
                             bool complete) {
    const QString url = m_target->url();
    if (status == 401 || status == 403) {
        conclude(QuickState::Degraded, QStringLiteral("mcp.unauthorized"),
                 Tr::tr("The MCP server at %1 asks for authorisation (HTTP %2).").arg(url).arg(status));
        return;
    }
    // A newer server (server/discover) refuses initialize with 404 and "method not found".
    if (status == 404 && QJsonDocument::fromJson(body)
                                 .object()
                                 .value(QLatin1String("error"))
                                 .toObject()
                                 .value(QLatin1String("code"))
                                 .toInt() == -32601) {
        conclude(QuickState::Up, QStringLiteral("mcp.ok"),
                 Tr::tr("The MCP server at %1 answers (it expects server/discover).").arg(url));
        return;
    }
    if (status == 404 && !complete)
        return; // the body may still say "method not found"
    if (status >= 500 && status != 501) {
        conclude(QuickState::Degraded, QStringLiteral("protocol.http_error"),
                 Tr::tr("Server error: the MCP server at %1 answers HTTP %2.").arg(url).arg(status));
        return;
    }
    if (status >= 300) {
        conclude(QuickState::Down, QStringLiteral("protocol.http_error"),
                 Tr::tr("No MCP server at %1: it answers HTTP %2.").arg(url).arg(status));
        return;
    }
    if (m_sse) {
        if (body.contains("event: endpoint") || body.contains("event:endpoint"))
            conclude(QuickState::Up, QStringLiteral("mcp.ok"),
                     Tr::tr("The MCP server at %1 answers and announces its message endpoint.").arg(url));
        else if (complete)
            conclude(QuickState::Down, QStringLiteral("mcp.protocol_mismatch"),
                     Tr::tr("%1 answers, but not as an MCP server over SSE.").arg(url));
        return;
    }
    // The JSON-RPC answer: the whole body, or one "data:" line of an event stream.
    QList<QByteArray> candidates;
    if (contentType.contains("event-stream")) {
        for (const QByteArray& line : body.split('\n'))
            if (line.startsWith("data:"))
                candidates << line.mid(5).trimmed();
    } else {
        candidates << body;
    }
    for (const QByteArray& candidate : std::as_const(candidates)) {
        const QJsonObject answer = QJsonDocument::fromJson(candidate).object();
        if (answer.contains(QLatin1String("result"))) {
            const QJsonObject result = answer.value(QLatin1String("result")).toObject();
            const QJsonObject info = result.value(QLatin1String("serverInfo")).toObject();
            const QString name = info.value(QLatin1String("name")).toString();
            conclude(QuickState::Up, QStringLiteral("mcp.ok"),
                     name.isEmpty() ? Tr::tr("The MCP server at %1 answers initialize.").arg(url)
                                    : Tr::tr("The MCP server %1 %2 answers at %3.")
                                          .arg(name, info.value(QLatin1String("version")).toString(), url)
                                          .simplified());
            return;
        }
        if (answer.contains(QLatin1String("error"))) {
            const QJsonObject error = answer.value(QLatin1String("error")).toObject();
            if (error.value(QLatin1String("code")).toInt() == -32601) // a newer server: server/discover
                conclude(QuickState::Up, QStringLiteral("mcp.ok"),
                         Tr::tr("The MCP server at %1 answers (it expects server/discover).").arg(url));
            else
                conclude(QuickState::Down, QStringLiteral("mcp.protocol_mismatch"),
                         Tr::tr("The MCP server at %1 refuses initialize: %2")
                             .arg(url, error.value(QLatin1String("message")).toString()));
            return;
        }
    }
    if (complete)
        conclude(QuickState::Down, QStringLiteral("mcp.protocol_mismatch"),
                 Tr::tr("%1 answers HTTP %2, but not with an MCP reply.").arg(url).arg(status));
}

void QuickProbe::timedOut() {
    const qint64 ms = m_timeout.count();
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Resolving:
        conclude(
            QuickState::Down, QStringLiteral("host.unresolvable"),
            Tr::tr("Looking up %1 took longer than %2 ms.").arg(m_target ? m_target->host : m_input).arg(ms));
        return;
    case Phase::Connecting:
        conclude(QuickState::Down, QStringLiteral("server.connect_timeout"),
                 Tr::tr("No answer from %1 within %2 ms: connecting timed out (a firewall may drop it).")
                     .arg(where())
                     .arg(ms));
        return;
    case Phase::Handshaking:
        conclude(QuickState::Down, QStringLiteral("protocol.no_response"),
                 Tr::tr("%1 accepts connections, but the TLS handshake didn't finish within %2 ms.")
                     .arg(where())
                     .arg(ms));
        return;
    case Phase::Waiting:
        if (m_buffer.isEmpty()) {
            conclude(QuickState::Down, QStringLiteral("protocol.no_response"),
                     Tr::tr("%1 accepts connections but didn't answer within %2 ms.").arg(where()).arg(ms));
            return;
        }
        if (const ReplyClass reply = classifyReply(m_buffer);
            reply.kind == ReplyKind::Http && reply.http.complete) {
            conclude(QuickState::Down, QStringLiteral("mcp.handshake_timeout"),
                     Tr::tr("The MCP server at %1 didn't answer initialize within %2 ms.")
                         .arg(m_target->url())
                         .arg(ms));
            return;
        }
        evaluate(true);
        return;
    case Phase::Done:
        return;
    }
}

void QuickProbe::conclude(QuickState state, const QString& finding, const QString& title) {
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_deadline.stop();
    QuickResult result;
    result.elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
    result.state = state;
    result.finding = finding;
    result.title = title;
    if (state == QuickState::Up && m_tlsWarning) {
        result.state = QuickState::Degraded;
        result.finding = QStringLiteral("protocol.tls_untrusted");
        result.title =
            Tr::tr("%1 answers, but browsers would refuse its certificate: %2").arg(where(), m_tlsProblem);
        if (m_expiresInDays > 0)
            result.title += QLatin1Char(' ') + Tr::tr("It expires in %n day(s).", nullptr, m_expiresInDays);
    } else if (state == QuickState::Up && m_expiresInDays > 0) {
        result.state = QuickState::Degraded;
        result.finding = QStringLiteral("protocol.tls_expiring");
        result.title =
            Tr::tr("%1 answers, but its certificate expires in %n day(s).", nullptr, m_expiresInDays)
                .arg(where());
    } else if (state == QuickState::Up && result.elapsedMs > double(m_slow.count())) {
        result.state = QuickState::Degraded;
        result.finding = QStringLiteral("quick.slow");
        result.title = Tr::tr("%1 answers, but slowly: %2 ms (more than %3 ms).")
                           .arg(where())
                           .arg(qRound(result.elapsedMs))
                           .arg(m_slow.count());
    }
    for (QTcpSocket* socket : std::as_const(m_attempts)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_attempts.clear();
    m_socket = nullptr;
    Q_EMIT finished(result);
}

} // namespace ld::wizard
