#pragma once
// A TCP port a server could take right now: bindable on 127.0.0.1, ::1, 0.0.0.0 and ::, outside
// the ephemeral range (a client might grab it next) and not privileged, nearest to a wanted port.

#include "platform/system.h"

#include <optional>

namespace ld::wizard {

class FreePortFinder {
public:
    explicit FreePortFinder(platform::System& system);

    static constexpr std::uint16_t kDefaultNear = 8080;
    static constexpr int kMaxCandidates = 2000; // bounds the search; each candidate is 4 binds

    // Searches near+1, near-1, near+2, near-2, ... (near itself is not offered: it is the port the
    // user already has trouble with). nullopt when nothing in reach is free.
    std::optional<std::uint16_t> find(std::optional<int> near = std::nullopt);
    // Whether a port is free on every loopback and wildcard address and allowed by the policy.
    bool isFree(std::uint16_t port);
    bool allowed(std::uint16_t port) const;

private:
    platform::System& m_system;
    platform::PortPolicy m_policy;
    bool m_ipv6 = true;
};

} // namespace ld::wizard
