// netsh winhttp's proxy block (see netshparse.h).

#include "platform/windowstext/netshparse.h"
#include "platform/windowstext/textlines.h"

namespace ld::platform {
namespace {

using namespace wintext;

bool indented(std::string_view line) {
    return !line.empty() && (line.front() == ' ' || line.front() == '\t');
}

// "Current WinHTTP proxy settings:" / "当前的 WinHTTP 代理服务器设置:": not indented, ends with ':'.
bool isBlockTitle(std::string_view line) {
    if (indented(line))
        return false;
    const std::string_view text = trimmed(line);
    if (text.empty())
        return false;
    return text.back() == ':' || (text.size() >= 3 && text.substr(text.size() - 3) == "\xEF\xBC\x9A"); // '：'
}

// "Proxy Server(s) :  a:1" / "代理服务器:  127.0.0.1:7897": split at the first ':' followed by a blank,
// so the colon inside host:port stays in the value.
bool setting(std::string_view line, std::string_view& value) {
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        if (line[i] == ':' && isBlank(line[i + 1])) {
            value = trimmed(line.substr(i + 1));
            return true;
        }
    }
    return false;
}

bool isNone(std::string_view value) {
    const std::string key = asciiLower(value);
    return key == "(none)" || key == "(无)" || key == "(ninguno)" || key == "(ninguna)" || key.empty();
}

} // namespace

std::optional<WinHttpProxy> parseWinHttpProxy(std::string_view text) {
    std::optional<WinHttpProxy> result;
    std::optional<WinHttpProxy> block;
    int settings = 0;
    const auto close = [&] {
        if (block && (block->direct || settings > 0))
            result = std::move(block);
        block.reset();
    };
    for (const std::string_view line : lines(text)) {
        if (isBlockTitle(line)) {
            close();
            block = WinHttpProxy{};
            settings = 0;
            continue;
        }
        if (!block || !indented(line) || trimmed(line).empty())
            continue;
        if (block->direct)
            continue; // nothing follows the direct-access sentence
        std::string_view value;
        if (!setting(line, value)) {
            // The only sentence a block holds: "Direct access (no proxy server)."
            if (settings == 0)
                block->direct = true;
            continue;
        }
        ++settings;
        if (settings == 1) {
            block->server = std::string(value);
        } else if (settings == 2 && !isNone(value)) {
            std::size_t start = 0;
            while (start <= value.size()) {
                const auto semicolon = value.find(';', start);
                const std::string_view item = trimmed(value.substr(start, semicolon - start));
                if (!item.empty())
                    block->bypass.emplace_back(item);
                if (semicolon == std::string_view::npos)
                    break;
                start = semicolon + 1;
            }
        }
    }
    close();
    return result;
}

} // namespace ld::platform
