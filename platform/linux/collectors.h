#pragma once
// The Linux collectors behind LinuxSystem, one file each.

#include "platform/types.h"

#include <chrono>
#include <map>
#include <set>

namespace ld::platform::linux_os {

// sock_diag over netlink; nullopt when netlink is unavailable (then /proc/net is read instead).
std::optional<std::vector<Socket>> socketsFromNetlink(const SocketQuery& query);
std::vector<Socket> socketsFromProc(const SocketQuery& query, const std::string& procRoot = "/proc");
std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes,
                                                  const std::string& procRoot = "/proc");
// What processFacts() reads: everything, or what a listing shows (no start time, no executable;
// the program name from /proc/PID/comm instead of generating /proc/PID/stat).
enum class FactsRead { Full, Listing };
// The same, looking first at processes of likelyUids (the sockets' uids) and newest pids first.
std::map<std::uint64_t, ProcessInfo> socketOwners(const std::vector<std::uint64_t>& inodes,
                                                  const std::set<std::uint32_t>& likelyUids,
                                                  const std::string& procRoot = "/proc",
                                                  FactsRead read = FactsRead::Full);
// The account name of a uid, or empty when it has none.
std::string userName(std::uint32_t uid);
std::optional<ProcessInfo> processInfo(std::int64_t pid, const std::string& procRoot = "/proc");
// processInfo without the account name (user left empty): what the owner scan reads per process,
// in its threads, before it names each uid once.
std::optional<ProcessInfo> processFacts(std::int64_t pid, const std::string& procRoot = "/proc",
                                        FactsRead read = FactsRead::Full);

FirewallReading readFirewall();
StopResult stopProcess(const ProcessInfo& expected, bool killIfNeeded, std::chrono::milliseconds grace);

} // namespace ld::platform::linux_os
