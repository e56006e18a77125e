#include "platform/systemproxy.h"

#include "platform/types.h"

#include <charconv>

namespace ld::platform {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

// '*' matches any run of characters (also none), as the network preferences' wildcards do.
bool globMatch(std::string_view pattern, std::string_view text) {
    std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

// "169.254/16" is "169.254.0.0/16": macOS writes IPv4 prefixes with the zero bytes left off.
std::optional<IpAddress> prefixAddress(std::string_view text) {
    if (auto address = IpAddress::parse(text))
        return address;
    if (text.find(':') != std::string_view::npos || text.empty())
        return std::nullopt;
    std::string padded(text);
    int dots = 0;
    for (const char c : text)
        dots += c == '.';
    for (; dots < 3; ++dots)
        padded += ".0";
    return IpAddress::parse(padded);
}

bool inPrefix(std::string_view entry, const IpAddress& host) {
    const auto slash = entry.find('/');
    const auto base = prefixAddress(entry.substr(0, slash));
    if (!base || base->family != host.family)
        return false;
    const int full = base->family == Family::V4 ? 32 : 128;
    int bits = full;
    if (slash != std::string_view::npos) {
        const std::string_view text = entry.substr(slash + 1);
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), bits);
        if (error != std::errc() || end != text.data() + text.size() || bits < 0 || bits > full)
            return false;
    } else if (!IpAddress::parse(entry)) {
        return false; // "169.254" alone is not an address
    }
    for (int i = 0; i < bits; ++i) {
        const std::uint8_t mask = std::uint8_t(0x80 >> (i % 8));
        if ((base->bytes[std::size_t(i / 8)] & mask) != (host.bytes[std::size_t(i / 8)] & mask))
            return false;
    }
    return true;
}

} // namespace

std::string_view routeKindName(SystemProxyRoute::Kind kind) {
    switch (kind) {
    case SystemProxyRoute::Kind::Direct:
        return "direct";
    case SystemProxyRoute::Kind::Proxy:
        return "proxy";
    case SystemProxyRoute::Kind::AutoConfig:
        return "auto-config";
    }
    return "direct";
}

bool proxyExceptionMatches(std::string_view entry, std::string_view host) {
    const std::string pattern = lower(entry);
    const std::string name = lower(host);
    if (pattern.empty() || name.empty())
        return false;
    const auto address = IpAddress::parse(name);
    if (pattern == "<local>")
        return !address && name.find('.') == std::string::npos;
    if (address && inPrefix(pattern, address->unmapped()))
        return true;
    if (pattern.find('*') != std::string::npos)
        return globMatch(pattern, name);
    return pattern == name;
}

SystemProxyRoute systemProxyRoute(const SystemProxy& proxy, std::string_view scheme, std::string_view host) {
    SystemProxyRoute route;
    if (!proxy.any())
        return route;
    for (const std::string& entry : proxy.exceptions) {
        if (proxyExceptionMatches(entry, host)) {
            route.matchedException = entry;
            return route;
        }
    }
    if (proxy.excludeSimpleHostnames && !IpAddress::parse(host) && host.find('.') == std::string_view::npos) {
        route.matchedException = "<simple hostname>";
        return route;
    }
    if (proxy.autoConfigEnabled || proxy.autoDiscoveryEnabled) {
        route.kind = SystemProxyRoute::Kind::AutoConfig;
        return route;
    }
    const bool secure = lower(scheme) == "https" || lower(scheme) == "wss";
    const ProxyServer& web = secure ? proxy.https : proxy.http;
    if (web.configured()) {
        route.kind = SystemProxyRoute::Kind::Proxy;
        route.server = web;
        route.serverKind = secure ? "https" : "http";
    } else if (proxy.socks.configured()) {
        route.kind = SystemProxyRoute::Kind::Proxy;
        route.server = proxy.socks;
        route.serverKind = "socks";
    }
    return route;
}

} // namespace ld::platform
