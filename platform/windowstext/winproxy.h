#pragma once
// Windows' proxy settings (WinINET's per-user Internet Options, WinHTTP's default) as the one
// SystemProxy the engine reads on every OS. Pure, so tested here.

#include "platform/systemproxy.h"
#include "platform/types.h"

#include <vector>

namespace ld::platform {

// The first setting that names a proxy or auto-config wins (the user's before the machine's).
// "host:port" sets HTTP and HTTPS; "http=h:p;https=h:p;socks=h:p" sets each; the bypass list
// ("<local>;*.corp;10.*") becomes the exceptions.
SystemProxy systemProxyFromWinHttp(const std::vector<WinProxySetting>& settings);

} // namespace ld::platform
