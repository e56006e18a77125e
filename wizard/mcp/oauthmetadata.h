#pragma once
// On a 401 without resource_metadata: the OAuth protected-resource metadata (RFC 9728) looked
// for where a client looks, each URL tried reported.

#include "wizard/mcp/mcpprobe.h"

#include <QJsonArray>
#include <QUrl>
#include <chrono>

namespace ld::wizard {

// The URLs a client tries for an MCP endpoint, in order: the path-inserted form
// (/.well-known/oauth-protected-resource/mcp), then the root form.
QList<QUrl> protectedResourceMetadataUrls(const QUrl& endpoint);
// GETs each (bounded by timeout each) until one answers 200 with a JSON object:
// [{"url", "status", "found"}]. Blocking; call from a worker thread.
QJsonArray probeProtectedResourceMetadata(const QUrl& endpoint, std::chrono::milliseconds timeout);

// Adds metadata_tried (and a line of detail) to an mcp.unauthorized without resource_metadata.
void findProtectedResourceMetadata(McpProbeResult& result, const QUrl& url,
                                   std::chrono::milliseconds timeout);

} // namespace ld::wizard
