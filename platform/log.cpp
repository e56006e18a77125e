#include "platform/log.h"

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace ld::log {
namespace {

constexpr std::array<const char*, 5> kAreaNames{"app", "platform", "probe", "mcp", "ui"};

std::mutex g_mutex;
std::array<std::shared_ptr<spdlog::logger>, kAreaNames.size()> g_loggers;
std::string g_filePath;

std::shared_ptr<spdlog::logger> makeLogger(const char* name, std::vector<spdlog::sink_ptr> sinks) {
    auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
    logger->flush_on(spdlog::level::warn);
    return logger;
}

} // namespace

spdlog::logger& get(Area area) {
    std::lock_guard lock(g_mutex);
    auto& slot = g_loggers[static_cast<std::size_t>(area)];
    if (!slot)
        slot = makeLogger(kAreaNames[static_cast<std::size_t>(area)],
                          {std::make_shared<spdlog::sinks::null_sink_mt>()});
    return *slot;
}

std::string setup(const Setup& setup) {
    std::vector<spdlog::sink_ptr> sinks;
    std::string path;
    if (!setup.directory.empty()) {
        std::error_code error;
        std::filesystem::create_directories(setup.directory, error);
        path = (std::filesystem::path(setup.directory) / "localhost-doctor.log").string();
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 2 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex&) {
            path.clear(); // a read-only home must not stop the tool
        }
    }
    if (setup.toStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    std::string levelName = setup.level;
    if (const char* fromEnv = std::getenv("LD_LOG_LEVEL"); fromEnv && *fromEnv)
        levelName = fromEnv;
    const auto level = spdlog::level::from_str(levelName);

    std::lock_guard lock(g_mutex);
    for (std::size_t i = 0; i < kAreaNames.size(); ++i) {
        g_loggers[i] = makeLogger(kAreaNames[i], sinks);
        g_loggers[i]->set_level(level);
    }
    g_filePath = path;
    return path;
}

std::string logFilePath() {
    std::lock_guard lock(g_mutex);
    return g_filePath;
}

} // namespace ld::log
