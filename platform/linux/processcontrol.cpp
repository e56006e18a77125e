// Stopping a process, safely: never pid 1 or ourselves, never another user's process without
// root, and only after checking, right before the signal, that the pid still names the process
// the user was shown (pids are reused). A pidfd pins the process between that check and the signal.

#include "platform/linux/collectors.h"
#include "platform/log.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sstream>
#include <sys/syscall.h>
#include <unistd.h>

namespace ld::platform::linux_os {
namespace {

struct ProcState {
    char state = '?';
    std::uint64_t startTime = 0;
    std::string executable;
    std::uint32_t realUid = 0;
    std::uint32_t savedUid = 0;
};

std::string procPath(std::int64_t pid, const char* leaf) {
    return "/proc/" + std::to_string(pid) + "/" + leaf;
}

// nullopt when the process is gone (or its /proc entry can't be read at all).
std::optional<ProcState> readProc(std::int64_t pid) {
    std::ifstream statFile(procPath(pid, "stat"));
    std::string stat;
    if (!statFile || !std::getline(statFile, stat))
        return std::nullopt;
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(stat.substr(close + 1));
    ProcState out;
    fields >> out.state;
    std::string skip;
    for (int field = 4; field < 22 && fields; ++field) // field 22 is starttime
        fields >> skip;
    fields >> out.startTime;
    if (!fields)
        return std::nullopt;

    char buffer[4096];
    const ssize_t length = ::readlink(procPath(pid, "exe").c_str(), buffer, sizeof buffer - 1);
    if (length > 0)
        out.executable.assign(buffer, std::size_t(length));

    std::ifstream status(procPath(pid, "status"));
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("Uid:", 0) == 0) {
            std::istringstream uids(line.substr(4));
            std::uint32_t effective = 0;
            uids >> out.realUid >> effective >> out.savedUid;
            break;
        }
    }
    return out;
}

bool ended(std::int64_t pid) {
    const auto state = readProc(pid);
    return !state || state->state == 'Z' || state->state == 'X'; // a zombie has ended; only unreaped
}

int openPidfd(std::int64_t pid) {
#ifdef SYS_pidfd_open
    return int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

int sendSignal(int pidfd, std::int64_t pid, int signal) {
#ifdef SYS_pidfd_send_signal
    if (pidfd >= 0)
        return int(::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0));
#endif
    (void)pidfd;
    return ::kill(pid_t(pid), signal);
}

// Polls until the process ended or the time is up; bounded by `within` (at most ~20 ms late).
bool waitForEnd(int pidfd, std::int64_t pid, std::chrono::milliseconds within) {
    const auto deadline = std::chrono::steady_clock::now() + within;
    for (;;) {
        if (ended(pid))
            return true;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return false;
        const int step = int(std::min<long long>(left.count(), 20));
        if (pidfd >= 0) {
            pollfd fd{pidfd, POLLIN, 0};
            ::poll(&fd, 1, step); // readable once the process exits; /proc says so too
        } else {
            ::usleep(useconds_t(step) * 1000);
        }
    }
}

std::string describe(const ProcessInfo& process) {
    std::string name = process.program.empty() ? std::string("process") : process.program;
    return name + " (pid " + std::to_string(process.pid) + ")";
}

} // namespace

StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded, std::chrono::milliseconds grace) {
    auto& log = ld::log::get(ld::log::Area::Platform);
    const std::int64_t pid = expected.pid;
    if (pid <= 1)
        return {StopOutcome::Refused,
                "pid " + std::to_string(pid) + " is the system's init or not a process"};
    if (pid == ::getpid())
        return {StopOutcome::Refused, "that is this program itself"};
    if (pid > std::int64_t(INT32_MAX))
        return {StopOutcome::Gone, "no process has pid " + std::to_string(pid)};

    const int pidfd = openPidfd(pid);
    struct Closer {
        int fd;
        ~Closer() {
            if (fd >= 0)
                ::close(fd);
        }
    } closer{pidfd};
    if (pidfd < 0 && errno == ESRCH)
        return {StopOutcome::Gone, describe(expected) + " has already ended"};

    // Checked after the pidfd is open: from here on the pidfd can only signal this very process.
    const auto now = readProc(pid);
    if (!now || now->state == 'Z' || now->state == 'X')
        return {StopOutcome::Gone, describe(expected) + " has already ended"};
    if (expected.startTime == 0 && expected.executable.empty())
        return {StopOutcome::Refused, "nothing to check that pid " + std::to_string(pid) +
                                          " is still the same process (no start time or executable)"};
    if ((expected.startTime != 0 && now->startTime != expected.startTime) ||
        (!expected.executable.empty() && !now->executable.empty() &&
         now->executable != expected.executable)) {
        log.info("pid {} changed: start {} -> {}, exe '{}' -> '{}'", pid, expected.startTime, now->startTime,
                 expected.executable, now->executable);
        return {StopOutcome::Changed,
                "pid " + std::to_string(pid) +
                    " now belongs to another process; nothing was stopped. Check again."};
    }
    const std::uint32_t euid = ::geteuid();
    if (euid != 0 && now->realUid != ::getuid() && now->realUid != euid && now->savedUid != euid) {
        return {StopOutcome::Refused, describe(expected) + " belongs to another user (uid " +
                                          std::to_string(now->realUid) +
                                          "); only that user or root (sudo) may stop it"};
    }

    log.info("sending SIGTERM to pid {} ({})", pid, expected.program);
    if (sendSignal(pidfd, pid, SIGTERM) != 0) {
        const int error = errno;
        if (error == ESRCH)
            return {StopOutcome::Gone, describe(expected) + " has already ended"};
        if (error == EPERM)
            return {StopOutcome::Refused,
                    "not allowed to signal " + describe(expected) + ": " + std::strerror(error)};
        return {StopOutcome::Failed, "could not signal " + describe(expected) + ": " + std::strerror(error)};
    }
    if (waitForEnd(pidfd, pid, grace))
        return {StopOutcome::Terminated, describe(expected) + " ended after SIGTERM"};
    if (!killIfNeeded) {
        return {StopOutcome::StillRunning, describe(expected) + " is still running " +
                                               std::to_string(grace.count()) +
                                               " ms after SIGTERM; it can be killed (SIGKILL)"};
    }

    log.info("sending SIGKILL to pid {} ({})", pid, expected.program);
    if (sendSignal(pidfd, pid, SIGKILL) != 0 && errno != ESRCH)
        return {StopOutcome::Failed, "could not kill " + describe(expected) + ": " + std::strerror(errno)};
    if (waitForEnd(pidfd, pid, std::chrono::milliseconds(3000)))
        return {StopOutcome::Killed, describe(expected) + " was killed (SIGKILL)"};
    return {StopOutcome::Failed,
            describe(expected) + " was sent SIGKILL but has not ended (it may be stuck in the kernel)"};
}

} // namespace ld::platform::linux_os
