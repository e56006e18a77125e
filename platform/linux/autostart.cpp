// XDG autostart: $XDG_CONFIG_HOME/autostart/ID.desktop (~/.config when unset).
#include "platform/autostart.h"
#include "platform/safefile.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ld::platform {

namespace {

std::string autostartDirectory() {
    const char* config = std::getenv("XDG_CONFIG_HOME");
    if (config && *config == '/')
        return std::string(config) + "/autostart";
    const char* home = std::getenv("HOME");
    return std::string(home ? home : "") + "/.config/autostart";
}

bool makeDirectories(const std::string& path) {
    for (std::size_t slash = path.find('/', 1);; slash = path.find('/', slash + 1)) {
        const std::string part = path.substr(0, slash);
        if (::mkdir(part.c_str(), 0700) != 0 && errno != EEXIST)
            return false;
        if (slash == std::string::npos)
            return true;
    }
}

} // namespace

std::string autostartLocation(const AutostartEntry& entry) {
    return autostartDirectory() + "/" + entry.id + ".desktop";
}

bool autostartEnabled(const AutostartEntry& entry) {
    std::ifstream file(autostartLocation(entry));
    if (!file)
        return false;
    // A user may have switched it off in their desktop's settings, which keep the file.
    for (std::string line; std::getline(file, line);)
        if (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false")
            return false;
    return true;
}

bool setAutostart(const AutostartEntry& entry, bool enabled, std::string* error) {
    const std::string path = autostartLocation(entry);
    if (!enabled) {
        if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
            if (error)
                *error = path + ": " + std::strerror(errno);
            return false;
        }
        return true;
    }
    if (!makeDirectories(autostartDirectory())) {
        if (error)
            *error = autostartDirectory() + ": " + std::strerror(errno);
        return false;
    }
    const WriteResult result = writeFileSafely(path, desktopEntryText(entry));
    if (!result.ok() && error)
        *error = SafeFile::failureMessage(result).toStdString();
    return result.ok();
}

} // namespace ld::platform
