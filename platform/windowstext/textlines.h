#pragma once
// Line and word helpers shared by the Windows text parsers (internal to platform/windowstext/).

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::wintext {

// The lines of a text, CRLF or LF, without their line ends; a UTF-8 BOM at the start is dropped.
inline std::vector<std::string_view> lines(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        out.push_back(line);
        if (newline == std::string_view::npos)
            break;
        text.remove_prefix(newline + 1);
    }
    return out;
}

inline bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

inline std::string_view trimmed(std::string_view text) {
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

inline std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && isBlank(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !isBlank(text[i]))
            ++i;
        if (i > start)
            out.push_back(text.substr(start, i - start));
    }
    return out;
}

// A decimal number without sign, or nullopt (no blanks, no trailing garbage).
inline std::optional<std::uint64_t> number(std::string_view text) {
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    std::uint64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
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
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

} // namespace ld::platform::wintext
