#include "platform/maccommon/replayrunner.h"

#include <algorithm>

namespace ld::platform {

void ReplayRunner::answer(const Command& command, CommandResult result) {
    std::lock_guard lock(m_mutex);
    m_answers[command.text()].push_back(std::move(result));
}

void ReplayRunner::answer(const Command& command, std::string out, int exitCode, std::string err) {
    CommandResult result;
    result.started = true;
    result.exitCode = exitCode;
    result.out = std::move(out);
    result.err = std::move(err);
    answer(command, std::move(result));
}

void ReplayRunner::replace(const Command& command, std::string out, int exitCode, std::string err) {
    {
        std::lock_guard lock(m_mutex);
        m_answers.erase(command.text());
    }
    answer(command, std::move(out), exitCode, std::move(err));
}

void ReplayRunner::absent(const Command& command) {
    CommandResult result;
    result.startError = "No such file or directory";
    answer(command, std::move(result));
}

void ReplayRunner::answerPrefix(const std::string& prefix, std::string out, int exitCode) {
    CommandResult result;
    result.started = true;
    result.exitCode = exitCode;
    result.out = std::move(out);
    std::lock_guard lock(m_mutex);
    m_prefixes.emplace_back(prefix, std::move(result));
}

CommandResult ReplayRunner::run(const Command& command, const CommandLimits& limits) {
    std::lock_guard lock(m_mutex);
    const std::string key = command.text();
    m_calls.push_back(key);
    const auto it = m_answers.find(key);
    if (it == m_answers.end() || it->second.empty()) {
        for (const auto& [prefix, answer] : m_prefixes)
            if (key.compare(0, prefix.size(), prefix) == 0)
                return answer;
        CommandResult result;
        result.startError = "not recorded";
        return result;
    }
    CommandResult result = it->second.front();
    if (it->second.size() > 1)
        it->second.pop_front();
    if (result.out.size() > limits.maxOutput) {
        result.out.resize(limits.maxOutput);
        result.truncated = true;
    }
    return result;
}

std::vector<std::string> ReplayRunner::calls() const {
    std::lock_guard lock(m_mutex);
    return m_calls;
}

int ReplayRunner::count(const Command& command) const {
    std::lock_guard lock(m_mutex);
    return int(std::count(m_calls.begin(), m_calls.end(), command.text()));
}

} // namespace ld::platform
