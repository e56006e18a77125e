// libFuzzer target for the registry PATH composer: the input is split at the first NUL into the
// system and the user Path, both taken as REG_EXPAND_SZ.
#include "platform/windowstext/registrypath.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::size_t split = std::min(text.find('\0'), text.size());
    const std::map<std::string, std::string> env{{"SystemRoot", "C:\\Windows"}, {"A", "%A%"}, {"E", ""}};
    const ld::platform::RegistryString system{true, true, std::string(text.substr(0, split))};
    const ld::platform::RegistryString user{true, true,
                                            std::string(text.substr(std::min(split + 1, text.size())))};
    const auto path = ld::platform::composeSessionPath(system, user, env);
    if (!path)
        __builtin_trap();
    if (path->find(";;") != std::string::npos ||
        (!path->empty() && (path->front() == ';' || path->back() == ';')))
        __builtin_trap();
    // Expansion never grows without a variable: the only values here are short.
    if (path->size() > 2 * (size + 16) + 16 * size)
        __builtin_trap();
    return 0;
}
