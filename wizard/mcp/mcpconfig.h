#pragma once
// An MCP client's config file read by that client's rules: the strict JSON check, the key
// holding its servers, and the shape checks of every server entry. Pure functions of the text
// and of a HostContext, so every OS is testable here with a fake home and environment.

#include "wizard/mcp/clientprofile.h"
#include "wizard/mcp/hostcontext.h"
#include "wizard/mcp/jsonscanner.h"
#include "wizard/report/finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ld::wizard {

// --- the config ------------------------------------------------------------------------

struct McpServerEntry {
    QString name;
    JsonPath path; // SERVERSKEY.NAME (mcpServers.NAME for most clients)
    QString scope; // Claude Code: the project folder of a per-project entry; empty: user-wide
    bool isObject = false;
    QJsonObject raw;
    QString command;
    QStringList args;
    QMap<QString, QString> env;
    QString url; // a remote entry (url, or type http/sse/streamable-http)
    QString type;
    bool remote = false;
    QList<Finding> findings; // mcp.config_invalid for this entry, and warnings on its keys

    bool hasError() const;
    bool stdioUsable() const { return isObject && !remote && !command.isEmpty() && !hasError(); }
};

// The OS a config was written for, judged from its paths and commands.
struct ConfigOs {
    HostOs os = HostOs::Linux;
    bool detected = false; // false: nothing OS-specific in it, so this machine's OS is assumed
    QStringList evidence;  // the values that gave it away, at most a few
};
ConfigOs detectConfigOs(const QList<McpServerEntry>& servers, HostOs fallback);

struct McpConfig {
    QString path;         // the file read (or the first candidate when none exists)
    QStringList searched; // every place looked at
    bool found = false;
    bool givenByUser = false;              // --config
    const ClientProfile* client = nullptr; // whose rules it is read by (never null after load/parse)
    ConfigLocation location;               // what the client does with this file
    QString clientReason;                  // --config: how the client was guessed
    ConfigOs writtenFor;
    QByteArray bytes;
    std::optional<JsonSyntaxError> syntaxError;
    bool parsed = false; // the JSON could be read (perhaps after stripping a BOM)
    QJsonObject root;
    QList<McpServerEntry> servers; // in file order
    QList<Finding> findings;       // the config step's own: missing, syntax error, top-level shape
};

class McpConfigReader {
    Q_DECLARE_TR_FUNCTIONS(McpConfigReader)
public:
    // Finds Claude Desktop's config (or reads overridePath, guessing its client) and checks it.
    static McpConfig load(const HostContext& host, const QString& overridePath = {});
    // Reads one file of a client.
    static McpConfig load(const HostContext& host, const ClientProfile& client,
                          const ConfigLocation& location);
    // Finds the config the client reads (the first of its user-wide files that exists).
    static McpConfig loadClient(const HostContext& host, const ClientProfile& client);
    // Checks the bytes of a config named path by the rules of client (default: Claude Desktop) and
    // the key at location (default: the client's).
    static McpConfig parse(const QByteArray& bytes, const QString& path,
                           const ClientProfile* client = nullptr, const ConfigLocation* location = nullptr,
                           HostOs hostOs = currentHostOs());

    static Finding syntaxErrorFinding(const QByteArray& bytes, const QString& path,
                                      const JsonSyntaxError& error,
                                      const ClientProfile& client = ClientProfile::claudeDesktop());
    static QString hintText(const QByteArray& bytes, const JsonSyntaxError& error);
};

} // namespace ld::wizard
