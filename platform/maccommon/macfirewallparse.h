#pragma once
// Pure parsers for the two macOS firewalls: the Application Firewall's own words
// (`socketfilterfw --getglobalstate --getblockall --getstealthmode --listapps`, macOS 11 to 26)
// and pf (`pfctl -s info`, `pfctl -s rules`, `pfctl -sa`). Compiled on every OS.

#include "platform/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::macfw {

struct AppRule {
    std::string path;     // "/usr/libexec/remoted", "/Applications/Slack.app"
    bool allowed = false; // "Allow incoming connections" (false: "Block incoming connections")
};

struct AppFirewall {
    std::optional<int> state;                  // 0 off, 1 on, 2 on and blocking all non-essential connections
    std::optional<bool> enabled;               // state >= 1
    std::optional<bool> blockAll;              // --getblockall, or state 2
    std::optional<bool> stealth;               // --getstealthmode
    std::optional<bool> allowSigned;           // built-in signed software allowed automatically
    std::optional<bool> allowDownloadedSigned; // downloaded signed software allowed automatically
    std::optional<int> appCount;               // "Total number of apps = N"
    std::vector<AppRule> apps;
    std::vector<std::string> errors; // "ALF: Error, ..." and other lines that report a failure
    bool askedForPassword = false;   // a sudo "Password:" prompt was in the output
    bool understood() const { return state || blockAll || stealth || appCount || !apps.empty(); }
};

// Any mix of the getters' outputs, in any order; the last answer to a question wins.
AppFirewall parseSocketFilterFw(std::string_view text);

struct PfStatus {
    std::optional<bool> enabled; // "Status: Enabled" / "Status: Disabled"
    bool needsElevation = false; // "pfctl: /dev/pf: Permission denied" (or Operation not permitted)
    std::string error;           // the pfctl error line, when one was printed
};
PfStatus parsePfInfo(std::string_view text);

struct PfRules {
    bool needsElevation = false;
    std::string error;
    std::vector<std::string> filter;      // filter rules (pass/block/anchor/scrub), as printed
    std::vector<std::string> translation; // nat/rdr/binat rules (-sa's TRANSLATION RULES, or -s nat)
    std::vector<std::string> states;      // -sa's STATES rows
    bool onlyAppleAnchors() const;        // nothing but macOS's own empty "com.apple" anchors
};
// `pfctl -s rules` or `pfctl -sa`: sections are read from -sa's headings; without them every rule
// line counts as a filter rule. "No ALTQ support" noise is skipped.
PfRules parsePfRules(std::string_view text);

struct PfRuleHit {
    std::string rule;
    bool blocks = false; // a block rule (drop or return)
};
// Filter rules whose port match covers `port` ("port = 8080", "port 8080", "port 8000:8100",
// "port { 80 8080 }", "port > 1024"...), in order.
std::vector<PfRuleHit> pfRulesForPort(const PfRules& rules, std::uint16_t port);

} // namespace ld::platform::macfw
