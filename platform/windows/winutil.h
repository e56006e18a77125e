#pragma once
// Small Win32 helpers for the Windows collectors: UTF-8 <-> UTF-16, error texts, running a console
// tool with a deadline. Windows-only (compiled by CMake for Windows).

#include <chrono>
#include <string>

namespace ld::platform::windows_os {

std::wstring wide(const std::string& text);
std::string narrow(const std::wstring& text);
std::string narrow(const wchar_t* text, std::size_t size);
// FormatMessage's text for a Win32 or Winsock error code, without the line end.
std::string systemMessage(unsigned long code);

struct RunOutput {
    bool started = false;
    bool timedOut = false;
    unsigned long exitCode = 0;
    std::string out; // stdout and stderr together, converted from the console's OEM code page to UTF-8
    std::string raw; // the same bytes as the program wrote them (wsl.exe writes UTF-16LE)
    std::string error;
};

// Runs `commandLine` (e.g. "netsh advfirewall show allprofiles") with no window, stdin empty,
// output bounded to 1 MiB; killed after `timeout`.
RunOutput run(const std::string& commandLine, std::chrono::milliseconds timeout);

// %SystemRoot% (C:\Windows), from the environment, else GetSystemWindowsDirectoryW.
std::string systemRoot();

} // namespace ld::platform::windows_os
