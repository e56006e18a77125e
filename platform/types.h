#pragma once
// Plain facts about the machine, filled by the per-OS collectors. No Qt here: the Windows
// collectors build with the MinGW cross compiler and no Qt at all.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform {

enum class Family : std::uint8_t { V4, V6 };
enum class Proto : std::uint8_t { Tcp, Udp };

struct IpAddress {
    Family family = Family::V4;
    std::array<std::uint8_t, 16> bytes{}; // V4 uses the first four, network order
    std::uint32_t scopeId = 0;

    static IpAddress v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d);
    static IpAddress v6Loopback();
    static IpAddress any(Family family);
    static std::optional<IpAddress> parse(std::string_view text); // dotted quad or RFC 4291 text

    bool isLoopback() const;    // 127.0.0.0/8, ::1, ::ffff:127.x
    bool isUnspecified() const; // 0.0.0.0, ::
    bool isV4Mapped() const;
    IpAddress unmapped() const;   // ::ffff:a.b.c.d as a.b.c.d; anything else as it is
    std::string toString() const; // RFC 5952 for IPv6
    bool operator==(const IpAddress&) const = default;
};

// Linux numbering (include/net/tcp_states.h); the other collectors translate to it.
enum class TcpState : std::uint8_t {
    Unknown = 0,
    Established = 1,
    SynSent,
    SynRecv,
    FinWait1,
    FinWait2,
    TimeWait,
    Close,
    CloseWait,
    LastAck,
    Listen,
    Closing,
};
std::string_view tcpStateName(TcpState state);

struct Socket {
    Proto proto = Proto::Tcp;
    IpAddress local;
    std::uint16_t localPort = 0;
    IpAddress remote;
    std::uint16_t remotePort = 0;
    TcpState state = TcpState::Unknown; // UDP sockets: Close when only bound, Established when connected
    std::uint32_t uid = 0;
    std::uint64_t inode = 0;
    std::uint32_t receiveQueue = 0; // listening TCP: connections waiting in the accept queue
    std::uint32_t sendQueue = 0;    // listening TCP: the accept queue's limit (backlog)
    bool acceptLimitKnown = true;   // false where the OS doesn't say (/proc/net gives no backlog)
    std::optional<bool> v6Only;     // for IPv6 wildcard sockets: does it also take IPv4?
    std::string boundDevice;        // SO_BINDTODEVICE, when set

    bool isListening() const; // TCP LISTEN, or a UDP socket bound to a port and not connected
    // Whether connections sent to `to` reach this socket: its own address, or the wildcard of that
    // family, or the IPv6 wildcard for IPv4 unless the socket is IPv6-only (Linux's default: not).
    bool accepts(const IpAddress& to) const;
    bool acceptQueueFull() const {
        return proto == Proto::Tcp && isListening() && acceptLimitKnown && receiveQueue > sendQueue;
    }
};

struct ProcessInfo {
    std::int64_t pid = -1;
    std::string program;     // comm, or the executable's base name
    std::string commandLine; // argv joined by spaces; empty when unreadable
    std::string executable;  // resolved path of the executable, when readable
    std::uint32_t uid = 0;
    std::string user;
    std::uint64_t startTime = 0; // OS-specific ticks; only compared, never shown
};

struct SocketQuery {
    bool listeningOnly = true;
    std::optional<std::uint16_t> port; // only this local port
    bool tcp = true;
    bool udp = true;
};

struct PortRange {
    std::uint16_t first = 0;
    std::uint16_t last = 0;
    bool contains(std::uint16_t port) const { return port >= first && port <= last; }
};

struct PortPolicy {
    std::uint16_t unprivilegedStart = 1024; // ports below need privilege to bind
    PortRange ephemeral{32768, 60999};
    std::vector<PortRange> excluded; // Windows' excluded port ranges (Hyper-V, WinNAT)
    std::string source;              // where the values came from, for evidence
};

struct HostsEntry {
    std::string address;
    std::vector<std::string> names;
    int line = 0;
};

struct HostsFile {
    std::string path;
    bool readable = false;
    std::vector<HostsEntry> entries;
};

enum class ConnectOutcome : std::uint8_t {
    Connected,
    Refused,     // RST, or ICMP port unreachable
    TimedOut,    // no answer at all: dropped
    Unreachable, // ICMP host/net unreachable, or no route
    Error,       // anything else (the errno text says what)
};
std::string_view connectOutcomeName(ConnectOutcome outcome);

struct ConnectAttempt {
    IpAddress address;
    std::uint16_t port = 0;
    ConnectOutcome outcome = ConnectOutcome::Error;
    int osError = 0;
    std::string errorText;
    double elapsedMs = 0;
};

// Raw text from one firewall tool or file; parsed by the pure parsers beside this header.
struct FirewallSource {
    std::string name;    // "nftables", "iptables", "ufw", "firewalld", "windows-firewall", "pf"...
    std::string command; // what was run or read, e.g. "nft -j list ruleset" or "/etc/ufw/ufw.conf"
    bool readable = false;
    std::string text;  // its output or content, when readable
    std::string error; // why not, when not (e.g. "needs root")
    bool needsElevation = false;
};

struct FirewallReading {
    std::vector<FirewallSource> sources;
};

enum class StopOutcome : std::uint8_t {
    Terminated,   // ended after the polite signal
    Killed,       // ended only after the forced kill
    StillRunning, // did not end in time and killing was not allowed
    Refused,      // pid 1, ourselves, or another user's process without elevation
    Gone,         // no such process any more
    Changed,      // the pid now names another process (start time or executable differ)
    Failed,
};

struct StopResult {
    StopOutcome outcome = StopOutcome::Failed;
    std::string message; // plain, for the user
};

} // namespace ld::platform
