// The real Windows system behind platform/system.h: iphlpapi for sockets, Win32 for processes,
// Winsock for connects and binds, netsh text (parsed by platform/windowstext/) for port policy,
// COM or netsh for the firewall, WinHTTP for the system proxy, wsl.exe and .wslconfig for WSL.

#include "platform/hostsfile.h"
#include "platform/log.h"
#include "platform/os.h"
#include "platform/system.h"
#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <spdlog/spdlog.h>

namespace ld::platform {
namespace {

std::string windowsVersion() {
    using GetVersion = LONG(WINAPI*)(OSVERSIONINFOW*);
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    std::string version = "Windows";
    if (const auto rtl =
            reinterpret_cast<GetVersion>(reinterpret_cast<void*>(GetProcAddress(ntdll, "RtlGetVersion")))) {
        OSVERSIONINFOW info{};
        info.dwOSVersionInfoSize = sizeof info;
        if (rtl(&info) == 0)
            version += " " + std::to_string(info.dwMajorVersion) + "." + std::to_string(info.dwMinorVersion) +
                       " build " + std::to_string(info.dwBuildNumber);
    }
    // Wine says so through an export of its own ntdll.
    using WineVersion = const char*(CDECL*)();
    if (const auto wine =
            reinterpret_cast<WineVersion>(reinterpret_cast<void*>(GetProcAddress(ntdll, "wine_get_version"))))
        version += std::string(", Wine ") + wine();
    return version;
}

class WindowsSystem final : public System {
public:
    std::string osName() const override { return platform::osName(); }
    std::string osVersion() const override { return windowsVersion(); }

    std::vector<Socket> sockets(const SocketQuery& query) override { return windows_os::sockets(query); }

    // The sockets' "inodes" are their owning pids (see windows_os::sockets).
    std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes) override {
        std::map<std::uint64_t, ProcessInfo> owners;
        for (const std::uint64_t pid : std::set<std::uint64_t>(inodes.begin(), inodes.end())) {
            if (pid == 0)
                continue;
            if (auto info = windows_os::processInfo(std::int64_t(pid)))
                owners.emplace(pid, std::move(*info));
        }
        return owners;
    }

    std::optional<ProcessInfo> process(std::int64_t pid) override { return windows_os::processInfo(pid); }
    std::uint32_t currentUid() const override { return windows_os::currentUserRid(); }
    std::string userName(std::uint32_t uid) override { return windows_os::userNameForRid(uid); }
    bool elevated() const override { return windows_os::currentProcessElevated(); }

    PortPolicy portPolicy() override { return windows_os::portPolicy(); }

    HostsFile hostsFile() override {
        const std::string path = windows_os::systemRoot() + "\\System32\\drivers\\etc\\hosts";
        std::ifstream in(std::filesystem::path(windows_os::wide(path)), std::ios::binary);
        if (in) {
            std::string text;
            char chunk[8192];
            while (text.size() < 4 * 1024 * 1024 && in.read(chunk, sizeof chunk).gcount() > 0)
                text.append(chunk, std::size_t(in.gcount()));
            if (!in.bad())
                return parseHostsFile(text, path);
        }
        log::get(log::Area::Platform).warn("cannot read {}", path);
        HostsFile hosts;
        hosts.path = path;
        return hosts;
    }

    std::vector<IpAddress> resolve(const std::string& host, std::string* error) override {
        return windows_os::resolve(host, error);
    }

    std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                           std::chrono::milliseconds timeout) override {
        return windows_os::connectAll(addresses, port, timeout);
    }

    Exchange exchange(const IpAddress& address, std::uint16_t port, const std::string& request,
                      std::chrono::milliseconds timeout, std::size_t maxBytes) override {
        return windows_os::exchange(address, port, request, timeout, maxBytes);
    }

    bool canBind(Proto proto, const IpAddress& address, std::uint16_t port) override {
        return windows_os::canBind(proto, address, port);
    }

    FirewallReading readFirewall() override { return windows_os::readFirewall(); }

    StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded,
                           std::chrono::milliseconds grace) override {
        return windows_os::stopProcess(expected, killIfNeeded, grace);
    }

    std::map<std::string, std::string> environment() override {
        std::map<std::string, std::string> out;
        wchar_t* block = GetEnvironmentStringsW();
        for (const wchar_t* entry = block; entry && *entry; entry += wcslen(entry) + 1) {
            const std::wstring text(entry);
            const auto equals = text.find(L'=', 1); // "=C:=C:\..." entries start with '='
            if (equals == std::wstring::npos || text.front() == L'=')
                continue;
            out.emplace(windows_os::narrow(text.substr(0, equals)),
                        windows_os::narrow(text.substr(equals + 1)));
        }
        if (block)
            FreeEnvironmentStringsW(block);
        return out;
    }

    SystemProxy systemProxy() override { return windows_os::systemProxy(); }
    WslFacts wsl() override { return windows_os::wslFacts(); }
};

} // namespace

std::unique_ptr<System> createSystem() {
    return std::make_unique<WindowsSystem>();
}

} // namespace ld::platform
