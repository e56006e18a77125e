#include "platform/os.h"

namespace ld::platform {

const char* osName() {
    return "windows";
}

} // namespace ld::platform
