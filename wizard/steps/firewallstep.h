#pragma once
// Step 3, "firewall". Behaviour decides, the rules explain: a listener that covers the address
// but whose connection timed out (its accept queue not full) is being dropped; one that was
// refused or unreachable is being rejected. The rule that does it is then named when the
// firewall can be read (nftables, iptables, ufw), else `firewall.unreadable` says how to read it.
//
// Findings: firewall.dropping / firewall.rejecting (error); firewall.state (info, always);
// firewall.unreadable: error only when a drop or reject was concluded and no rule could be named
// because the rules need elevation to read, info otherwise.

#include "wizard/facts.h"

#include <memory>

namespace ld::wizard {

std::unique_ptr<Step> makeFirewallStep();

} // namespace ld::wizard
