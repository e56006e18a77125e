// libFuzzer target for the netsh winhttp proxy parser.
#include "platform/windowstext/netshparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto proxy = ld::platform::parseWinHttpProxy(text)) {
        if (proxy->direct && !proxy->bypass.empty())
            __builtin_trap();
        for (const auto& item : proxy->bypass)
            if (item.empty() || item.find(';') != std::string::npos)
                __builtin_trap();
    }
    return 0;
}
