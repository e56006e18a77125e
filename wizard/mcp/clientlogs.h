#pragma once
// Recent error lines about one server from its client's own logs, as evidence.

#include "wizard/mcp/clientprofile.h"

#include <QJsonObject>

namespace ld::wizard {

// Claude Desktop: mcp-server-NAME.log and the lines of mcp.log naming the server; other clients:
// the lines naming it in the *.log files directly in their log folders. Reads only the tail of
// each file. Empty when there are none. {"directory", "files", "lines"}.
QJsonObject clientLogEvidence(const HostContext& host, const ClientProfile& client, const QString& server,
                              int maxLines = 10, qint64 tailBytes = 64 * 1024);

} // namespace ld::wizard
