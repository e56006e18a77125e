#include "platform/maccommon/macmiscparse.h"

#include "platform/maccommon/mactext.h"

#include <algorithm>
#include <array>

namespace ld::platform::macmisc {
namespace {

using namespace mactext;

bool isNumber(std::string_view text) {
    return number<std::uint64_t>(text).has_value();
}

} // namespace

std::uint64_t lstartKey(std::string_view text) {
    const auto w = words(text);
    if (w.size() != 5)
        return 0;
    static const std::array<std::string_view, 7> days{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (std::find(days.begin(), days.end(), w[0]) == days.end())
        return 0;
    const auto month = std::find(months.begin(), months.end(), w[1]);
    const auto day = number<unsigned>(w[2]);
    const auto year = number<unsigned>(w[4]);
    const std::string_view clock = w[3];
    if (month == months.end() || !day || *day < 1 || *day > 31 || !year || *year < 1970 || *year > 9999 ||
        clock.size() != 8 || clock[2] != ':' || clock[5] != ':')
        return 0;
    const auto h = number<unsigned>(clock.substr(0, 2));
    const auto m = number<unsigned>(clock.substr(3, 2));
    const auto s = number<unsigned>(clock.substr(6, 2));
    if (!h || !m || !s || *h > 23 || *m > 59 || *s > 60)
        return 0;
    const std::uint64_t monthNumber = std::uint64_t(month - months.begin()) + 1;
    return ((((std::uint64_t(*year) * 100 + monthNumber) * 100 + *day) * 100 + *h) * 100 + *m) * 100 + *s;
}

std::vector<PsRow> parsePs(std::string_view text) {
    std::vector<PsRow> rows;
    for (std::string_view line : lines(text)) {
        const auto w = words(line);
        std::size_t leading = 0;
        while (leading < w.size() && leading < 2 && isNumber(w[leading]))
            ++leading;
        if (leading == 1 || w.size() < leading + 6)
            continue; // a lone number could be a pid or a uid: not a row of ours
        const char* lstartBegin = w[leading].data();
        const char* lstartEnd = w[leading + 4].data() + w[leading + 4].size();
        PsRow row;
        row.started = std::string(lstartBegin, std::size_t(lstartEnd - lstartBegin));
        row.startKey = lstartKey(row.started);
        if (row.startKey == 0)
            continue;
        if (leading == 2) {
            row.pid = number<std::int64_t>(w[0]).value_or(-1);
            row.uid = number<std::uint32_t>(w[1]);
            if (row.pid <= 0 || !row.uid)
                continue;
        }
        const char* commandBegin = w[leading + 5].data();
        row.command = std::string(trim(line.substr(std::size_t(commandBegin - line.data()))));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::pair<std::int64_t, std::string>> parsePsArgs(std::string_view text) {
    std::vector<std::pair<std::int64_t, std::string>> rows;
    for (std::string_view line : lines(text)) {
        const std::string_view t = trim(line);
        const auto blank = t.find_first_of(" \t");
        const auto pid = number<std::int64_t>(t.substr(0, blank));
        if (!pid || *pid <= 0)
            continue;
        rows.emplace_back(*pid, blank == std::string_view::npos ? std::string()
                                                                : std::string(trim(t.substr(blank))));
    }
    return rows;
}

std::vector<IpAddress> parseDscacheutilHost(std::string_view text) {
    std::vector<IpAddress> out;
    for (std::string_view line : lines(text)) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos)
            continue;
        const std::string_view key = trim(line.substr(0, colon));
        if (key != "ip_address" && key != "ipv6_address")
            continue;
        std::string_view value = trim(line.substr(colon + 1));
        if (const auto percent = value.find('%'); percent != std::string_view::npos)
            value = value.substr(0, percent); // "fe80::1%lo0": the zone is a name here
        auto address = IpAddress::parse(value);
        if (!address || (key == "ip_address") != (address->family == Family::V4))
            continue;
        // macOS's resolver prints link-local addresses the KAME way, with the interface index in
        // the second 16-bit word ("fe80:1::1" is fe80::1%lo0).
        if (address->family == Family::V6 && address->bytes[0] == 0xfe &&
            (address->bytes[1] & 0xc0) == 0x80 && (address->bytes[2] != 0 || address->bytes[3] != 0)) {
            address->scopeId = std::uint32_t(address->bytes[2]) << 8 | address->bytes[3];
            address->bytes[2] = address->bytes[3] = 0;
        }
        if (std::find(out.begin(), out.end(), *address) == out.end())
            out.push_back(*address);
    }
    return out;
}

std::optional<PortRange> parsePortRange(std::string_view text) {
    std::optional<unsigned> first;
    std::optional<unsigned> last;
    std::vector<unsigned> bare;
    for (std::string_view line : lines(text)) {
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) {
            if (const auto value = number<unsigned>(trim(line)))
                bare.push_back(*value);
            continue;
        }
        const std::string_view key = trim(line.substr(0, colon));
        const auto value = number<unsigned>(trim(line.substr(colon + 1)));
        if (key == "net.inet.ip.portrange.first")
            first = value;
        else if (key == "net.inet.ip.portrange.last")
            last = value;
    }
    if (!first && !last && bare.size() == 2) {
        first = bare[0];
        last = bare[1];
    }
    if (!first || !last || *first == 0 || *first > *last || *last > 65535)
        return std::nullopt;
    return PortRange{std::uint16_t(*first), std::uint16_t(*last)};
}

std::optional<MacVersion> parseSwVers(std::string_view text) {
    for (std::string_view line : lines(text)) {
        std::string_view value = trim(line);
        if (const auto colon = value.find(':'); colon != std::string_view::npos) {
            if (trim(value.substr(0, colon)) != "ProductVersion")
                continue;
            value = trim(value.substr(colon + 1));
        }
        const auto dot = value.find('.');
        const auto major = number<int>(value.substr(0, dot));
        if (!major || *major < 10 || *major > 99)
            continue;
        MacVersion version;
        version.major = *major;
        version.text = std::string(value);
        if (dot != std::string_view::npos) {
            const std::string_view rest = value.substr(dot + 1);
            version.minor = number<int>(rest.substr(0, rest.find('.'))).value_or(0);
        }
        return version;
    }
    return std::nullopt;
}

} // namespace ld::platform::macmisc
