#include "platform/os.h"

namespace ld::platform {

const char* osName() {
    return "linux";
}

} // namespace ld::platform
