#pragma once
// Small text helpers shared by the firewall parsers (internal to platform/).

#include "platform/firewallparse.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::firewall::text {

inline std::string trim(std::string_view text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos)
        return {};
    const auto end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(begin, end - begin + 1));
}

inline std::optional<int> toInt(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

inline std::optional<std::uint16_t> servicePort(std::string_view text) {
    if (const auto number = toInt(text); number && *number >= 0 && *number <= 65535)
        return std::uint16_t(*number);
    static const std::map<std::string_view, std::uint16_t> names{
        {"ssh", 22}, {"smtp", 25}, {"domain", 53}, {"http", 80}, {"https", 443}, {"http-alt", 8080}};
    const auto it = names.find(text);
    return it == names.end() ? std::nullopt : std::optional(it->second);
}

inline std::optional<PortRange> portRange(std::string_view text, char separator) {
    const auto sep = text.find(separator);
    const auto first = servicePort(text.substr(0, sep));
    const auto last = sep == std::string_view::npos ? first : servicePort(text.substr(sep + 1));
    if (!first || !last || *first > *last)
        return std::nullopt;
    return PortRange{*first, *last};
}

inline std::optional<AddressPrefix> prefix(std::string_view text) {
    const auto slash = text.find('/');
    const auto address = IpAddress::parse(text.substr(0, slash));
    if (!address)
        return std::nullopt;
    const int full = address->family == Family::V4 ? 32 : 128;
    int length = full;
    if (slash != std::string_view::npos) {
        const std::string_view mask = text.substr(slash + 1);
        if (const auto bits = toInt(mask)) {
            length = *bits;
        } else if (const auto dotted = IpAddress::parse(mask); dotted && dotted->family == Family::V4) {
            length = 0; // 255.255.255.0 style: count the leading ones
            for (int i = 0; i < 32 && (dotted->bytes[std::size_t(i / 8)] & (0x80 >> (i % 8))); ++i)
                ++length;
        } else {
            return std::nullopt;
        }
        if (length < 0 || length > full)
            return std::nullopt;
    }
    return AddressPrefix{*address, length};
}

inline std::vector<std::string> split(std::string_view text, char separator) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(separator, start);
        parts.emplace_back(
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

inline std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

inline std::optional<Verdict> policyVerdict(const std::string& policy) {
    if (policy == "accept" || policy == "ACCEPT")
        return Verdict::Accept;
    if (policy == "drop" || policy == "DROP")
        return Verdict::Drop;
    return std::nullopt;
}

} // namespace ld::platform::firewall::text
