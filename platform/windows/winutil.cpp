// Win32 helpers for the Windows collectors (see winutil.h).

#include "platform/windows/winutil.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <vector>

namespace ld::platform::windows_os {

std::wstring wide(const std::string& text) {
    if (text.empty())
        return {};
    const int size = MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), nullptr, 0);
    std::wstring out(std::size_t(size > 0 ? size : 0), L'\0');
    if (size > 0)
        MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), out.data(), size);
    return out;
}

std::string narrow(const wchar_t* text, std::size_t size) {
    if (!text || size == 0)
        return {};
    const int bytes = WideCharToMultiByte(CP_UTF8, 0, text, int(size), nullptr, 0, nullptr, nullptr);
    std::string out(std::size_t(bytes > 0 ? bytes : 0), '\0');
    if (bytes > 0)
        WideCharToMultiByte(CP_UTF8, 0, text, int(size), out.data(), bytes, nullptr, nullptr);
    return out;
}

std::string narrow(const std::wstring& text) {
    return narrow(text.data(), text.size());
}

std::string systemMessage(unsigned long code) {
    wchar_t buffer[512] = {};
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                                        DWORD(code), 0, buffer, DWORD(std::size(buffer)), nullptr);
    std::string text = narrow(buffer, length);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' '))
        text.pop_back();
    return text.empty() ? "error " + std::to_string(code) : text + " (" + std::to_string(code) + ")";
}

namespace {

std::string fromOem(const std::string& bytes) {
    if (bytes.empty())
        return {};
    // Console tools write in the console's code page (CP_OEMCP when there is no console).
    const UINT codePage = GetConsoleOutputCP() ? GetConsoleOutputCP() : CP_OEMCP;
    const int size = MultiByteToWideChar(codePage, 0, bytes.data(), int(bytes.size()), nullptr, 0);
    if (size <= 0)
        return bytes;
    std::wstring text(std::size_t(size), L'\0');
    MultiByteToWideChar(codePage, 0, bytes.data(), int(bytes.size()), text.data(), size);
    return narrow(text);
}

} // namespace

RunOutput run(const std::string& commandLine, std::chrono::milliseconds timeout) {
    RunOutput result;
    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    HANDLE readEnd = nullptr;
    HANDLE writeEnd = nullptr;
    if (!CreatePipe(&readEnd, &writeEnd, &inherit, 0)) {
        result.error = systemMessage(GetLastError());
        return result;
    }
    SetHandleInformation(readEnd, HANDLE_FLAG_INHERIT, 0);
    HANDLE nul = CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                             OPEN_EXISTING, 0, nullptr);
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = nul;
    startup.hStdOutput = writeEnd;
    startup.hStdError = writeEnd;
    PROCESS_INFORMATION process{};
    std::wstring line = wide(commandLine);
    const BOOL created = CreateProcessW(nullptr, line.data(), nullptr, nullptr, TRUE, CREATE_NO_WINDOW,
                                        nullptr, nullptr, &startup, &process);
    const DWORD createError = GetLastError();
    CloseHandle(writeEnd);
    if (nul != INVALID_HANDLE_VALUE)
        CloseHandle(nul);
    if (!created) {
        CloseHandle(readEnd);
        result.error = systemMessage(createError);
        return result;
    }
    result.started = true;
    CloseHandle(process.hThread);

    // Read until the pipe closes or the deadline passes; PeekNamedPipe keeps each read bounded.
    constexpr std::size_t kLimit = 1024 * 1024;
    std::string bytes;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[8192];
    for (;;) {
        DWORD available = 0;
        if (!PeekNamedPipe(readEnd, nullptr, 0, nullptr, &available, nullptr))
            break; // the writer closed: everything was read
        if (available > 0) {
            DWORD got = 0;
            if (!ReadFile(readEnd, buffer, DWORD(std::min<std::size_t>(sizeof buffer, available)), &got,
                          nullptr) ||
                got == 0)
                break;
            if (bytes.size() < kLimit)
                bytes.append(buffer, std::min<std::size_t>(got, kLimit - bytes.size()));
            continue;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            result.timedOut = true;
            break;
        }
        if (WaitForSingleObject(process.hProcess, 10) == WAIT_OBJECT_0) {
            DWORD left = 0;
            if (!PeekNamedPipe(readEnd, nullptr, 0, nullptr, &left, nullptr) || left == 0)
                break;
        }
    }
    CloseHandle(readEnd);
    if (result.timedOut)
        TerminateProcess(process.hProcess, 1);
    WaitForSingleObject(process.hProcess, 2000);
    DWORD code = 0;
    GetExitCodeProcess(process.hProcess, &code);
    result.exitCode = code;
    CloseHandle(process.hProcess);
    result.out = fromOem(bytes);
    result.raw = std::move(bytes);
    return result;
}

std::string systemRoot() {
    wchar_t buffer[MAX_PATH] = {};
    DWORD length = GetEnvironmentVariableW(L"SystemRoot", buffer, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        length = GetSystemWindowsDirectoryW(buffer, MAX_PATH);
    if (length == 0 || length >= MAX_PATH)
        return "C:\\Windows";
    return narrow(buffer, length);
}

} // namespace ld::platform::windows_os
