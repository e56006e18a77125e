#include "wizard/mcp/mcphttpfindings.h"

#include <QRegularExpression>

namespace ld::wizard {

namespace {

constexpr int kQuoteChars = 300;

// A body quoted in one line: an HTML error page becomes its text ("Error Cannot POST /mcp").
QString snippet(const QByteArray& body) {
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = QString::fromUtf8(body.left(kQuoteChars * 8));
    if (text.trimmed().startsWith(QLatin1Char('<')))
        text.replace(tag, QStringLiteral(" "));
    return text.simplified().left(kQuoteChars);
}

} // namespace

QString HttpFindings::resourceMetadata(const QString& header) {
    static const QRegularExpression re(
        QStringLiteral(R"re(resource_metadata\s*=\s*(?:"([^"]*)"|([^\s,]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = re.match(header);
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

Finding HttpFindings::unauthorized(const QString& header, QJsonObject evidence) {
    const QString metadata = resourceMetadata(header);
    QString detail =
        tr("It answered 401 Unauthorized, so a client must log in before it may talk to it. "
           "A stdio-only client reaches such a server through a bridge like mcp-remote, which opens a "
           "browser window for the OAuth login on first use (and waits for the answer on port "
           "3334): finish that login, or give the bridge the token or API key header the server "
           "expects.");
    if (!metadata.isEmpty())
        detail += QStringLiteral("\n\n") + tr("The server describes how to log in here: %1").arg(metadata);
    evidence.insert(QStringLiteral("http_status"), 401);
    evidence.insert(QStringLiteral("www_authenticate"), header);
    evidence.insert(QStringLiteral("resource_metadata"), metadata);
    return Finding{QStringLiteral("mcp.unauthorized"),
                   Severity::Error,
                   tr("The MCP server needs you to log in first (HTTP 401)"),
                   detail,
                   evidence,
                   {}};
}

Finding HttpFindings::httpError(int status, const QByteArray& body, QJsonObject evidence) {
    QString detail;
    if (status == 404)
        detail = tr("Nothing answers MCP at this path. MCP servers usually listen on /mcp (Streamable HTTP) "
                    "or /sse (the older SSE transport); the server's startup message names the exact URL.");
    else if (status == 405)
        detail = tr("This path does not accept the requests MCP sends (POST, or GET for SSE). It is probably "
                    "another page of the server: try /mcp or /sse.");
    else if (status == 403)
        detail = tr("The server refused the request. MCP servers check the Host and Origin headers to block "
                    "DNS rebinding, so one started for another host name (or with an allow-list) refuses "
                    "this one; start it for localhost, or use the address it names.");
    else if (status >= 500)
        detail = tr("The server failed while answering (HTTP %1). Its own log says why.").arg(status);
    else
        detail =
            tr("The server rejected the MCP handshake with HTTP %1. Its answer may say why.").arg(status);
    if (!body.trimmed().isEmpty())
        detail += QStringLiteral("\n\n") + tr("It answered: %1").arg(snippet(body));
    evidence.insert(QStringLiteral("http_status"), status);
    evidence.insert(QStringLiteral("body"), snippet(body));
    return Finding{QStringLiteral("mcp.http_error"),
                   Severity::Error,
                   tr("The address answered HTTP %1 to the MCP handshake").arg(status),
                   detail,
                   evidence,
                   {}};
}

Finding HttpFindings::invalidReply(int status, const QString& contentType, const QByteArray& body,
                                   QJsonObject evidence) {
    evidence.insert(QStringLiteral("http_status"), status);
    evidence.insert(QStringLiteral("content_type"), contentType);
    evidence.insert(QStringLiteral("body"), snippet(body));
    return Finding{
        QStringLiteral("mcp.invalid_reply"),
        Severity::Error,
        tr("The address answered the MCP handshake with something that isn't MCP"),
        tr("It answered HTTP %1 (%2) but not with a JSON-RPC response. This is usually another web "
           "server on the same port, or the wrong path (MCP servers usually use /mcp or /sse).")
                .arg(status)
                .arg(contentType.isEmpty() ? tr("no content type") : contentType) +
            (body.trimmed().isEmpty() ? QString()
                                      : QStringLiteral("\n\n") + tr("It answered: %1").arg(snippet(body))),
        evidence,
        {}};
}

Finding HttpFindings::connectFailed(const QString& error, QJsonObject evidence) {
    evidence.insert(QStringLiteral("error"), error);
    return Finding{QStringLiteral("mcp.connect_failed"),
                   Severity::Error,
                   tr("The MCP handshake could not reach the server"),
                   tr("The HTTP request failed before any answer: %1. The server and firewall steps say more "
                      "about the port.")
                       .arg(error),
                   evidence,
                   {}};
}

Finding HttpFindings::flood(qint64 limit, QJsonObject evidence) {
    evidence.insert(QStringLiteral("limit_bytes"), limit);
    return Finding{QStringLiteral("mcp.output_flood"),
                   Severity::Error,
                   tr("The MCP server sent more than %1 MB without answering")
                       .arg(QString::number(limit / (1024.0 * 1024.0), 'f', 1)),
                   tr("It kept sending data without the response to our request, so the probe stopped "
                      "reading. Clients struggle the same way. Look for a loop sending events at start."),
                   evidence,
                   {}};
}

} // namespace ld::wizard
