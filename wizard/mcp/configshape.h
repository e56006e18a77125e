#pragma once
// Shapes people paste into an MCP config that its client reads otherwise: a bare "mcpServers"
// member, servers under another client's key, a server without its name, placeholders the
// client passes literally, keys it ignores, files it never reads; and the OS a config is for.

#include "wizard/mcp/mcpconfig.h"

#include <QCoreApplication>
#include <optional>

namespace ld::wizard {

class ConfigShape {
    Q_DECLARE_TR_FUNCTIONS(ConfigShape)
};

// "mcpServers": {…} without the outer braces: mcp.config_syntax_error (hint bare_member) with
// fix.wrap_in_braces; nullopt when wrapping would not make it valid.
std::optional<Finding> bareMemberFinding(const QByteArray& bytes, const QString& path,
                                         const ClientProfile& client);
// The servers sit under another client's key, or the file is one server's settings, or the
// servers lack the key around them: mcp.config_other_client with a fix that moves them.
std::optional<Finding> otherClientFinding(const QJsonObject& root, const QByteArray& bytes,
                                          const ClientProfile& client, const QString& key);
// mcp.placeholder_literal (${VAR} the client does not replace), mcp.key_ignored ("cwd" in a
// client that ignores it).
QList<Finding> entryKeyFindings(const McpServerEntry& entry, const ClientProfile& client);
// mcp.config_wrong_file: servers in a file the client never reads.
Finding ignoredFileFinding(const McpConfig& config);
// mcp.config_wrong_file: `config` is shadowed by the file the client reads instead; how they differ.
Finding shadowedFileFinding(const McpConfig& config, const HostContext& host);
// mcp.config_wrong_file on the file read, about a file beside it that the client ignores.
Finding shadowingFinding(const McpConfig& read, const McpConfig& ignored);

} // namespace ld::wizard
