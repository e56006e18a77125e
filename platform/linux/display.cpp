#include "platform/display.h"

#include <cstdlib>

namespace ld::platform {

bool displayAvailable() {
    const auto set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value;
    };
    // QT_QPA_PLATFORM=offscreen (tests, screenshots) needs no display either.
    return set("DISPLAY") || set("WAYLAND_DISPLAY") || set("QT_QPA_PLATFORM");
}

} // namespace ld::platform
