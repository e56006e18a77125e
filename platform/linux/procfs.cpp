// What /proc says: the socket tables (when netlink is unavailable), which process holds a
// socket inode, and a process's name, command line, user and start time.

#include "platform/linux/collectors.h"
#include "platform/log.h"
#include "platform/procnet.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <set>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ld::platform::linux_os {
namespace {

// /proc files report a size of 0: read until EOF, bounded.
std::optional<std::string> readWhole(const std::string& path, std::size_t limit = 64 * 1024 * 1024) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string out;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const bool failed = n < 0;
            ::close(fd);
            if (failed)
                return std::nullopt;
            return out;
        }
        out.append(buffer, std::size_t(n));
        if (out.size() >= limit)
            break;
    }
    ::close(fd);
    return out;
}

std::optional<std::int64_t> parsePid(const char* name) {
    if (*name == '\0')
        return std::nullopt;
    std::int64_t value = 0;
    for (const char* c = name; *c; ++c) {
        if (*c < '0' || *c > '9' || value > 1'000'000'000)
            return std::nullopt;
        value = value * 10 + (*c - '0');
    }
    return value;
}

// "socket:[12345]" -> 12345
std::optional<std::uint64_t> socketInode(std::string_view link) {
    constexpr std::string_view prefix = "socket:[";
    if (link.size() < prefix.size() + 2 || link.substr(0, prefix.size()) != prefix || link.back() != ']')
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : link.substr(prefix.size(), link.size() - prefix.size() - 1)) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + std::uint64_t(c - '0');
    }
    return value;
}

struct PidEntry {
    std::int64_t pid = 0;
    std::uint32_t owner = 0;
};

// Looks through one process's open files; records the pid for each wanted inode it holds.
void scanFds(int procFd, std::int64_t pid, std::set<std::uint64_t>& missing,
             std::map<std::uint64_t, std::int64_t>& found) {
    const std::string fdDir = std::to_string(pid) + "/fd";
    const int dirFd = ::openat(procFd, fdDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return; // gone, or not ours to read
    DIR* dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return;
    }
    char link[64];
    while (const dirent* entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        const ssize_t length = ::readlinkat(dirFd, entry->d_name, link, sizeof link);
        if (length <= 0 || length >= ssize_t(sizeof link))
            continue;
        const auto inode = socketInode(std::string_view(link, std::size_t(length)));
        if (!inode)
            continue;
        if (const auto it = missing.find(*inode); it != missing.end()) {
            found[*inode] = pid;
            missing.erase(it);
            if (missing.empty())
                break;
        }
    }
    ::closedir(dir);
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
        const auto text = readWhole(path);
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

std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes,
                                                  const std::set<std::uint32_t>& likelyUids,
                                                  const std::string& procRoot) {
    std::map<std::uint64_t, ProcessInfo> owners;
    std::set<std::uint64_t> missing(inodes.begin(), inodes.end());
    missing.erase(0); // TIME_WAIT and request sockets have no inode
    if (missing.empty())
        return owners;

    const int procFd = ::open(procRoot.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procFd < 0) {
        log::get(log::Area::Platform).warn("cannot open {}: {}", procRoot, std::strerror(errno));
        return owners;
    }
    DIR* dir = ::fdopendir(procFd);
    if (!dir) {
        ::close(procFd);
        return owners;
    }
    const uid_t self = ::geteuid();
    const bool root = self == 0;
    std::vector<PidEntry> first;
    std::vector<PidEntry> later;
    while (const dirent* entry = ::readdir(dir)) {
        const auto pid = parsePid(entry->d_name);
        if (!pid)
            continue;
        struct stat info {};
        if (::fstatat(procFd, entry->d_name, &info, 0) != 0)
            continue;
        // Without root only our own processes' fds can be read: don't even try the others.
        if (!root && info.st_uid != self)
            continue;
        // A socket's uid is its creator's; its holder usually runs as the same user. Others are
        // looked at last (a daemon that bound as root and then dropped privileges).
        const bool likely = likelyUids.empty() || likelyUids.count(info.st_uid) > 0;
        (likely ? first : later).push_back({*pid, info.st_uid});
    }
    // Newest first: the dev server someone just started is rarely pid 300.
    const auto newestFirst = [](const PidEntry& a, const PidEntry& b) { return a.pid > b.pid; };
    std::sort(first.begin(), first.end(), newestFirst);
    std::sort(later.begin(), later.end(), newestFirst);

    std::map<std::uint64_t, std::int64_t> found;
    for (const auto* list : {&first, &later}) {
        for (const auto& entry : *list) {
            scanFds(procFd, entry.pid, missing, found);
            if (missing.empty())
                break;
        }
        if (missing.empty())
            break;
    }
    ::closedir(dir);

    std::map<std::int64_t, std::optional<ProcessInfo>> processes;
    for (const auto& [inode, pid] : found) {
        auto it = processes.find(pid);
        if (it == processes.end())
            it = processes.emplace(pid, processInfo(pid, procRoot)).first;
        if (it->second)
            owners.emplace(inode, *it->second);
    }
    log::get(log::Area::Platform)
        .debug("socket owners: {} of {} inodes found, {}+{} processes", owners.size(), inodes.size(),
               first.size(), later.size());
    return owners;
}

std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes,
                                                  const std::string& procRoot) {
    return socketOwners(inodes, {}, procRoot);
}

std::optional<ProcessInfo> processInfo(std::int64_t pid, const std::string& procRoot) {
    if (pid <= 0)
        return std::nullopt;
    const std::string base = procRoot + "/" + std::to_string(pid) + "/";
    const auto stat = readWhole(base + "stat", 64 * 1024);
    if (!stat)
        return std::nullopt;

    ProcessInfo info;
    info.pid = pid;
    // "pid (comm) state ppid ...": comm may hold spaces and ')', so fields start after the last ')'.
    const auto close = stat->rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
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

    if (const auto comm = readWhole(base + "comm", 4096)) {
        info.program = *comm;
        while (!info.program.empty() && (info.program.back() == '\n' || info.program.back() == '\0'))
            info.program.pop_back();
    }
    if (auto cmdline = readWhole(base + "cmdline", 256 * 1024)) {
        while (!cmdline->empty() && cmdline->back() == '\0')
            cmdline->pop_back();
        std::replace(cmdline->begin(), cmdline->end(), '\0', ' ');
        info.commandLine = std::move(*cmdline);
    }
    char link[4096];
    const ssize_t length = ::readlink((base + "exe").c_str(), link, sizeof link);
    if (length > 0 && length < ssize_t(sizeof link))
        info.executable.assign(link, std::size_t(length));
    if (info.program.empty() && !info.executable.empty())
        info.program = info.executable.substr(info.executable.rfind('/') + 1);

    bool haveUid = false;
    if (const auto status = readWhole(base + "status", 64 * 1024)) {
        // "Uid:\treal\teffective\tsaved\tfs": the effective uid, as ps shows.
        const auto at = status->find("\nUid:");
        if (at != std::string::npos) {
            std::string_view rest = std::string_view(*status).substr(at + 5);
            for (int column = 0; column < 2; ++column) {
                while (!rest.empty() && (rest.front() == '\t' || rest.front() == ' '))
                    rest.remove_prefix(1);
                std::uint32_t value = 0;
                std::size_t digits = 0;
                while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
                    value = value * 10 + std::uint32_t(rest[digits++] - '0');
                rest.remove_prefix(digits);
                if (digits > 0) {
                    info.uid = value;
                    haveUid = true;
                }
            }
        }
    }
    if (!haveUid) {
        struct stat owner {};
        if (::stat(base.c_str(), &owner) == 0)
            info.uid = owner.st_uid;
    }
    info.user = userName(info.uid);
    return info;
}

} // namespace ld::platform::linux_os
