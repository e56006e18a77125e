#include "ui/mcprunner.h"

#include "platform/log.h"

#include <spdlog/spdlog.h>

namespace ld::ui {

McpRunner::McpRunner(platform::System& system, QObject* parent)
    : QObject(parent)
    , m_system(&system) {}

McpRunner::~McpRunner() {
    // The diagnosis waits for its worker; each pass is bounded by the handshake timeout.
    if (m_diagnosis)
        disconnect(m_diagnosis.get(), nullptr, this, nullptr);
    m_diagnosis.reset();
    qDeleteAll(m_retired);
}

wizard::Report McpRunner::report() const {
    if (m_full)
        return *m_full;
    if (m_static)
        return *m_static;
    return {};
}

void McpRunner::start(const QString& configPath, std::chrono::milliseconds connectTimeout) {
    m_requestedPath = configPath;
    m_connectTimeout = connectTimeout;
    m_static.reset();
    m_full.reset();
    m_running = true;
    Q_EMIT started();
    runPass(false);
}

void McpRunner::runPass(bool launch) {
    if (m_diagnosis) {
        // A restart: the old run is cancelled and freed when it ends, without blocking here.
        disconnect(m_diagnosis.get(), nullptr, this, nullptr);
        m_diagnosis->cancel();
        wizard::McpDiagnosis* old = m_diagnosis.release();
        if (old->isRunning()) {
            m_retired.append(old);
            connect(
                old, &wizard::McpDiagnosis::finished, this,
                [this, old] {
                    m_retired.removeOne(old);
                    old->deleteLater();
                },
                Qt::QueuedConnection);
        } else {
            old->deleteLater();
        }
    }
    wizard::McpOptions options;
    options.configPath = m_requestedPath;
    // HostContext::current() asks the login shell lazily, on the diagnosis' worker.
    if (!m_host)
        m_host = std::make_shared<wizard::HostContext>(wizard::HostContext::current());
    if (!launch)
        m_found = wizard::discoverConfigs(*m_host);
    // One client at a time, so a fix edits the file it was found in: the first client found.
    for (const wizard::DiscoveredConfig& found : std::as_const(m_found)) {
        if (!m_requestedPath.isEmpty() || found.location.ignored || found.location.project)
            continue;
        options.client = found.client->key;
        break;
    }
    options.launch = launch;
    options.connectTimeout = m_connectTimeout;
    m_launchPass = launch;
    m_diagnosis = std::make_unique<wizard::McpDiagnosis>(*m_system, *m_host, options);
    connect(m_diagnosis.get(), &wizard::McpDiagnosis::finished, this, &McpRunner::passDone,
            Qt::QueuedConnection);
    m_diagnosis->start();
}

void McpRunner::passDone(const wizard::Report& report) {
    if (!m_diagnosis || sender() != m_diagnosis.get())
        return;
    m_configs = m_diagnosis->configs();
    m_configPath = m_configs.isEmpty() ? QString() : m_configs.first().path;
    log::get(log::Area::Ui)
        .info("mcp {} pass done: verdict {}", m_launchPass ? "launch" : "static",
              report.verdict.finding.toStdString());
    if (!m_launchPass) {
        m_static = report;
        Q_EMIT staticChecksDone(report);
        runPass(true);
    } else {
        m_full = report;
        m_running = false;
        Q_EMIT finished(report);
    }
}

} // namespace ld::ui
