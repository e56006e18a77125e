// The proxy settings Windows keeps outside the environment: the user's Internet Options (WinINET,
// read through WinHttpGetIEProxyConfigForCurrentUser) and WinHTTP's machine default
// (WinHttpGetDefaultProxyConfiguration, what `netsh winhttp show proxy` shows).

#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"
#include "platform/windowstext/winproxy.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
// windows.h first
#include <winhttp.h>

namespace ld::platform::windows_os {
namespace {

// Takes a WinHTTP string and frees it with GlobalFree, as WinHTTP asks.
std::string take(LPWSTR text) {
    if (!text)
        return {};
    std::string out = narrow(text, wcslen(text));
    GlobalFree(text);
    return out;
}

} // namespace

SystemProxy systemProxy() {
    std::vector<WinProxySetting> settings;
    {
        WinProxySetting user;
        user.source = "winhttp-ie-user";
        WINHTTP_CURRENT_USER_IE_PROXY_CONFIG config{};
        if (WinHttpGetIEProxyConfigForCurrentUser(&config)) {
            user.autoDetect = config.fAutoDetect;
            user.autoConfigUrl = take(config.lpszAutoConfigUrl);
            user.server = take(config.lpszProxy);
            user.bypass = take(config.lpszProxyBypass);
        } else {
            user.error = systemMessage(GetLastError());
        }
        settings.push_back(std::move(user));
    }
    {
        WinProxySetting machine;
        machine.source = "winhttp-default";
        WINHTTP_PROXY_INFO info{};
        if (WinHttpGetDefaultProxyConfiguration(&info)) {
            const bool named = info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY;
            const std::string server = take(info.lpszProxy);
            const std::string bypass = take(info.lpszProxyBypass);
            if (named) {
                machine.server = server;
                machine.bypass = bypass;
            }
        } else {
            machine.error = systemMessage(GetLastError());
        }
        settings.push_back(std::move(machine));
    }
    return systemProxyFromWinHttp(settings);
}

} // namespace ld::platform::windows_os
