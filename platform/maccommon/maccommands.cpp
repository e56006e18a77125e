#include "platform/maccommon/maccommands.h"

namespace ld::platform {

std::string Command::text() const {
    std::string text = program;
    for (const std::string& arg : args)
        text += " " + arg;
    return text;
}

namespace maccommands {
namespace {

std::string pidList(const std::vector<std::int64_t>& pids) {
    std::string list;
    for (const std::int64_t pid : pids)
        list += (list.empty() ? "" : ",") + std::to_string(pid);
    return list;
}

constexpr const char* kSocketFilterFw = "/usr/libexec/ApplicationFirewall/socketfilterfw";

} // namespace

Command lsofListeners() {
    return {"/usr/sbin/lsof", {"+c0", "-nP", "-iTCP", "-sTCP:LISTEN", "-F", "pcuLftnT"}};
}

Command lsofUdp() {
    return {"/usr/sbin/lsof", {"+c0", "-nP", "-iUDP", "-F", "pcuLftn"}};
}

Command netstatTcp() {
    return {"/usr/sbin/netstat", {"-anv", "-p", "tcp"}};
}

Command netstatListenQueues() {
    return {"/usr/sbin/netstat", {"-Lan", "-p", "tcp"}};
}

Command socketFilterState() {
    return {kSocketFilterFw, {"--getglobalstate", "--getblockall", "--getstealthmode"}};
}

Command socketFilterApps() {
    return {kSocketFilterFw, {"--listapps"}};
}

Command pfInfo() {
    return {"/sbin/pfctl", {"-s", "info"}};
}

Command pfRules() {
    return {"/sbin/pfctl", {"-s", "rules"}};
}

Command scutilProxy() {
    return {"/usr/sbin/scutil", {"--proxy"}};
}

Command sysctlPortRange() {
    return {"/usr/sbin/sysctl", {"net.inet.ip.portrange.first", "net.inet.ip.portrange.last"}};
}

Command swVers() {
    return {"/usr/bin/sw_vers", {}};
}

Command psIdentity(const std::vector<std::int64_t>& pids) {
    return {"/bin/ps", {"-ww", "-o", "pid=,uid=,lstart=,comm=", "-p", pidList(pids)}};
}

Command psArgs(const std::vector<std::int64_t>& pids) {
    return {"/bin/ps", {"-ww", "-o", "pid=,args=", "-p", pidList(pids)}};
}

Command dscacheutilHost(const std::string& host) {
    return {"/usr/bin/dscacheutil", {"-q", "host", "-a", "name", host}};
}

} // namespace maccommands
} // namespace ld::platform
