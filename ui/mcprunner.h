#pragma once
// Runs the MCP diagnosis (wizard/mcpdiagnosis.h) for the MCP pages, off the GUI thread, in two
// passes: the static checks first (config, command paths: quick), then the real handshakes.

#include "wizard/report/report.h"

#include <QObject>
#include <QThread>
#include <chrono>

namespace ld::ui {

class McpRunner final : public QObject {
    Q_OBJECT
public:
    explicit McpRunner(QObject* parent = nullptr);
    ~McpRunner() override;

    void start(const QString& configPath, std::chrono::milliseconds connectTimeout);
    bool running() const { return m_running; }
    bool staticDone() const { return m_static.has_value(); }
    bool done() const { return m_full.has_value(); }
    // The best report so far: the full one, else the static one, else empty.
    wizard::Report report() const;
    QString configPath() const { return m_configPath; } // the file actually read

Q_SIGNALS:
    void started();
    void staticChecksDone(const ld::wizard::Report& report);
    void finished(const ld::wizard::Report& report);

private:
    void runPass(bool launch, quint64 generation);

    QString m_requestedPath;
    QString m_configPath;
    std::chrono::milliseconds m_connectTimeout{1500};
    std::optional<wizard::Report> m_static;
    std::optional<wizard::Report> m_full;
    QList<QThread*> m_threads;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace ld::ui
