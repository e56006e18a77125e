#include "platform/maccommon/macfirewallparse.h"

#include "platform/maccommon/mactext.h"

#include <algorithm>
#include <cctype>

namespace ld::platform::macfw {
namespace {

using namespace mactext;

// "enabled"/"disabled", "ENABLED!", "on"/"off" as the last say of a line.
std::optional<bool> onOff(std::string_view line) {
    const std::string text = lower(line);
    std::optional<bool> value;
    std::size_t best = std::string::npos;
    for (const auto& [word, meaning] : {std::pair<std::string_view, bool>{"enabled", true},
                                        {"disabled", false},
                                        {" on", true},
                                        {" off", false}}) {
        const auto at = text.rfind(word);
        if (at == std::string::npos)
            continue;
        const auto end = at + word.size();
        if (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])))
            continue; // "online", "offer"
        if (best == std::string::npos || at > best) {
            best = at;
            value = meaning;
        }
    }
    return value;
}

std::optional<int> stateNumber(std::string_view line) {
    const auto at = line.find("(State = ");
    if (at == std::string_view::npos)
        return std::nullopt;
    const auto close = line.find(')', at);
    if (close == std::string_view::npos)
        return std::nullopt;
    return number<int>(trim(line.substr(at + 9, close - at - 9)));
}

bool permissionError(std::string_view line) {
    return contains(line, "permission denied") || contains(line, "operation not permitted");
}

// -sa's section headings: "FILTER RULES:", "STATES:", "INFO:"...
bool isHeading(std::string_view line) {
    return line.size() > 1 && line.back() == ':' && std::all_of(line.begin(), line.end() - 1, [](char c) {
               return (c >= 'A' && c <= 'Z') || c == ' ';
           });
}

// The words a pf rule (as pfctl prints it) begins with; other lines are not rules.
bool isRuleLine(std::string_view line) {
    const auto w = words(line);
    if (w.empty())
        return false;
    static const std::string_view starts[] = {
        "pass",         "block",      "match",      "scrub",        "antispoof",       "anchor",
        "scrub-anchor", "nat-anchor", "rdr-anchor", "binat-anchor", "dummynet-anchor", "nat",
        "no",           "rdr",        "binat",      "dummynet",     "table",           "load"};
    return std::find(std::begin(starts), std::end(starts), w[0]) != std::end(starts);
}

bool isPfNoise(std::string_view line) {
    return contains(line, "ALTQ") || trim(line).empty() || isPromptLine(line);
}

} // namespace

AppFirewall parseSocketFilterFw(std::string_view text) {
    AppFirewall fw;
    for (std::string_view raw : lines(text)) {
        std::string_view line = trim(raw);
        if (startsWith(line, "Password:")) {
            fw.askedForPassword = true;
            line = trim(line.substr(9));
        }
        if (line.empty() || isPromptLine(raw))
            continue;
        const std::string low = lower(line);
        if (startsWith(low, "alf: error") || startsWith(low, "error") ||
            low.find("must be root") != std::string::npos) {
            fw.errors.emplace_back(line);
            continue;
        }
        if (const auto state = stateNumber(line)) {
            fw.state = *state;
            fw.enabled = *state >= 1;
            fw.blockAll = *state == 2; // a --getblockall answer after it says more
            continue;
        }
        if (low.find("total number of apps") != std::string::npos) {
            const auto equals = line.rfind('=');
            if (equals != std::string_view::npos)
                fw.appCount = number<int>(trim(line.substr(equals + 1)));
            continue;
        }
        if (low.find("incoming connections") != std::string::npos && low.find('(') != std::string::npos) {
            // "(Allow incoming connections)", old "( Allow incoming connections )"
            if (!fw.apps.empty()) {
                fw.apps.back().allowed =
                    low.find("allow") != std::string::npos && low.find("block") == std::string::npos;
            }
            continue;
        }
        if (low.find("block all") != std::string::npos) {
            // "Block all DISABLED!", "Firewall has block all state set to disabled."
            if (const auto value = onOff(line))
                fw.blockAll = *value;
            continue;
        }
        if (low.find("stealth") != std::string::npos) {
            // "Stealth mode enabled", "Firewall stealth mode is on"
            if (const auto value = onOff(line))
                fw.stealth = *value;
            continue;
        }
        if (low.find("signed") != std::string::npos && low.find("allow") != std::string::npos) {
            const auto value = onOff(line);
            if (low.find("downloaded") != std::string::npos)
                fw.allowDownloadedSigned = value;
            else
                fw.allowSigned = value;
            continue;
        }
        if (low.find("firewall is") != std::string::npos) {
            // A state sentence without "(State = N)"
            if (low.find("blocking all") != std::string::npos) {
                fw.state = 2;
                fw.enabled = fw.blockAll = true;
            } else if (const auto value = onOff(line)) {
                fw.enabled = *value;
                fw.state = *value ? 1 : 0;
            }
            continue;
        }
        // "1 : /usr/libexec/sshd-session", old "1 :  /Applications/Dropbox.app"
        const auto colon = line.find(" : ");
        if (colon != std::string_view::npos && number<int>(trim(line.substr(0, colon)))) {
            const std::string_view path = trim(line.substr(colon + 3));
            if (!path.empty())
                fw.apps.push_back({std::string(path), false});
        }
    }
    return fw;
}

PfStatus parsePfInfo(std::string_view text) {
    PfStatus status;
    for (std::string_view raw : lines(text)) {
        const std::string_view line = trim(raw);
        if (isPfNoise(line))
            continue;
        if (startsWith(line, "pfctl:") || permissionError(line)) {
            status.error = std::string(line);
            status.needsElevation = status.needsElevation || permissionError(line);
            continue;
        }
        if (startsWith(line, "Status:")) {
            const auto w = words(line.substr(7));
            if (!w.empty())
                status.enabled = lower(w[0]) == "enabled";
        }
    }
    return status;
}

bool PfRules::onlyAppleAnchors() const {
    for (const std::string& rule : filter)
        if (rule.find("\"com.apple") == std::string::npos)
            return false;
    return true;
}

PfRules parsePfRules(std::string_view text) {
    PfRules rules;
    enum class Section { Filter, Translation, States, Other } section = Section::Filter;
    for (std::string_view raw : lines(text)) {
        const std::string_view line = trim(raw);
        if (isPfNoise(line))
            continue;
        if (startsWith(line, "pfctl:") || permissionError(line)) {
            rules.error = std::string(line);
            rules.needsElevation = rules.needsElevation || permissionError(line);
            continue;
        }
        if (isHeading(line)) {
            if (line == "FILTER RULES:")
                section = Section::Filter;
            else if (line == "TRANSLATION RULES:")
                section = Section::Translation;
            else if (line == "STATES:")
                section = Section::States;
            else
                section = Section::Other; // INFO, TIMEOUTS, LIMITS, DUMMYNET RULES, OS FINGERPRINTS...
            continue;
        }
        switch (section) {
        case Section::Filter:
        case Section::Translation: {
            if (!isRuleLine(line))
                break;
            const std::string_view first = words(line)[0];
            const bool translation = first == "nat" || first == "rdr" || first == "binat" || first == "no" ||
                                     first == "nat-anchor" || first == "rdr-anchor" ||
                                     first == "binat-anchor";
            (translation ? rules.translation : rules.filter).emplace_back(line);
            break;
        }
        case Section::States:
            if (line.find("->") != std::string_view::npos || line.find("<-") != std::string_view::npos)
                rules.states.emplace_back(line);
            break;
        case Section::Other:
            break;
        }
    }
    return rules;
}

namespace {

// Does the port part after "port" cover `port`? Returns nullopt when it can't be read.
std::optional<bool> portMatches(const std::vector<std::string_view>& w, std::size_t i, std::uint16_t port) {
    const auto value = [](std::string_view t) { return number<int>(t); };
    if (i >= w.size())
        return std::nullopt;
    if (w[i] == "{") {
        for (std::size_t j = i + 1; j < w.size() && w[j] != "}"; ++j) {
            std::string_view item = w[j];
            if (!item.empty() && item.back() == ',')
                item.remove_suffix(1);
            if (value(item) == port)
                return true;
        }
        return false;
    }
    const std::string_view op = w[i];
    if (const auto colon = op.find(':'); colon != std::string_view::npos) {
        const auto a = value(op.substr(0, colon));
        const auto b = value(op.substr(colon + 1));
        if (!a || !b)
            return std::nullopt;
        return port >= *a && port <= *b;
    }
    if (const auto single = value(op)) {
        if (i + 2 < w.size() && (w[i + 1] == "><" || w[i + 1] == "<>" || w[i + 1] == ":")) {
            const auto b = value(w[i + 2]);
            if (!b)
                return std::nullopt;
            if (w[i + 1] == "><")
                return port > *single && port < *b;
            if (w[i + 1] == "<>")
                return port < *single || port > *b;
            return port >= *single && port <= *b;
        }
        return *single == port;
    }
    if (i + 1 >= w.size())
        return std::nullopt;
    const auto operand = value(w[i + 1]);
    if (!operand)
        return std::nullopt;
    if (op == "=")
        return port == *operand;
    if (op == "!=")
        return port != *operand;
    if (op == "<")
        return port < *operand;
    if (op == "<=")
        return port <= *operand;
    if (op == ">")
        return port > *operand;
    if (op == ">=")
        return port >= *operand;
    return std::nullopt;
}

} // namespace

std::vector<PfRuleHit> pfRulesForPort(const PfRules& rules, std::uint16_t port) {
    std::vector<PfRuleHit> hits;
    for (const std::string& rule : rules.filter) {
        const auto w = words(rule);
        bool matched = false;
        bool toSeen = false;
        for (std::size_t i = 0; i < w.size(); ++i) {
            if (w[i] == "to")
                toSeen = true;
            // A "port" after "to" is the destination port; before it (or with no "to") the source's.
            if (w[i] == "port" && (toSeen || rule.find(" to ") == std::string::npos) &&
                portMatches(w, i + 1, port).value_or(false))
                matched = true;
        }
        if (matched)
            hits.push_back({rule, !w.empty() && w[0] == "block"});
    }
    return hits;
}

} // namespace ld::platform::macfw
