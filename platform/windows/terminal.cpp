// Colour on the Windows console: only on a real console (not a pipe or file), NO_COLOR unset, and
// once ENABLE_VIRTUAL_TERMINAL_PROCESSING could be switched on (Windows 10 1511 and later).

#include "platform/terminal.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <cstdlib>

namespace ld::platform {

bool stdoutWantsColour() {
    if (std::getenv("NO_COLOR"))
        return false;
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    DWORD mode = 0;
    if (out == INVALID_HANDLE_VALUE || !out || GetFileType(out) != FILE_TYPE_CHAR ||
        !GetConsoleMode(out, &mode))
        return false;
    if (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING)
        return true;
    return SetConsoleMode(out, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;
}

} // namespace ld::platform
