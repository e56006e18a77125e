// libFuzzer target for the /proc/net table parser. The first byte picks the table kind.
#include "platform/procnet.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (int kind = 0; kind < 4; ++kind) {
        using ld::platform::Family;
        using ld::platform::Proto;
        const auto sockets = ld::platform::parseProcNet(text, kind & 1 ? Proto::Udp : Proto::Tcp,
                                                        kind & 2 ? Family::V6 : Family::V4);
        for (const auto& socket : sockets) {
            // Everything parsed must print and parse back.
            if (ld::platform::IpAddress::parse(socket.local.toString()) != socket.local)
                __builtin_trap();
            (void)socket.isListening();
            (void)ld::platform::tcpStateName(socket.state);
        }
    }
    return 0;
}
