#pragma once
// Runs the MCP diagnosis (wizard/mcp/mcpdiagnosis.h) for the MCP pages in two passes: the static
// checks first (config, command paths: quick), then the real handshakes. McpDiagnosis runs on
// its own worker; this only starts it and keeps what it reports.

#include "wizard/mcp/mcpdiagnosis.h"
#include "wizard/report/report.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <memory>
#include <optional>

namespace ld::ui {

class McpRunner final : public QObject {
    Q_OBJECT
public:
    // The System is the app's, created once in app/ and handed down (through the DoctorWizard).
    McpRunner(platform::System& system, QObject* parent = nullptr);
    ~McpRunner() override;

    // configPath empty: the first client found on this machine (Claude Desktop's first).
    void start(const QString& configPath, std::chrono::milliseconds connectTimeout);
    // Given --timeout-ms, the server handshakes wait that long too, as in `mcp --timeout-ms`;
    // otherwise they keep the engine's default, long enough for npx to fetch a package.
    void setHandshakeTimeout(std::chrono::milliseconds timeout) { m_handshakeTimeout = timeout; }
    bool running() const { return m_running; }
    bool staticDone() const { return m_static.has_value(); }
    bool done() const { return m_full.has_value(); }
    // The best report so far: the full one, else the static one, else empty.
    wizard::Report report() const;
    QString configPath() const { return m_configPath; } // the (first) file actually read
    // The config read (one client's).
    const QList<wizard::McpConfig>& configs() const { return m_configs; }
    // Every client's config file found on this machine; the first user-wide one is diagnosed.
    const QList<wizard::DiscoveredConfig>& found() const { return m_found; }

    // While on: a change of the config file on disk (saved by an editor, replaced, created)
    // checks again, so the pages never show a stale error after the user fixed the file.
    void setWatching(bool on);
    bool watching() const { return m_watching; }

Q_SIGNALS:
    void configChangedOnDisk(const QString& path);
    void started();
    void staticChecksDone(const ld::wizard::Report& report);
    void finished(const ld::wizard::Report& report);

private:
    void runPass(bool launch);
    void passDone(const wizard::Report& report);
    void rewatch();

    platform::System* m_system = nullptr;
    QString m_requestedPath;
    QString m_configPath;
    QList<wizard::McpConfig> m_configs;
    QList<wizard::DiscoveredConfig> m_found;
    std::chrono::milliseconds m_connectTimeout{1500};
    std::optional<std::chrono::milliseconds> m_handshakeTimeout;
    std::optional<wizard::Report> m_static;
    std::optional<wizard::Report> m_full;
    std::unique_ptr<wizard::McpDiagnosis> m_diagnosis;
    QList<wizard::McpDiagnosis*> m_retired; // cancelled runs still finishing
    std::shared_ptr<wizard::HostContext> m_host;
    bool m_launchPass = false;
    bool m_running = false;
    bool m_watching = false;
    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_debounce = nullptr;
    QByteArray m_seenBytes; // the config as last read: a change event that changes nothing is ignored
};

} // namespace ld::ui
