#pragma once
// Known macOS traps, as findings of the steps that see them: AirPlay Receiver holding a port (the
// conflict step), the Application Firewall blocking all incoming connections and Local Network
// privacy refusing a LAN address (the firewall step). Each is decided from facts the System
// collected (listeners and owners, socketfilterfw's words, connect outcomes), never by #if, so
// they are tested on every OS with a fake or replayed Mac.

#include "wizard/facts.h"

#include <optional>
#include <vector>

namespace ld::wizard::macos {

// ControlCenter (AirPlay Receiver, macOS 12+) listens on the port, or it answers as AirTunes.
std::optional<Finding> airPlayReceiver(Facts& facts, const std::vector<Listener>& listeners,
                                       std::uint16_t port);

// The Application Firewall set to "Block all incoming connections" (socketfilterfw's block-all,
// or State = 2). `blocked` is the firewall step's dropping/rejecting finding, when it made one.
std::optional<Finding> appFirewallBlockAll(Facts& facts, const platform::FirewallReading& reading,
                                           const Finding* blocked);

// The macOS firewalls that are on, for the firewall step's summary ("Application Firewall (block
// all)", "pf (enabled)"); empty elsewhere.
QStringList activeMacFirewalls(const platform::FirewallReading& reading);
// What the Application Firewall, when on, does with connections, for the same summary.
QStringList macFirewallAbout(const platform::FirewallReading& reading);
// Whether a macOS firewall source was read at all (then the step did check something).
bool macFirewallRead(const platform::FirewallReading& reading);

// macOS 15+: connecting to a LAN address failed at once with EHOSTUNREACH while loopback works:
// Local Network privacy denies the program the local network.
std::optional<Finding> localNetworkDenied(Facts& facts);

// "macOS 15.1" -> 15; 0 when unknown.
int macMajorVersion(const std::string& osVersion);

} // namespace ld::wizard::macos
