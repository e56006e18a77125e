#include "ui/mcprunner.h"

#include "platform/log.h"

#include <QFile>
#include <QFileInfo>
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

void McpRunner::setWatching(bool on) {
    if (on == m_watching)
        return;
    m_watching = on;
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        m_debounce = new QTimer(this);
        m_debounce->setSingleShot(true);
        // Editors save in bursts (truncate, write, rename): check once they are done.
        m_debounce->setInterval(250);
        auto changed = [this] {
            if (m_watching)
                m_debounce->start();
        };
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
        connect(m_debounce, &QTimer::timeout, this, [this] {
            const QString path = m_watcher->property("configPath").toString();
            QFile file(path);
            const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            rewatch(); // a file replaced by rename is a new file: watch it again
            if (bytes == m_seenBytes)
                return;
            log::get(log::Area::Ui).info("mcp config {} changed on disk: checking again", path.toStdString());
            Q_EMIT configChangedOnDisk(path);
            start(m_requestedPath, m_connectTimeout);
        });
    }
    if (on)
        rewatch();
    else if (!m_watcher->files().isEmpty() || !m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->files() + m_watcher->directories());
}

void McpRunner::rewatch() {
    if (!m_watcher || !m_watching)
        return;
    QString path = !m_configPath.isEmpty() ? m_configPath : m_requestedPath;
    for (const wizard::DiscoveredConfig& found : std::as_const(m_found))
        if (path.isEmpty() && !found.location.ignored && !found.location.project)
            path = found.location.path;
    if (path.isEmpty())
        return;
    if (m_watcher->property("configPath").toString() != path) {
        QFile file(path);
        m_seenBytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    m_watcher->setProperty("configPath", path);
    const QString folder = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    if (QFileInfo::exists(folder) && !m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
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
    if (m_handshakeTimeout)
        options.handshakeTimeout = *m_handshakeTimeout;
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
    if (!m_launchPass && m_watcher) {
        // What this pass read is what a change is compared with.
        const QString path = !m_configPath.isEmpty() ? m_configPath : m_requestedPath;
        QFile file(path);
        m_seenBytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        m_watcher->setProperty("configPath", QString());
        const QByteArray seen = m_seenBytes;
        rewatch();
        m_seenBytes = seen;
    }
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
