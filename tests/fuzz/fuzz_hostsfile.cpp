// libFuzzer target for the hosts-file parser, its localhost checks and the address parser.
#include "platform/hostsfile.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto hosts = ld::platform::parseHostsFile(text, "/etc/hosts");
    (void)ld::platform::hostsAnomalies(hosts);
    for (const auto& entry : hosts.entries) {
        if (entry.names.empty() || entry.line <= 0)
            __builtin_trap();
        if (const auto address = ld::platform::IpAddress::parse(entry.address)) {
            // RFC 5952 text is canonical: printing what was parsed and parsing it again is stable.
            const auto again = ld::platform::IpAddress::parse(address->toString());
            if (!again || again->toString() != address->toString())
                __builtin_trap();
        }
    }
    return 0;
}
