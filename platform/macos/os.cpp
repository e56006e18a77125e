#include "platform/os.h"

namespace ld::platform {

const char* osName() {
    return "macos";
}

} // namespace ld::platform
