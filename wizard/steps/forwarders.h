#pragma once
// Programs that listen only to pass connections on (Docker's proxy, rootlesskit, WSL's relay,
// kubectl port-forward, ssh -L, editors' port forwards): the real server sits behind them.

#include "platform/types.h"

#include <QString>
#include <optional>

namespace ld::wizard {

struct Forwarder {
    QString name;  // "docker-proxy (Docker)", shown to the user
    QString inner; // where the real server runs: "the container", "WSL", "the pod", ...
};

std::optional<Forwarder> forwarderOf(const platform::ProcessInfo& process);

} // namespace ld::wizard
