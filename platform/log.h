#pragma once
// One small facade over spdlog: a named logger per area, a rotating file in the app's log
// folder, stderr with --verbose, and the level from a flag or LD_LOG_LEVEL.

#include <memory>
#include <string>

namespace spdlog {
class logger;
}

namespace ld::log {

enum class Area { App, Platform, Probe, Mcp, Ui };

// The logger for an area; a silent one until setup() ran, so libraries and tests can log freely.
spdlog::logger& get(Area area);

struct Setup {
    std::string directory;      // where the rotating file goes; empty for none
    bool toStderr = false;      // --verbose
    std::string level = "info"; // trace, debug, info, warn, error, off; LD_LOG_LEVEL overrides
};
// Returns the log file's path, or an empty string when no file could be opened (not fatal).
std::string setup(const Setup& setup);
std::string logFilePath();

} // namespace ld::log
