#pragma once
// The catalogue of every finding id the engine can conclude: its step, usual severity, what it
// means and the fixes it may offer. Ids are stable; docs/findings.md is generated from this table
// and a test fails when the code produces an id the table (or a test) does not know.

#include <QString>
#include <vector>

namespace ld::wizard {

struct FindingInfo {
    const char* id; // "port.out_of_range"
    const char*
        step; // a step id; "config" and "mcp-server" for the MCP config diagnosis, "tray" for quick checks
    const char* severities; // "error", or "info|error" where the context decides
    const char* meaning;    // one or two sentences for the reference (English, for developers)
    const char* fixes;      // fix ids it may offer, separated by blanks
};

class FindingCatalogue {
public:
    static const std::vector<FindingInfo>& rows();
    static const FindingInfo* find(const QString& id);
    // docs/findings.md: a table per step.
    static QString markdown();
};

} // namespace ld::wizard
