// netsh advfirewall's profile blocks (see netshparse.h).

#include "platform/windowstext/netshparse.h"
#include "platform/windowstext/textlines.h"

namespace ld::platform {
namespace {

using namespace wintext;

// A title ends with ':' and has an underline below it: "Public Profile Settings:".
bool isTitle(const std::vector<std::string_view>& all, std::size_t i) {
    const std::string_view line = trimmed(all[i]);
    return !line.empty() && line.back() == ':' && i + 1 < all.size() && isUnderline(all[i + 1]);
}

std::string profileName(std::string_view title) {
    const std::string key = asciiLower(title);
    const auto has = [&key](std::string_view part) { return key.find(part) != std::string::npos; };
    if (has("domain") || has("dominio") || has("域"))
        return "domain";
    if (has("private") || has("privado") || has("专用") || has("私有"))
        return "private";
    if (has("public") || has("público") || has("publico") || has("公用"))
        return "public";
    return std::string(title);
}

std::optional<bool> stateValue(std::string_view value) {
    const std::string key = asciiLower(value);
    for (const char* on : {"on", "打开", "启用", "activar", "activado", "ein"})
        if (key == on)
            return true;
    for (const char* off : {"off", "关闭", "禁用", "desactivar", "desactivado", "aus"})
        if (key == off)
            return false;
    return std::nullopt;
}

// "Key                                   Value": the key, a run of two or more blanks, the value.
bool keyValue(std::string_view line, std::string_view& key, std::string_view& value) {
    line = trimmed(line);
    const auto gap = line.find("  ");
    if (gap == std::string_view::npos)
        return false;
    key = trimmed(line.substr(0, gap));
    value = trimmed(line.substr(gap));
    return !key.empty() && !value.empty();
}

// "BlockInbound,AllowOutbound": the tokens netsh prints untranslated in every language.
bool policyValue(std::string_view value, WindowsFirewallProfile& profile) {
    const auto comma = value.find(',');
    if (comma == std::string_view::npos)
        return false;
    const std::string_view in = trimmed(value.substr(0, comma));
    const std::string_view out = trimmed(value.substr(comma + 1));
    const auto endsWith = [](std::string_view text, std::string_view tail) {
        return text.size() > tail.size() && text.substr(text.size() - tail.size()) == tail;
    };
    if (!(endsWith(in, "Inbound") || endsWith(in, "InboundAlways") || in == "NotConfigured") ||
        !(endsWith(out, "Outbound") || out == "NotConfigured"))
        return false;
    profile.inboundPolicy = std::string(in);
    profile.outboundPolicy = std::string(out);
    return true;
}

} // namespace

std::vector<WindowsFirewallProfile> parseAdvfirewallProfiles(std::string_view text) {
    std::vector<WindowsFirewallProfile> profiles;
    const auto all = lines(text);
    bool inBlock = false;
    bool sawState = false;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (isTitle(all, i)) {
            WindowsFirewallProfile profile;
            std::string_view title = trimmed(all[i]);
            title.remove_suffix(1);
            profile.title = std::string(trimmed(title));
            profile.name = profileName(profile.title);
            profiles.push_back(std::move(profile));
            inBlock = true;
            sawState = false;
            ++i; // the underline
            continue;
        }
        if (!inBlock)
            continue;
        std::string_view key;
        std::string_view value;
        if (!keyValue(all[i], key, value))
            continue;
        WindowsFirewallProfile& profile = profiles.back();
        // The first setting of a profile block is its State, whatever the language calls it.
        if (!sawState) {
            sawState = true;
            profile.stateText = std::string(value);
            profile.enabled = stateValue(value);
            continue;
        }
        if (profile.inboundPolicy.empty())
            policyValue(value, profile);
    }
    return profiles;
}

} // namespace ld::platform
