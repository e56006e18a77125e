#pragma once
// The older std-only entry point, kept for the macOS LaunchAgent: a thin wrapper over
// platform/safefile.h's writeFileSafely (temporary file, fsync, read-back, rename).

#include <string>

namespace ld::platform::posix {

// Writes `text` to `path` with writeFileSafely; on failure says why in `error` (naming the disk)
// and leaves the original as it was and nothing behind.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string* error);

} // namespace ld::platform::posix
