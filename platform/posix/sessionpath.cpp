#include "platform/sessionpath.h"

namespace ld::platform {

std::optional<std::string> registrySessionPath() {
    return std::nullopt; // no registry: the desktop session's PATH is asked elsewhere
}

} // namespace ld::platform
