#pragma once
// Pure parsers for what `netsh` prints about port policy, the firewall and the WinHTTP proxy, in
// English and localized forms (Chinese, Spanish recorded). They key on layout (underlines, blocks,
// numbers, the policy tokens netsh never translates) rather than on translated words wherever
// they can. Compiled on every OS, tested on outputs recorded on Windows.

#include "platform/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform {

struct ExcludedPortRange {
    PortRange range;
    bool administered = false; // marked `*`: added by an administrator (netsh ... add excludedportrange)
};

// `netsh int ipv4 show excludedportrange protocol=tcp|udp`. When the text holds several tables
// (before and after an `add`, or tcp then udp) the last table of `proto` counts; a table whose
// title names no protocol (localized, or only the table pasted) counts for either. nullopt when
// no table is found at all (Wine's stub netsh prints nothing).
std::optional<std::vector<ExcludedPortRange>> parseExcludedPortRanges(std::string_view text, Proto proto);

// `netsh int ipv4 show dynamicport tcp`: "Start Port : 49152" then "Number of Ports : 16384"
// (labels translated, numbers not). nullopt when the two numbers are not there or make no range.
std::optional<PortRange> parseDynamicPortRange(std::string_view text);

struct WindowsFirewallProfile {
    std::string name;            // "domain", "private", "public", or the block's own title
    std::string title;           // as printed: "Public Profile Settings", "公用配置文件 设置"
    std::optional<bool> enabled; // State ON / OFF (打开 / 关闭, ACTIVAR / DESACTIVAR)
    std::string stateText;       // as printed
    std::string inboundPolicy;   // "BlockInbound", "AllowInbound", "BlockInboundAlways", "NotConfigured"
    std::string outboundPolicy;  // "AllowOutbound", "BlockOutbound", "NotConfigured"
    bool blocksInbound() const { return inboundPolicy.rfind("Block", 0) == 0; }
};

// `netsh advfirewall show allprofiles` or `show currentprofile`: one entry per profile block.
std::vector<WindowsFirewallProfile> parseAdvfirewallProfiles(std::string_view text);

struct WinHttpProxy {
    bool direct = false;             // "Direct access (no proxy server)."
    std::string server;              // "127.0.0.1:7897" or "http=a:1;https=b:2"
    std::vector<std::string> bypass; // the bypass list split at ';', "(none)" as empty
};

// `netsh winhttp show proxy` (or the block `set`/`reset proxy` echo). When the text holds several
// blocks the last one counts. nullopt when no block is found.
std::optional<WinHttpProxy> parseWinHttpProxy(std::string_view text);

} // namespace ld::platform
