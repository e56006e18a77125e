#pragma once
// The system-wide proxy settings some OSes keep beside the environment (macOS: the network
// preferences that `scutil --proxy` prints), and which of them a URL would meet.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform {

struct ProxyServer {
    bool enabled = false;
    std::string host;
    std::uint16_t port = 0;
    bool configured() const { return enabled && !host.empty(); }
};

struct SystemProxy {
    std::string source; // what was read, e.g. "scutil --proxy"; empty: nothing was read
    bool readable = false;
    std::string error; // why not, when not
    ProxyServer http;
    ProxyServer https;
    ProxyServer socks;
    bool autoConfigEnabled = false; // a PAC file
    std::string autoConfigUrl;
    bool autoDiscoveryEnabled = false; // WPAD
    bool excludeSimpleHostnames = false;
    std::vector<std::string> exceptions; // ExceptionsList, as written ("*.local", "169.254/16", "<local>")

    bool any() const {
        return http.configured() || https.configured() || socks.configured() || autoConfigEnabled ||
               autoDiscoveryEnabled;
    }
};

struct SystemProxyRoute {
    enum class Kind : std::uint8_t {
        Direct,     // no proxy applies, or an exception matched
        Proxy,      // the HTTP(S) or SOCKS server below carries the request
        AutoConfig, // a PAC file (or WPAD) decides; what it says is not evaluated here
    };
    Kind kind = Kind::Direct;
    ProxyServer server;           // Proxy: the server
    std::string serverKind;       // "http", "https", "socks"
    std::string matchedException; // Direct because of this entry ("<simple hostname>" for the flag)
};
std::string_view routeKindName(SystemProxyRoute::Kind kind); // "direct", "proxy", "auto-config"

// Whether `host` (no brackets) is exempted by one ExceptionsList entry: a name ("localhost"), a
// wildcard ("*.local"), an address or prefix ("127.0.0.1", "169.254/16", "10.0.0.0/8"), or
// "<local>" for names without a dot. Case-insensitive.
bool proxyExceptionMatches(std::string_view entry, std::string_view host);

// The route a request for scheme://host takes under these settings, in this model's order:
// exceptions first, then the PAC file (not evaluated), then the HTTPS or HTTP server, then SOCKS.
SystemProxyRoute systemProxyRoute(const SystemProxy& proxy, std::string_view scheme, std::string_view host);

} // namespace ld::platform
