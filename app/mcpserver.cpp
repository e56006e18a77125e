#include "app/mcpserver.h"

#include "platform/log.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <exception>
#include <spdlog/spdlog.h>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpServer)
};

constexpr int kParseError = -32700;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kInternalError = -32603;
constexpr int kUnsupportedVersion = -32022; // 2026-07-28

const QString kVersionKey = QStringLiteral("io.modelcontextprotocol/protocolVersion");

QJsonObject serverInfo() {
    return {{QStringLiteral("name"), QStringLiteral("localhost-doctor")},
            {QStringLiteral("title"), QStringLiteral("Localhost Doctor")},
            {QStringLiteral("version"), QStringLiteral(LD_VERSION)}};
}

QJsonObject capabilities() {
    return {{QStringLiteral("tools"), QJsonObject{{QStringLiteral("listChanged"), false}}}};
}

QString instructions() {
    return Tr::tr("Diagnoses why an address on this computer (localhost:PORT) can't be reached, what listens "
                  "where, which port is free, and what is wrong with an MCP client's config. The tools only "
                  "read: fixes come back with the command a person can run.");
}

QJsonObject errorReply(const QJsonValue& id, int code, const QString& message, const QJsonObject& data = {}) {
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isEmpty())
        error.insert(QStringLiteral("data"), data);
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"), id.isUndefined() ? QJsonValue() : id},
            {QStringLiteral("error"), error}};
}

QJsonObject resultReply(const QJsonValue& id, const QJsonObject& result) {
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"), id},
            {QStringLiteral("result"), result}};
}

QByteArray encode(const QJsonObject& message) {
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

bool validId(const QJsonValue& id) {
    return id.isString() ||
           (id.isDouble() && id.toDouble() == static_cast<double>(static_cast<qint64>(id.toDouble())));
}

} // namespace

McpServer::McpServer(platform::System& system)
    : m_tools(system) {}

QStringList McpServer::legacyVersions() {
    return {QStringLiteral("2025-11-25"), QStringLiteral("2025-06-18")};
}

QString McpServer::modernVersion() {
    return QStringLiteral("2026-07-28");
}

QByteArray McpServer::oversizedReply() {
    return encode(
        errorReply(QJsonValue(), kInvalidRequest,
                   Tr::tr("The message is longer than %1 bytes and was skipped.").arg(kMaxLineBytes)));
}

std::optional<QByteArray> McpServer::handleLine(const QByteArray& line) {
    if (line.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return encode(errorReply(
            QJsonValue(), kParseError,
            Tr::tr("Parse error at byte %1: %2").arg(parseError.offset).arg(parseError.errorString())));
    if (!document.isObject())
        return encode(
            errorReply(QJsonValue(), kInvalidRequest,
                       Tr::tr("A message must be one JSON-RPC object (batches are not supported).")));
    const QJsonObject message = document.object();
    const QJsonValue id = message.value(QStringLiteral("id"));
    const bool hasId = message.contains(QStringLiteral("id"));
    if (!message.contains(QStringLiteral("method"))) {
        // A response to a request we never sent: nothing to answer.
        if (message.contains(QStringLiteral("result")) || message.contains(QStringLiteral("error")))
            return std::nullopt;
        return encode(errorReply(validId(id) ? id : QJsonValue(), kInvalidRequest,
                                 Tr::tr("The message has no method.")));
    }
    const QJsonValue method = message.value(QStringLiteral("method"));
    const QJsonValue params = message.value(QStringLiteral("params"));
    if (message.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0") || !method.isString() ||
        (hasId && !validId(id)) || (!params.isUndefined() && !params.isObject()))
        return encode(errorReply(hasId && validId(id) ? id : QJsonValue(), kInvalidRequest,
                                 Tr::tr("Not a JSON-RPC 2.0 request: it needs \"jsonrpc\": \"2.0\", a string "
                                        "method, a string or integer id, and object params.")));
    if (!hasId) {
        log::get(log::Area::App).debug("mcp-server: notification {}", method.toString().toStdString());
        return std::nullopt; // notifications/initialized, notifications/cancelled, ...: never answered
    }
    try {
        return encode(dispatch(method.toString(), params.toObject(), id));
    } catch (const std::exception& error) {
        log::get(log::Area::App)
            .error("mcp-server: {} failed: {}", method.toString().toStdString(), error.what());
        return encode(errorReply(id, kInternalError, QString::fromLocal8Bit(error.what())));
    }
}

QJsonObject McpServer::dispatch(const QString& method, const QJsonObject& params, const QJsonValue& id) {
    // Revision 2026-07-28 names its version in every request's _meta; results then say their type.
    const QJsonObject meta = params.value(QStringLiteral("_meta")).toObject();
    const QString requested = meta.value(kVersionKey).toString();
    const bool modern = !requested.isEmpty() && !legacyVersions().contains(requested);
    if (modern && requested != modernVersion()) {
        QStringList supported = {modernVersion()};
        supported << legacyVersions();
        return errorReply(id, kUnsupportedVersion, Tr::tr("Unsupported protocol version %1.").arg(requested),
                          {{QStringLiteral("supported"), QJsonArray::fromStringList(supported)},
                           {QStringLiteral("requested"), requested}});
    }
    QJsonObject result;
    if (method == QLatin1String("initialize")) {
        result = initialize(params);
    } else if (method == QLatin1String("server/discover")) {
        result = discover();
    } else if (method == QLatin1String("ping")) {
        result = {};
    } else if (method == QLatin1String("tools/list")) {
        result = {{QStringLiteral("tools"), McpTools::list()}};
    } else if (method == QLatin1String("tools/call")) {
        bool failed = false;
        result = callTool(params, id, &failed);
        if (failed)
            return result; // already an error reply
    } else {
        return errorReply(id, kMethodNotFound, Tr::tr("Method not found: %1").arg(method));
    }
    if (modern) {
        result.insert(QStringLiteral("resultType"), QStringLiteral("complete"));
        QJsonObject resultMeta = result.value(QStringLiteral("_meta")).toObject();
        resultMeta.insert(QStringLiteral("io.modelcontextprotocol/serverInfo"), serverInfo());
        result.insert(QStringLiteral("_meta"), resultMeta);
    }
    return resultReply(id, result);
}

QJsonObject McpServer::initialize(const QJsonObject& params) const {
    const QString requested = params.value(QStringLiteral("protocolVersion")).toString();
    // The client's version when we speak it, else our newest: the client then decides.
    const QString version = legacyVersions().contains(requested) ? requested : legacyVersions().first();
    log::get(log::Area::App)
        .info("mcp-server: initialize asked for {}, answering {}", requested.toStdString(),
              version.toStdString());
    return {{QStringLiteral("protocolVersion"), version},
            {QStringLiteral("capabilities"), capabilities()},
            {QStringLiteral("serverInfo"), serverInfo()},
            {QStringLiteral("instructions"), instructions()}};
}

QJsonObject McpServer::discover() const {
    QStringList supported = {modernVersion()};
    supported << legacyVersions();
    return {{QStringLiteral("supportedVersions"), QJsonArray::fromStringList(supported)},
            {QStringLiteral("capabilities"), capabilities()},
            {QStringLiteral("serverInfo"), serverInfo()},
            {QStringLiteral("instructions"), instructions()}};
}

QJsonObject McpServer::callTool(const QJsonObject& params, const QJsonValue& id, bool* failed) {
    const QString name = params.value(QStringLiteral("name")).toString();
    const QJsonValue arguments = params.value(QStringLiteral("arguments"));
    if (!McpTools::has(name)) {
        *failed = true;
        return errorReply(id, kInvalidParams, Tr::tr("Unknown tool: %1").arg(name));
    }
    if (!arguments.isUndefined() && !arguments.isNull() && !arguments.isObject()) {
        *failed = true;
        return errorReply(id, kInvalidParams, Tr::tr("The arguments of %1 must be an object.").arg(name));
    }
    const ToolOutcome outcome = m_tools.call(name, arguments.toObject());
    QJsonObject result{
        {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                           {QStringLiteral("text"), outcome.text}}}},
        {QStringLiteral("isError"), outcome.isError}};
    if (!outcome.isError)
        result.insert(QStringLiteral("structuredContent"), outcome.structured);
    return result;
}

int McpServer::serve(std::FILE* in, std::FILE* out) {
    const auto reply = [out](const QByteArray& bytes) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), out);
        std::fputc('\n', out);
        std::fflush(out);
    };
    QByteArray line;
    bool oversized = false;
    bool atEnd = false;
    while (!atEnd) {
        // One line, read byte by byte from the buffered stream: never more than the bound is kept.
        int c = 0;
        while ((c = std::getc(in)) != EOF && c != '\n') {
            if (oversized)
                continue;
            if (line.size() >= kMaxLineBytes) {
                oversized = true;
                line.clear();
                line.squeeze();
                continue;
            }
            line.append(static_cast<char>(c));
        }
        atEnd = c == EOF;
        if (oversized) {
            log::get(log::Area::App).warn("mcp-server: a message over {} bytes was skipped", kMaxLineBytes);
            reply(oversizedReply());
        } else if (const auto answer = handleLine(line)) {
            reply(*answer);
        }
        oversized = false;
        line.clear();
    }
    log::get(log::Area::App).info("mcp-server: end of input");
    return 0;
}

} // namespace ld::app
