#pragma once
// The MCP server face of the doctor: newline-delimited JSON-RPC 2.0 over stdio. Speaks the
// initialize era (2025-06-18, 2025-11-25) and the handshake-free 2026-07-28 revision
// (server/discover, the version in params._meta). Every input line is bounded; a bad one gets a
// JSON-RPC error and the server goes on.

#include "app/mcptools.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <cstdio>
#include <optional>

namespace ld::app {

class McpServer {
public:
    static constexpr qsizetype kMaxLineBytes = 1024 * 1024; // longer lines are refused and skipped

    explicit McpServer(platform::System& system);

    // One line in, at most one line out (no newline); nullopt for notifications and blank lines.
    std::optional<QByteArray> handleLine(const QByteArray& line);
    // The reply to a line that was longer than kMaxLineBytes.
    static QByteArray oversizedReply();
    // Reads `in` until end of file, writing every reply to `out` followed by '\n'. Returns 0.
    int serve(std::FILE* in, std::FILE* out);

    static QStringList legacyVersions(); // newest first
    static QString modernVersion();

private:
    QJsonObject dispatch(const QString& method, const QJsonObject& params, const QJsonValue& id);
    QJsonObject initialize(const QJsonObject& params) const;
    QJsonObject discover() const;
    QJsonObject callTool(const QJsonObject& params, const QJsonValue& id, bool* failed);

    McpTools m_tools;
    QString m_version; // negotiated by initialize; empty before
};

} // namespace ld::app
