#pragma once
// Small text helpers shared by the macOS output parsers (internal to platform/maccommon).

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform::mactext {

inline bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

inline std::string_view trim(std::string_view text) {
    while (!text.empty() && (isBlank(text.front()) || text.front() == '\n'))
        text.remove_prefix(1);
    while (!text.empty() && (isBlank(text.back()) || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

// The lines of a text, LF or CRLF, without their ends; a last line without LF counts too.
inline std::vector<std::string_view> lines(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        const auto newline = text.find('\n');
        std::string_view line = text.substr(0, newline);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        out.push_back(line);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    }
    return out;
}

// Blank-separated words.
inline std::vector<std::string_view> words(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
    return out;
}

template <typename T> std::optional<T> number(std::string_view text, int base = 10) {
    T value{};
    if (text.empty())
        return std::nullopt;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

inline char lowerChar(char c) {
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

inline std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = lowerChar(c);
    return out;
}

inline bool contains(std::string_view haystack, std::string_view needle) {
    return lower(haystack).find(lower(needle)) != std::string::npos;
}

inline bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// A shell prompt line pasted with the output ("$ lsof ...", "% netstat ...", "user@host:~ $ ...").
inline bool isPromptLine(std::string_view line) {
    const std::string_view t = trim(line);
    return startsWith(t, "$ ") || startsWith(t, "% ") || startsWith(t, "# ") || t == "$" ||
           (t.find("$ ") != std::string_view::npos && t.find('@') != std::string_view::npos &&
            t.find('@') < t.find("$ ")) ||
           (t.find(" > ") != std::string_view::npos && t.find('@') != std::string_view::npos &&
            t.find('@') < t.find(" > "));
}

} // namespace ld::platform::mactext
