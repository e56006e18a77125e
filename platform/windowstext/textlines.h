#pragma once
// Line and word helpers of the Windows text parsers (internal to platform/windowstext/): the shared
// ones of platform/textparse.h, and what only Windows outputs need.

#include "platform/textparse.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::wintext {

using textparse::isBlank;
using textparse::lines;
using textparse::words;

inline std::string_view trimmed(std::string_view text) {
    return textparse::trim(text);
}

// A decimal number without sign, or nullopt (no blanks, no trailing garbage).
inline std::optional<std::uint64_t> number(std::string_view text) {
    return textparse::number<std::uint64_t>(text);
}

inline std::optional<std::uint16_t> port(std::string_view text) {
    const auto value = number(text);
    if (!value || *value > 65535)
        return std::nullopt;
    return std::uint16_t(*value);
}

// A line made only of dashes and blanks, with at least three dashes: a table's or block's underline.
inline bool isUnderline(std::string_view line) {
    int dashes = 0;
    for (const char c : line) {
        if (c == '-')
            ++dashes;
        else if (!isBlank(c))
            return false;
    }
    return dashes >= 3;
}

inline std::string asciiLower(std::string_view text) {
    return textparse::lower(text);
}

} // namespace ld::platform::wintext
