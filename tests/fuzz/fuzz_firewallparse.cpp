// libFuzzer target for the firewall parsers and the rule walk. The first byte picks the parser;
// the rest is its input. Every parsed ruleset is then walked for a few connections.

#include "platform/firewallparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace ld::platform;
using namespace ld::platform::firewall;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    Ruleset ruleset;
    switch (data[0] % 4) {
    case 0:
        ruleset = parseNftJson(text);
        break;
    case 1:
        ruleset = parseIptablesSave(text, Family::V4);
        break;
    case 2:
        ruleset = parseIptablesSave(text, Family::V6);
        break;
    default: {
        UfwState state;
        parseUfwConf(text, state);
        parseUfwDefaults(text, state);
        parseUfwStatus(text, state);
        (void)ufwRulesForPort(state, Proto::Tcp, 8080);
        (void)ufwRulesForPort(state, Proto::Udp, 53);
        return 0;
    }
    }
    const Ruleset merged = mergeRulesets({ruleset, ruleset});
    for (const IpAddress& address :
         {IpAddress::v4(127, 0, 0, 1), IpAddress::v6Loopback(), IpAddress::v4(10, 0, 0, 2)}) {
        for (const std::uint16_t port : {std::uint16_t(22), std::uint16_t(8080), std::uint16_t(65535)}) {
            const Connection connection{Proto::Tcp, address, port, "lo"};
            const MatchResult result = matchFirewallRules(merged, connection);
            if (result.blocking)
                (void)allowCommand(*result.blocking, connection);
            (void)rulesForPort(ruleset, Proto::Tcp, port, address.family, address);
        }
    }
    (void)ruleset.empty();
    return 0;
}
