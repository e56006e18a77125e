#include "wizard/mcp/mcpsession.h"

#include "wizard/mcp/clientprofile.h"

#include <QTimer>

#include "platform/log.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QSet>

#include <spdlog/spdlog.h>

namespace ld::wizard {

namespace mcp {

QStringList legacyVersions() {
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18"), QStringLiteral("2025-03-26"),
            QStringLiteral("2024-11-05")};
}

QString newestLegacyVersion() {
    return legacyVersions().first();
}

QString modernVersion() {
    return QStringLiteral("2026-07-28");
}

QString clientVersion() {
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("0.1.0") : version;
}

void ensureEventDispatcher() {
    QEventLoop make; // its constructor gives an adopted thread its dispatcher
}

} // namespace mcp

namespace {

constexpr int kMaxPages = 20;     // a server whose cursor never ends is not followed further
constexpr int kMaxToolNames = 50; // names kept as evidence

QJsonObject clientInfo() {
    return {{QStringLiteral("name"), QStringLiteral("localhost-doctor")},
            {QStringLiteral("version"), mcp::clientVersion()}};
}

QString seconds(std::chrono::milliseconds ms) {
    return QString::number(ms.count() / 1000.0, 'g', 3);
}

} // namespace

McpSession::McpSession(McpChannel& channel, const McpProbeLimits& limits)
    : m_channel(channel)
    , m_limits(limits) {}

QJsonObject McpSession::request(const QString& method, const QJsonObject& params) {
    QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                        {QStringLiteral("id"), m_nextId++},
                        {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    return message;
}

RpcReply McpSession::initialize() {
    const QJsonObject params{{QStringLiteral("protocolVersion"), mcp::newestLegacyVersion()},
                             {QStringLiteral("capabilities"), QJsonObject{}},
                             {QStringLiteral("clientInfo"), clientInfo()}};
    return m_channel.call(request(QStringLiteral("initialize"), params), m_limits.wait());
}

// Revision 2026-07-28 has no handshake: every request names its version in params._meta.
RpcReply McpSession::callModern(const QString& method, const QJsonObject& params) {
    QJsonObject withMeta = params;
    withMeta.insert(
        QStringLiteral("_meta"),
        QJsonObject{{QStringLiteral("io.modelcontextprotocol/protocolVersion"), m_version},
                    {QStringLiteral("io.modelcontextprotocol/clientInfo"), clientInfo()},
                    {QStringLiteral("io.modelcontextprotocol/clientCapabilities"), QJsonObject{}}});
    return m_channel.call(request(method, withMeta), m_limits.wait());
}

bool McpSession::refusesInitialize(const RpcReply& reply) {
    const QString modern = mcp::modernVersion();
    if (reply.kind == RpcReply::Kind::Error) {
        const int code = reply.errorCode();
        // -32601 method not found; -32020..-32022: header mismatch, missing capability, unsupported version.
        if (code == -32601 || code == -32020 || code == -32021 || code == -32022)
            return true;
        const QJsonObject error = reply.error();
        const QJsonArray supported =
            error.value(QStringLiteral("data")).toObject().value(QStringLiteral("supported")).toArray();
        if (supported.contains(modern))
            return true;
        return error.value(QStringLiteral("message")).toString().contains(QLatin1String("server/discover"));
    }
    if (reply.kind == RpcReply::Kind::Failed && reply.httpStatus >= 400 && reply.httpStatus < 500 &&
        reply.httpStatus != 401)
        return reply.body.contains("server/discover") || reply.body.contains(modern.toLatin1());
    return false;
}

McpProbeResult McpSession::finish(const RpcReply& init) {
    McpProbeResult out;
    switch (init.kind) {
    case RpcReply::Kind::TimedOut:
    case RpcReply::Kind::Failed:
        conclude(out, init, QStringLiteral("initialize"));
        break;
    case RpcReply::Kind::Error:
        if (m_limits.era != McpEra::Legacy && refusesInitialize(init) && discover(out))
            break;
        if (init.errorCode() == -32602 && init.error()
                                              .value(QStringLiteral("message"))
                                              .toString()
                                              .contains(QLatin1String("version"), Qt::CaseInsensitive)) {
            out.findings << mismatchFinding({}, init);
            break;
        }
        out.findings << rpcErrorFinding(QStringLiteral("initialize"), init);
        break;
    case RpcReply::Kind::Result: {
        const QJsonObject result = init.result();
        const QJsonObject info = result.value(QStringLiteral("serverInfo")).toObject();
        out.serverName = info.value(QStringLiteral("name")).toString();
        out.serverVersion = info.value(QStringLiteral("version")).toString();
        out.protocolVersion = result.value(QStringLiteral("protocolVersion")).toString();
        m_capabilities = result.value(QStringLiteral("capabilities")).toObject();
        if (!mcp::legacyVersions().contains(out.protocolVersion)) {
            out.findings << mismatchFinding(out.protocolVersion, init);
            break;
        }
        m_version = out.protocolVersion;
        m_channel.setProtocolVersion(m_version);
        m_channel.notify(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("method"), QStringLiteral("notifications/initialized")}},
                         m_limits.wait());
        listAll(out, m_capabilities);
        out.findings.prepend(okFinding(out));
        break;
    }
    }
    // What the transport noticed comes first: it is usually the cause of the rest.
    QList<Finding> all = m_channel.sideFindings();
    QSet<QString> seen;
    for (const Finding& finding : std::as_const(all))
        seen.insert(finding.id);
    for (const Finding& finding : std::as_const(out.findings))
        if (!seen.contains(finding.id))
            all << finding;
    out.findings = all;
    return out;
}

bool McpSession::discover(McpProbeResult& out) {
    m_version = mcp::modernVersion();
    m_channel.setProtocolVersion(m_version);
    const RpcReply reply = callModern(QStringLiteral("server/discover"));
    if (reply.kind != RpcReply::Kind::Result) {
        ld::log::get(ld::log::Area::Mcp).debug("server/discover did not answer either");
        m_version.clear();
        m_channel.setProtocolVersion({});
        return false;
    }
    const QJsonObject result = reply.result();
    for (const QJsonValue& version : result.value(QStringLiteral("supportedVersions")).toArray())
        m_supported << version.toString();
    QJsonObject info = result.value(QStringLiteral("serverInfo")).toObject();
    if (info.isEmpty())
        info = result.value(QStringLiteral("_meta"))
                   .toObject()
                   .value(QStringLiteral("io.modelcontextprotocol/serverInfo"))
                   .toObject();
    out.serverName = info.value(QStringLiteral("name")).toString();
    out.serverVersion = info.value(QStringLiteral("version")).toString();
    if (!m_supported.contains(mcp::modernVersion())) {
        out.findings << mismatchFinding(m_supported.join(QStringLiteral(", ")), reply);
        return true;
    }
    m_modern = true;
    out.protocolVersion = m_version;
    m_capabilities = result.value(QStringLiteral("capabilities")).toObject();
    listAll(out, m_capabilities);
    out.findings.prepend(okFinding(out));
    if (m_limits.era == McpEra::Modern)
        return true; // asked for this era only: nothing was refused

    Finding modernOnly{
        QStringLiteral("mcp.modern_only"),
        Severity::Info,
        tr("The MCP server only speaks the handshake-free protocol revision %1").arg(mcp::modernVersion()),
        tr("It refused the initialize handshake and answered server/discover instead. Clients and "
           "bridges that still open with initialize (older desktop client releases, older "
           "mcp-remote versions, most SDKs before 2026) cannot use it: update them, or run the "
           "server in a mode that also accepts initialize."),
        evidence(),
        {}};
    modernOnly.evidence.insert(QStringLiteral("supported_versions"), QJsonArray::fromStringList(m_supported));
    modernOnly.evidence.insert(QStringLiteral("initialize_refused"), true);
    out.findings << modernOnly;
    return true;
}

McpProbeResult McpSession::discoverOnly() {
    McpProbeResult out;
    if (!discover(out)) {
        Finding failed{
            QStringLiteral("mcp.discover_refused"),
            Severity::Error,
            tr("The MCP server did not answer server/discover (revision %1)").arg(mcp::modernVersion()),
            tr("It gave no usable answer to the request that opens revision %1.").arg(mcp::modernVersion()),
            evidence(),
            {}};
        out.findings << failed;
    }
    QList<Finding> all = m_channel.sideFindings();
    for (const Finding& finding : std::as_const(out.findings))
        all << finding;
    out.findings = all;
    return out;
}

void McpSession::listAll(McpProbeResult& out, const QJsonObject& capabilities) {
    QStringList failed;
    auto one = [&](const char* capability, const char* method, const char* key, int& count,
                   QStringList* names) {
        if (!capabilities.contains(QLatin1String(capability))) {
            count = 0; // not advertised: a client doesn't ask, so it has none
            return;
        }
        count = list(QString::fromLatin1(method), QString::fromLatin1(key), names, m_listNotes);
        if (count < 0)
            failed << QString::fromLatin1(method);
    };
    one("tools", "tools/list", "tools", out.tools, &m_toolNames);
    one("resources", "resources/list", "resources", out.resources, nullptr);
    one("prompts", "prompts/list", "prompts", out.prompts, nullptr);
    if (failed.isEmpty())
        return;
    Finding finding{QStringLiteral("mcp.list_failed"),
                    Severity::Warning,
                    tr("The MCP server did not answer %1").arg(failed.join(QStringLiteral(", "))),
                    tr("The handshake worked, but the server advertised these lists and then failed to give "
                       "them. Clients show none of what is missing. The server's own log (stderr, or "
                       "its client's log of it) usually says why."),
                    evidence(),
                    {}};
    finding.evidence.insert(QStringLiteral("failed"), QJsonArray::fromStringList(failed));
    out.findings << finding;
}

// Returns the number of entries over all pages, or -1 when the first page failed.
int McpSession::list(const QString& method, const QString& key, QStringList* names, QJsonObject& notes) {
    int count = 0;
    QString cursor;
    QSet<QString> cursors;
    for (int page = 0; page < kMaxPages; ++page) {
        QJsonObject params;
        if (!cursor.isEmpty())
            params.insert(QStringLiteral("cursor"), cursor);
        const RpcReply reply =
            m_modern ? callModern(method, params) : m_channel.call(request(method, params), m_limits.wait());
        if (reply.kind != RpcReply::Kind::Result) {
            QString why = reply.kind == RpcReply::Kind::TimedOut
                              ? tr("no answer within %1 s").arg(seconds(m_limits.handshakeTimeout))
                          : reply.kind == RpcReply::Kind::Error
                              ? tr("error %1: %2")
                                    .arg(reply.errorCode())
                                    .arg(reply.error().value(QStringLiteral("message")).toString())
                              : (reply.failure ? reply.failure->title : tr("no answer"));
            notes.insert(method, why);
            return page == 0 ? -1 : count;
        }
        const QJsonObject result = reply.result();
        const QJsonArray items = result.value(key).toArray();
        count += int(items.size());
        if (names) {
            for (const QJsonValue& item : items)
                if (names->size() < kMaxToolNames)
                    *names << item.toObject().value(QStringLiteral("name")).toString();
        }
        cursor = result.value(QStringLiteral("nextCursor")).toString();
        if (cursor.isEmpty())
            return count;
        if (cursors.contains(cursor)) {
            notes.insert(
                method, tr("the server repeated a page cursor; stopped after %n page(s)", nullptr, page + 1));
            return count;
        }
        cursors.insert(cursor);
    }
    notes.insert(method, tr("more than %1 pages; counted the first %1").arg(kMaxPages));
    return count;
}

void McpSession::conclude(McpProbeResult& out, const RpcReply& failed, const QString& method) {
    if (failed.kind == RpcReply::Kind::TimedOut)
        out.findings << timeoutFinding(method, m_limits.handshakeTimeout, evidence());
    else if (failed.failure)
        out.findings << *failed.failure;
    else
        out.findings << rpcErrorFinding(method, failed);
}

QJsonObject McpSession::evidence() const {
    QJsonObject evidence = m_channel.evidence();
    evidence.insert(QStringLiteral("transport"), m_channel.transport());
    return evidence;
}

Finding McpSession::timeoutFinding(const QString& what, std::chrono::milliseconds waited,
                                   const QJsonObject& evidence) {
    Finding finding{
        QStringLiteral("mcp.handshake_timeout"),
        Severity::Error,
        tr("The MCP server did not answer %1 within %2 s").arg(what, seconds(waited)),
        tr("It is running but sent no answer to the handshake. %1 waits up to 60 s (other clients about as "
           "long) and then gives up with \"Request timed out\". Common causes: the server waits for "
           "something "
           "before reading its input (a login, a database, a first-run download by npx or uvx), it "
           "reads another input than stdin, or it writes its answers somewhere else. Start the same "
           "command in a terminal and see what it prints.")
            .arg(ClientProfile::claudeDesktop().displayName),
        evidence,
        {}};
    finding.evidence.insert(QStringLiteral("request"), what);
    finding.evidence.insert(QStringLiteral("waited_ms"), qint64(waited.count()));
    finding.evidence.insert(QStringLiteral("claude_desktop_waits_ms"), 60000);
    return finding;
}

Finding McpSession::mismatchFinding(const QString& answered, const RpcReply& reply) const {
    const QString known = mcp::legacyVersions().join(QStringLiteral(", "));
    Finding finding{
        QStringLiteral("mcp.protocol_mismatch"),
        Severity::Error,
        answered.isEmpty()
            ? tr("The MCP server refused our protocol version")
            : tr("The MCP server speaks protocol version %1, which clients don't know").arg(answered),
        tr("We asked for %1; current clients understand %2 and disconnect from a "
           "server that settles on anything else. Update the server (or the MCP SDK it is built "
           "on) to a current release, or the client if the server is the newer one.")
            .arg(m_version.isEmpty() ? mcp::newestLegacyVersion() : m_version, known),
        evidence(),
        {}};
    finding.evidence.insert(QStringLiteral("requested"),
                            m_version.isEmpty() ? mcp::newestLegacyVersion() : m_version);
    finding.evidence.insert(QStringLiteral("answered"), answered);
    finding.evidence.insert(QStringLiteral("known_versions"),
                            QJsonArray::fromStringList(mcp::legacyVersions()));
    if (reply.kind == RpcReply::Kind::Error)
        finding.evidence.insert(QStringLiteral("error"), reply.error());
    return finding;
}

Finding McpSession::rpcErrorFinding(const QString& method, const RpcReply& reply) const {
    const QString message = reply.error().value(QStringLiteral("message")).toString();
    Finding finding{QStringLiteral("mcp.rpc_error"),
                    Severity::Error,
                    tr("The MCP server refused %1 with error %2").arg(method).arg(reply.errorCode()),
                    tr("It answered the request with the JSON-RPC error \"%1\". Every client sends the same "
                       "request, gets the same refusal and never lists the server's tools. The server's own "
                       "log (stderr) usually says why.")
                        .arg(message.left(300)),
                    evidence(),
                    {}};
    finding.evidence.insert(QStringLiteral("request"), method);
    finding.evidence.insert(QStringLiteral("error"), reply.error());
    if (reply.httpStatus)
        finding.evidence.insert(QStringLiteral("http_status"), reply.httpStatus);
    return finding;
}

Finding McpSession::okFinding(const McpProbeResult& out) const {
    const QString name = out.serverName.isEmpty() ? tr("(unnamed)") : out.serverName;
    Finding finding{
        QStringLiteral("mcp.ok"),
        Severity::Ok,
        tr("MCP server %1 answered: %2 tools, %3 resources, %4 prompts")
            .arg(name)
            .arg(qMax(out.tools, 0))
            .arg(qMax(out.resources, 0))
            .arg(qMax(out.prompts, 0)),
        tr("The handshake worked over %1 with protocol version %2, and the server listed what it "
           "offers, so MCP clients can use it. If yours still doesn't show it, restart the client "
           "after every change to its config.")
            .arg(m_channel.transport(), out.protocolVersion),
        evidence(),
        {}};
    QJsonObject& e = finding.evidence;
    e.insert(QStringLiteral("server_name"), out.serverName);
    e.insert(QStringLiteral("server_version"), out.serverVersion);
    e.insert(QStringLiteral("protocol_version"), out.protocolVersion);
    e.insert(QStringLiteral("era"), m_modern ? QStringLiteral("modern") : QStringLiteral("legacy"));
    e.insert(QStringLiteral("tools"), out.tools);
    e.insert(QStringLiteral("resources"), out.resources);
    e.insert(QStringLiteral("prompts"), out.prompts);
    e.insert(QStringLiteral("tool_names"), QJsonArray::fromStringList(m_toolNames));
    e.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(m_capabilities.keys()));
    if (!m_listNotes.isEmpty())
        e.insert(QStringLiteral("list_notes"), m_listNotes);
    return finding;
}

bool EventWaiter::until(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    m_wake = [&] {
        if (done())
            loop.quit();
    };
    timer.start(timeout);
    loop.exec();
    m_wake = nullptr;
    return done();
}

} // namespace ld::wizard
