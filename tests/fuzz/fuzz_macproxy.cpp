// libFuzzer target for `scutil --proxy` and the system proxy route for a few URLs.
#include "platform/maccommon/scutilparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ld::platform;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const SystemProxy proxy = scutil::parseProxy(text);
    for (const char* host : {"localhost", "127.0.0.1", "::1", "printer.local", "10.1.2.3", "devbox"}) {
        for (const char* scheme : {"http", "https"}) {
            const SystemProxyRoute route = systemProxyRoute(proxy, scheme, host);
            if (route.kind == SystemProxyRoute::Kind::Proxy && !route.server.configured())
                __builtin_trap();
        }
    }
    for (const std::string& entry : proxy.exceptions)
        (void)proxyExceptionMatches(entry, "localhost");
    return 0;
}
