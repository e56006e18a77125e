#include "platform/windowstext/wslparse.h"

#include "platform/windowstext/textlines.h"

#include <algorithm>

namespace ld::platform {
namespace {

using wintext::asciiLower;
using wintext::isBlank;
using wintext::trimmed;

void appendUtf8(std::string& out, char32_t code) {
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xF0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3F));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

std::string fromUtf16Le(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() / 2);
    const auto unit = [&](std::size_t i) {
        return char16_t(std::uint8_t(bytes[i]) | (std::uint8_t(bytes[i + 1]) << 8));
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t first = unit(i);
        if (first >= 0xD800 && first <= 0xDBFF && i + 3 < bytes.size()) {
            const char16_t second = unit(i + 2);
            if (second >= 0xDC00 && second <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((char32_t(first) - 0xD800) << 10) + (char32_t(second) - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (first >= 0xD800 && first <= 0xDFFF)
            appendUtf8(out, 0xFFFD);
        else if (first != 0)
            appendUtf8(out, first);
    }
    return out;
}

// wsl.exe writes UTF-16LE to pipes without a BOM: ASCII text then has a NUL in every odd byte.
bool looksUtf16Le(std::string_view bytes) {
    if (bytes.size() < 2)
        return false;
    std::size_t oddNuls = 0;
    std::size_t evenNuls = 0;
    const std::size_t sample = std::min<std::size_t>(bytes.size() & ~std::size_t(1), 4096);
    for (std::size_t i = 0; i < sample; ++i)
        (i % 2 ? oddNuls : evenNuls) += bytes[i] == '\0';
    return oddNuls * 4 >= sample / 2 && evenNuls * 4 < oddNuls;
}

bool isRowStart(std::string_view line) {
    return !line.empty() && (line.front() == '*' || isBlank(line.front()));
}

bool hasDigit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<WslDistro> row(std::string_view line) {
    if (!isRowStart(line))
        return std::nullopt;
    auto words = wintext::words(line);
    WslDistro distro;
    if (!words.empty() && words.front() == "*") {
        distro.isDefault = true;
        words.erase(words.begin());
    } else if (!words.empty() && words.front().size() > 1 && words.front().front() == '*') {
        distro.isDefault = true; // "*Ubuntu": a name as long as the column leaves no blank
        words.front().remove_prefix(1);
    }
    if (words.size() < 3)
        return std::nullopt;
    const auto version = wintext::number(words.back());
    if (!version || *version < 1 || *version > 9)
        return std::nullopt;
    const std::string_view state = words[words.size() - 2];
    if (hasDigit(state))
        return std::nullopt;
    distro.version = int(*version);
    distro.state = std::string(state);
    distro.running = asciiLower(state) == "running";
    for (std::size_t i = 0; i + 2 < words.size(); ++i)
        distro.name += (i ? " " : "") + std::string(words[i]);
    return distro;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && asciiLower(a) == asciiLower(b);
}

bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAlnum(char c) {
    return isAlpha(c) || (c >= '0' && c <= '9');
}

// One `key = value` line as WSL's config reader takes it: the key's letters and digits, blanks, '=',
// then the value with quotes removed, \" \\ \n \t \b escapes, a '#' outside quotes ending it, and
// trailing blanks trimmed. nullopt for a line WSL rejects (skips).
std::optional<std::pair<std::string, std::string>> keyValue(std::string_view line) {
    std::size_t i = 0;
    std::string key;
    while (i < line.size() && isAlnum(line[i]))
        key += line[i++];
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    if (key.empty() || i >= line.size() || line[i] != '=')
        return std::nullopt;
    ++i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    std::string value;
    std::size_t trimmedLength = 0;
    bool inQuote = false;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '"') {
            inQuote = !inQuote;
        } else if (c == '\\') {
            if (i + 1 >= line.size())
                return std::nullopt; // a continuation line: not a setting we read
            const char next = line[++i];
            if (next == '\\' || next == '"')
                value += next;
            else if (next == 'n')
                value += '\n';
            else if (next == 't')
                value += '\t';
            else if (next == 'b')
                value += '\b';
            else
                return std::nullopt;
        } else if (c == '#' && !inQuote) {
            break;
        } else {
            value += c;
        }
        if (c != ' ' && c != '\t')
            trimmedLength = value.size();
    }
    if (inQuote)
        return std::nullopt;
    value.resize(trimmedLength);
    return std::make_pair(key, value);
}

// "[name]" with only blanks or a comment after it; nullopt for anything else.
std::optional<std::string> section(std::string_view line) {
    if (line.size() < 3 || line.front() != '[' || !isAlpha(line[1]))
        return std::nullopt;
    std::size_t i = 1;
    std::string name;
    while (i < line.size() && isAlnum(line[i]))
        name += line[i++];
    if (i >= line.size() || line[i] != ']')
        return std::nullopt;
    const std::string_view rest = trimmed(line.substr(i + 1));
    if (!rest.empty() && rest.front() != '#')
        return std::nullopt;
    return name;
}

} // namespace

std::string consoleTextToUtf8(std::string_view bytes) {
    if (bytes.size() >= 2 && std::uint8_t(bytes[0]) == 0xFF && std::uint8_t(bytes[1]) == 0xFE)
        return fromUtf16Le(bytes.substr(2));
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF")
        return std::string(bytes.substr(3));
    if (looksUtf16Le(bytes))
        return fromUtf16Le(bytes);
    return std::string(bytes);
}

std::optional<std::vector<WslDistro>> parseWslListVerbose(std::string_view text) {
    std::vector<WslDistro> distros;
    bool header = false;
    for (const std::string_view line : wintext::lines(text)) {
        if (trimmed(line).empty())
            continue;
        if (header) {
            if (auto distro = row(line)) {
                distros.push_back(std::move(*distro));
                continue;
            }
            if (!distros.empty())
                break; // the table ended (a prompt or another command's output follows)
        }
        // The header: indented like a row (its marker column is blank), three or more words, no number.
        header =
            isRowStart(line) && line.front() != '*' && wintext::words(line).size() >= 3 && !hasDigit(line);
    }
    if (distros.empty())
        return std::nullopt;
    return distros;
}

std::vector<std::string> parseWslNameList(std::string_view text) {
    std::vector<std::string> names;
    for (const std::string_view line : wintext::lines(text)) {
        const std::string_view name = trimmed(line);
        if (!name.empty())
            names.emplace_back(name);
    }
    return names;
}

void markRunning(std::vector<WslDistro>& distros, const std::vector<std::string>& running) {
    for (WslDistro& distro : distros)
        if (std::find(running.begin(), running.end(), distro.name) != running.end())
            distro.running = true;
}

WslConfig parseWslConfig(std::string_view text) {
    WslConfig config;
    std::string current;
    bool modeSeen = false;
    bool forwardingSeen = false;
    int number = 0;
    for (const std::string_view raw : wintext::lines(text)) {
        ++number;
        std::string_view line = raw;
        while (!line.empty() && (line.front() == ' ' || line.front() == '\t'))
            line.remove_prefix(1);
        if (line.empty() || line.front() == '#')
            continue;
        if (line.front() == '[') {
            // A section WSL rejects is skipped; the keys after it stay in the section before.
            if (auto name = section(line))
                current = std::move(*name);
            continue;
        }
        if (!isAlpha(line.front()))
            continue;
        const auto pair = keyValue(line);
        if (!pair)
            continue;
        const std::string name = asciiLower(current.empty() ? pair->first : current + "." + pair->first);
        if (!modeSeen && (name == "wsl2.networkingmode" || name == "experimental.networkingmode")) {
            modeSeen = true;
            config.networkingMode = asciiLower(pair->second);
            config.networkingModeKey =
                name == "wsl2.networkingmode" ? "wsl2.networkingMode" : "experimental.networkingMode";
            config.networkingModeLine = number;
        } else if (!forwardingSeen && name == "wsl2.localhostforwarding") {
            forwardingSeen = true;
            config.localhostForwardingText = pair->second;
            config.localhostForwardingLine = number;
            if (pair->second == "1" || equalsIgnoringCase(pair->second, "true"))
                config.localhostForwarding = true;
            else if (pair->second == "0" || equalsIgnoringCase(pair->second, "false"))
                config.localhostForwarding = false;
        }
    }
    return config;
}

std::string effectiveNetworkingMode(const WslConfig& config) {
    const std::string& mode = config.networkingMode;
    if (mode == "mirrored" || mode == "none" || mode == "bridged" || mode == "virtioproxy")
        return mode;
    if (mode == "consomme")
        return "virtioproxy";
    return "nat";
}

bool effectiveLocalhostForwarding(const WslConfig& config) {
    return config.localhostForwarding.value_or(true);
}

} // namespace ld::platform
