#pragma once
// The one seam between the macOS collector and the OS: run a program with arguments, bounded in
// time and in output. A QProcess runner for real use, a replaying one for tests.

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace ld::platform {

struct Command {
    std::string program; // a full path on macOS ("/usr/sbin/lsof"), so PATH does not matter
    std::vector<std::string> args;
    std::string text() const; // "program arg arg", for logs, messages and replay keys
};

struct CommandResult {
    bool started = false;   // false: absent, not executable, or refused by the OS
    bool timedOut = false;  // killed at the deadline (out/err hold what came before)
    bool truncated = false; // output cut at the limit
    int exitCode = -1;
    std::string out;
    std::string err;
    std::string startError; // why it did not start
    bool ok() const { return started && !timedOut && exitCode == 0; }
};

struct CommandLimits {
    std::chrono::milliseconds timeout{4000};
    std::size_t maxOutput = 8 * 1024 * 1024;
};

class CommandRunner {
public:
    virtual ~CommandRunner() = default;
    // Runs in the C locale with stdin closed; never throws.
    virtual CommandResult run(const Command& command, const CommandLimits& limits) = 0;
};

} // namespace ld::platform
