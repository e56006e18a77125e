#pragma once
// A bridge (mcp-remote, supergateway, mcp-proxy) that carries a remote URL to a client over
// stdio: which one, the URL in its arguments, and whether that URL can be reached at all.

#include "wizard/report/finding.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace ld::wizard {

struct BridgeInfo {
    QString package;   // "mcp-remote", "supergateway", "mcp-proxy", or "url" for a remote entry
    QString url;       // the URL inside the value
    QString value;     // the whole string value holding it (e.g. "--sse=http://...")
    int argIndex = -1; // index in args; -1 when the value is the entry's "url"
    QString transport; // "sse", "streamableHttp" or empty when the bridge guesses
};
// Finds the bridge package among command and args (even after -y, npx, cmd /c) and its URL.
std::optional<BridgeInfo> findBridge(const QString& command, const QStringList& args);
// The package name without its version or folder: "@scope/mcp-remote@1.2" -> "@scope/mcp-remote".
QString packageName(const QString& token);

// mcp.remote_url_invalid for a URL that can't be reached at all (port 619009), with fix.use_port
// repairs ranked by what listens now; nullopt when the URL is a target to diagnose.
std::optional<Finding> remoteUrlProblem(const QString& server, const BridgeInfo& bridge,
                                        const QSet<int>& listening, const QString& clientName = {});
// The value with its URL's port replaced (only the port's characters change).
QString withPort(const BridgeInfo& bridge, int port);

} // namespace ld::wizard
