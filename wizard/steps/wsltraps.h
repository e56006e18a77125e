#pragma once
// A server inside WSL 2, as the server step sees it from Windows: the port held by WSL's localhost
// relay (wslrelay.exe; wslhost.exe before WSL 1.1), or no Windows listener while a WSL 2 distro
// runs. Decided from the System's WSL facts (`wsl.exe -l -v`, .wslconfig's networkingMode and
// localhostForwarding), never by #if, so it is tested on every OS with a fake Windows machine.
// It explains and advises; it never changes WSL's settings.

#include "wizard/facts.h"

#include <optional>
#include <vector>

namespace ld::wizard::wsl {

// WSL's relay of Windows' localhost into the WSL 2 VM (NAT networking).
bool isWslRelay(const platform::ProcessInfo& process);

struct ServerInWsl {
    Finding finding; // server.in_wsl
    // Mirrored networking: the connection succeeded with no Windows listener, because the server
    // inside WSL shares Windows' ports; "nothing listens" would be wrong then.
    bool reachedWithoutListener = false;
};

// `listeners` are the Windows listeners on the target's port (empty: none), `attempts` the connect
// to every address of the target. nullopt when WSL has nothing to do with it (not Windows, WSL not
// installed, no WSL 2 distro running and no relay, or a Windows program holds the port).
std::optional<ServerInWsl> serverInWsl(Facts& facts, const std::vector<Listener>& listeners,
                                       const std::vector<platform::ConnectAttempt>& attempts);

} // namespace ld::wizard::wsl
