#include "platform/terminal.h"

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace ld::platform {

bool stdoutWantsColour() {
    if (std::getenv("NO_COLOR"))
        return false;
    const char* term = std::getenv("TERM");
    if (term && std::strcmp(term, "dumb") == 0)
        return false;
    return ::isatty(STDOUT_FILENO) == 1;
}

} // namespace ld::platform
