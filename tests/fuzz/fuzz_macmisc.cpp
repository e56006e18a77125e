// libFuzzer target for the small macOS parsers: ps rows, dscacheutil, the sysctl port range, sw_vers.
#include "platform/maccommon/macmiscparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ld::platform;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& row : macmisc::parsePs(text))
        if (row.startKey == 0 || macmisc::lstartKey(row.started) != row.startKey)
            __builtin_trap();
    (void)macmisc::parsePsArgs(text);
    for (const IpAddress& address : macmisc::parseDscacheutilHost(text))
        if (IpAddress::parse(address.toString()) != address)
            __builtin_trap();
    if (const auto range = macmisc::parsePortRange(text); range && range->first > range->last)
        __builtin_trap();
    (void)macmisc::parseSwVers(text);
    return 0;
}
