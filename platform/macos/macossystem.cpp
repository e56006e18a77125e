// createSystem() on macOS: the MacSystem of platform/maccommon over QProcess, with the POSIX
// socket calls and kill(). Everything else is compiled and tested on every OS.

#include "platform/maccommon/macsystem.h"
#include "platform/maccommon/qprocessrunner.h"
#include "platform/posix/connect.h"
#include "platform/posix/netcalls.h"

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

extern char** environ;

namespace ld::platform {
namespace {

// The runner is a base listed first, so that it exists before MacSystem is handed it.
struct RunnerHolder {
    QProcessRunner runner;
};

class MacOsSystem final : private RunnerHolder, public MacSystem {
public:
    MacOsSystem()
        : MacSystem(runner, services()) {}

private:
    static MacServices services() {
        MacServices s;
        s.connectAll = &platform::connectAll;
        s.canBind = &posix::canBind;
        s.resolve = &posix::resolve;
        s.signal = [](std::int64_t pid, MacServices::Signal signal) {
            const int number = signal == MacServices::Signal::Probe       ? 0
                               : signal == MacServices::Signal::Terminate ? SIGTERM
                                                                          : SIGKILL;
            if (::kill(pid_t(pid), number) == 0)
                return MacServices::SignalResult::Sent;
            if (errno == ESRCH)
                return MacServices::SignalResult::NoSuchProcess;
            // kill(pid, 0) on another user's live process: EPERM, yet it exists
            return errno == EPERM ? MacServices::SignalResult::NotPermitted
                                  : MacServices::SignalResult::Failed;
        };
        s.userName = [](std::uint32_t uid) {
            const passwd* entry = ::getpwuid(uid_t(uid));
            return entry && entry->pw_name ? std::string(entry->pw_name) : std::string();
        };
        s.environment = [] {
            std::map<std::string, std::string> out;
            for (char** entry = environ; entry && *entry; ++entry) {
                const std::string text(*entry);
                const auto equals = text.find('=');
                if (equals != std::string::npos && equals > 0)
                    out.emplace(text.substr(0, equals), text.substr(equals + 1));
            }
            return out;
        };
        s.uid = ::getuid();
        s.euid = ::geteuid();
        s.selfPid = ::getpid();
        return s;
    }
};

} // namespace

std::unique_ptr<System> createSystem() {
    return std::make_unique<MacOsSystem>();
}

} // namespace ld::platform
