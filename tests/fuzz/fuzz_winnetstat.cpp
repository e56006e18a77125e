// libFuzzer target for the Windows socket-table parsers (netstat -ano, Get-NetTCPConnection).
#include "platform/windowstext/netstatparse.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto& rows :
         {ld::platform::parseNetstat(text), ld::platform::parseNetTcpConnectionTable(text)}) {
        for (const auto& row : rows) {
            // Every address parsed must print and parse back, and every row has a known state.
            if (row.socket.local.scopeId == 0 &&
                ld::platform::IpAddress::parse(row.socket.local.toString()) != row.socket.local)
                __builtin_trap();
            if (row.socket.state == ld::platform::TcpState::Unknown)
                __builtin_trap();
            if (row.pid && *row.pid < 0)
                __builtin_trap();
        }
    }
    return 0;
}
