#include "wizard/mcp/mcpdiagnosis.h"

#include "platform/log.h"
#include "wizard/diagnosis.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <spdlog/spdlog.h>
#include <thread>

namespace ld::wizard {
namespace {

// The last lines of a file, reading at most tailBytes from its end.
QStringList tailLines(const QString& path, qint64 tailBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const qint64 start = std::max<qint64>(0, size - tailBytes);
    file.seek(start);
    QByteArray bytes = file.read(tailBytes);
    if (start > 0) // the first line is cut
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    QStringList lines;
    for (const QByteArray& line : bytes.split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line.trimmed()).left(500);
    return lines;
}

bool isErrorLine(const QString& line) {
    static const QRegularExpression pattern(
        QStringLiteral("\\[error\\]|\\berror\\b|ENOENT|EACCES|EINVAL|disconnected|exited with code|"
                       "failed|not found|timed out|Unexpected token|command not found|No such file"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

Finding withEvidence(Finding finding, const QString& key, const QJsonValue& value) {
    finding.evidence.insert(key, value);
    return finding;
}

std::unique_ptr<platform::System> realSystem() {
    return platform::createSystem();
}

} // namespace

QJsonObject claudeLogEvidence(const HostContext& host, const QString& server, int maxLines,
                              qint64 tailBytes) {
    for (const QString& dir : logDirectoryCandidates(host)) {
        if (!host.exists(dir))
            continue;
        QJsonArray lines;
        QStringList files;
        const QString serverLog = host.join(dir, QStringLiteral("mcp-server-%1.log").arg(server));
        QStringList picked;
        for (const QString& line : tailLines(serverLog, tailBytes))
            if (isErrorLine(line))
                picked << line;
        if (!picked.isEmpty())
            files << serverLog;
        const QString mainLog = host.join(dir, QStringLiteral("mcp.log"));
        const QString tag = QStringLiteral("[%1]").arg(server);
        const QString named = QStringLiteral("\"%1\"").arg(server);
        bool fromMain = false;
        for (const QString& line : tailLines(mainLog, tailBytes)) {
            if ((line.contains(tag) || line.contains(named)) && isErrorLine(line)) {
                picked << line;
                fromMain = true;
            }
        }
        if (fromMain)
            files << mainLog;
        if (picked.isEmpty())
            continue;
        for (const QString& line : picked.mid(std::max<qsizetype>(0, picked.size() - maxLines)))
            lines.append(line);
        return {{QStringLiteral("directory"), dir},
                {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                {QStringLiteral("lines"), lines}};
    }
    return {};
}

McpDiagnosis::McpDiagnosis(HostContext host, McpOptions options)
    : m_host(std::move(host))
    , m_options(std::move(options))
    , m_systemFactory(realSystem)
    , m_stdioProbe([](const StdioServerSpec& spec, const McpProbeLimits& limits) {
        return probeStdioServer(spec, limits);
    })
    , m_httpProbe(
          [](const QString& url, const McpProbeLimits& limits) { return probeHttpServer(url, limits); }) {
    m_targetDiagnoser = [this](const Target& target, const Options& options) {
        const auto system = m_systemFactory();
        Diagnosis diagnosis(*system, target, options);
        return diagnosis.run();
    };
}

StepResult McpDiagnosis::configStep() const {
    StepResult step;
    step.id = QStringLiteral("config");
    step.findings = m_config.findings;
    const bool broken = std::any_of(step.findings.begin(), step.findings.end(),
                                    [](const Finding& f) { return f.severity == Severity::Error; });
    if (m_config.parsed && !broken) {
        QStringList names;
        for (const McpServerEntry& entry : m_config.servers)
            names << entry.name;
        Finding ok;
        ok.id = QStringLiteral("mcp.config_ok");
        ok.severity = Severity::Ok;
        ok.title = names.isEmpty() ? tr("Claude Desktop's config is valid but lists no MCP servers")
                                   : tr("Claude Desktop's config is valid and lists %n MCP server(s)",
                                        nullptr, int(names.size()));
        ok.detail = tr("Read from %1.").arg(m_config.path);
        ok.evidence = {{QStringLiteral("path"), m_config.path},
                       {QStringLiteral("servers"), QJsonArray::fromStringList(names)}};
        step.findings << ok;
    }
    step.settleStatus();
    return step;
}

void McpDiagnosis::diagnoseUrl(const QString& server, const BridgeInfo& bridge, StepResult& step) {
    const TargetParse parsed = TargetParser::parse(bridge.url);
    if (!parsed.target)
        return;
    Options options;
    options.mcp = true;
    options.timeout = m_options.connectTimeout;
    const Report report = m_targetDiagnoser(*parsed.target, options);
    bool probed = false;
    for (const StepResult& nested : report.steps) {
        probed = probed || nested.id == QLatin1String("mcp");
        for (const Finding& finding : nested.findings) {
            Finding copy = withEvidence(finding, QStringLiteral("step"), nested.id);
            copy.evidence.insert(QStringLiteral("url"), bridge.url);
            step.findings << copy;
        }
    }
    if (!probed) {
        McpProbeLimits limits;
        limits.handshakeTimeout = m_options.handshakeTimeout;
        for (const Finding& finding : m_httpProbe(parsed.target->url(), limits).findings)
            step.findings << withEvidence(finding, QStringLiteral("url"), bridge.url);
    }
    log::get(log::Area::Mcp)
        .debug("server {}: {} diagnosed, verdict {}", server.toStdString(), bridge.url.toStdString(),
               report.verdict.finding.toStdString());
}

StepResult McpDiagnosis::serverStep(const McpServerEntry& entry) {
    StepResult step;
    step.id = QStringLiteral("server:") + entry.name;
    step.findings = entry.findings;

    std::optional<BridgeInfo> bridge;
    if (entry.remote && !entry.url.isEmpty())
        bridge = BridgeInfo{QStringLiteral("url"), entry.url, entry.url, -1, entry.type};
    CommandResolution resolution;
    if (entry.stdioUsable()) {
        step.findings << McpStaticChecks::check(entry, m_host, &resolution);
        bridge = findBridge(entry.command, entry.args);
    }
    const auto hasError = [&step] {
        return std::any_of(step.findings.begin(), step.findings.end(),
                           [](const Finding& f) { return f.severity == Severity::Error; });
    };

    if (bridge) {
        std::optional<Finding> problem;
        if (bridge->url.isEmpty()) {
            problem = remoteUrlProblem(entry.name, *bridge, {});
        } else if (const TargetParse parsed = TargetParser::parse(bridge->url);
                   !parsed.target || parsed.target->portProblem != PortProblem::None) {
            // Only an impossible URL needs the listening ports (for ranking the repairs).
            QSet<int> listening;
            if (parsed.target && parsed.target->portProblem == PortProblem::OutOfRange) {
                const auto system = m_systemFactory();
                platform::SocketQuery query;
                query.udp = false;
                for (const platform::Socket& socket : system->sockets(query))
                    listening.insert(socket.localPort);
            }
            problem = remoteUrlProblem(entry.name, *bridge, listening);
        }
        if (problem)
            step.findings << *problem;
        else if (m_options.launch)
            diagnoseUrl(entry.name, *bridge, step);
    } else if (m_options.launch && entry.stdioUsable() && !hasError()) {
        StdioServerSpec spec;
        spec.name = entry.name;
        spec.command = resolution.resolved.isEmpty() ? entry.command : resolution.resolved;
        spec.args = entry.args;
        spec.env = launchEnvironment(m_host, entry.env);
        McpProbeLimits limits;
        limits.handshakeTimeout = m_options.handshakeTimeout;
        const McpProbeResult probe = m_stdioProbe(spec, limits);
        step.findings << probe.findings;
    }

    // Claude Desktop's own logs: evidence on what went wrong, or a note when all looks fine here.
    const QJsonObject logs = claudeLogEvidence(m_host, entry.name);
    if (!logs.isEmpty()) {
        bool attached = false;
        for (Finding& finding : step.findings) {
            if (finding.severity == Severity::Error || finding.severity == Severity::Warning) {
                finding.evidence.insert(QStringLiteral("claude_logs"), logs);
                attached = true;
            }
        }
        if (!attached) {
            const QJsonArray lines = logs.value(QStringLiteral("lines")).toArray();
            Finding note;
            note.id = QStringLiteral("mcp.log_errors");
            note.severity = Severity::Info;
            note.title = tr("Claude Desktop logged errors for server \"%1\" earlier").arg(entry.name);
            note.detail =
                tr("The last one: %1\nIf the checks here pass, it may be from before a fix; restart Claude "
                   "Desktop and look again.")
                    .arg(lines.last().toString());
            note.evidence = {{QStringLiteral("claude_logs"), logs}};
            step.findings << note;
        }
    }
    step.settleStatus();
    return step;
}

Report McpDiagnosis::run() {
    QElapsedTimer total;
    total.start();
    m_config = McpConfigReader::load(m_host, m_options.configPath);

    Report report;
    report.intent = Intent::Connect;
    report.target.input = m_config.path;
    report.target.scheme = QStringLiteral("file");
    report.target.host.clear();
    report.target.path = m_config.path;

    QElapsedTimer timer;
    timer.start();
    StepResult config = configStep();
    config.elapsedMs = timer.nsecsElapsed() / 1e6;
    report.steps << config;

    // Every server on its own worker; the run takes as long as the slowest, not the sum.
    const qsizetype count = m_config.servers.size();
    QList<StepResult> results(count);
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < count; i = next++) {
            QElapsedTimer serverTimer;
            serverTimer.start();
            results[i] = serverStep(m_config.servers.at(i));
            results[i].elapsedMs = serverTimer.nsecsElapsed() / 1e6;
        }
    };
    // Static checks are microseconds each: threads only pay off when servers are started.
    const qsizetype workers =
        m_options.launch ? std::min<qsizetype>(count, std::max(1, m_options.maxParallel)) : 1;
    if (workers <= 1) {
        work();
    } else {
        std::vector<std::thread> threads;
        for (qsizetype i = 0; i < workers; ++i)
            threads.emplace_back(work);
        for (std::thread& thread : threads)
            thread.join();
    }
    report.steps << results;

    report.settleVerdict();
    if (!report.problemFound())
        report.verdict.summary =
            count == 0
                ? tr("Claude Desktop's config is fine, but it lists no MCP servers.")
                : tr("All %n MCP server(s) in Claude Desktop's config look fine.", nullptr, int(count));
    report.elapsedMs = total.nsecsElapsed() / 1e6;
    log::get(log::Area::Mcp)
        .info("mcp: {} servers in {}, verdict {} in {:.1f} ms", count, m_config.path.toStdString(),
              report.verdict.finding.toStdString(), report.elapsedMs);
    return report;
}

} // namespace ld::wizard
