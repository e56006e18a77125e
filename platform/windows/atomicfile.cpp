#include "platform/windows/atomicfile.h"
#include "platform/windows/winutil.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace ld::platform::windows_os {

bool writeFileAtomically(const std::string& path, const std::string& text, std::string* error) {
    const std::wstring target = wide(path);
    const std::wstring temporary = target + L".tmp";
    const auto fail = [&](const std::string& what, DWORD code) {
        if (error)
            *error = what + ": " + systemMessage(code);
        DeleteFileW(temporary.c_str());
        return false;
    };
    HANDLE file = CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        const DWORD code = GetLastError();
        if (error)
            *error = path + ".tmp: " + systemMessage(code);
        return false;
    }
    std::size_t done = 0;
    while (done < text.size()) {
        const DWORD chunk = DWORD(std::min<std::size_t>(text.size() - done, 1u << 20));
        DWORD written = 0;
        if (!WriteFile(file, text.data() + done, chunk, &written, nullptr) || written == 0) {
            const DWORD code = GetLastError();
            CloseHandle(file);
            return fail(path + ".tmp could not be written", code);
        }
        done += written;
    }
    if (!FlushFileBuffers(file)) {
        const DWORD code = GetLastError();
        CloseHandle(file);
        return fail(path + ".tmp could not be flushed", code);
    }
    if (!CloseHandle(file))
        return fail(path + ".tmp could not be closed", GetLastError());
    if (!MoveFileExW(temporary.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return fail(path, GetLastError());
    return true;
}

} // namespace ld::platform::windows_os
