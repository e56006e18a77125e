// The registry's Path values, read as Explorer reads them for the programs it starts.

#include "platform/sessionpath.h"

#include "platform/windows/winutil.h"
#include "platform/windowstext/registrypath.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <map>
#include <vector>

namespace ld::platform {
namespace {

RegistryString readRegistryString(HKEY root, const wchar_t* key, const wchar_t* name) {
    RegistryString value;
    DWORD type = 0;
    DWORD bytes = 0;
    // RRF_NOEXPAND: the raw text, so that the expansion is ours (and tested).
    const DWORD flags = RRF_RT_REG_SZ | RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND;
    if (RegGetValueW(root, key, name, flags, &type, nullptr, &bytes) != ERROR_SUCCESS || bytes > 1 << 20)
        return value;
    std::vector<wchar_t> buffer(bytes / sizeof(wchar_t) + 2, L'\0');
    bytes = DWORD(buffer.size() * sizeof(wchar_t));
    if (RegGetValueW(root, key, name, flags, &type, buffer.data(), &bytes) != ERROR_SUCCESS)
        return value;
    value.present = true;
    value.expandable = type == REG_EXPAND_SZ;
    value.text = windows_os::narrow(std::wstring(buffer.data()));
    return value;
}

std::map<std::string, std::string> processEnvironment() {
    std::map<std::string, std::string> out;
    wchar_t* block = GetEnvironmentStringsW();
    for (const wchar_t* entry = block; entry && *entry; entry += wcslen(entry) + 1) {
        const std::wstring text(entry);
        const auto equals = text.find(L'=', 1);
        if (equals == std::wstring::npos || text.front() == L'=')
            continue;
        out.emplace(windows_os::narrow(text.substr(0, equals)), windows_os::narrow(text.substr(equals + 1)));
    }
    if (block)
        FreeEnvironmentStringsW(block);
    return out;
}

} // namespace

std::optional<std::string> registrySessionPath() {
    const RegistryString system = readRegistryString(
        HKEY_LOCAL_MACHINE, L"SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment", L"Path");
    const RegistryString user = readRegistryString(HKEY_CURRENT_USER, L"Environment", L"Path");
    return composeSessionPath(system, user, processEnvironment());
}

} // namespace ld::platform
