// What /proc says: the socket tables (when netlink is unavailable) and a process's name, command
// line, user and start time. Which process holds a socket inode: ownerscan.cpp.

#include "platform/linux/collectors.h"
#include "platform/log.h"
#include "platform/posix/uniquefd.h"
#include "platform/procnet.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ld::platform::linux_os {
namespace {

// How a /proc file's end is known. Its size says 0, so either read until a read returns 0, or,
// for the one-record files of a process (stat, cmdline), stop at a read shorter than the buffer:
// those are generated at once, and the read that would only return 0 is one system call fewer
// per file and process. The socket tables come a page at a time and are read to the end.
enum class End { AtZeroRead, AtShortRead };

// A /proc file (relative to dirFd, or AT_FDCWD for a path), bounded by limit.
std::optional<std::string> readProcFile(int dirFd, const char* name, std::size_t limit, End end) {
    const UniqueFd fd(::openat(dirFd, name, O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return std::nullopt;
    std::string out;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        out.append(buffer, std::size_t(n));
        if (n == 0 || (end == End::AtShortRead && std::size_t(n) < sizeof buffer) || out.size() >= limit)
            return out;
    }
}

} // namespace

std::string userName(std::uint32_t uid) {
    passwd entry{};
    passwd* result = nullptr;
    std::vector<char> buffer(4096);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const int rc = ::getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &result);
        if (rc == ERANGE) {
            buffer.resize(buffer.size() * 4);
            continue;
        }
        if (rc == 0 && result)
            return result->pw_name;
        break;
    }
    return {};
}

std::vector<Socket> socketsFromProc(const SocketQuery& query, const std::string& procRoot) {
    struct Table {
        const char* file;
        Proto proto;
        Family family;
        bool wanted;
    };
    const Table tables[] = {
        {"tcp", Proto::Tcp, Family::V4, query.tcp},
        {"tcp6", Proto::Tcp, Family::V6, query.tcp},
        {"udp", Proto::Udp, Family::V4, query.udp},
        {"udp6", Proto::Udp, Family::V6, query.udp},
    };
    std::vector<Socket> out;
    for (const auto& table : tables) {
        if (!table.wanted)
            continue;
        const std::string path = procRoot + "/net/" + table.file;
        const auto text = readProcFile(AT_FDCWD, path.c_str(), 64 * 1024 * 1024, End::AtZeroRead);
        if (!text) {
            // tcp6/udp6 are absent when IPv6 is disabled at boot: not an error. Without tcp or
            // udp nothing can be said, and the listeners shown will be incomplete.
            auto& logger = log::get(log::Area::Platform);
            logger.log(table.family == Family::V6 ? spdlog::level::debug : spdlog::level::warn,
                       "cannot read {}: {}", path, std::strerror(errno));
            continue;
        }
        for (auto& socket : parseProcNet(*text, table.proto, table.family)) {
            if (query.listeningOnly && !socket.isListening())
                continue;
            if (query.port && socket.localPort != *query.port)
                continue;
            out.push_back(std::move(socket));
        }
    }
    return out;
}

namespace {

// The start time and the program name (the kernel's comm) from /proc/PID/stat.
bool readStat(int dirFd, ProcessInfo& info) {
    const auto stat = readProcFile(dirFd, "stat", 64 * 1024, End::AtShortRead);
    if (!stat)
        return false;

    // "pid (comm) state ppid ...": comm may hold spaces and ')', so fields start after the last ')'.
    const auto close = stat->rfind(')');
    if (close == std::string::npos)
        return false;
    {
        std::string_view rest = std::string_view(*stat).substr(close + 1);
        int field = 2; // the last ')' ends field 2
        while (!rest.empty() && field < 22) {
            while (!rest.empty() && rest.front() == ' ')
                rest.remove_prefix(1);
            const auto end = std::min(rest.find(' '), rest.size());
            ++field;
            if (field == 22) {
                std::uint64_t value = 0;
                for (const char c : rest.substr(0, end))
                    if (c >= '0' && c <= '9')
                        value = value * 10 + std::uint64_t(c - '0');
                info.startTime = value;
            }
            rest.remove_prefix(end);
        }
    }

    // The name between the first '(' and the last ')' is the kernel's comm, as /proc/PID/comm has
    // it (one file less to open per process).
    if (const auto open = stat->find('('); open != std::string::npos && open < close)
        info.program = stat->substr(open + 1, close - open - 1);
    return true;
}

} // namespace

std::optional<ProcessInfo> processFacts(std::int64_t pid, const std::string& procRoot, FactsRead read) {
    if (pid <= 0)
        return std::nullopt;
    const std::string folder = procRoot + "/" + std::to_string(pid);
    const UniqueFd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid())
        return std::nullopt;
    // The effective uid, as ps takes it: the kernel gives /proc/PID itself the process's effective
    // owner even when the process is not dumpable (task_dump_owner: other files of such a process
    // show root). One fstat instead of generating /proc/PID/status, the costliest file here.
    struct stat owner {};
    if (::fstat(dir.get(), &owner) != 0)
        return std::nullopt;
    ProcessInfo info;
    info.pid = pid;
    if (read == FactsRead::Listing) {
        // The kernel's comm alone: /proc/PID/stat costs three times as much to generate.
        auto comm = readProcFile(dir.get(), "comm", 64, End::AtShortRead);
        if (!comm)
            return std::nullopt;
        if (!comm->empty() && comm->back() == '\n')
            comm->pop_back();
        info.program = std::move(*comm);
    } else if (!readStat(dir.get(), info)) {
        return std::nullopt;
    }
    if (auto cmdline = readProcFile(dir.get(), "cmdline", 256 * 1024, End::AtShortRead)) {
        while (!cmdline->empty() && cmdline->back() == '\0')
            cmdline->pop_back();
        std::replace(cmdline->begin(), cmdline->end(), '\0', ' ');
        info.commandLine = std::move(*cmdline);
    }
    if (read == FactsRead::Full) {
        char link[4096];
        const ssize_t length = ::readlinkat(dir.get(), "exe", link, sizeof link);
        if (length > 0 && length < ssize_t(sizeof link))
            info.executable.assign(link, std::size_t(length));
        if (info.program.empty() && !info.executable.empty())
            info.program = info.executable.substr(info.executable.rfind('/') + 1);
    }

    info.uid = owner.st_uid;
    return info;
}

std::optional<ProcessInfo> processInfo(std::int64_t pid, const std::string& procRoot) {
    auto info = processFacts(pid, procRoot);
    if (info)
        info->user = userName(info->uid);
    return info;
}

} // namespace ld::platform::linux_os
