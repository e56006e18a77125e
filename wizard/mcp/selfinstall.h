#pragma once
// The fix that adds Localhost Doctor itself to an MCP client's config, as the stdio server
// {"command": "<this program>", "args": ["mcp-server"]} under the client's servers key, in that
// client's shape (VS Code's "servers" with "type": "stdio", Claude Code's "type": "stdio").
// Only bytes are inserted (the rest of the file stays byte-identical); a missing file is created
// (0600, its folder made). ConfigEditor previews, backs up, writes and undoes it like every
// config fix (fix id fix.add_localhost_doctor).

#include "wizard/mcp/clientprofile.h"
#include "wizard/mcp/configedit.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace ld::wizard {

class SelfInstall {
    Q_DECLARE_TR_FUNCTIONS(SelfInstall)
public:
    static QString fixId() { return QStringLiteral("fix.add_localhost_doctor"); }
    static bool handles(const QString& id) { return id == fixId(); }
    static QString serverName() { return QStringLiteral("localhost-doctor"); }

    // The file of `client` to add the entry to: its first file that the client reads, that is
    // neither a project's nor ignored, and whose servers sit under one key (VS Code: User/mcp.json).
    static std::optional<ConfigLocation> targetLocation(const ClientProfile& client, const HostContext& host);
    // The params ConfigEditor::preview/apply take: the client, its servers key, the program.
    static QVariantMap params(const ClientProfile& client, const QString& serversKey,
                              const QString& executable);
    // The entry as the client wants it.
    static QJsonObject entry(const ClientProfile& client, const QString& executable);

    // What the text becomes with the entry added. `already` is set (and the text returned
    // unchanged) when an entry with this command and args is there; an entry of the same name
    // with another command (the program moved) is replaced. nullopt with error when the text
    // is not an object (or, for strict clients, not JSON).
    static std::optional<QByteArray> addEntry(const QByteArray& bytes, const QVariantMap& params,
                                              bool* already, QString* error);
    // The name of the server whose entry is this program's, from addEntry's view; empty when none.
    static QString existingEntryName(const QByteArray& bytes, const QVariantMap& params);

    // ConfigEditor::preview for this fix: a missing file is an empty one to create
    // (result.created); the message says when the entry is already there (result.unchanged).
    static ConfigEditResult preview(const QString& configPath, const QVariantMap& params);
};

} // namespace ld::wizard
