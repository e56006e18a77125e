// What Windows knows of WSL: whether wsl.exe is there, the distros `wsl.exe -l -v` lists (and which
// run, from the language-free `wsl.exe -l --running -q`), and the networking keys of
// %USERPROFILE%\.wslconfig. Only reads: listing distros starts none of them.

#include "platform/log.h"
#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"
#include "platform/windowstext/wslparse.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <filesystem>
#include <fstream>
#include <spdlog/spdlog.h>

namespace ld::platform::windows_os {
namespace {

constexpr std::chrono::milliseconds kWslTimeout{5000};

std::string environmentValue(const wchar_t* name) {
    wchar_t buffer[MAX_PATH] = {};
    const DWORD length = GetEnvironmentVariableW(name, buffer, MAX_PATH);
    return length > 0 && length < MAX_PATH ? narrow(buffer, length) : std::string();
}

std::string userProfile() {
    std::string profile = environmentValue(L"USERPROFILE");
    if (profile.empty()) {
        const std::string drive = environmentValue(L"HOMEDRIVE");
        const std::string path = environmentValue(L"HOMEPATH");
        if (!drive.empty() && !path.empty())
            profile = drive + path;
    }
    return profile;
}

WslConfig readWslConfig() {
    WslConfig config;
    const std::string profile = userProfile();
    if (profile.empty()) {
        config.error = "USERPROFILE is not set";
        return config;
    }
    config.path = profile + "\\.wslconfig";
    const std::wstring path = wide(config.path);
    const DWORD attributes = GetFileAttributesW(path.c_str());
    if (attributes == INVALID_FILE_ATTRIBUTES || (attributes & FILE_ATTRIBUTE_DIRECTORY)) {
        config.exists = false; // no file: WSL's defaults (NAT, localhost forwarding on)
        return config;
    }
    config.exists = true;
    std::ifstream in(std::filesystem::path(path), std::ios::binary);
    std::string bytes;
    char chunk[8192];
    while (in && bytes.size() < 1024 * 1024 && in.read(chunk, sizeof chunk).gcount() > 0)
        bytes.append(chunk, std::size_t(in.gcount()));
    if (!in.eof() && (in.bad() || !in)) {
        config.error = "cannot read " + config.path;
        return config;
    }
    WslConfig parsed = parseWslConfig(consoleTextToUtf8(bytes));
    parsed.path = config.path;
    parsed.exists = true;
    parsed.readable = true;
    return parsed;
}

} // namespace

WslFacts wslFacts() {
    WslFacts facts;
    facts.applicable = true;
    facts.wslExe = systemRoot() + "\\System32\\wsl.exe";
    facts.config = readWslConfig();
    const DWORD attributes = GetFileAttributesW(wide(facts.wslExe).c_str());
    facts.wslExePresent = attributes != INVALID_FILE_ATTRIBUTES && !(attributes & FILE_ATTRIBUTE_DIRECTORY);
    auto& logger = log::get(log::Area::Platform);
    if (!facts.wslExePresent) {
        facts.listError = "WSL is not installed (no " + facts.wslExe + ")";
        logger.debug("{}", facts.listError);
        return facts;
    }
    facts.listCommand = "\"" + facts.wslExe + "\" -l -v";
    const RunOutput list = run(facts.listCommand, kWslTimeout);
    facts.listText = consoleTextToUtf8(list.raw);
    if (!list.started) {
        facts.listError = "cannot run wsl.exe: " + list.error;
    } else if (list.timedOut) {
        facts.listError = "wsl.exe -l -v did not answer within 5 s";
    } else if (auto distros = parseWslListVerbose(facts.listText)) {
        facts.listed = true;
        facts.distros = std::move(*distros);
        const RunOutput running = run("\"" + facts.wslExe + "\" -l --running -q", kWslTimeout);
        if (running.started && !running.timedOut && running.exitCode == 0)
            markRunning(facts.distros, parseWslNameList(consoleTextToUtf8(running.raw)));
    } else {
        // Not installed (the inbox stub offers `wsl --install`), or no distro: said in the user's language.
        facts.listError =
            "wsl.exe -l -v listed no distribution (exit code " + std::to_string(list.exitCode) + ")";
    }
    logger.debug("WSL: {} distros, networkingMode '{}', .wslconfig {}", facts.distros.size(),
                 facts.config.networkingMode, facts.config.exists ? facts.config.path : "absent");
    return facts;
}

} // namespace ld::platform::windows_os
