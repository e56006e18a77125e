#pragma once
// Pure parsers for the small macOS answers the collector needs: `ps -o pid=,uid=,lstart=,comm=`
// (identity of a process for the safe stop), `dscacheutil -q host -a name NAME` (the resolver's
// answer), `sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last` and `sw_vers`.

#include "platform/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::macmisc {

struct PsRow {
    std::int64_t pid = -1;            // -1 when the row had no pid column
    std::optional<std::uint32_t> uid; // absent when the row had no uid column
    std::string started;              // lstart as printed: "Tue Dec  1 17:10:05 2026"
    std::uint64_t startKey = 0;       // 20261201171005: only compared, never shown
    std::string command;              // comm: the executable's path (may hold blanks)
};
// Rows of `ps -o lstart=,comm=` or `ps -o pid=,uid=,lstart=,comm=` (one row per process; the
// C locale's English day and month names). Rows that don't fit are skipped.
std::vector<PsRow> parsePs(std::string_view text);
// Rows of `ps -ww -o pid=,args=`: pid and the command line.
std::vector<std::pair<std::int64_t, std::string>> parsePsArgs(std::string_view text);
// "Tue Dec  1 17:10:05 2026" -> 20261201171005; 0 when it isn't such a date.
std::uint64_t lstartKey(std::string_view text);

// The addresses in the order dscacheutil printed them (ipv6_address and ip_address lines);
// KAME-style link-local addresses ("fe80:1::1") come back as fe80::1 with scope id 1.
std::vector<IpAddress> parseDscacheutilHost(std::string_view text);

// `sysctl net.inet.ip.portrange.first net.inet.ip.portrange.last` ("name: value" lines) or the
// same with -n (two numbers). nullopt unless both are read and first <= last.
std::optional<PortRange> parsePortRange(std::string_view text);

// `sw_vers` ("ProductVersion: 14.5") or `sw_vers -productVersion` ("14.5"): major and minor.
struct MacVersion {
    int major = 0;
    int minor = 0;
    std::string text; // "14.5"
};
std::optional<MacVersion> parseSwVers(std::string_view text);

} // namespace ld::platform::macmisc
