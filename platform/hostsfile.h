#pragma once
// A pure parser for the hosts file (/etc/hosts, %SystemRoot%\System32\drivers\etc\hosts) and
// the checks on it that explain a broken `localhost`.

#include "platform/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace ld::platform {

// Comments (#...), blank lines, tabs, several names per line, CRLF and a UTF-8 BOM are handled;
// a line with an address but no name is skipped. Addresses are kept as written.
HostsFile parseHostsFile(std::string_view text, std::string path);

struct HostsAnomaly {
    enum Kind {
        LocalhostMissing,     // no line names localhost (the resolver may still synthesise it)
        LocalhostNotLoopback, // a line maps localhost to an address outside 127/8 and ::1
    };
    Kind kind = LocalhostMissing;
    std::string address; // the offending address, empty for LocalhostMissing
    int line = 0;        // 1-based, 0 for LocalhostMissing
    bool operator==(const HostsAnomaly&) const = default;
};

// Lines whose address does not parse are ignored, as the resolver ignores them. An unreadable
// file gives no anomalies: nothing is known about it.
std::vector<HostsAnomaly> hostsAnomalies(const HostsFile& hosts);

} // namespace ld::platform
