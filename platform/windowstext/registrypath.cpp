#include "platform/windowstext/registrypath.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ld::platform {
namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return out;
}

void appendEntries(std::string& out, const std::string& list) {
    std::size_t start = 0;
    for (int guard = 0; guard < 100000 && start <= list.size(); ++guard) {
        const std::size_t end = std::min(list.find(';', start), list.size());
        const std::string_view entry = std::string_view(list).substr(start, end - start);
        if (!entry.empty() && entry.find_first_not_of(" \t") != std::string_view::npos) {
            if (!out.empty())
                out += ';';
            out += entry;
        }
        start = end + 1;
    }
}

} // namespace

std::string expandEnvironmentReferences(std::string_view text,
                                        const std::map<std::string, std::string>& env) {
    std::map<std::string, std::string> byName;
    for (const auto& [name, value] : env)
        byName.emplace(upper(name), value); // the first spelling wins, as Windows keeps one
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('%', i);
        if (open == std::string_view::npos) {
            out += text.substr(i);
            break;
        }
        out += text.substr(i, open - i);
        const std::size_t close = text.find('%', open + 1);
        if (close == std::string_view::npos) {
            out += text.substr(open);
            break;
        }
        const std::string_view name = text.substr(open + 1, close - open - 1);
        const auto found = name.empty() ? byName.end() : byName.find(upper(name));
        if (found != byName.end()) {
            out += found->second;
            i = close + 1;
        } else {
            // Not a variable: the first % stays, and the second may open a reference.
            out += '%';
            out += name;
            i = close;
        }
    }
    return out;
}

std::optional<std::string> composeSessionPath(const RegistryString& systemPath,
                                              const RegistryString& userPath,
                                              const std::map<std::string, std::string>& env) {
    if (!systemPath.present && !userPath.present)
        return std::nullopt;
    std::string out;
    for (const RegistryString* value : {&systemPath, &userPath})
        if (value->present)
            appendEntries(out,
                          value->expandable ? expandEnvironmentReferences(value->text, env) : value->text);
    return out;
}

} // namespace ld::platform
