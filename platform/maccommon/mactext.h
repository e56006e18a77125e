#pragma once
// Text helpers of the macOS output parsers (internal to platform/maccommon): the shared ones of
// platform/textparse.h, and what only macOS outputs need.

#include "platform/textparse.h"

#include <string>
#include <string_view>

namespace ld::platform::mactext {

using textparse::isBlank;
using textparse::lines;
using textparse::lower;
using textparse::lowerChar;
using textparse::number;
using textparse::startsWith;
using textparse::trim;
using textparse::words;

inline bool contains(std::string_view haystack, std::string_view needle) {
    return lower(haystack).find(lower(needle)) != std::string::npos;
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
