// libFuzzer target for the lsof field-output parser (the macOS listener collector). The first
// byte picks TCP or UDP; everything parsed must print and parse back.
#include "platform/maccommon/lsofparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    using namespace ld::platform;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto files = lsof::parseFields(text);
    for (const auto& listener : lsof::listeners(files, data[0] & 1 ? Proto::Udp : Proto::Tcp)) {
        if (IpAddress::parse(listener.socket.local.toString()) != listener.socket.local)
            __builtin_trap();
        if (listener.socket.inode == 0 || listener.socket.localPort == 0)
            __builtin_trap();
    }
    for (const auto& file : files)
        (void)lsof::parseEndpoint(file.name);
    return 0;
}
