#pragma once
// Atomic file replacement on Windows, with the interface of platform/posix/atomicfile.h.

#include <string>

namespace ld::platform::windows_os {

// Writes `text` (UTF-8 path) to a temporary file beside `path`, flushes it to disk, then moves it
// over `path` (MoveFileExW, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH), so a crash leaves
// either the old file or the new one. Every write and the flush are checked; on failure says why
// in `error` and leaves nothing behind.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string* error);

} // namespace ld::platform::windows_os
