// The firewall's own words on Linux: the nftables ruleset and the iptables tables (root only),
// ufw's configuration files (readable by anyone), `ufw status` (root), firewalld's state.
// Only raw text is collected here; platform/firewallparse.h interprets it.

#include "platform/linux/collectors.h"

#include "platform/log.h"
#include <future>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <poll.h>
#include <spawn.h>
#include <spdlog/spdlog.h>
#include <sstream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace ld::platform::linux_os {
namespace {

constexpr std::size_t kMaxOutput = 8 * 1024 * 1024; // large docker/firewalld rulesets are ~1 MB
constexpr std::chrono::milliseconds kTimeout{4000};

// Where the firewall tools live; users' PATH often lacks the sbin folders.
std::string findProgram(const std::string& name) {
    std::vector<std::string> dirs;
    if (const char* path = std::getenv("PATH")) {
        std::stringstream stream(path);
        for (std::string dir; std::getline(stream, dir, ':');)
            if (!dir.empty())
                dirs.push_back(dir);
    }
    for (const char* dir : {"/usr/sbin", "/sbin", "/usr/bin", "/bin"})
        dirs.emplace_back(dir);
    for (const std::string& dir : dirs) {
        const std::string candidate = dir + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

struct RunOutput {
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program with a deadline and bounded output, in the C locale, stdin from /dev/null.
RunOutput run(const std::string& program, const std::vector<std::string>& args) {
    RunOutput result;
    int outPipe[2];
    int errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0)
        return result;
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);

    std::vector<std::string> envStrings;
    for (char** entry = environ; entry && *entry; ++entry) {
        if (std::strncmp(*entry, "LC_", 3) != 0 && std::strncmp(*entry, "LANG", 4) != 0)
            envStrings.emplace_back(*entry);
    }
    envStrings.emplace_back("LC_ALL=C");
    std::vector<char*> envp;
    for (std::string& entry : envStrings)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    std::vector<std::string> argStrings{program};
    argStrings.insert(argStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argStrings)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = ::posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    if (spawned != 0) {
        ::close(outPipe[0]);
        ::close(errPipe[0]);
        result.err = std::strerror(spawned);
        return result;
    }
    result.started = true;

    const auto deadline = std::chrono::steady_clock::now() + kTimeout;
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    std::string* sinks[2] = {&result.out, &result.err};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            result.timedOut = true;
            break;
        }
        if (::poll(fds, 2, int(left.count())) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                const std::size_t room = kMaxOutput - std::min(kMaxOutput, sinks[i]->size());
                sinks[i]->append(buffer, std::min(std::size_t(n), room));
            } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    for (auto& fd : fds)
        if (fd.fd >= 0)
            ::close(fd.fd);
    if (result.timedOut)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    return result;
}

std::string firstLine(const std::string& text) {
    const auto end = text.find('\n');
    return text.substr(0, end);
}

FirewallSource runSource(const std::string& name, const std::string& program,
                         const std::vector<std::string>& args) {
    FirewallSource source;
    source.name = name;
    source.command = program;
    for (const std::string& arg : args)
        source.command += " " + arg;
    const std::string path = findProgram(program);
    if (path.empty()) {
        source.error = program + " is not installed";
        return source;
    }
    const RunOutput output = run(path, args);
    if (!output.started) {
        source.error = "could not run " + path + ": " + output.err;
    } else if (output.timedOut) {
        source.error = "no answer within " + std::to_string(kTimeout.count()) + " ms";
    } else if (output.exitCode != 0) {
        source.error = firstLine(output.err.empty() ? output.out : output.err);
        if (source.error.empty())
            source.error = "exit status " + std::to_string(output.exitCode);
        source.text = output.out; // `firewall-cmd --state` prints "not running" with status 252
        source.readable = name == "firewalld" && !output.out.empty();
    } else {
        source.readable = true;
        source.text = output.out;
    }
    return source;
}

FirewallSource needsRoot(const std::string& name, const std::string& program, const std::string& args) {
    FirewallSource source;
    source.name = name;
    source.command = program + " " + args;
    source.needsElevation = true;
    source.error = "needs root: run it with sudo";
    return source;
}

FirewallSource readFile(const std::string& name, const std::string& path) {
    FirewallSource source;
    source.name = name;
    source.command = path;
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        source.error = std::strerror(errno);
        return source;
    }
    std::string text(64 * 1024, '\0');
    file.read(text.data(), std::streamsize(text.size()));
    text.resize(std::size_t(file.gcount()));
    source.text = std::move(text);
    source.readable = true;
    return source;
}

bool exists(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0;
}

} // namespace

FirewallReading readFirewall() {
    auto& log = ld::log::get(ld::log::Area::Platform);
    FirewallReading reading;
    const bool root = ::geteuid() == 0;
    // The tools run at once, side by side: the step waits for the slowest, not for the sum.
    std::vector<std::future<FirewallSource>> sources;
    const auto later = [&sources](auto job) { sources.push_back(std::async(std::launch::async, job)); };
    const auto now = [&sources](FirewallSource source) {
        std::promise<FirewallSource> ready;
        ready.set_value(std::move(source));
        sources.push_back(ready.get_future());
    };

    if (!findProgram("nft").empty()) {
        if (root)
            later([] { return runSource("nftables", "nft", {"-j", "list", "ruleset"}); });
        else
            now(needsRoot("nftables", "nft", "-j list ruleset"));
    }
    for (const char* tool : {"iptables-save", "ip6tables-save"}) {
        if (findProgram(tool).empty())
            continue;
        const std::string name = tool[2] == '6' ? "ip6tables" : "iptables";
        if (root) {
            later([name, tool] { return runSource(name, tool, {}); });
        } else {
            FirewallSource source = needsRoot(name, tool, "");
            source.command = tool;
            now(std::move(source));
        }
    }
    // ufw keeps its switch and default policies in files anyone may read.
    if (exists("/etc/ufw/ufw.conf")) {
        now(readFile("ufw", "/etc/ufw/ufw.conf"));
        if (exists("/etc/default/ufw"))
            now(readFile("ufw-defaults", "/etc/default/ufw"));
        if (!findProgram("ufw").empty()) {
            if (root)
                later([] { return runSource("ufw-status", "ufw", {"status", "verbose"}); });
            else
                now(needsRoot("ufw-status", "ufw", "status verbose"));
        }
    }
    // firewalld answers its state over D-Bus to anyone; its rules are in the nftables ruleset.
    if (!findProgram("firewall-cmd").empty())
        later([] { return runSource("firewalld", "firewall-cmd", {"--state"}); });
    else if (exists("/etc/firewalld/firewalld.conf"))
        now(readFile("firewalld-config", "/etc/firewalld/firewalld.conf"));

    for (auto& source : sources)
        reading.sources.push_back(source.get());
    for (const FirewallSource& source : reading.sources)
        log.debug("firewall source {} ({}): {}", source.name, source.command,
                  source.readable ? std::to_string(source.text.size()) + " bytes" : source.error);
    return reading;
}

} // namespace ld::platform::linux_os
