// libFuzzer target for netsh's excluded and dynamic port range parsers.
#include "platform/windowstext/netshparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto proto : {ld::platform::Proto::Tcp, ld::platform::Proto::Udp}) {
        if (const auto ranges = ld::platform::parseExcludedPortRanges(text, proto))
            for (const auto& item : *ranges)
                if (item.range.first > item.range.last)
                    __builtin_trap();
    }
    if (const auto range = ld::platform::parseDynamicPortRange(text))
        if (range->first == 0 || range->first > range->last)
            __builtin_trap();
    return 0;
}
