// Stopping a process on Windows, safely: never the system's own processes or ourselves, never
// with elevation we do not have, and only after checking, right before TerminateProcess, that the
// pid still names the process the user was shown (creation time and image path). The open handle
// pins the process object, so the pid can't be reused between that check and the end.

#include "platform/log.h"
#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <spdlog/spdlog.h>

namespace ld::platform::windows_os {
namespace {

std::string describe(const ProcessInfo& process) {
    const std::string name = process.program.empty() ? std::string("process") : process.program;
    return name + " (pid " + std::to_string(process.pid) + ")";
}

struct CloseRequest {
    DWORD pid;
    int windows;
};

// The polite way on Windows: WM_CLOSE to the process's visible top-level windows.
BOOL CALLBACK closeWindow(HWND window, LPARAM data) {
    auto* request = reinterpret_cast<CloseRequest*>(data);
    DWORD owner = 0;
    GetWindowThreadProcessId(window, &owner);
    if (owner == request->pid && IsWindowVisible(window)) {
        PostMessageW(window, WM_CLOSE, 0, 0);
        ++request->windows;
    }
    return TRUE;
}

} // namespace

StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded, std::chrono::milliseconds grace) {
    auto& log = log::get(log::Area::Platform);
    const std::int64_t pid = expected.pid;
    if (pid <= 4)
        return {StopOutcome::Refused, "pid " + std::to_string(pid) + " is part of Windows itself"};
    if (pid == std::int64_t(GetCurrentProcessId()))
        return {StopOutcome::Refused, "that is this program itself"};
    if (pid > std::int64_t(0xFFFFFFFFu))
        return {StopOutcome::Gone, "no process has pid " + std::to_string(pid)};
    if (expected.startTime == 0 && expected.executable.empty())
        return {StopOutcome::Refused, "nothing to check that pid " + std::to_string(pid) +
                                          " is still the same process (no start time or executable)"};

    HANDLE process =
        OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | PROCESS_TERMINATE | SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process) {
        const DWORD error = GetLastError();
        if (error == ERROR_INVALID_PARAMETER)
            return {StopOutcome::Gone, describe(expected) + " has already ended"};
        if (error == ERROR_ACCESS_DENIED)
            return {StopOutcome::Refused,
                    describe(expected) + " belongs to another user or to an elevated program; only an "
                                         "administrator may stop it (this program never elevates itself)"};
        return {StopOutcome::Failed, "could not open " + describe(expected) + ": " + systemMessage(error)};
    }
    struct Closer {
        HANDLE handle;
        ~Closer() { CloseHandle(handle); }
    } closer{process};
    if (WaitForSingleObject(process, 0) == WAIT_OBJECT_0)
        return {StopOutcome::Gone, describe(expected) + " has already ended"};

    // Checked through the handle: from here on it can only end this very process.
    FILETIME created{};
    FILETIME exited{};
    FILETIME kernel{};
    FILETIME user{};
    std::uint64_t startTime = 0;
    if (GetProcessTimes(process, &created, &exited, &kernel, &user))
        startTime = (std::uint64_t(created.dwHighDateTime) << 32) | created.dwLowDateTime;
    wchar_t path[32768];
    DWORD length = DWORD(std::size(path));
    const std::string executable =
        QueryFullProcessImageNameW(process, 0, path, &length) ? narrow(path, length) : "";
    if ((expected.startTime != 0 && startTime != expected.startTime) ||
        (!expected.executable.empty() && !executable.empty() && executable != expected.executable)) {
        log.info("pid {} changed: start {} -> {}, exe '{}' -> '{}'", pid, expected.startTime, startTime,
                 expected.executable, executable);
        return {StopOutcome::Changed,
                "pid " + std::to_string(pid) +
                    " now belongs to another process; nothing was stopped. Check again."};
    }

    CloseRequest request{DWORD(pid), 0};
    EnumWindows(closeWindow, reinterpret_cast<LPARAM>(&request));
    if (request.windows > 0) {
        log.info("asked pid {} ({}) to close {} window(s)", pid, expected.program, request.windows);
        if (WaitForSingleObject(process, DWORD(std::max<long long>(grace.count(), 0))) == WAIT_OBJECT_0)
            return {StopOutcome::Terminated, describe(expected) + " closed when asked"};
    }
    if (!killIfNeeded) {
        return {StopOutcome::StillRunning,
                describe(expected) +
                    (request.windows > 0 ? " is still running after being asked to close"
                                         : " has no window to close") +
                    "; it can be ended (TerminateProcess)"};
    }
    log.info("TerminateProcess pid {} ({})", pid, expected.program);
    if (!TerminateProcess(process, 1)) {
        const DWORD error = GetLastError();
        if (error == ERROR_ACCESS_DENIED)
            return {StopOutcome::Refused,
                    "not allowed to end " + describe(expected) + ": " + systemMessage(error)};
        return {StopOutcome::Failed, "could not end " + describe(expected) + ": " + systemMessage(error)};
    }
    if (WaitForSingleObject(process, 3000) == WAIT_OBJECT_0)
        return {StopOutcome::Killed, describe(expected) + " was ended (TerminateProcess)"};
    return {StopOutcome::Failed, describe(expected) + " was ended but has not exited yet"};
}

} // namespace ld::platform::windows_os
