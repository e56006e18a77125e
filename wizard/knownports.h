#pragma once
// What usually lives on a port, so findings can say "port 6274 is held by node: usually the MCP
// Inspector". One small table, used by the port, conflict and protocol steps.

#include <QString>
#include <optional>

namespace ld::wizard {

struct KnownPort {
    int port = 0;
    QString description; // translated, e.g. "PostgreSQL" or "Vite's dev server"
    QString service;     // the protocol it normally speaks: "http", "postgresql", "redis", "ssh"...
};

std::optional<KnownPort> knownPort(int port);

} // namespace ld::wizard
