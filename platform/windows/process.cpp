// A process's facts on Windows: image path (QueryFullProcessImageNameW), creation time, user (its
// token), command line (NtQueryInformationProcess, where the OS lets us read it).

#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <map>
#include <memory>
#include <mutex>

namespace ld::platform::windows_os {
namespace {

std::mutex g_namesMutex;
std::map<std::uint32_t, std::string> g_names; // RID -> DOMAIN\name, from the tokens seen

struct Handle {
    HANDLE value = nullptr;
    ~Handle() {
        if (value)
            CloseHandle(value);
    }
};

struct TokenUserInfo {
    std::uint32_t rid = 0;
    std::string name;
    bool ok = false;
};

TokenUserInfo tokenUser(HANDLE process) {
    TokenUserInfo info;
    Handle token;
    if (!OpenProcessToken(process, TOKEN_QUERY, &token.value))
        return info;
    DWORD size = 0;
    GetTokenInformation(token.value, TokenUser, nullptr, 0, &size);
    if (size == 0 || size > 64 * 1024)
        return info;
    std::unique_ptr<unsigned char[]> buffer(new unsigned char[size]);
    if (!GetTokenInformation(token.value, TokenUser, buffer.get(), size, &size))
        return info;
    PSID sid = reinterpret_cast<TOKEN_USER*>(buffer.get())->User.Sid;
    if (!IsValidSid(sid))
        return info;
    const UCHAR count = *GetSidSubAuthorityCount(sid);
    info.rid = count > 0 ? std::uint32_t(*GetSidSubAuthority(sid, count - 1)) : 0;
    wchar_t name[256] = {};
    wchar_t domain[256] = {};
    DWORD nameSize = 256;
    DWORD domainSize = 256;
    SID_NAME_USE use;
    if (LookupAccountSidW(nullptr, sid, name, &nameSize, domain, &domainSize, &use)) {
        info.name = narrow(domain, domainSize);
        if (!info.name.empty())
            info.name += '\\';
        info.name += narrow(name, nameSize);
    }
    info.ok = true;
    std::lock_guard lock(g_namesMutex);
    if (!info.name.empty())
        g_names[info.rid] = info.name;
    return info;
}

// The command line of another process: NtQueryInformationProcess(ProcessCommandLineInformation),
// Windows 8.1 and later. Empty where that is refused (Wine: STATUS_INVALID_INFO_CLASS).
std::string commandLine(HANDLE process) {
    using Query = LONG(WINAPI*)(HANDLE, int, void*, ULONG, ULONG*);
    static const auto query = reinterpret_cast<Query>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "NtQueryInformationProcess")));
    if (!query)
        return {};
    constexpr int kProcessCommandLineInformation = 60;
    struct UnicodeString {
        USHORT Length;
        USHORT MaximumLength;
        PWSTR Buffer;
    };
    ULONG size = 0;
    query(process, kProcessCommandLineInformation, nullptr, 0, &size);
    if (size < sizeof(UnicodeString) || size > 1024 * 1024)
        return {};
    std::unique_ptr<unsigned char[]> buffer(new unsigned char[size]);
    if (query(process, kProcessCommandLineInformation, buffer.get(), size, &size) < 0)
        return {};
    const auto* text = reinterpret_cast<const UnicodeString*>(buffer.get());
    if (!text->Buffer || text->Length == 0)
        return {};
    return narrow(text->Buffer, text->Length / sizeof(wchar_t));
}

std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of("\\/");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

} // namespace

std::optional<ProcessInfo> processInfo(std::int64_t pid) {
    if (pid <= 0 || pid > std::int64_t(0xFFFFFFFFu))
        return std::nullopt;
    Handle process;
    process.value = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process.value)
        return std::nullopt; // gone, or access denied: the owner stays hidden
    ProcessInfo info;
    info.pid = pid;
    wchar_t path[32768];
    DWORD length = DWORD(std::size(path));
    if (QueryFullProcessImageNameW(process.value, 0, path, &length))
        info.executable = narrow(path, length);
    info.program = baseName(info.executable);
    FILETIME created{};
    FILETIME exited{};
    FILETIME kernel{};
    FILETIME user{};
    if (GetProcessTimes(process.value, &created, &exited, &kernel, &user))
        info.startTime = (std::uint64_t(created.dwHighDateTime) << 32) | created.dwLowDateTime;
    const TokenUserInfo owner = tokenUser(process.value);
    if (owner.ok) {
        info.uid = owner.rid;
        info.user = owner.name;
    }
    info.commandLine = commandLine(process.value);
    if (info.executable.empty() && info.startTime == 0)
        return std::nullopt; // nothing could be read: as good as hidden
    return info;
}

std::uint32_t currentUserRid() {
    static const std::uint32_t rid = tokenUser(GetCurrentProcess()).rid;
    return rid;
}

bool currentProcessElevated() {
    Handle token;
    if (!OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token.value))
        return false;
    TOKEN_ELEVATION elevation{};
    DWORD size = sizeof elevation;
    return GetTokenInformation(token.value, TokenElevation, &elevation, size, &size) &&
           elevation.TokenIsElevated;
}

std::string userNameForRid(std::uint32_t rid) {
    currentUserRid(); // makes sure our own user is known
    std::lock_guard lock(g_namesMutex);
    const auto it = g_names.find(rid);
    return it == g_names.end() ? std::string() : it->second;
}

} // namespace ld::platform::windows_os
