#include "platform/maccommon/scutilparse.h"

#include "platform/maccommon/mactext.h"

namespace ld::platform::scutil {
namespace {

using namespace mactext;

bool flag(std::string_view value) {
    return number<int>(value).value_or(0) != 0;
}

} // namespace

SystemProxy parseProxy(std::string_view text) {
    SystemProxy proxy;
    proxy.source = "scutil --proxy";
    int depth = 0; // 1 inside the top dictionary
    bool inExceptions = false;
    std::string firstLine;
    for (std::string_view raw : lines(text)) {
        const std::string_view line = trim(raw);
        if (line.empty() || isPromptLine(raw))
            continue;
        if (firstLine.empty())
            firstLine = std::string(line);
        if (line == "}") {
            if (depth == 2 && inExceptions)
                inExceptions = false;
            depth = depth > 0 ? depth - 1 : 0;
            continue;
        }
        const auto colon = line.find(" : ");
        const std::string_view key = colon == std::string_view::npos ? line : trim(line.substr(0, colon));
        const std::string_view value =
            colon == std::string_view::npos ? std::string_view{} : trim(line.substr(colon + 3));
        const bool opens = line.back() == '{';
        if (depth == 0) {
            if (startsWith(line, "<dictionary>") && opens) {
                depth = 1;
                proxy.readable = true;
            }
            continue;
        }
        if (opens) {
            inExceptions = depth == 1 && key == "ExceptionsList";
            ++depth;
            continue;
        }
        if (depth == 2 && inExceptions) {
            if (!value.empty())
                proxy.exceptions.emplace_back(value);
            continue;
        }
        if (depth != 1)
            continue;
        if (key == "HTTPEnable")
            proxy.http.enabled = flag(value);
        else if (key == "HTTPProxy")
            proxy.http.host = std::string(value);
        else if (key == "HTTPPort")
            proxy.http.port = number<std::uint16_t>(value).value_or(0);
        else if (key == "HTTPSEnable")
            proxy.https.enabled = flag(value);
        else if (key == "HTTPSProxy")
            proxy.https.host = std::string(value);
        else if (key == "HTTPSPort")
            proxy.https.port = number<std::uint16_t>(value).value_or(0);
        else if (key == "SOCKSEnable")
            proxy.socks.enabled = flag(value);
        else if (key == "SOCKSProxy")
            proxy.socks.host = std::string(value);
        else if (key == "SOCKSPort")
            proxy.socks.port = number<std::uint16_t>(value).value_or(0);
        else if (key == "ProxyAutoConfigEnable")
            proxy.autoConfigEnabled = flag(value);
        else if (key == "ProxyAutoConfigURLString")
            proxy.autoConfigUrl = std::string(value);
        else if (key == "ProxyAutoDiscoveryEnable")
            proxy.autoDiscoveryEnabled = flag(value);
        else if (key == "ExcludeSimpleHostnames")
            proxy.excludeSimpleHostnames = flag(value);
    }
    if (!proxy.readable)
        proxy.error = firstLine.empty() ? "no output" : firstLine;
    return proxy;
}

} // namespace ld::platform::scutil
