#pragma once
// The MCP conversation itself, the same over every transport: initialize (or server/discover for
// servers of revision 2026-07-28), notifications/initialized, then tools/list, resources/list and
// prompts/list, paginated and bounded. A transport is an McpChannel; the session never calls a tool.

#include "wizard/mcp/mcpprobe.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <chrono>
#include <functional>
#include <optional>

namespace ld::wizard {

namespace mcp {
// The initialize-era revisions we (and Claude Desktop) speak, newest first; and the revision
// without a handshake, reached through server/discover.
QStringList legacyVersions();
QString newestLegacyVersion();
QString modernVersion();
QString clientVersion();
// QProcess and QNetworkAccessManager need an event dispatcher in the calling thread before they
// are made; a plain std::thread has none until a QEventLoop creates it.
void ensureEventDispatcher();
} // namespace mcp

// One answer to a request, or why there is none.
// Runs the calling thread's events until a condition holds or the time is up. The transports call
// wake() when something arrived, so the condition is looked at again.
class EventWaiter {
public:
    bool until(const std::function<bool()>& done, std::chrono::milliseconds timeout);
    void wake() {
        if (m_wake)
            m_wake();
    }

private:
    std::function<void()> m_wake;
};

struct RpcReply {
    enum class Kind { Result, Error, Failed, TimedOut };
    Kind kind = Kind::Failed;
    QJsonObject message;            // the JSON-RPC response (with "result" or "error")
    int httpStatus = 0;             // HTTP transports: the status of the exchange
    QByteArray body;                // HTTP transports: the first bytes of a body that wasn't a response
    std::optional<Finding> failure; // Failed: what the transport concluded (exited, unauthorized...)

    QJsonObject result() const { return message.value(QStringLiteral("result")).toObject(); }
    QJsonObject error() const { return message.value(QStringLiteral("error")).toObject(); }
    int errorCode() const { return error().value(QStringLiteral("code")).toInt(); }
};

class McpChannel {
public:
    virtual ~McpChannel() = default;
    // Sends a request and waits (bounded) for the response with its id.
    virtual RpcReply call(const QJsonObject& request, std::chrono::milliseconds timeout) = 0;
    virtual void notify(const QJsonObject& notification, std::chrono::milliseconds timeout) = 0;
    // After the handshake: the revision to name on later requests (HTTP's MCP-Protocol-Version).
    virtual void setProtocolVersion(const QString& version) { Q_UNUSED(version); }
    virtual QString transport() const = 0; // "stdio", "streamable_http", "sse"
    // Facts to add to every finding: the command and stderr tail, or the URL and session.
    virtual QJsonObject evidence() const = 0;
    // What the transport noticed on the way (stdout pollution, a stderr flood), in order.
    virtual QList<Finding> sideFindings() const { return {}; }
};

class McpSession {
    Q_DECLARE_TR_FUNCTIONS(McpSession)
public:
    McpSession(McpChannel& channel, const McpProbeLimits& limits);

    // The first request on its own, so an HTTP probe can change transport on its answer.
    RpcReply initialize();
    // Whether the answer to initialize refuses it the way a 2026-07-28 server does.
    static bool refusesInitialize(const RpcReply& reply);
    // Interprets the answer to initialize (trying server/discover when refused) and lists.
    McpProbeResult finish(const RpcReply& initializeReply);
    McpProbeResult run() { return finish(initialize()); }
    // Revision 2026-07-28 only: server/discover, then the lists; no initialize.
    McpProbeResult discoverOnly();

    // Findings any transport may conclude.
    static Finding timeoutFinding(const QString& what, std::chrono::milliseconds waited,
                                  const QJsonObject& evidence);

private:
    QJsonObject request(const QString& method, const QJsonObject& params = {});
    RpcReply callModern(const QString& method, const QJsonObject& params = {});
    bool discover(McpProbeResult& out);
    void listAll(McpProbeResult& out, const QJsonObject& capabilities);
    int list(const QString& method, const QString& key, QStringList* names, QJsonObject& notes);
    Finding rpcErrorFinding(const QString& method, const RpcReply& reply) const;
    Finding mismatchFinding(const QString& answered, const RpcReply& reply) const;
    Finding okFinding(const McpProbeResult& out) const;
    void conclude(McpProbeResult& out, const RpcReply& failed, const QString& method);
    QJsonObject evidence() const;

    McpChannel& m_channel;
    McpProbeLimits m_limits;
    int m_nextId = 1;
    bool m_modern = false;
    QString m_version;
    QStringList m_supported;
    QStringList m_toolNames;
    QJsonObject m_listNotes;
    QJsonObject m_capabilities;
};

} // namespace ld::wizard
