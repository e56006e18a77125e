// netsh's excluded and dynamic port ranges (see netshparse.h).

#include "platform/windowstext/netshparse.h"
#include "platform/windowstext/textlines.h"

namespace ld::platform {
namespace {

using namespace wintext;

enum class Named { None, Tcp, Udp };

// "Protocol tcp Port Exclusion Ranges" names its protocol as a word of its own.
Named protocolNamed(std::string_view line) {
    for (const std::string_view word : words(line)) {
        const std::string key = asciiLower(word);
        if (key == "tcp")
            return Named::Tcp;
        if (key == "udp")
            return Named::Udp;
    }
    return Named::None;
}

// "      5986        5986      " or "     55679       55679     *".
std::optional<ExcludedPortRange> rangeRow(std::string_view line) {
    const auto fields = words(line);
    if (fields.size() < 2 || fields.size() > 3)
        return std::nullopt;
    const auto first = port(fields[0]);
    const auto last = port(fields[1]);
    if (!first || !last || *first > *last)
        return std::nullopt;
    if (fields.size() == 3 && fields[2] != "*")
        return std::nullopt;
    return ExcludedPortRange{PortRange{*first, *last}, fields.size() == 3};
}

} // namespace

std::optional<std::vector<ExcludedPortRange>> parseExcludedPortRanges(std::string_view text, Proto proto) {
    const Named wanted = proto == Proto::Tcp ? Named::Tcp : Named::Udp;
    std::optional<std::vector<ExcludedPortRange>> result;
    Named title = Named::None;
    const auto all = lines(text);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const std::string_view line = all[i];
        if (!isUnderline(line)) {
            if (const Named named = protocolNamed(line); named != Named::None)
                title = named;
            continue;
        }
        // An underline below a header: the rows follow until the first line that is not one.
        std::vector<ExcludedPortRange> table;
        std::size_t k = i + 1;
        for (; k < all.size(); ++k) {
            const auto row = rangeRow(all[k]);
            if (!row)
                break;
            table.push_back(*row);
        }
        if (title == Named::None || title == wanted)
            result = std::move(table);
        title = Named::None;
        i = k - 1;
    }
    return result;
}

std::optional<PortRange> parseDynamicPortRange(std::string_view text) {
    std::vector<std::uint64_t> numbers;
    for (const std::string_view line : lines(text)) {
        const auto colon = line.rfind(':');
        if (colon == std::string_view::npos)
            continue;
        if (const auto value = number(trimmed(line.substr(colon + 1))))
            numbers.push_back(*value);
        if (numbers.size() == 2)
            break;
    }
    if (numbers.size() != 2)
        return std::nullopt;
    const std::uint64_t start = numbers[0];
    const std::uint64_t count = numbers[1];
    if (start == 0 || start > 65535 || count == 0 || start + count - 1 > 65535)
        return std::nullopt;
    return PortRange{std::uint16_t(start), std::uint16_t(start + count - 1)};
}

} // namespace ld::platform
