#include "platform/display.h"

namespace ld::platform {

bool displayAvailable() {
    return true; // a desktop session always has one
}

} // namespace ld::platform
