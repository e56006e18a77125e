#pragma once
// A pure parser for `scutil --proxy` (the macOS network preferences' proxy dictionary) into
// platform::SystemProxy. Compiled on every OS, tested on recorded outputs.

#include "platform/systemproxy.h"

#include <string_view>

namespace ld::platform::scutil {

// Only top-level keys count (nested dictionaries such as __SCOPED__ are skipped). An output with
// no "<dictionary> {" gives readable == false and the first line as error.
SystemProxy parseProxy(std::string_view text);

} // namespace ld::platform::scutil
