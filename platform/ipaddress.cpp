// IpAddress text in and out, without inet_pton/inet_ntop: the same rules on every OS, and no
// socket headers in the pure part of the platform library.

#include "platform/types.h"

#include <charconv>

namespace ld::platform {
namespace {

std::optional<std::uint8_t> parseDecimalOctet(std::string_view text) {
    if (text.empty() || text.size() > 3)
        return std::nullopt;
    if (text.size() > 1 && text.front() == '0')
        return std::nullopt; // 010 would be octal to inet_aton: refuse the ambiguity
    unsigned value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + unsigned(c - '0');
    }
    if (value > 255)
        return std::nullopt;
    return std::uint8_t(value);
}

std::optional<std::array<std::uint8_t, 4>> parseDottedQuad(std::string_view text) {
    std::array<std::uint8_t, 4> out{};
    for (int i = 0; i < 4; ++i) {
        const auto dot = text.find('.');
        const bool last = i == 3;
        if (last != (dot == std::string_view::npos))
            return std::nullopt;
        const auto octet = parseDecimalOctet(text.substr(0, dot));
        if (!octet)
            return std::nullopt;
        out[std::size_t(i)] = *octet;
        text = last ? std::string_view{} : text.substr(dot + 1);
    }
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<std::uint16_t> parseHexGroup(std::string_view text) {
    if (text.empty() || text.size() > 4)
        return std::nullopt;
    unsigned value = 0;
    for (const char c : text) {
        const int digit = hexValue(c);
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + unsigned(digit);
    }
    return std::uint16_t(value);
}

// Groups separated by ':', the last of which may be a dotted quad (two groups' worth).
// Returns the bytes, or nullopt when a group is malformed or there are too many.
std::optional<std::vector<std::uint8_t>> parseGroups(std::string_view text, bool allowTrailingV4) {
    std::vector<std::uint8_t> bytes;
    if (text.empty())
        return bytes;
    while (true) {
        const auto colon = text.find(':');
        const std::string_view group = text.substr(0, colon);
        if (colon == std::string_view::npos && allowTrailingV4 && group.find('.') != std::string_view::npos) {
            const auto quad = parseDottedQuad(group);
            if (!quad)
                return std::nullopt;
            bytes.insert(bytes.end(), quad->begin(), quad->end());
        } else {
            const auto value = parseHexGroup(group);
            if (!value)
                return std::nullopt;
            bytes.push_back(std::uint8_t(*value >> 8));
            bytes.push_back(std::uint8_t(*value & 0xff));
        }
        if (bytes.size() > 16)
            return std::nullopt;
        if (colon == std::string_view::npos)
            return bytes;
        text = text.substr(colon + 1);
    }
}

std::optional<IpAddress> parseV6(std::string_view text) {
    IpAddress address;
    address.family = Family::V6;

    const auto gap = text.find("::");
    if (gap == std::string_view::npos) {
        const auto bytes = parseGroups(text, true);
        if (!bytes || bytes->size() != 16)
            return std::nullopt;
        std::copy(bytes->begin(), bytes->end(), address.bytes.begin());
        return address;
    }
    if (text.find("::", gap + 1) != std::string_view::npos)
        return std::nullopt; // only one gap
    const std::string_view head = text.substr(0, gap);
    const std::string_view tail = text.substr(gap + 2);
    const auto front = parseGroups(head, false);
    const auto back = parseGroups(tail, true);
    // The gap stands for at least one zero group (RFC 4291 2.2; "1:2:3:4::5:6:7:8" is too long).
    if (!front || !back || front->size() + back->size() > 14)
        return std::nullopt;
    std::copy(front->begin(), front->end(), address.bytes.begin());
    std::copy(back->begin(), back->end(), address.bytes.end() - std::ptrdiff_t(back->size()));
    return address;
}

char hexDigit(unsigned value) {
    return "0123456789abcdef"[value & 0xf];
}

void appendHexGroup(std::string& out, std::uint16_t value) {
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned digit = (value >> shift) & 0xf;
        if (digit != 0 || started || shift == 0) {
            out.push_back(hexDigit(digit));
            started = true;
        }
    }
}

void appendDottedQuad(std::string& out, const std::uint8_t* bytes) {
    for (int i = 0; i < 4; ++i) {
        if (i > 0)
            out.push_back('.');
        out += std::to_string(bytes[i]);
    }
}

} // namespace

IpAddress IpAddress::v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
    IpAddress address;
    address.family = Family::V4;
    address.bytes[0] = a;
    address.bytes[1] = b;
    address.bytes[2] = c;
    address.bytes[3] = d;
    return address;
}

IpAddress IpAddress::v6Loopback() {
    IpAddress address;
    address.family = Family::V6;
    address.bytes[15] = 1;
    return address;
}

IpAddress IpAddress::any(Family family) {
    IpAddress address;
    address.family = family;
    return address;
}

std::optional<IpAddress> IpAddress::parse(std::string_view text) {
    if (text.empty() || text.size() > 128)
        return std::nullopt;
    if (text.find(':') == std::string_view::npos) {
        const auto quad = parseDottedQuad(text);
        if (!quad)
            return std::nullopt;
        return v4((*quad)[0], (*quad)[1], (*quad)[2], (*quad)[3]);
    }

    std::uint32_t scope = 0;
    if (const auto percent = text.find('%'); percent != std::string_view::npos) {
        const std::string_view zone = text.substr(percent + 1);
        if (zone.empty())
            return std::nullopt;
        // A numeric zone is kept; an interface name ("eth0") is ignored here: mapping it to an
        // index is the OS's job and the pure parser must give the same answer everywhere.
        std::uint32_t value = 0;
        const auto [end, error] = std::from_chars(zone.data(), zone.data() + zone.size(), value);
        if (error == std::errc() && end == zone.data() + zone.size())
            scope = value;
        text = text.substr(0, percent);
    }
    auto address = parseV6(text);
    if (address)
        address->scopeId = scope;
    return address;
}

bool IpAddress::isLoopback() const {
    if (family == Family::V4)
        return bytes[0] == 127;
    if (isV4Mapped())
        return bytes[12] == 127;
    for (std::size_t i = 0; i < 15; ++i)
        if (bytes[i] != 0)
            return false;
    return bytes[15] == 1;
}

bool IpAddress::isUnspecified() const {
    const std::size_t size = family == Family::V4 ? 4 : 16;
    for (std::size_t i = 0; i < size; ++i)
        if (bytes[i] != 0)
            return false;
    return true;
}

bool IpAddress::isV4Mapped() const {
    if (family != Family::V6)
        return false;
    for (std::size_t i = 0; i < 10; ++i)
        if (bytes[i] != 0)
            return false;
    return bytes[10] == 0xff && bytes[11] == 0xff;
}

std::string IpAddress::toString() const {
    std::string out;
    if (family == Family::V4) {
        appendDottedQuad(out, bytes.data());
        return out;
    }
    if (isV4Mapped()) {
        out = "::ffff:";
        appendDottedQuad(out, bytes.data() + 12);
    } else {
        std::array<std::uint16_t, 8> groups{};
        for (std::size_t i = 0; i < 8; ++i)
            groups[i] = std::uint16_t(bytes[2 * i] << 8 | bytes[2 * i + 1]);
        // RFC 5952 4.2: compress the longest run of two or more zero groups, the first on ties.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8;) {
            if (groups[std::size_t(i)] != 0) {
                ++i;
                continue;
            }
            int j = i;
            while (j < 8 && groups[std::size_t(j)] == 0)
                ++j;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        for (int i = 0; i < 8; ++i) {
            if (i == bestStart) {
                out += "::";
                i += bestLength - 1;
                continue;
            }
            if (i > 0 && i != bestStart + bestLength)
                out.push_back(':');
            appendHexGroup(out, groups[std::size_t(i)]);
        }
    }
    if (scopeId != 0)
        out += "%" + std::to_string(scopeId);
    return out;
}

std::string_view tcpStateName(TcpState state) {
    switch (state) {
    case TcpState::Established:
        return "established";
    case TcpState::SynSent:
        return "syn_sent";
    case TcpState::SynRecv:
        return "syn_recv";
    case TcpState::FinWait1:
        return "fin_wait1";
    case TcpState::FinWait2:
        return "fin_wait2";
    case TcpState::TimeWait:
        return "time_wait";
    case TcpState::Close:
        return "close";
    case TcpState::CloseWait:
        return "close_wait";
    case TcpState::LastAck:
        return "last_ack";
    case TcpState::Listen:
        return "listen";
    case TcpState::Closing:
        return "closing";
    case TcpState::Unknown:
        break;
    }
    return "unknown";
}

std::string_view connectOutcomeName(ConnectOutcome outcome) {
    switch (outcome) {
    case ConnectOutcome::Connected:
        return "connected";
    case ConnectOutcome::Refused:
        return "refused";
    case ConnectOutcome::TimedOut:
        return "timed_out";
    case ConnectOutcome::Reset:
        return "reset";
    case ConnectOutcome::Unreachable:
        return "unreachable";
    case ConnectOutcome::Error:
        break;
    }
    return "error";
}

IpAddress IpAddress::unmapped() const {
    return isV4Mapped() ? IpAddress::v4(bytes[12], bytes[13], bytes[14], bytes[15]) : *this;
}

bool Socket::accepts(const IpAddress& to) const {
    const IpAddress bound = local.unmapped();
    const IpAddress target = to.unmapped();
    if (bound.isUnspecified()) {
        if (bound.family == target.family)
            return true;
        return bound.family == Family::V6 && target.family == Family::V4 && !v6Only.value_or(false);
    }
    return bound == target;
}

bool Socket::isListening() const {
    if (proto == Proto::Tcp)
        return state == TcpState::Listen;
    // A UDP socket "listens" when bound to a port and not connected to a peer.
    return localPort != 0 && remotePort == 0 && state != TcpState::Established;
}

} // namespace ld::platform
