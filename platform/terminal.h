#pragma once

namespace ld::platform {

// Whether standard output is a terminal that shows colour (not a pipe, not a file, NO_COLOR unset).
bool stdoutWantsColour();

} // namespace ld::platform
