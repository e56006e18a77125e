// libFuzzer target for the macOS `netstat -anv -p tcp` (any header layout) and `netstat -L` parsers.
#include "platform/maccommon/netstatparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace ld::platform;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const netstat::Table table = netstat::parse(text);
    for (const auto& row : table.rows) {
        if (IpAddress::parse(row.socket.local.toString()) != row.socket.local)
            __builtin_trap();
        if (row.pid && *row.pid <= 0)
            __builtin_trap();
        (void)tcpStateName(row.socket.state);
    }
    (void)netstat::layoutName(table.layout);
    for (const auto& queue : netstat::parseListenQueues(text))
        if (IpAddress::parse(queue.address.toString()) != queue.address)
            __builtin_trap();
    return 0;
}
