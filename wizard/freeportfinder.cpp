#include "wizard/freeportfinder.h"

#include <algorithm>

namespace ld::wizard {

using platform::Family;
using platform::IpAddress;
using platform::Proto;

FreePortFinder::FreePortFinder(platform::System& system)
    : m_system(system)
    , m_policy(system.portPolicy()) {
    // Without IPv6 (disabled by the kernel or the container) nothing binds ::1: ask only IPv4 then.
    m_ipv6 = m_system.canBind(Proto::Tcp, IpAddress::v6Loopback(), 0);
}

bool FreePortFinder::allowed(std::uint16_t port) const {
    if (port == 0 || port < m_policy.unprivilegedStart || m_policy.ephemeral.contains(port))
        return false;
    return std::none_of(m_policy.excluded.begin(), m_policy.excluded.end(),
                        [port](const platform::PortRange& range) { return range.contains(port); });
}

bool FreePortFinder::isFree(std::uint16_t port) {
    if (!allowed(port))
        return false;
    if (!m_system.canBind(Proto::Tcp, IpAddress::v4(127, 0, 0, 1), port) ||
        !m_system.canBind(Proto::Tcp, IpAddress::any(Family::V4), port))
        return false;
    return !m_ipv6 || (m_system.canBind(Proto::Tcp, IpAddress::v6Loopback(), port) &&
                       m_system.canBind(Proto::Tcp, IpAddress::any(Family::V6), port));
}

std::optional<std::uint16_t> FreePortFinder::find(std::optional<int> near) {
    const int centre = std::clamp(near.value_or(kDefaultNear), 1, 65535);
    int tried = 0;
    for (int distance = 1; distance <= 65535 && tried < kMaxCandidates; ++distance) {
        for (const int candidate : {centre + distance, centre - distance}) {
            if (candidate < 1 || candidate > 65535)
                continue;
            const auto port = std::uint16_t(candidate);
            if (!allowed(port))
                continue; // not a candidate: costs no bind
            ++tried;
            if (isFree(port))
                return port;
        }
        if (centre + distance > 65535 && centre - distance < 1)
            break;
    }
    return std::nullopt;
}

} // namespace ld::wizard
