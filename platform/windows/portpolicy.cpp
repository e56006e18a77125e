// Windows' port policy from netsh: the dynamic (ephemeral) range and the excluded ranges that
// Hyper-V, WinNAT and administrators reserve. No port needs privilege to bind on Windows.

#include "platform/log.h"
#include "platform/windows/collectors.h"
#include "platform/windows/winutil.h"
#include "platform/windowstext/netshparse.h"

#include <spdlog/spdlog.h>

namespace ld::platform::windows_os {

PortPolicy portPolicy() {
    constexpr const char* kDynamic = "netsh int ipv4 show dynamicport tcp";
    constexpr const char* kExcluded = "netsh int ipv4 show excludedportrange protocol=tcp";
    constexpr std::chrono::milliseconds kTimeout{5000};
    PortPolicy policy;
    policy.unprivilegedStart = 0;
    policy.ephemeral = {49152, 65535}; // Windows' default since Vista
    std::string source;
    const RunOutput dynamic = run(kDynamic, kTimeout);
    if (const auto range = parseDynamicPortRange(dynamic.out)) {
        policy.ephemeral = *range;
        source = kDynamic;
    } else {
        source = std::string(kDynamic) + " (unreadable: Windows default 49152-65535)";
    }
    const RunOutput excluded = run(kExcluded, kTimeout);
    if (const auto ranges = parseExcludedPortRanges(excluded.out, Proto::Tcp)) {
        for (const ExcludedPortRange& range : *ranges)
            policy.excluded.push_back(range.range);
        source += std::string(", ") + kExcluded;
    } else {
        source += std::string(", ") + kExcluded + " (unreadable: no excluded ranges known)";
    }
    policy.source = source;
    log::get(log::Area::Platform)
        .debug("port policy: dynamic {}-{}, {} excluded ranges", policy.ephemeral.first,
               policy.ephemeral.last, policy.excluded.size());
    return policy;
}

} // namespace ld::platform::windows_os
