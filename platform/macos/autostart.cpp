// macOS: a LaunchAgent, ~/Library/LaunchAgents/LABEL.plist, loaded by launchd at the next login.
#include "platform/autostart.h"
#include "platform/posix/atomicfile.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace ld::platform {

namespace {

std::string agentsDirectory() {
    const char* home = std::getenv("HOME");
    return std::string(home ? home : "") + "/Library/LaunchAgents";
}

} // namespace

std::string autostartLocation(const AutostartEntry& entry) {
    return agentsDirectory() + "/" + launchAgentLabel(entry) + ".plist";
}

bool autostartEnabled(const AutostartEntry& entry) {
    struct stat info {};
    return ::stat(autostartLocation(entry).c_str(), &info) == 0;
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
    // ~/Library exists on every macOS account; LaunchAgents may not yet.
    if (::mkdir(agentsDirectory().c_str(), 0755) != 0 && errno != EEXIST) {
        if (error)
            *error = agentsDirectory() + ": " + std::strerror(errno);
        return false;
    }
    return posix::writeFileAtomically(path, launchAgentText(entry), error);
}

} // namespace ld::platform
