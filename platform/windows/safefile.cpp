// The safe writer and the regular-file reader on Windows: a temporary file beside the target,
// every write checked, FlushFileBuffers, read back and compared, then MoveFileEx with
// MOVEFILE_WRITE_THROUGH; on any failure the temporary file is deleted and the original untouched.

#include "platform/safefile.h"
#include "platform/windows/winutil.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <algorithm>

namespace ld::platform {

namespace {

WriteError classify(DWORD code) {
    switch (code) {
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return WriteError::NoSpace;
    case ERROR_WRITE_PROTECT:
        return WriteError::ReadOnly;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return WriteError::Denied;
    case ERROR_PATH_NOT_FOUND:
        return WriteError::NoFolder;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return WriteError::Exists;
    default:
        return WriteError::Other;
    }
}

std::string folderOf(const std::string& path) {
    const auto slash = path.find_last_of("\\/");
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

WriteResult failure(const std::string& path, const std::string& step, DWORD code) {
    WriteResult result;
    result.error = classify(code);
    result.code = int(code);
    result.step = step;
    result.path = path;
    result.volume = folderOf(path);
    result.detail = windows_os::systemMessage(code);
    return result;
}

bool injected(const char* step, const std::string& path, DWORD* code) {
    int value = 0;
    if (!detail::injectedFault(step, path, &value))
        return false;
    *code = DWORD(value);
    return true;
}

} // namespace

ReadResult readRegularFile(const std::string& path, std::int64_t maxBytes) {
    ReadResult result;
    const std::wstring name = windows_os::wide(path);
    const DWORD attributes = GetFileAttributesW(name.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES) {
        result.error = ReadError::Missing;
        result.code = int(GetLastError());
        result.detail = windows_os::systemMessage(DWORD(result.code));
        return result;
    }
    if (attributes & FILE_ATTRIBUTE_DIRECTORY) {
        result.error = ReadError::NotRegular;
        result.kind = FileKind::Directory;
        return result;
    }
    HANDLE file = CreateFileW(name.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        result.error = GetLastError() == ERROR_ACCESS_DENIED ? ReadError::Denied : ReadError::Other;
        result.code = int(GetLastError());
        result.detail = windows_os::systemMessage(DWORD(result.code));
        return result;
    }
    // Pipes, consoles and devices are not disk files: refused before any read could block.
    if (GetFileType(file) != FILE_TYPE_DISK) {
        CloseHandle(file);
        result.error = ReadError::NotRegular;
        result.kind = FileKind::Device;
        return result;
    }
    result.kind = FileKind::Regular;
    LARGE_INTEGER size{};
    GetFileSizeEx(file, &size);
    result.size = size.QuadPart;
    if (size.QuadPart > maxBytes) {
        CloseHandle(file);
        result.error = ReadError::TooBig;
        return result;
    }
    result.bytes.resize(std::size_t(size.QuadPart));
    std::size_t done = 0;
    while (done < result.bytes.size()) {
        DWORD got = 0;
        const DWORD chunk = DWORD(std::min<std::size_t>(result.bytes.size() - done, 1u << 20));
        if (!ReadFile(file, result.bytes.data() + done, chunk, &got, nullptr) || got == 0)
            break;
        done += got;
    }
    result.bytes.resize(done);
    CloseHandle(file);
    return result;
}

WriteResult writeFileSafely(const std::string& path, std::string_view bytes, const WriteOptions& options) {
    const std::wstring target = windows_os::wide(path);
    const DWORD existing = GetFileAttributesW(target.c_str());
    if (existing != INVALID_FILE_ATTRIBUTES && (existing & FILE_ATTRIBUTE_DIRECTORY)) {
        WriteResult result = failure(path, "create", ERROR_ACCESS_DENIED);
        result.error = WriteError::NotRegular;
        return result;
    }
    if (options.mustNotExist && existing != INVALID_FILE_ATTRIBUTES)
        return failure(path, "create", ERROR_FILE_EXISTS);
    const std::wstring temporary = target + L".ld-tmp";
    DWORD code = 0;
    const auto fail = [&](const char* step, DWORD error) {
        DeleteFileW(temporary.c_str());
        return failure(path, step, error);
    };
    HANDLE file = CreateFileW(temporary.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                              FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE || injected("create", path, &code)) {
        if (file != INVALID_HANDLE_VALUE)
            CloseHandle(file);
        return fail("create", code ? code : GetLastError());
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const DWORD chunk = DWORD(std::min<std::size_t>(bytes.size() - done, 1u << 20));
        DWORD written = 0;
        if (!WriteFile(file, bytes.data() + done, chunk, &written, nullptr) || written == 0 ||
            injected("write", path, &code)) {
            const DWORD error = code ? code : GetLastError();
            CloseHandle(file);
            return fail("write", error);
        }
        done += written;
    }
    if (!FlushFileBuffers(file) || injected("sync", path, &code)) {
        const DWORD error = code ? code : GetLastError();
        CloseHandle(file);
        return fail("sync", error);
    }
    // Read back what reached the file and compare.
    std::string back(bytes.size(), '\0');
    SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    std::size_t read = 0;
    while (read < back.size()) {
        DWORD got = 0;
        if (!ReadFile(file, back.data() + read, DWORD(std::min<std::size_t>(back.size() - read, 1u << 20)),
                      &got, nullptr) ||
            got == 0)
            break;
        read += got;
    }
    if (read != bytes.size() || back != bytes || injected("verify", path, &code)) {
        CloseHandle(file);
        WriteResult result = fail("verify", code ? code : ERROR_CRC);
        result.error = WriteError::Verify;
        return result;
    }
    if (!CloseHandle(file))
        return fail("close", GetLastError());
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (options.mustNotExist ? 0 : MOVEFILE_REPLACE_EXISTING);
    if (!MoveFileExW(temporary.c_str(), target.c_str(), flags) || injected("rename", path, &code))
        return fail("rename", code ? code : GetLastError());
    WriteResult ok;
    ok.path = path;
    return ok;
}

} // namespace ld::platform
