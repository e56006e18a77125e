#pragma once

#include <string>

namespace ld::platform::posix {

// Writes `text` to a temporary file beside `path`, then renames it over `path`, so a crash leaves
// either the old file or the new one. On failure says why in `error` and leaves nothing behind.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string* error);

} // namespace ld::platform::posix
