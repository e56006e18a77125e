#pragma once
// Pure parsers for what Windows says about WSL: the console bytes wsl.exe prints (UTF-16LE unless
// WSL_UTF8=1), its distro lists (`wsl.exe -l -v`, `wsl.exe -l --running -q`) and the user's
// %USERPROFILE%\.wslconfig. Compiled on every OS, tested on recorded and documented texts.

#include "platform/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ld::platform {

// Console bytes as UTF-8: UTF-16LE (a BOM, or NUL high bytes as wsl.exe writes to a pipe) is
// converted, a UTF-8 BOM dropped, anything else kept as it is. Lone surrogates become U+FFFD.
std::string consoleTextToUtf8(std::string_view bytes);

// `wsl.exe -l -v` (decoded): a header line (indented: the default-marker column is blank in it)
// then one row per distro, "* " marking the default, the version last and the state before it:
//     "  NAME      STATE           VERSION" / "* Ubuntu    Running         2"
// The header's words are not read (they may be translated); nullopt when no such table is there
// (WSL not installed, no distro, an error message in any language).
std::optional<std::vector<WslDistro>> parseWslListVerbose(std::string_view text);

// `wsl.exe -l --running -q` (decoded): one distro name per line, nothing else.
std::vector<std::string> parseWslNameList(std::string_view text);

// Marks the distros named in `running` as running (the quiet list's word is the language-free one).
void markRunning(std::vector<WslDistro>& distros, const std::vector<std::string>& running);

// The networking keys of a .wslconfig text, read as WSL reads them: `[section]` then
// `key = value`, names case-insensitive, `#` comments (also after a value, unless quoted), quotes
// removed, the first occurrence of a key counts; `wsl2.networkingMode` and its older name
// `experimental.networkingMode` are one key. Lines WSL would reject are skipped.
// Fills networkingMode*, localhostForwarding* of a WslConfig (path and existence are the caller's).
WslConfig parseWslConfig(std::string_view text);

// WSL's networking mode from the config: "nat" (also for unset and unknown values, as WSL falls
// back), "mirrored", "none", "bridged", "virtioproxy" (also its new name "consomme").
std::string effectiveNetworkingMode(const WslConfig& config);
// Whether NAT mode forwards Windows' localhost to WSL: true unless localhostForwarding is false.
bool effectiveLocalhostForwarding(const WslConfig& config);

} // namespace ld::platform
