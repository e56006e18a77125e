// libFuzzer target for the macOS firewall parsers: socketfilterfw's answers, pfctl's status and
// rules, and the port walk over the rules.
#include "platform/maccommon/macfirewallparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ld::platform::macfw;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const AppFirewall fw = parseSocketFilterFw(text);
    if (fw.enabled && fw.state && *fw.enabled != (*fw.state >= 1))
        __builtin_trap();
    (void)fw.understood();
    (void)parsePfInfo(text);
    const PfRules rules = parsePfRules(text);
    (void)rules.onlyAppleAnchors();
    for (const std::uint16_t port :
         {std::uint16_t(0), std::uint16_t(443), std::uint16_t(8080), std::uint16_t(65535)})
        (void)pfRulesForPort(rules, port);
    return 0;
}
