#include "ui/mcprunner.h"

#include "platform/log.h"
#include "wizard/mcp/mcpdiagnosis.h"

#include <memory>
#include <spdlog/spdlog.h>

namespace ld::ui {

McpRunner::McpRunner(QObject* parent)
    : QObject(parent) {}

McpRunner::~McpRunner() {
    // The passes have no cancel; each is bounded by the handshake timeout.
    for (QThread* thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

wizard::Report McpRunner::report() const {
    if (m_full)
        return *m_full;
    if (m_static)
        return *m_static;
    return {};
}

void McpRunner::start(const QString& configPath, std::chrono::milliseconds connectTimeout) {
    ++m_generation;
    m_requestedPath = configPath;
    m_connectTimeout = connectTimeout;
    m_static.reset();
    m_full.reset();
    m_running = true;
    Q_EMIT started();
    runPass(false, m_generation);
}

void McpRunner::runPass(bool launch, quint64 generation) {
    struct Outcome {
        wizard::Report report;
        QString configPath;
    };
    auto outcome = std::make_shared<Outcome>();
    wizard::McpOptions options;
    options.configPath = m_requestedPath;
    options.launch = launch;
    options.connectTimeout = m_connectTimeout;
    QThread* thread = QThread::create([outcome, options] {
        // HostContext::current() asks the login shell for its PATH: also not for the GUI thread.
        wizard::McpDiagnosis diagnosis(wizard::HostContext::current(), options);
        outcome->report = diagnosis.run();
        outcome->configPath = diagnosis.config().path;
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, outcome, launch, generation] {
        m_threads.removeOne(thread);
        thread->deleteLater();
        if (generation != m_generation)
            return;
        m_configPath = outcome->configPath;
        log::get(log::Area::Ui)
            .info("mcp {} pass done: verdict {}", launch ? "launch" : "static",
                  outcome->report.verdict.finding.toStdString());
        if (!launch) {
            m_static = outcome->report;
            Q_EMIT staticChecksDone(outcome->report);
            runPass(true, generation);
        } else {
            m_full = outcome->report;
            m_running = false;
            Q_EMIT finished(outcome->report);
        }
    });
    thread->start();
}

} // namespace ld::ui
