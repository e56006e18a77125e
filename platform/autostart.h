#pragma once
// "Start at login" for the tray: an XDG autostart .desktop file on Linux, a value under the Run
// key on Windows, a LaunchAgent plist on macOS. The texts are built by pure functions here
// (compiled and tested on every OS); platform/<os>/autostart.cpp reads and writes them. No Qt,
// so the Windows file builds with the plain Win32 toolchain as the other collectors do.

#include <string>
#include <vector>

namespace ld::platform {

struct AutostartEntry {
    std::string id = "localhost-doctor-tray"; // file name / value name / launchd label suffix
    std::string name = "Localhost Doctor";
    std::string comment;
    std::vector<std::string> command; // program, then its arguments (UTF-8)
};

// The .desktop file (Exec quoted as the Desktop Entry spec asks).
std::string desktopEntryText(const AutostartEntry& entry);
// The LaunchAgent plist: label, ProgramArguments, RunAtLoad.
std::string launchAgentText(const AutostartEntry& entry);
// One command line as Windows parses it (CommandLineToArgvW rules).
std::string windowsCommandLine(const std::vector<std::string>& command);
// The launchd label: "org.localhost-doctor." + id.
std::string launchAgentLabel(const AutostartEntry& entry);

// Per OS (platform/<os>/autostart.cpp).
// Where the entry lives: a file path, or HKCU\...\Run\id on Windows.
std::string autostartLocation(const AutostartEntry& entry);
bool autostartEnabled(const AutostartEntry& entry);
// Writes or removes the entry; false with *error when that failed.
bool setAutostart(const AutostartEntry& entry, bool enabled, std::string* error);

} // namespace ld::platform
