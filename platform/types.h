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
    Reset,       // the handshake finished, then the server reset the connection
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

// One request on a fresh connection and how the peer ended it (the protocol probe's witness for
// "the server accepted, then reset"; Qt reports a reset and a close alike).
struct Exchange {
    bool supported = false; // false where the OS module does not implement it
    bool connected = false;
    bool reset = false;    // ECONNRESET / WSAECONNRESET while sending or reading
    bool closed = false;   // orderly close (FIN) after `reply`
    bool timedOut = false; // still open, silent, when the time was up
    std::string reply;     // what arrived, bounded
    int osError = 0;
    std::string errorText;
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

// One place the OS keeps proxy settings of its own, beside the environment's variables: on
// Windows the user's Internet Options (WinINET, read through WinHTTP) and WinHTTP's machine-wide
// default (`netsh winhttp`). Empty fields are unset.
struct WinProxySetting {
    std::string source;        // "winhttp-ie-user", "winhttp-default"
    bool autoDetect = false;   // WPAD
    std::string autoConfigUrl; // a PAC file
    std::string server;        // "host:port" or "http=h:p;https=h:p"
    std::string bypass;        // as the OS keeps it: "<local>;*.corp"
    std::string error;         // why it could not be read, when not
};

// What Windows knows of WSL (the Windows Subsystem for Linux), for a server that may run inside a
// WSL 2 distro, where Windows sees only WSL's relay or nothing. Read by the Windows System from
// `wsl.exe -l -v` and %USERPROFILE%\.wslconfig; elsewhere `applicable` is false.
struct WslDistro {
    std::string name;
    std::string state;    // as printed: "Running", "Stopped", "Installing", ...
    bool running = false; // state "Running"
    int version = 0;      // 1 or 2
    bool isDefault = false;
};

// `[wsl2]` settings of .wslconfig that decide whether Windows reaches a server inside WSL.
struct WslConfig {
    std::string path;
    bool exists = false;
    bool readable = false;
    std::string error;
    // networkingMode as written (wsl2.networkingMode, or the older experimental.networkingMode),
    // empty when unset (WSL's default: NAT); lower-cased.
    std::string networkingMode;
    std::string networkingModeKey; // "wsl2.networkingMode" or "experimental.networkingMode"
    int networkingModeLine = 0;
    // localhostForwarding as written; nullopt when unset or not a boolean WSL reads (default true).
    std::optional<bool> localhostForwarding;
    std::string localhostForwardingText;
    int localhostForwardingLine = 0;
};

struct WslFacts {
    bool applicable = false;    // false where the OS has no WSL (Linux, macOS)
    bool wslExePresent = false; // %SystemRoot%\System32\wsl.exe exists
    std::string wslExe;
    bool listed = false;     // `wsl.exe -l -v` printed a distro table
    std::string listCommand; // what was run
    std::string listText;    // its output, decoded (evidence)
    std::string listError;   // why no table: not installed, no distro, timed out...
    std::vector<WslDistro> distros;
    WslConfig config;
    bool installed() const { return wslExePresent && listed; }
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
