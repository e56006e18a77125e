#pragma once
// CommandRunner that answers from recorded outputs instead of running anything: the macOS
// System is tested on Linux with it. Unknown commands answer as an absent program would.

#include "platform/maccommon/commandrunner.h"

#include <deque>
#include <map>
#include <mutex>

namespace ld::platform {

class ReplayRunner final : public CommandRunner {
public:
    // Answers for one command line (Command::text()), given in turn; the last one repeats.
    void answer(const Command& command, CommandResult result);
    void answer(const Command& command, std::string out, int exitCode = 0, std::string err = {});
    // The only answer for that command line from now on (earlier ones are dropped).
    void replace(const Command& command, std::string out, int exitCode = 0, std::string err = {});
    // The program is not there: the command does not start.
    void absent(const Command& command);
    // One answer for every command line that starts with `prefix` (e.g. ps for any pid list),
    // used when no exact answer was given.
    void answerPrefix(const std::string& prefix, std::string out, int exitCode = 0);

    CommandResult run(const Command& command, const CommandLimits& limits) override;

    std::vector<std::string> calls() const; // command lines in the order they were run
    int count(const Command& command) const;

private:
    mutable std::mutex m_mutex;
    std::map<std::string, std::deque<CommandResult>> m_answers;
    std::vector<std::pair<std::string, CommandResult>> m_prefixes;
    std::vector<std::string> m_calls;
};

} // namespace ld::platform
