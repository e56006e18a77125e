#include "platform/procnet.h"

#include <bit>
#include <charconv>

namespace ld::platform {
namespace {

constexpr std::size_t kMaxFields = 32;

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Splits one line on blanks; stops at kMaxFields (rows have 12 to 17 fields).
std::size_t splitFields(std::string_view line, std::array<std::string_view, kMaxFields>& fields) {
    std::size_t count = 0;
    std::size_t i = 0;
    while (i < line.size() && count < kMaxFields) {
        while (i < line.size() && isSpace(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isSpace(line[i]))
            ++i;
        if (i > start)
            fields[count++] = line.substr(start, i - start);
    }
    return count;
}

template <typename T> std::optional<T> parseNumber(std::string_view text, int base) {
    T value{};
    if (text.empty())
        return std::nullopt;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// One 32-bit word as the kernel printed it (%08X of the in-memory value): its bytes in memory
// order are the address bytes in network order.
std::optional<std::array<std::uint8_t, 4>> parseWord(std::string_view hex) {
    if (hex.size() != 8)
        return std::nullopt;
    const auto word = parseNumber<std::uint32_t>(hex, 16);
    if (!word)
        return std::nullopt;
    std::uint32_t value = *word;
    std::array<std::uint8_t, 4> out{};
    if constexpr (std::endian::native == std::endian::little) {
        for (std::size_t i = 0; i < 4; ++i)
            out[i] = std::uint8_t(value >> (8 * i));
    } else {
        for (std::size_t i = 0; i < 4; ++i)
            out[i] = std::uint8_t(value >> (8 * (3 - i)));
    }
    return out;
}

// "0100007F:1F90" (or 32 hex digits for IPv6) into an address and a port.
bool parseEndpoint(std::string_view text, Family family, IpAddress& address, std::uint16_t& port) {
    const auto colon = text.find(':');
    if (colon == std::string_view::npos)
        return false;
    const std::string_view hex = text.substr(0, colon);
    const std::size_t words = family == Family::V4 ? 1 : 4;
    if (hex.size() != 8 * words)
        return false;
    address = IpAddress::any(family);
    for (std::size_t w = 0; w < words; ++w) {
        const auto bytes = parseWord(hex.substr(8 * w, 8));
        if (!bytes)
            return false;
        std::copy(bytes->begin(), bytes->end(), address.bytes.begin() + std::ptrdiff_t(4 * w));
    }
    const std::string_view portText = text.substr(colon + 1);
    if (portText.size() != 4)
        return false;
    const auto value = parseNumber<std::uint16_t>(portText, 16);
    if (!value)
        return false;
    port = *value;
    return true;
}

TcpState stateFromNumber(unsigned value) {
    if (value >= unsigned(TcpState::Established) && value <= unsigned(TcpState::Closing))
        return TcpState(value);
    return TcpState::Unknown; // TCP_NEW_SYN_RECV, TCP_BOUND_INACTIVE and anything newer
}

std::optional<Socket> parseRow(std::string_view line, Proto proto, Family family) {
    std::array<std::string_view, kMaxFields> f;
    // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
    if (splitFields(line, f) < 10)
        return std::nullopt;
    if (f[0].size() < 2 || f[0].back() != ':' ||
        !parseNumber<std::uint32_t>(f[0].substr(0, f[0].size() - 1), 10))
        return std::nullopt;

    Socket socket;
    socket.proto = proto;
    if (!parseEndpoint(f[1], family, socket.local, socket.localPort) ||
        !parseEndpoint(f[2], family, socket.remote, socket.remotePort))
        return std::nullopt;

    const auto state = f[3].size() == 2 ? parseNumber<unsigned>(f[3], 16) : std::nullopt;
    if (!state)
        return std::nullopt;
    socket.state = stateFromNumber(*state);

    const auto queueColon = f[4].find(':');
    if (queueColon == std::string_view::npos)
        return std::nullopt;
    const auto tx = parseNumber<std::uint32_t>(f[4].substr(0, queueColon), 16);
    const auto rx = parseNumber<std::uint32_t>(f[4].substr(queueColon + 1), 16);
    if (!tx || !rx)
        return std::nullopt;
    socket.sendQueue = *tx;
    socket.receiveQueue = *rx;
    socket.acceptLimitKnown = false; // tx_queue of a listener is not its backlog

    const auto uid = parseNumber<std::uint32_t>(f[7], 10);
    const auto inode = parseNumber<std::uint64_t>(f[9], 10);
    if (!uid || !inode)
        return std::nullopt;
    socket.uid = *uid;
    socket.inode = *inode;
    return socket;
}

} // namespace

std::vector<Socket> parseProcNet(std::string_view text, Proto proto, Family family) {
    std::vector<Socket> sockets;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        const std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
        if (auto socket = parseRow(line, proto, family))
            sockets.push_back(*socket);
    }
    return sockets;
}

} // namespace ld::platform
