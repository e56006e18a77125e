#include "platform/hostsfile.h"

namespace ld::platform {
namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

bool namesLocalhost(const HostsEntry& entry) {
    for (const auto& name : entry.names)
        if (equalsIgnoringCase(name, "localhost") || equalsIgnoringCase(name, "localhost."))
            return true;
    return false;
}

} // namespace

HostsFile parseHostsFile(std::string_view text, std::string path) {
    HostsFile hosts;
    hosts.path = std::move(path);
    hosts.readable = true;
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);

    int lineNumber = 0;
    while (!text.empty()) {
        ++lineNumber;
        const auto newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
        if (const auto hash = line.find('#'); hash != std::string_view::npos)
            line = line.substr(0, hash);

        HostsEntry entry;
        entry.line = lineNumber;
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && isBlank(line[i]))
                ++i;
            const std::size_t start = i;
            while (i < line.size() && !isBlank(line[i]))
                ++i;
            if (i == start)
                break;
            const std::string_view word = line.substr(start, i - start);
            if (entry.address.empty())
                entry.address = std::string(word);
            else
                entry.names.emplace_back(word);
        }
        if (!entry.names.empty())
            hosts.entries.push_back(std::move(entry));
    }
    return hosts;
}

std::vector<HostsAnomaly> hostsAnomalies(const HostsFile& hosts) {
    std::vector<HostsAnomaly> anomalies;
    if (!hosts.readable)
        return anomalies;
    bool found = false;
    for (const auto& entry : hosts.entries) {
        if (!namesLocalhost(entry))
            continue;
        const auto address = IpAddress::parse(entry.address);
        if (!address)
            continue; // the resolver skips such lines too
        found = true;
        if (!address->isLoopback())
            anomalies.push_back({HostsAnomaly::LocalhostNotLoopback, entry.address, entry.line});
    }
    if (!found)
        anomalies.push_back({HostsAnomaly::LocalhostMissing, {}, 0});
    return anomalies;
}

} // namespace ld::platform
