// ufw's own texts: ufw.conf, /etc/default/ufw and `ufw status`. Pure.

#include "platform/firewallparse.h"
#include "platform/firewalltext.h"

#include <algorithm>
#include <map>

namespace ld::platform::firewall {

using namespace text;

// ---- ufw --------------------------------------------------------------------------------

namespace {

// KEY=value lines with optional quotes and # comments.
std::map<std::string, std::string> keyValues(std::string_view text) {
    std::map<std::string, std::string> values;
    for (const std::string& raw : split(text, '\n')) {
        const std::string line = trim(raw);
        if (line.empty() || line[0] == '#')
            continue;
        const auto equals = line.find('=');
        if (equals == std::string::npos)
            continue;
        std::string value = trim(std::string_view(line).substr(equals + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
            value.back() == value.front())
            value = value.substr(1, value.size() - 2);
        values[trim(std::string_view(line).substr(0, equals))] = value;
    }
    return values;
}

std::string ufwPolicyWord(const std::string& word) {
    const std::string w = lower(word);
    if (w == "deny")
        return "DROP";
    if (w == "reject")
        return "REJECT";
    if (w == "allow")
        return "ACCEPT";
    return w;
}

// Columns of `ufw status` are separated by two or more spaces.
std::vector<std::string> columns(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < line.size()) {
        const auto gap = line.find("  ", start);
        const std::string cell = trim(
            std::string_view(line).substr(start, gap == std::string::npos ? std::string::npos : gap - start));
        if (!cell.empty())
            out.push_back(cell);
        if (gap == std::string::npos)
            break;
        start = line.find_first_not_of(' ', gap);
    }
    return out;
}

} // namespace

void parseUfwConf(std::string_view text, UfwState& state) {
    const auto values = keyValues(text);
    if (const auto it = values.find("ENABLED"); it != values.end())
        state.enabled = lower(it->second) == "yes";
}

void parseUfwDefaults(std::string_view text, UfwState& state) {
    const auto values = keyValues(text);
    if (const auto it = values.find("DEFAULT_INPUT_POLICY"); it != values.end())
        state.defaultInputPolicy = it->second;
    if (const auto it = values.find("DEFAULT_OUTPUT_POLICY"); it != values.end())
        state.defaultOutputPolicy = it->second;
}

void parseUfwStatus(std::string_view text, UfwState& state) {
    bool inTable = false;
    for (const std::string& raw : split(text, '\n')) {
        std::string line = raw;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        if (line.rfind("Status:", 0) == 0) {
            state.active = trim(std::string_view(line).substr(7)) == "active";
            continue;
        }
        if (line.rfind("Default:", 0) == 0) { // Default: deny (incoming), allow (outgoing), disabled (routed)
            for (const std::string& part : split(std::string_view(line).substr(8), ',')) {
                const std::string p = trim(part);
                const auto space = p.find(' ');
                const std::string word = ufwPolicyWord(p.substr(0, space));
                if (p.find("(incoming)") != std::string::npos)
                    state.defaultInputPolicy = word;
                else if (p.find("(outgoing)") != std::string::npos)
                    state.defaultOutputPolicy = word;
            }
            continue;
        }
        if (trim(line).rfind("--", 0) == 0) {
            inTable = true;
            continue;
        }
        if (!inTable || trim(line).empty())
            continue;
        if (line[0] == '[') { // numbered: "[ 1] 22/tcp  ALLOW IN  Anywhere"
            const auto close = line.find(']');
            if (close == std::string::npos)
                continue;
            line = trim(std::string_view(line).substr(close + 1));
        }
        const auto cells = columns(line);
        if (cells.size() < 3)
            continue;
        UfwRule rule;
        rule.line = trim(line);
        rule.to = cells[0];
        rule.from = cells[2];
        const auto words = split(cells[1], ' ');
        rule.action = words[0];
        if (words.size() > 1)
            rule.direction = words[1];
        rule.v6 = rule.to.find("(v6)") != std::string::npos;
        // The port spec is the last word of "to": "8080/tcp", "8000:8100/tcp", "80,443/tcp", "22".
        std::string to = rule.to;
        if (const auto v6 = to.find(" (v6)"); v6 != std::string::npos)
            to = to.substr(0, v6);
        const auto words2 = split(to, ' ');
        std::string spec = words2.back();
        if (const auto slash = spec.find('/'); slash != std::string::npos) {
            rule.protocol = spec.substr(slash + 1);
            spec = spec.substr(0, slash);
        }
        for (const std::string& part : split(spec, ',')) {
            if (const auto range = portRange(part, ':'))
                rule.ports.push_back(*range);
        }
        state.rules.push_back(std::move(rule));
    }
}

std::vector<UfwRule> ufwRulesForPort(const UfwState& state, Proto proto, std::uint16_t port) {
    std::vector<UfwRule> out;
    const std::string wanted = proto == Proto::Tcp ? "tcp" : "udp";
    for (const UfwRule& rule : state.rules) {
        if (!rule.protocol.empty() && rule.protocol != wanted)
            continue;
        if (std::any_of(rule.ports.begin(), rule.ports.end(),
                        [port](const PortRange& r) { return r.contains(port); }))
            out.push_back(rule);
    }
    return out;
}

} // namespace ld::platform::firewall
