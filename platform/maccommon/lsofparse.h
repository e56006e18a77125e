#pragma once
// A pure parser for lsof's field output (`lsof +c0 -nP -iTCP -sTCP:LISTEN -F pcuLftnT`), the way
// the macOS collector lists listening sockets; compiled on every OS (Linux has the same lsof).

#include "platform/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::lsof {

// One file (f) of one process (p), as lsof printed it.
struct File {
    std::int64_t pid = -1;
    std::string command;                       // c: 9 characters by default, the full name with +c0
    std::optional<std::uint32_t> uid;          // u
    std::string login;                         // L
    std::string fd;                            // f: "19", "cwd", "txt"...
    std::string type;                          // t: "IPv4", "IPv6" (absent unless asked for)
    std::string protocol;                      // P: "TCP", "UDP" (absent unless asked for)
    std::string name;                          // n: "127.0.0.1:4000", "[::1]:8080", "*:5000", "a:1->b:2"
    std::string state;                         // T ST=: "LISTEN", "ESTABLISHED"; empty when not printed
    std::optional<std::uint32_t> receiveQueue; // T QR=
    std::optional<std::uint32_t> sendQueue;    // T QS=
    std::optional<std::uint32_t> listenQueue;  // T QLEN= (socket options, -T f)
    std::optional<std::uint32_t> listenLimit;  // T QLIM=
};

// Every file record; lines of other kinds (and prompts, headers, junk) are skipped.
std::vector<File> parseFields(std::string_view text);

struct Endpoint {
    std::optional<Family> family; // unknown for "*" without a t field
    IpAddress address;            // the family's wildcard for "*"
    bool wildcard = false;
    std::uint16_t port = 0;
};
// "127.0.0.1:4000", "[::1]:8080", "[fe80::1%lo0]:80", "*:5000"; nullopt for "*:*" or service names.
std::optional<Endpoint> parseEndpoint(std::string_view text);

// A stable key for one socket of one process, used as Socket::inode (macOS has no socket inodes).
std::uint64_t socketKey(std::int64_t pid, std::string_view fd);

struct Listener {
    Socket socket;
    ProcessInfo owner;       // pid, program, uid, user from the process record
    bool familyKnown = true; // false for "*" without a t field: taken to be IPv4
    bool uidKnown = true;    // false without a u field (uid then reads 0)
};
// The files that listen. TCP: ST=LISTEN, or no T fields at all and no "->" in the name (what
// -sTCP:LISTEN selected). UDP (an -iUDP listing): bound and not connected. Files of the other
// protocol (when a P field says so) are skipped. IPv4 and IPv6 rows of one pid stay two rows.
std::vector<Listener> listeners(const std::vector<File>& files, Proto proto = Proto::Tcp);

} // namespace ld::platform::lsof
