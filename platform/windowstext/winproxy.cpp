#include "platform/windowstext/winproxy.h"

#include <cstdlib>

namespace ld::platform {

namespace {

std::vector<std::string> split(const std::string& text, const std::string& separators) {
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (separators.find(c) != std::string::npos) {
            if (!current.empty())
                parts.push_back(current);
            current.clear();
        } else if (c != ' ') {
            current += c;
        }
    }
    if (!current.empty())
        parts.push_back(current);
    return parts;
}

ProxyServer server(const std::string& text) {
    std::string hostPort = text;
    if (const auto scheme = hostPort.find("://"); scheme != std::string::npos)
        hostPort = hostPort.substr(scheme + 3);
    ProxyServer out;
    const auto colon = hostPort.rfind(':');
    out.host = colon == std::string::npos ? hostPort : hostPort.substr(0, colon);
    const long port =
        colon == std::string::npos ? 80 : std::strtol(hostPort.c_str() + colon + 1, nullptr, 10);
    out.port = port > 0 && port <= 65535 ? std::uint16_t(port) : 80;
    out.enabled = !out.host.empty();
    return out;
}

} // namespace

SystemProxy systemProxyFromWinHttp(const std::vector<WinProxySetting>& settings) {
    SystemProxy proxy;
    for (const WinProxySetting& setting : settings) {
        if (!setting.error.empty() && proxy.error.empty())
            proxy.error = setting.source + ": " + setting.error;
        const bool names = !setting.server.empty() || !setting.autoConfigUrl.empty() || setting.autoDetect;
        if (!setting.error.empty() || !names)
            continue;
        proxy.source = setting.source;
        proxy.readable = true;
        proxy.autoConfigEnabled = !setting.autoConfigUrl.empty();
        proxy.autoConfigUrl = setting.autoConfigUrl;
        proxy.autoDiscoveryEnabled = setting.autoDetect;
        for (const std::string& part : split(setting.server, ";")) {
            const auto equals = part.find('=');
            if (equals == std::string::npos) {
                proxy.http = proxy.https = server(part);
                continue;
            }
            const std::string kind = part.substr(0, equals);
            const ProxyServer value = server(part.substr(equals + 1));
            if (kind == "http")
                proxy.http = value;
            else if (kind == "https")
                proxy.https = value;
            else if (kind == "socks")
                proxy.socks = value;
        }
        proxy.exceptions = split(setting.bypass, "; ");
        return proxy;
    }
    // Nothing names a proxy: read, and direct (unless every source failed).
    if (!settings.empty()) {
        proxy.source = settings.front().source;
        proxy.readable = proxy.error.empty() || settings.size() > 1;
    }
    return proxy;
}

} // namespace ld::platform
