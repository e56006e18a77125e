#pragma once
// A pure parser for macOS `netstat -anv -p tcp`, read by its header line: Mojave's `pid epid`,
// Sonoma's and Sequoia's (rxbytes/txbytes before pid), Tahoe's `process:pid` whose name may hold
// blanks. Compiled on every OS, tested on recorded outputs.

#include "platform/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::netstat {

enum class Layout : std::uint8_t {
    Unknown,    // no header line was found
    PidEpid,    // Mojave to Sonoma: ... rhiwat shiwat pid epid state options ...
    BytesPid,   // Sequoia: rxbytes txbytes ... pid epid ...
    ProcessPid, // Tahoe: ... process:pid ...
    NoPid,      // a header without any pid column (netstat without -v)
};
std::string_view layoutName(Layout layout); // "pid-epid", "bytes-pid", "process-pid", "no-pid", "unknown"

struct Row {
    Socket socket;
    std::string proto; // "tcp4", "tcp6", "tcp46"
    std::optional<std::int64_t> pid;
    std::string process;   // Tahoe's process name; empty elsewhere
    std::string stateText; // as printed: "LISTEN", "ESTABLISHED", "CLOSE_WAIT"...
};

struct Table {
    Layout layout = Layout::Unknown;
    std::vector<std::string> columns; // the header's column names ("local", "foreign" for the two-word ones)
    std::vector<Row> rows;
    int skipped = 0; // rows that did not fit the header
};

Table parse(std::string_view text);

// "127.0.0.1.4000", "*.5000", "::1.8080", "fe80::1%lo0.5353" -> address and port; the family
// comes from the proto column (tcp4: IPv4; tcp6/tcp46: IPv6). nullopt for "*.*".
bool parseAddress(std::string_view text, Family family, IpAddress& address, std::uint16_t& port);

TcpState stateFromText(std::string_view text);

// One row of `netstat -Lan -p tcp` ("Current listen queue sizes (qlen/incqlen/maxqlen)"):
// "0/0/128        127.0.0.1.4000", with or without a leading proto column ("tcp46 0/0/128 *.22").
struct ListenQueue {
    std::string proto;            // empty when the output has no proto column
    std::optional<Family> family; // from the proto column or the address; unknown for "*" alone
    IpAddress address;
    std::uint16_t port = 0;
    std::uint32_t queued = 0;     // qlen: connections waiting to be accepted
    std::uint32_t incomplete = 0; // incqlen: handshakes not finished
    std::uint32_t limit = 0;      // maxqlen: the backlog
};
std::vector<ListenQueue> parseListenQueues(std::string_view text);

} // namespace ld::platform::netstat
