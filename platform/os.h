#pragma once

namespace ld::platform {

// The OS this was built for: "linux", "windows" or "macos". Chosen by the per-OS file CMake picks.
const char* osName();

} // namespace ld::platform
