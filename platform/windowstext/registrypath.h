#pragma once
// The PATH Windows gives a program started from Explorer or the Start menu (Claude Desktop and the
// MCP servers it starts): the system Path, then the user's, each as the registry holds it. Pure, so
// tested on every OS; platform/sessionpath.h reads the real registry on Windows.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace ld::platform {

struct RegistryString {
    bool present = false;
    bool expandable = false; // REG_EXPAND_SZ: %NAME% references are expanded when a program starts
    std::string text;
};

// %NAME% replaced by the variable's value (names case-insensitive, as on Windows); an unknown
// name or a lone % stays as written, as ExpandEnvironmentStrings leaves it.
std::string expandEnvironmentReferences(std::string_view text, const std::map<std::string, std::string>& env);

// HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Environment\Path, then
// HKCU\Environment\Path, joined with ';' (empty entries dropped); each expanded when it is a
// REG_EXPAND_SZ. nullopt when neither value is there.
std::optional<std::string> composeSessionPath(const RegistryString& systemPath,
                                              const RegistryString& userPath,
                                              const std::map<std::string, std::string>& env);

} // namespace ld::platform
