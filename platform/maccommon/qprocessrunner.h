#pragma once
// CommandRunner over QProcess: works on every OS (the macOS System uses it; on Linux the lsof
// integration test runs the real lsof through it).

#include "platform/maccommon/commandrunner.h"

namespace ld::platform {

class QProcessRunner final : public CommandRunner {
public:
    CommandResult run(const Command& command, const CommandLimits& limits) override;
};

} // namespace ld::platform
