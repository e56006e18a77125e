// The real Linux system behind platform/system.h: netlink first, /proc when netlink is denied.

#include "platform/hostsfile.h"
#include "platform/linux/collectors.h"
#include "platform/log.h"
#include "platform/os.h"
#include "platform/posix/connect.h"
#include "platform/posix/netcalls.h"
#include "platform/system.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
#include <netdb.h>
#include <netinet/in.h>
#include <pwd.h>
#include <set>
#include <spdlog/spdlog.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <unistd.h>

extern char** environ;

namespace ld::platform {
namespace {

constexpr const char* kUnprivilegedPortStart = "/proc/sys/net/ipv4/ip_unprivileged_port_start";
constexpr const char* kLocalPortRange = "/proc/sys/net/ipv4/ip_local_port_range";
constexpr const char* kHostsPath = "/etc/hosts";

std::optional<std::string> readText(const std::string& path, std::size_t limit = 4 * 1024 * 1024) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string text;
    char chunk[8192];
    while (text.size() < limit && in.read(chunk, sizeof chunk).gcount() > 0)
        text.append(chunk, std::size_t(in.gcount()));
    if (in.bad())
        return std::nullopt;
    return text;
}

std::string osReleasePrettyName() {
    for (const char* path : {"/etc/os-release", "/usr/lib/os-release"}) {
        std::ifstream in(path);
        for (std::string line; std::getline(in, line);) {
            if (line.rfind("PRETTY_NAME=", 0) != 0)
                continue;
            std::string value = line.substr(12);
            if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
                value.back() == value.front())
                value = value.substr(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

class LinuxSystem final : public System {
public:
    std::string osName() const override { return platform::osName(); }

    std::string osVersion() const override {
        std::string version = osReleasePrettyName();
        utsname names{};
        if (::uname(&names) == 0) {
            if (!version.empty())
                version += ", ";
            version += std::string("kernel ") + names.release;
        }
        return version.empty() ? "unknown" : version;
    }

    std::vector<Socket> sockets(const SocketQuery& query) override {
        auto sockets = linux_os::socketsFromNetlink(query);
        if (!sockets)
            sockets = linux_os::socketsFromProc(query);
        std::lock_guard lock(m_mutex);
        for (const auto& socket : *sockets)
            if (socket.inode != 0)
                m_socketUids[socket.inode] = socket.uid;
        return std::move(*sockets);
    }

    std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes) override {
        return linux_os::socketOwners(inodes, likelyUids(inodes));
    }

    std::map<std::uint64_t, ProcessInfo> listingOwners(const std::vector<std::uint64_t>& inodes) override {
        return linux_os::socketOwners(inodes, likelyUids(inodes), "/proc", linux_os::FactsRead::Listing);
    }

    std::optional<ProcessInfo> process(std::int64_t pid) override { return linux_os::processInfo(pid); }

    std::uint32_t currentUid() const override { return ::geteuid(); }

    std::string userName(std::uint32_t uid) override { return linux_os::userName(uid); }

    bool elevated() const override { return ::geteuid() == 0; }

    PortPolicy portPolicy() override {
        PortPolicy policy;
        std::vector<std::string> read;
        std::vector<std::string> unread;
        if (const auto text = readText(kUnprivilegedPortStart)) {
            std::istringstream in(*text);
            long value = -1;
            if (in >> value && value >= 0) {
                policy.unprivilegedStart = std::uint16_t(std::min<long>(value, 65535));
                read.emplace_back(kUnprivilegedPortStart);
            } else {
                unread.emplace_back(kUnprivilegedPortStart);
            }
        } else {
            unread.emplace_back(kUnprivilegedPortStart);
        }
        if (const auto text = readText(kLocalPortRange)) {
            std::istringstream in(*text);
            long first = -1;
            long last = -1;
            if (in >> first >> last && first > 0 && last >= first && last <= 65535) {
                policy.ephemeral = {std::uint16_t(first), std::uint16_t(last)};
                read.emplace_back(kLocalPortRange);
            } else {
                unread.emplace_back(kLocalPortRange);
            }
        } else {
            unread.emplace_back(kLocalPortRange);
        }
        for (const auto& path : read)
            policy.source += (policy.source.empty() ? "" : ", ") + path;
        for (const auto& path : unread)
            policy.source += (policy.source.empty() ? "" : ", ") + path + " (unreadable: Linux default)";
        return policy;
    }

    HostsFile hostsFile() override {
        // `ip netns exec` bind-mounts /etc/netns/NAME/hosts here, so this is always the right file.
        if (const auto text = readText(kHostsPath))
            return parseHostsFile(*text, kHostsPath);
        log::get(log::Area::Platform).warn("cannot read {}: {}", kHostsPath, std::strerror(errno));
        HostsFile hosts;
        hosts.path = kHostsPath;
        return hosts;
    }

    std::vector<IpAddress> resolve(const std::string& host, std::string* error) override {
        return posix::resolve(host, error);
    }

    Exchange exchange(const IpAddress& address, std::uint16_t port, const std::string& request,
                      std::chrono::milliseconds timeout, std::size_t maxBytes) override {
        return platform::exchange(address, port, request, timeout, maxBytes);
    }

    std::vector<ConnectAttempt> connectAll(const std::vector<IpAddress>& addresses, std::uint16_t port,
                                           std::chrono::milliseconds timeout) override {
        return platform::connectAll(addresses, port, timeout);
    }

    bool canBind(Proto proto, const IpAddress& address, std::uint16_t port) override {
        return posix::canBind(proto, address, port);
    }

    FirewallReading readFirewall() override { return linux_os::readFirewall(); }

    StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded,
                           std::chrono::milliseconds grace) override {
        return linux_os::stopProcess(expected, killIfNeeded, grace);
    }

    std::map<std::string, std::string> environment() override {
        std::map<std::string, std::string> out;
        for (char** entry = environ; entry && *entry; ++entry) {
            const std::string_view text(*entry);
            const auto equals = text.find('=');
            if (equals == std::string_view::npos || equals == 0)
                continue;
            out.emplace(std::string(text.substr(0, equals)), std::string(text.substr(equals + 1)));
        }
        return out;
    }

private:
    // The sockets' uids, when we saw them, tell which users' processes to look at first.
    std::set<std::uint32_t> likelyUids(const std::vector<std::uint64_t>& inodes) {
        std::set<std::uint32_t> uids;
        std::lock_guard lock(m_mutex);
        for (const auto inode : inodes) {
            const auto it = m_socketUids.find(inode);
            if (it == m_socketUids.end())
                return {};
            uids.insert(it->second);
        }
        return uids;
    }

    std::mutex m_mutex;
    std::map<std::uint64_t, std::uint32_t> m_socketUids; // inode -> uid, from the latest sockets()
};

} // namespace

std::unique_ptr<System> createSystem() {
    return std::make_unique<LinuxSystem>();
}

} // namespace ld::platform
