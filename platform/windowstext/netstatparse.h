#pragma once
// Pure parsers for the socket tables Windows prints: `netstat -ano` / `netstat -an` (English or
// localized headers and state words) and the table view of PowerShell's Get-NetTCPConnection.
// Compiled on every OS, tested on outputs recorded on Windows.

#include "platform/types.h"

#include <optional>
#include <string_view>
#include <vector>

namespace ld::platform {

struct WindowsSocketRow {
    Socket socket;
    std::optional<std::int64_t> pid; // absent without `-o` or when the column was cut off
    std::string stateText;           // as printed: "LISTENING", "侦听", "Listen", "Bound"...
};

// Windows' state words (English, Chinese, Spanish, PowerShell's enum names) in Linux numbering;
// Unknown for a word it does not know.
TcpState windowsTcpState(std::string_view word);

// Every row of `netstat -a -n [-o]`: "TCP 0.0.0.0:135 0.0.0.0:0 LISTENING 1016", UDP rows without
// a state ("UDP [::]:500 *:* 4"). Headers, prompts and anything else are skipped, never fatal.
// UDP sockets come back in state Close (bound, not connected).
std::vector<WindowsSocketRow> parseNetstat(std::string_view text);

// The default table view of Get-NetTCPConnection, read by the columns its dashed underline marks.
// Rows whose address the view cut short ("2a01:...:723...") are skipped: they can't be known.
std::vector<WindowsSocketRow> parseNetTcpConnectionTable(std::string_view text);

} // namespace ld::platform
