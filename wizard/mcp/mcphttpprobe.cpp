// The HTTP probe: Streamable HTTP first (POST initialize, JSON or SSE replies, Mcp-Session-Id,
// MCP-Protocol-Version after), legacy HTTP+SSE when the path ends in /sse or Streamable HTTP answers
// 400/404/405, and server/discover for servers of revision 2026-07-28 (McpSession handles that).
// Blocking: each call runs its own QNetworkAccessManager on a local event loop, every read
// bounded in bytes and every wait in time. Never through a proxy: we diagnose the server itself.

#include "wizard/mcp/mcpprobe.h"
#include "wizard/mcp/oauthmetadata.h"

#include "platform/log.h"
#include "wizard/mcp/mcphttpfindings.h"
#include "wizard/mcp/mcpsession.h"
#include "wizard/mcp/sseparser.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <spdlog/spdlog.h>

namespace ld::wizard {

namespace {

constexpr std::chrono::milliseconds kDeleteTimeout{1000};

using ms = std::chrono::milliseconds;

// What one HTTP exchange has delivered so far.
struct Exchange {
    QPointer<QNetworkReply> reply;
    QByteArray body; // a JSON reply, bounded
    SseParser sse;
    bool isSse = false;
    bool started = false;
    bool finished = false;
    bool overflow = false;
    qint64 bytes = 0;
    int status = 0;
    QString contentType;
    QList<SseEvent> events; // events not yet taken
};

class HttpChannel : public McpChannel {
public:
    HttpChannel(const QUrl& url, const McpProbeLimits& limits, QJsonObject* trail)
        : m_url(url)
        , m_limits(limits)
        , m_trail(trail) {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }

    void setProtocolVersion(const QString& version) override { m_version = version; }

    QJsonObject evidence() const override {
        QJsonObject evidence = m_notes;
        evidence.insert(QStringLiteral("url"), m_url.toString());
        if (m_trail && !m_trail->isEmpty())
            evidence.insert(QStringLiteral("tried"), *m_trail);
        return evidence;
    }

protected:
    QNetworkRequest request(const QUrl& url, const QByteArray& accept, const QString& method = {}) const {
        QNetworkRequest request(url);
        request.setRawHeader("Accept", accept);
        request.setRawHeader("Cache-Control", "no-cache");
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!m_version.isEmpty())
            request.setRawHeader("MCP-Protocol-Version", m_version.toLatin1());
        if (m_version == mcp::modernVersion() && !method.isEmpty())
            request.setRawHeader("Mcp-Method", method.toUtf8());
        return request;
    }

    // Hooks a reply so its bytes land in ex (bounded by maxBytes).
    void track(QNetworkReply* reply, Exchange& ex) {
        ex.reply = reply;
        auto meta = [this, reply, &ex] {
            if (ex.started)
                return;
            ex.started = true;
            ex.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ex.contentType = QString::fromLatin1(reply->rawHeader("Content-Type"));
            ex.isSse = ex.contentType.startsWith(QLatin1String("text/event-stream"), Qt::CaseInsensitive);
            onHeaders(reply);
        };
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, meta);
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [this, reply, &ex, meta] {
            meta();
            const QByteArray chunk = reply->readAll();
            ex.bytes += chunk.size();
            if (ex.bytes > m_limits.maxStdoutBytes) {
                ex.overflow = true;
                reply->abort();
            } else if (ex.isSse) {
                ex.events << ex.sse.feed(chunk);
                if (ex.sse.overflow()) {
                    ex.overflow = true;
                    reply->abort();
                }
            } else {
                ex.body.append(chunk);
            }
            m_waiter.wake();
        });
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, &ex, meta] {
            meta();
            if (!ex.overflow && reply->isOpen()) {
                const QByteArray rest = reply->readAll();
                ex.bytes += rest.size();
                if (ex.isSse)
                    ex.events << ex.sse.feed(rest + "\n\n");
                else if (ex.body.size() + rest.size() <= m_limits.maxStdoutBytes)
                    ex.body.append(rest);
            }
            ex.finished = true;
            m_waiter.wake();
        });
    }

    static void drop(Exchange& ex) {
        if (ex.reply) {
            QObject::disconnect(ex.reply, nullptr, nullptr, nullptr);
            if (ex.reply->isRunning())
                ex.reply->abort();
            ex.reply->deleteLater();
        }
    }

    virtual void onHeaders(QNetworkReply* reply) {
        const QByteArray authenticate = reply->rawHeader("WWW-Authenticate");
        if (!authenticate.isEmpty())
            m_lastAuthenticate = QString::fromLatin1(authenticate.left(2048));
    }

    // A reply that finished without the response we wait for: what it was instead.
    RpcReply failed(const Exchange& ex, const QString& networkError) {
        RpcReply reply;
        reply.kind = RpcReply::Kind::Failed;
        reply.httpStatus = ex.status;
        reply.body = ex.body.left(4096);
        if (ex.overflow)
            reply.failure = HttpFindings::flood(m_limits.maxStdoutBytes, evidenceWithTransport());
        else if (ex.status == 0)
            reply.failure = HttpFindings::connectFailed(networkError, evidenceWithTransport());
        else if (ex.status == 401)
            reply.failure = HttpFindings::unauthorized(m_lastAuthenticate, evidenceWithTransport());
        else if (ex.status >= 400)
            reply.failure = HttpFindings::httpError(ex.status, ex.body, evidenceWithTransport());
        else
            reply.failure =
                HttpFindings::invalidReply(ex.status, ex.contentType, ex.body, evidenceWithTransport());
        return reply;
    }

    QJsonObject evidenceWithTransport() const {
        QJsonObject evidence = this->evidence();
        evidence.insert(QStringLiteral("transport"), transport());
        return evidence;
    }

    // A JSON-RPC message that answers the request with this id, if it is one.
    static std::optional<RpcReply> answer(const QJsonObject& message, const QJsonValue& id, int status) {
        if (message.contains(QStringLiteral("method")) || message.value(QStringLiteral("id")) != id)
            return std::nullopt;
        RpcReply reply;
        reply.message = message;
        reply.httpStatus = status;
        reply.kind =
            message.contains(QStringLiteral("error")) ? RpcReply::Kind::Error : RpcReply::Kind::Result;
        return reply;
    }

    QNetworkAccessManager m_nam;
    QUrl m_url;
    McpProbeLimits m_limits;
    QJsonObject* m_trail;
    QString m_version;
    QJsonObject m_notes;
    QString m_lastAuthenticate;
    EventWaiter m_waiter;
};

class StreamableChannel final : public HttpChannel {
public:
    using HttpChannel::HttpChannel;

    QString transport() const override { return QStringLiteral("streamable_http"); }

    RpcReply call(const QJsonObject& message, ms timeout) override {
        const QJsonValue id = message.value(QStringLiteral("id"));
        Exchange ex;
        track(post(message), ex);
        std::optional<RpcReply> found;
        auto take = [&] {
            while (!found && !ex.events.isEmpty()) {
                const SseEvent event = ex.events.takeFirst();
                const QJsonDocument doc = QJsonDocument::fromJson(event.data.toUtf8());
                if (doc.isObject())
                    found = answer(doc.object(), id, ex.status); // notifications before it are normal
            }
            return found.has_value();
        };
        m_waiter.until([&] { return take() || ex.finished || ex.overflow; }, timeout);
        const QString networkError = ex.reply ? ex.reply->errorString() : QString();
        const bool finished = ex.finished;
        drop(ex); // an SSE stream is closed once it gave the response
        if (found)
            return *found;
        if (!finished) {
            RpcReply reply;
            reply.kind = RpcReply::Kind::TimedOut;
            return reply;
        }
        if (!ex.isSse && !ex.overflow) {
            const QJsonDocument doc = QJsonDocument::fromJson(ex.body);
            QJsonArray messages = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            for (const QJsonValue& value : messages) {
                if (auto reply = answer(value.toObject(), id, ex.status))
                    return *reply;
                // An error without id (a 4xx about the request itself) still explains the refusal.
                const QJsonObject object = value.toObject();
                if (object.contains(QStringLiteral("error")) && ex.status >= 400 && ex.status != 401) {
                    RpcReply reply;
                    reply.kind = RpcReply::Kind::Error;
                    reply.message = object;
                    reply.httpStatus = ex.status;
                    reply.body = ex.body.left(4096);
                    return reply;
                }
            }
        }
        return failed(ex, networkError);
    }

    void notify(const QJsonObject& message, ms timeout) override {
        Exchange ex;
        track(post(message), ex);
        m_waiter.until([&] { return ex.finished; }, timeout);
        m_notes.insert(QStringLiteral("initialized_status"), ex.status); // 202 expected
        drop(ex);
    }

    // Ends the session, best effort (a server may answer 405: it doesn't allow that).
    void close() {
        if (m_session.isEmpty())
            return;
        Exchange ex;
        QNetworkRequest del = request(m_url, "application/json, text/event-stream");
        del.setRawHeader("Mcp-Session-Id", m_session);
        track(m_nam.deleteResource(del), ex);
        m_waiter.until([&] { return ex.finished; }, std::min(kDeleteTimeout, m_limits.wait()));
        m_notes.insert(QStringLiteral("delete_status"), ex.status);
        drop(ex);
    }

private:
    QNetworkReply* post(const QJsonObject& message) {
        QNetworkRequest post = request(m_url, "application/json, text/event-stream",
                                       message.value(QStringLiteral("method")).toString());
        post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!m_session.isEmpty())
            post.setRawHeader("Mcp-Session-Id", m_session);
        return m_nam.post(post, QJsonDocument(message).toJson(QJsonDocument::Compact));
    }

    void onHeaders(QNetworkReply* reply) override {
        HttpChannel::onHeaders(reply);
        const QByteArray session = reply->rawHeader("Mcp-Session-Id");
        if (!session.isEmpty() && m_session.isEmpty()) {
            m_session = session.left(256);
            m_notes.insert(QStringLiteral("session"), true);
        }
    }

    QByteArray m_session;
};

class LegacySseChannel final : public HttpChannel {
    Q_DECLARE_TR_FUNCTIONS(LegacySseChannel)
public:
    using HttpChannel::HttpChannel;
    ~LegacySseChannel() override { drop(m_stream); }

    QString transport() const override { return QStringLiteral("sse"); }

    // GET the SSE URL and wait for its `endpoint` event. On failure, the reply says why.
    std::optional<RpcReply> open(ms timeout) {
        track(m_nam.get(request(m_url, "text/event-stream")), m_stream);
        m_waiter.until(
            [&] {
                pump();
                return m_endpoint.isValid() || m_stream.finished || m_stream.overflow || m_badEndpoint;
            },
            timeout);
        if (m_endpoint.isValid()) {
            m_notes.insert(QStringLiteral("endpoint"), m_endpoint.toString());
            return std::nullopt;
        }
        if (m_stream.started && m_stream.status == 401)
            return failed(m_stream, {});
        if (!m_stream.finished && !m_stream.overflow && !m_badEndpoint &&
            (!m_stream.started || m_stream.isSse)) {
            RpcReply reply;
            reply.kind = RpcReply::Kind::Failed;
            reply.failure =
                McpSession::timeoutFinding(tr("the SSE endpoint event"), timeout, evidenceWithTransport());
            return reply;
        }
        const QString error = m_stream.reply ? m_stream.reply->errorString() : QString();
        RpcReply reply = failed(m_stream, error);
        if (m_badEndpoint)
            reply.failure = HttpFindings::invalidReply(m_stream.status, m_stream.contentType,
                                                       m_endpointText.toUtf8(), evidenceWithTransport());
        return reply;
    }

    RpcReply call(const QJsonObject& message, ms timeout) override {
        const QJsonValue id = message.value(QStringLiteral("id"));
        Exchange post;
        track(send(message), post);
        m_waiter.until(
            [&] {
                pump();
                return m_responses.count(id.toInt()) || m_stream.finished || m_stream.overflow ||
                       (post.finished &&
                        (post.status >= 300 || post.status == 0 || answeredDirectly(post, id)));
            },
            timeout);
        const QString postError = post.reply ? post.reply->errorString() : QString();
        drop(post);
        if (post.finished && answeredDirectly(post, id)) // some servers answer on the POST itself
            return *answer(QJsonDocument::fromJson(post.body).object(), id, post.status);
        auto found = m_responses.find(id.toInt());
        if (found != m_responses.end()) {
            RpcReply reply = *answer(found->second, found->second.value(QStringLiteral("id")), post.status);
            m_responses.erase(found);
            return reply;
        }
        if (post.finished && (post.status >= 300 || post.status == 0))
            return failed(post, postError);
        if (m_stream.finished || m_stream.overflow) {
            RpcReply reply = failed(m_stream, m_stream.reply ? m_stream.reply->errorString() : QString());
            if (!m_stream.overflow)
                reply.failure = HttpFindings::invalidReply(
                    m_stream.status, m_stream.contentType,
                    QByteArray("(the event stream closed before the answer)"), evidenceWithTransport());
            return reply;
        }
        RpcReply reply;
        reply.kind = RpcReply::Kind::TimedOut;
        return reply;
    }

    void notify(const QJsonObject& message, ms timeout) override {
        Exchange post;
        track(send(message), post);
        m_waiter.until([&] { return post.finished; }, timeout);
        m_notes.insert(QStringLiteral("initialized_status"), post.status);
        drop(post);
    }

private:
    static bool answeredDirectly(const Exchange& post, const QJsonValue& id) {
        return post.status == 200 && answer(QJsonDocument::fromJson(post.body).object(), id, post.status);
    }

    QNetworkReply* send(const QJsonObject& message) {
        QNetworkRequest post = request(m_endpoint, "application/json, text/event-stream");
        post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return m_nam.post(post, QJsonDocument(message).toJson(QJsonDocument::Compact));
    }

    // Takes the stream's new events: the endpoint, and responses by id.
    void pump() {
        while (!m_stream.events.isEmpty()) {
            const SseEvent event = m_stream.events.takeFirst();
            if (event.event == QLatin1String("endpoint") && !m_endpoint.isValid()) {
                m_endpointText = event.data.trimmed();
                const QUrl endpoint = m_url.resolved(QUrl(m_endpointText));
                // Only where the SSE stream lives: the probe never follows a server to another host.
                if (endpoint.host() == m_url.host() && endpoint.port(80) == m_url.port(80) &&
                    endpoint.scheme() == m_url.scheme())
                    m_endpoint = endpoint;
                else
                    m_badEndpoint = true;
            } else if (event.event == QLatin1String("message")) {
                const QJsonObject message = QJsonDocument::fromJson(event.data.toUtf8()).object();
                const QJsonValue id = message.value(QStringLiteral("id"));
                if (!message.contains(QStringLiteral("method")) && id.isDouble())
                    m_responses[id.toInt()] = message;
            }
        }
    }

    Exchange m_stream;
    QUrl m_endpoint;
    QString m_endpointText;
    bool m_badEndpoint = false;
    std::map<int, QJsonObject> m_responses;
};

bool fallsBackToSse(const RpcReply& reply) {
    if (McpSession::refusesInitialize(reply))
        return false;
    return reply.httpStatus == 400 || reply.httpStatus == 404 || reply.httpStatus == 405;
}

} // namespace

McpProbeResult probeHttpServer(const QString& urlText, const McpProbeLimits& givenLimits) {
    McpProbeLimits limits = givenLimits; // one budget for the probe and the metadata look-ups
    limits.startBudget();
    McpProbeResult result = probeHttpServerOnce(urlText, limits);
    findProtectedResourceMetadata(result, QUrl(urlText), limits.wait());
    return result;
}

McpProbeResult probeHttpServerOnce(const QString& urlText, const McpProbeLimits& givenLimits) {
    McpProbeLimits limits = givenLimits;
    limits.startBudget();
    QElapsedTimer timer;
    timer.start();
    auto& log = ld::log::get(ld::log::Area::Mcp);
    mcp::ensureEventDispatcher();
    const QUrl url(urlText);
    QJsonObject trail;
    McpProbeResult result;
    std::optional<McpProbeResult> streamable;

    if (!url.path().endsWith(QLatin1String("/sse"))) {
        StreamableChannel channel(url, limits, &trail);
        McpSession session(channel, limits);
        const RpcReply init = session.initialize();
        if (!fallsBackToSse(init)) {
            result = session.finish(init);
            channel.close();
            result.elapsedMs = timer.nsecsElapsed() / 1e6;
            return result;
        }
        log.debug("{}: Streamable HTTP answered {}, trying HTTP+SSE", urlText.toStdString(), init.httpStatus);
        trail.insert(QStringLiteral("streamable_http"), init.httpStatus);
        streamable = session.finish(init); // the answer to report if SSE fails too
    }

    LegacySseChannel channel(url, limits, &trail);
    if (auto failure = channel.open(limits.wait())) {
        if (streamable) {
            result = *streamable; // Streamable HTTP's refusal explains more than a failed GET
            if (!result.findings.isEmpty() && failure->failure)
                result.findings.first().evidence.insert(QStringLiteral("sse_attempt"),
                                                        failure->failure->title);
        } else {
            result.findings << (failure->failure ? *failure->failure
                                                 : McpSession::timeoutFinding(QStringLiteral("GET"),
                                                                              limits.handshakeTimeout,
                                                                              channel.evidence()));
        }
    } else {
        McpSession session(channel, limits);
        result = session.run();
    }
    result.elapsedMs = timer.nsecsElapsed() / 1e6;
    return result;
}

} // namespace ld::wizard
