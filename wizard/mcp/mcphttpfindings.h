#pragma once
// What an HTTP MCP probe concludes when the server doesn't get as far as the handshake: a login
// wall (401), an HTTP error, a reply that isn't MCP, no connection, a flood.

#include "wizard/report/finding.h"

#include <QCoreApplication>

namespace ld::wizard {

class HttpFindings {
    Q_DECLARE_TR_FUNCTIONS(HttpFindings)
public:
    static Finding unauthorized(const QString& header, QJsonObject evidence);
    static Finding httpError(int status, const QByteArray& body, QJsonObject evidence);
    static Finding invalidReply(int status, const QString& contentType, const QByteArray& body,
                                QJsonObject evidence);
    static Finding connectFailed(const QString& error, QJsonObject evidence);
    static Finding flood(qint64 limit, QJsonObject evidence);
    // The resource_metadata parameter of a WWW-Authenticate header (RFC 9728), quoted or not.
    static QString resourceMetadata(const QString& header);
};

} // namespace ld::wizard
