// libFuzzer target for the WSL parsers: wsl.exe's console bytes, its distro lists and .wslconfig.
#include "platform/windowstext/wslparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::string text = ld::platform::consoleTextToUtf8(bytes);
    if (text.size() > size * 2 + 8) // UTF-16 units become at most 3 bytes each
        __builtin_trap();
    if (auto distros = ld::platform::parseWslListVerbose(text)) {
        if (distros->empty())
            __builtin_trap();
        for (const auto& distro : *distros)
            if (distro.name.empty() || distro.version < 1 || distro.version > 9)
                __builtin_trap();
        ld::platform::markRunning(*distros, ld::platform::parseWslNameList(text));
    }
    const ld::platform::WslConfig config = ld::platform::parseWslConfig(text);
    const std::string mode = ld::platform::effectiveNetworkingMode(config);
    if (mode.empty() || (config.networkingModeLine == 0) != config.networkingModeKey.empty())
        __builtin_trap();
    return 0;
}
