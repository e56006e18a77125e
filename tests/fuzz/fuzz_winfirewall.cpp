// libFuzzer target for the netsh advfirewall profile parser.
#include "platform/windowstext/netshparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& profile : ld::platform::parseAdvfirewallProfiles(text)) {
        if (profile.name.empty() && !profile.title.empty())
            __builtin_trap();
        // A policy is read as a pair or not at all.
        if (profile.inboundPolicy.empty() != profile.outboundPolicy.empty())
            __builtin_trap();
        (void)profile.blocksInbound();
    }
    return 0;
}
