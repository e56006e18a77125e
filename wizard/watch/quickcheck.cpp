#include "wizard/watch/quickcheck.h"

#include "platform/log.h"
#include "wizard/mcp/mcpconfig.h"
#include "wizard/mcp/mcppath.h"
#include "wizard/mcp/mcpprobe.h"
#include "wizard/steps/mcpstep.h"
#include "wizard/watch/quickprobe.h"

#include <QEventLoop>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace ld::wizard {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(QuickCheck)
};

QuickResult stdioCheck(const WatchedEndpoint& endpoint, std::chrono::milliseconds timeout) {
    QuickResult result;
    const HostContext host = HostContext::current();
    const McpConfig config = McpConfigReader::load(host, endpoint.configPath);
    const auto fromFinding = [&result](const Finding& finding) {
        result.finding = finding.id;
        result.title = finding.title;
        result.state = finding.severity == Severity::Error     ? QuickState::Down
                       : finding.severity == Severity::Warning ? QuickState::Degraded
                                                               : QuickState::Up;
        return result;
    };
    for (const Finding& finding : config.findings)
        if (finding.severity == Severity::Error)
            return fromFinding(finding);
    const auto entry = std::find_if(config.servers.cbegin(), config.servers.cend(),
                                    [&](const McpServerEntry& e) { return e.name == endpoint.target; });
    if (entry == config.servers.cend()) {
        result.state = QuickState::Down;
        result.finding = QStringLiteral("mcp.config_invalid");
        result.title =
            Tr::tr("Claude Desktop's config no longer has a server called \"%1\".").arg(endpoint.target);
        return result;
    }
    for (const Finding& finding : entry->findings)
        if (finding.severity == Severity::Error)
            return fromFinding(finding);
    CommandResolution resolution;
    for (const Finding& finding : McpStaticChecks::check(*entry, host, &resolution))
        if (finding.severity == Severity::Error)
            return fromFinding(finding);

    StdioServerSpec spec;
    spec.name = entry->name;
    spec.command = resolution.resolved.isEmpty() ? entry->command : resolution.resolved;
    spec.args = entry->args;
    spec.env = launchEnvironment(host, entry->env);
    McpProbeLimits limits;
    limits.handshakeTimeout = timeout;
    const McpProbeResult probe = probeStdioServer(spec, limits);
    result.elapsedMs = probe.elapsedMs;
    for (const Finding& finding : probe.findings)
        if (finding.id == QLatin1String("mcp.ok"))
            return fromFinding(finding);
    for (Severity severity : {Severity::Error, Severity::Warning})
        for (const Finding& finding : probe.findings)
            if (finding.severity == severity)
                return fromFinding(finding);
    result.state = QuickState::Down;
    result.finding = QStringLiteral("mcp.handshake_timeout");
    result.title = Tr::tr("The MCP server \"%1\" did not complete the handshake.").arg(endpoint.target);
    return result;
}

} // namespace

QuickCheck::QuickCheck(QuickCheckOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options) {
    qRegisterMetaType<QuickResult>();
}

QuickCheck::~QuickCheck() {
    if (m_pool) {
        m_pool->clear();
        m_pool->waitForDone();
    }
    for (const QPointer<QObject>& probe : std::as_const(m_running))
        delete probe.data();
}

void QuickCheck::start(const QList<WatchedEndpoint>& endpoints) {
    for (const WatchedEndpoint& endpoint : endpoints) {
        if (m_running.contains(endpoint.name))
            continue;
        if (endpoint.kind == EndpointKind::McpStdio) {
            startStdio(endpoint);
            continue;
        }
        auto* probe = new QuickProbe(endpoint.target, m_options.timeout, m_options.slow, this);
        const QString name = endpoint.name;
        connect(probe, &QuickProbe::finished, this, [this, name, probe](const QuickResult& result) {
            probe->deleteLater();
            finish(name, result);
        });
        m_running.insert(name, probe);
        probe->start();
    }
}

void QuickCheck::startStdio(const WatchedEndpoint& endpoint) {
    if (!m_pool) {
        m_pool = new QThreadPool(this);
        m_pool->setMaxThreadCount(4); // each launches a server process: keep it modest
    }
    m_running.insert(endpoint.name, nullptr);
    const auto timeout = m_options.stdioTimeout;
    m_pool->start([this, endpoint, timeout] {
        const QuickResult result = stdioCheck(endpoint, timeout);
        QMetaObject::invokeMethod(
            this, [this, name = endpoint.name, result] { finish(name, result); }, Qt::QueuedConnection);
    });
}

void QuickCheck::finish(const QString& name, const QuickResult& result) {
    if (!m_running.remove(name))
        return;
    log::get(log::Area::Probe)
        .debug("quick check {}: {} ({}) in {:.1f} ms", name.toStdString(),
               quickStateName(result.state).toStdString(), result.finding.toStdString(), result.elapsedMs);
    Q_EMIT checked(name, result);
    if (m_running.isEmpty())
        Q_EMIT roundFinished();
}

QList<QuickResult> QuickCheck::runRound(const QList<WatchedEndpoint>& endpoints) {
    QHash<QString, QuickResult> results;
    QEventLoop loop;
    const auto collect =
        connect(this, &QuickCheck::checked, &loop,
                [&results](const QString& name, const QuickResult& result) { results.insert(name, result); });
    const auto done = connect(this, &QuickCheck::roundFinished, &loop, &QEventLoop::quit);
    start(endpoints);
    if (busy()) {
        // A guard only: every probe ends by its own timeout.
        QTimer::singleShot(std::max(m_options.timeout, m_options.stdioTimeout) + std::chrono::seconds(10),
                           &loop, &QEventLoop::quit);
        loop.exec();
    }
    disconnect(collect);
    disconnect(done);
    QList<QuickResult> ordered;
    for (const WatchedEndpoint& endpoint : endpoints)
        ordered << results.value(endpoint.name);
    return ordered;
}

} // namespace ld::wizard
