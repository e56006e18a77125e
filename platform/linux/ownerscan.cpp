// Which process holds a socket: the inodes of /proc/PID/fd/* links ("socket:[12345]"), as ss -p
// and lsof find them. The cost is one directory read per process and one readlink per open file,
// so: links read by number relative to the /proc/PID/fd dirfd up to the folder's count of open
// files (Linux 6.2; else the folder listed with getdents64 into a stack buffer), no path building
// and no DIR allocation, processes we may not read skipped before any open, the likely owners
// (the sockets' uids, newest pids) first, the standard streams (fds 0-2) of every process only
// after all other fds, a stop as soon as every inode is found, and the processes shared out
// between two threads. docs/performance.md says what each of these bought.

#include "platform/linux/collectors.h"
#include "platform/log.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace ld::platform::linux_os {
namespace {

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

// Calls visit(name) for each entry of the directory open as `dirFd` until it returns false.
template <typename Visit> void forEachEntry(int dirFd, Visit&& visit) {
    alignas(dirent64) char buffer[16384];
    for (;;) {
        const ssize_t length = ::getdents64(dirFd, buffer, sizeof buffer);
        if (length < 0 && errno == EINTR)
            continue;
        if (length <= 0)
            return;
        for (ssize_t at = 0; at < length;) {
            const auto* entry = reinterpret_cast<const dirent64*>(buffer + at);
            at += entry->d_reclen;
            if (entry->d_name[0] != '.' && !visit(entry->d_name))
                return;
        }
        // getdents64 fills the buffer as far as the next entry fits: with room for more left, the
        // directory is at its end, and asking again (one more call per process) would return 0.
        if (std::size_t(length) + sizeof(dirent64) + 256 < sizeof buffer)
            return;
    }
}

struct Candidate {
    std::int64_t pid = 0;
    bool likely = true;
};

// The scan's shared state. Candidates are handed out in order (an atomic index); for each inode
// the holder that comes first in that order is kept, so the answer is the same with any number of
// threads and is what one thread in order would find (a listening socket a server shares with
// its forked workers has several holders).
//
// Two passes: the first reads every fd but 0, 1 and 2; only inodes it did not find are looked
// for in the standard streams, in the same order. A listening socket is almost never a standard
// stream (systemd passes them from fd 3; only inetd-style "wait" services get one as fd 0), and
// every process has the three: skipping them first saves three readlinks per process, half the
// cost of the many small processes (shells, sleeps) a machine has. A holder found in the first
// pass wins over one in the second. That pays when the first pass stops early, as a check's few
// inodes let it; with many inodes some are usually nobody's we can see (another user's, another
// namespace's), every process is read anyway, and one pass over all fds is cheaper.
//
// Where the kernel counts a process's open files as the size of /proc/PID/fd (Linux 6.2), the
// first pass also looks at that count before opening the folder: none (a kernel thread) means
// nothing to read at all, three or fewer (a shell, a sleep: its standard streams) waits for the
// second pass, which then reads the whole folder. One stat instead of open, getdents64 and close.
class Scan {
public:
    Scan(int procFd, const std::vector<Candidate>& candidates, std::vector<std::uint64_t> wanted,
         bool fdCountsKnown)
        : m_streamsLast(wanted.size() <= kStreamsLastUpTo)
        , m_useFdCounts(m_streamsLast && fdCountsKnown)
        , m_fdCountsKnown(fdCountsKnown)
        , m_procFd(procFd)
        , m_candidates(candidates)
        , m_wanted(std::move(wanted))
        , m_holder(m_wanted.size(), kNone)
        , m_missing(m_wanted.size())
        , m_later(m_useFdCounts ? candidates.size() : 0, Later::Streams) {}

    // Runs one pass; the second only looks for what the first left missing.
    void work() {
        for (;;) {
            const std::size_t index = m_next.fetch_add(1, std::memory_order_relaxed);
            if (index >= m_candidates.size())
                return;
            // Every inode has a holder at an earlier place: nothing later can change the answer.
            if (m_missing.load(std::memory_order_acquire) == 0) {
                const std::size_t last = m_lastFound.load(std::memory_order_acquire);
                if (last != kNone && index > last)
                    return;
            }
            if (!m_streams)
                scanProcess(index);
            else if (m_later.empty() || m_later[index] == Later::Streams)
                scanStreams(index);
            else if (m_later[index] == Later::AllFds)
                scanFds(index, false);
        }
    }

    // After the first pass, from one thread: the next pass reads fds 0-2. False when nothing is
    // missing.
    bool startStreamsPass() {
        if (!m_streamsLast || m_missing.load() == 0)
            return false;
        for (std::size_t i = 0; i < m_wanted.size(); ++i)
            m_foundFirst.push_back(m_holder[i] != kNone);
        m_scannedFirst = scanned();
        m_next = 0;
        m_lastFound = kNone;
        m_streams = true;
        return true;
    }

    // inode -> pid of the holder kept.
    std::vector<std::pair<std::uint64_t, std::int64_t>> found() const {
        std::vector<std::pair<std::uint64_t, std::int64_t>> out;
        for (std::size_t i = 0; i < m_wanted.size(); ++i)
            if (m_holder[i] != kNone)
                out.emplace_back(m_wanted[i], m_candidates[m_holder[i]].pid);
        return out;
    }
    std::size_t scanned() const { return std::min(m_next.load(), m_candidates.size()); }
    // Processes whose fds past the standard streams were read, and whose streams were.
    std::size_t scannedFirst() const { return m_streams ? m_scannedFirst : scanned(); }
    std::size_t scannedStreams() const { return m_streams ? scanned() : 0; }

private:
    static constexpr std::size_t kNone = ~std::size_t(0);
    static constexpr std::size_t kStreamsLastUpTo = 8; // inodes: a check's, or an MCP run's few

    // Whether this process waits for the second pass, or needs nothing: the scan's first pass.
    enum class Later : std::uint8_t { Streams, AllFds, Nothing };

    void scanProcess(std::size_t index) {
        if (m_useFdCounts) {
            char fdDir[32];
            std::snprintf(fdDir, sizeof fdDir, "%lld/fd", static_cast<long long>(m_candidates[index].pid));
            struct stat info {};
            if (::fstatat(m_procFd, fdDir, &info, 0) != 0) {
                m_later[index] = Later::Nothing; // gone, or not ours to read
                return;
            }
            if (info.st_size <= 3) {
                m_later[index] = info.st_size == 0 ? Later::Nothing : Later::AllFds;
                return;
            }
        }
        scanFds(index, m_streamsLast);
    }

    void scanFds(std::size_t index, bool skipStreams) {
        char fdDir[32];
        std::snprintf(fdDir, sizeof fdDir, "%lld/fd", static_cast<long long>(m_candidates[index].pid));
        const int dirFd = ::openat(m_procFd, fdDir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dirFd < 0)
            return; // gone, or not ours to read
        struct stat info {};
        if (skipStreams || !m_fdCountsKnown || ::fstat(dirFd, &info) != 0 ||
            !readByNumber(dirFd, index, info.st_size)) {
            char link[64];
            forEachEntry(dirFd, [&](const char* name) {
                if (skipStreams && name[0] >= '0' && name[0] <= '2' && name[1] == '\0')
                    return true; // the second pass's
                const ssize_t length = ::readlinkat(dirFd, name, link, sizeof link);
                if (length <= 0 || length >= ssize_t(sizeof link))
                    return true;
                if (const auto inode = socketInode(std::string_view(link, std::size_t(length))))
                    record(*inode, index);
                return true;
            });
        }
        ::close(dirFd);
    }

    // Reads the links by number, 0 upwards, until the folder's count of open files is reached: no
    // getdents64, whose listing of /proc/PID/fd (a dentry looked up or made for every fd) costs
    // about as much as reading the links themselves. Most fd tables are dense; false when this
    // one has too many gaps, and the caller lists the folder instead (links read twice are
    // harmless). A process whose links we may not read (EACCES: not ours to trace) is left at once.
    bool readByNumber(int dirFd, std::size_t index, off_t openFiles) {
        constexpr int kGapsAllowed = 16;
        char name[24];
        char link[64];
        int gaps = 0;
        for (off_t found = 0, fd = 0; found < openFiles; ++fd) {
            std::snprintf(name, sizeof name, "%lld", static_cast<long long>(fd));
            const ssize_t length = ::readlinkat(dirFd, name, link, sizeof link);
            if (length < 0) {
                if (errno != ENOENT)
                    return true;
                if (++gaps > kGapsAllowed)
                    return false;
                continue;
            }
            ++found;
            if (length > 0 && length < ssize_t(sizeof link))
                if (const auto inode = socketInode(std::string_view(link, std::size_t(length))))
                    record(*inode, index);
        }
        return true;
    }

    void scanStreams(std::size_t index) {
        char path[48];
        char link[64];
        for (int fd = 0; fd <= 2; ++fd) {
            std::snprintf(path, sizeof path, "%lld/fd/%d", static_cast<long long>(m_candidates[index].pid),
                          fd);
            const ssize_t length = ::readlinkat(m_procFd, path, link, sizeof link);
            if (length <= 0 || length >= ssize_t(sizeof link)) {
                if (length < 0 && errno != ENOENT)
                    return; // gone, or not ours to read
                continue;
            }
            if (const auto inode = socketInode(std::string_view(link, std::size_t(length))))
                record(*inode, index);
        }
    }

    void record(std::uint64_t inode, std::size_t index) {
        const auto it = std::lower_bound(m_wanted.begin(), m_wanted.end(), inode);
        if (it == m_wanted.end() || *it != inode)
            return;
        if (m_streams && m_foundFirst[std::size_t(it - m_wanted.begin())])
            return; // the first pass's holder stays
        const std::lock_guard lock(m_mutex);
        std::size_t& holder = m_holder[std::size_t(it - m_wanted.begin())];
        if (holder == kNone) {
            holder = index;
            m_missing.fetch_sub(1, std::memory_order_release);
        } else if (index < holder) {
            holder = index;
        } else {
            return;
        }
        // The furthest place a holder was ever found at (an upper bound of the kept ones'): past
        // it, once nothing is missing, no process can change the answer.
        const std::size_t last = m_lastFound.load(std::memory_order_relaxed);
        if (last == kNone || index > last)
            m_lastFound.store(index, std::memory_order_release);
    }

    const bool m_streamsLast;
    const bool m_useFdCounts;
    const bool m_fdCountsKnown;
    const int m_procFd;
    const std::vector<Candidate>& m_candidates;
    const std::vector<std::uint64_t> m_wanted; // sorted, unique, no 0
    std::vector<std::size_t> m_holder;         // per wanted inode: the candidate index, or kNone
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_missing;
    std::atomic<std::size_t> m_lastFound{kNone};
    std::mutex m_mutex;
    bool m_streams = false;         // the second pass: fds 0-2
    std::vector<bool> m_foundFirst; // per wanted inode: found in the first pass
    std::size_t m_scannedFirst = 0;
    std::vector<Later> m_later; // per candidate, with m_useFdCounts; each written by one thread
};

// Linux 6.2 and later give /proc/PID/fd the number of open files as its size; before, 0. This
// process has its standard streams and the /proc folder open, so a 0 here means "not counted".
bool fdCountsKnown(int procFd) {
    struct stat info {};
    return ::fstatat(procFd, "self/fd", &info, 0) == 0 && info.st_size > 0;
}

// Two threads halve the scan on two cores; more would fight the rest of the machine for little.
// LD_SCAN_THREADS overrides it (benchmarks compare 1 and 2).
unsigned scanThreads(std::size_t candidates) {
    if (const char* forced = std::getenv("LD_SCAN_THREADS"); forced && *forced)
        return std::clamp(unsigned(std::atoi(forced)), 1u, 16u);
    if (candidates < 64)
        return 1; // a thread costs more than it saves on a few processes
    return std::clamp(std::thread::hardware_concurrency(), 1u, 2u);
}

// Runs work(i) for i in [0, count) on up to `threads` threads (this one included).
template <typename Work> void inParallel(unsigned threads, const Work& work) {
    std::vector<std::thread> helpers;
    for (unsigned i = 1; i < threads; ++i)
        helpers.emplace_back(work);
    work();
    for (std::thread& helper : helpers)
        helper.join();
}

} // namespace

std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes,
                                                  const std::set<std::uint32_t>& likelyUids,
                                                  const std::string& procRoot, FactsRead read) {
    std::map<std::uint64_t, ProcessInfo> owners;
    std::vector<std::uint64_t> wanted(inodes);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    wanted.erase(std::remove(wanted.begin(), wanted.end(), 0), wanted.end()); // TIME_WAIT has none
    if (wanted.empty())
        return owners;

    const int procFd = ::open(procRoot.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procFd < 0) {
        log::get(log::Area::Platform).warn("cannot open {}: {}", procRoot, std::strerror(errno));
        return owners;
    }
    const uid_t self = ::geteuid();
    const bool root = self == 0;
    // As root every process can be read, and when the sockets are root's too, preferring root's
    // processes would move few of them (most are root's): no stat per process then.
    const bool onlyRoot =
        std::all_of(likelyUids.begin(), likelyUids.end(), [](std::uint32_t uid) { return uid == 0; });
    const bool needOwner = !root || !onlyRoot;
    std::vector<Candidate> candidates;
    candidates.reserve(1024);
    forEachEntry(procFd, [&](const char* name) {
        const auto pid = parsePid(name);
        if (!pid)
            return true;
        Candidate candidate{*pid, true};
        if (needOwner) {
            struct stat info {};
            if (::fstatat(procFd, name, &info, 0) != 0)
                return true;
            // Without root only our own processes' fds can be read: don't even try the others.
            if (!root && info.st_uid != self)
                return true;
            // A socket's uid is its creator's; its holder usually runs as the same user. Others
            // are looked at last (a daemon that bound as root and then dropped privileges).
            candidate.likely = likelyUids.empty() || likelyUids.count(info.st_uid) > 0;
        }
        candidates.push_back(candidate);
        return true;
    });
    // Likely owners first, newest first: the dev server someone just started is rarely pid 300.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.likely != b.likely ? a.likely : a.pid > b.pid;
    });

    Scan scan(procFd, candidates, std::move(wanted), fdCountsKnown(procFd));
    const unsigned threads = scanThreads(candidates.size());
    inParallel(threads, [&scan] { scan.work(); });
    if (scan.startStreamsPass())
        inParallel(threads, [&scan] { scan.work(); });
    ::close(procFd);

    // The holders' names and command lines, read in the same threads; each uid named once.
    const auto found = scan.found();
    std::vector<std::int64_t> pids;
    for (const auto& [inode, pid] : found)
        pids.push_back(pid);
    std::sort(pids.begin(), pids.end());
    pids.erase(std::unique(pids.begin(), pids.end()), pids.end());
    std::vector<std::optional<ProcessInfo>> facts(pids.size());
    std::atomic<std::size_t> next{0};
    inParallel(pids.size() >= 16 ? threads : 1, [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < pids.size();)
            facts[i] = processFacts(pids[i], procRoot, read);
    });
    std::map<std::uint32_t, std::string> names;
    for (auto& info : facts) {
        if (!info)
            continue;
        auto name = names.find(info->uid);
        if (name == names.end())
            name = names.emplace(info->uid, userName(info->uid)).first;
        info->user = name->second;
    }
    for (const auto& [inode, pid] : found) {
        const auto at = std::lower_bound(pids.begin(), pids.end(), pid);
        if (const auto& info = facts[std::size_t(at - pids.begin())])
            owners.emplace(inode, *info);
    }
    log::get(log::Area::Platform)
        .debug("socket owners: {} of {} inodes found, {} of {} processes scanned, the standard streams "
               "of {}, {} thread(s)",
               owners.size(), inodes.size(), scan.scannedFirst(), candidates.size(), scan.scannedStreams(),
               threads);
    return owners;
}

std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes,
                                                  const std::string& procRoot) {
    return socketOwners(inodes, {}, procRoot);
}

} // namespace ld::platform::linux_os
