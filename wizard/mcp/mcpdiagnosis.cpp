#include "wizard/mcp/mcpdiagnosis.h"

#include "wizard/mcp/configfile.h"
#include "wizard/report/quote.h"

#include "platform/log.h"
#include "wizard/diagnosis.h"
#include "wizard/mcp/configedit.h"
#include "wizard/mcp/configshape.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <algorithm>
#include <spdlog/spdlog.h>
#include <thread>

namespace ld::wizard {
namespace {

Finding withEvidence(Finding finding, const QString& key, const QJsonValue& value) {
    finding.evidence.insert(key, value);
    return finding;
}

QString osLabel(HostOs os) {
    switch (os) {
    case HostOs::Windows:
        return McpDiagnosis::tr("Windows");
    case HostOs::MacOs:
        return McpDiagnosis::tr("macOS");
    case HostOs::Linux:
        break;
    }
    return McpDiagnosis::tr("Linux");
}

// A label for a config among several: its client, and which of its files.
QString configLabel(const McpConfig& config) {
    QString label = config.client->key;
    if (config.location.project)
        label += QStringLiteral("-project");
    if (config.location.ignored)
        label += QStringLiteral("-ignored");
    return label;
}

// mcp.bridge_url: with --no-launch, the URL a bridge or url entry reaches, parsed, as evidence.
Finding bridgeUrlFinding(const QString& server, const BridgeInfo& bridge, const Target& target) {
    Finding finding;
    finding.id = QStringLiteral("mcp.bridge_url");
    finding.severity = Severity::Info;
    finding.title =
        bridge.package == QLatin1String("url")
            ? McpDiagnosis::tr("Server \"%1\" is reached at %2").arg(server, bridge.url)
            : McpDiagnosis::tr("Server \"%1\" reaches %2 through %3").arg(server, bridge.url, bridge.package);
    finding.detail =
        McpDiagnosis::tr("Not contacted (--no-launch): run without it to check that address with "
                         "every step.");
    finding.evidence = {{QStringLiteral("server"), server},
                        {QStringLiteral("bridge"), bridge.package},
                        {QStringLiteral("url"), bridge.url},
                        {QStringLiteral("scheme"), target.scheme},
                        {QStringLiteral("host"), target.host},
                        {QStringLiteral("port"), target.port ? QJsonValue(*target.port) : QJsonValue()},
                        {QStringLiteral("path"), target.path},
                        {QStringLiteral("transport"), bridge.transport}};
    return finding;
}

} // namespace

McpDiagnosis::McpDiagnosis(platform::System& system, HostContext host, McpOptions options, QObject* parent)
    : QObject(parent)
    , m_system(system)
    , m_host(std::move(host))
    , m_options(std::move(options))
    , m_stdioProbe([](const StdioServerSpec& spec, const McpProbeLimits& limits) {
        return probeStdioServer(spec, limits);
    })
    , m_httpProbe(
          [](const QString& url, const McpProbeLimits& limits) { return probeHttpServer(url, limits); }) {
    qRegisterMetaType<ld::wizard::StepResult>();
    qRegisterMetaType<ld::wizard::Report>();
    m_targetDiagnoser = [this](const Target& target, const Options& options) {
        Diagnosis diagnosis(m_system, target, options);
        return diagnosis.run();
    };
}

McpDiagnosis::~McpDiagnosis() {
    m_worker.stopAndWait();
}

void McpDiagnosis::start() {
    m_worker.start([this] { run(); });
}

void McpDiagnosis::cancel() {
    m_worker.cancel();
}

bool McpDiagnosis::isRunning() const {
    return m_worker.isRunning();
}

const McpConfig& McpDiagnosis::config() const {
    static const McpConfig none;
    return m_configs.isEmpty() ? none : m_configs.first();
}

QList<McpConfig> McpDiagnosis::readConfigs(const HostContext& host, const McpOptions& options) {
    const ClientProfile* chosen = options.client.isEmpty() ? nullptr : ClientProfile::byKey(options.client);
    if (!options.configPath.isEmpty() && chosen && host.exists(options.configPath)) {
        ConfigLocation where;
        where.path = options.configPath;
        where.serversKey = chosen->serversKey;
        where.exists = true;
        McpConfig config = McpConfigReader::load(host, *chosen, where);
        config.givenByUser = true;
        config.searched = {options.configPath};
        return {config};
    }
    if (!options.configPath.isEmpty())
        return {McpConfigReader::load(host, options.configPath)};
    if (chosen)
        return {McpConfigReader::loadClient(host, *chosen)};
    if (!options.allClients)
        return {McpConfigReader::loadClient(host, ClientProfile::claudeDesktop())};
    QList<McpConfig> configs;
    const QList<DiscoveredConfig> found = discoverConfigs(host, options.projectDir);
    for (const ClientProfile& client : ClientProfile::all()) {
        bool userRead = false;
        QList<McpConfig> shadowed;
        for (const DiscoveredConfig& discovered : found) {
            if (discovered.client != &client)
                continue;
            const ConfigLocation& where = discovered.location;
            if (where.project || where.ignored) {
                McpConfig config = McpConfigReader::load(host, client, where);
                // A file the client ignores only matters when someone put servers in it.
                if (!where.ignored || !config.servers.isEmpty())
                    configs << config;
                continue;
            }
            if (!where.read && !where.shadowedBy.isEmpty()) {
                shadowed << McpConfigReader::parse(QByteArray(), where.path, &client, &where, host.os);
                if (const ConfigFileRead read = ConfigFile::read(where.path); read.ok())
                    shadowed.last() =
                        McpConfigReader::parse(read.bytes, where.path, &client, &where, host.os);
                continue;
            }
            if (userRead)
                continue;
            userRead = true;
            McpConfig config = McpConfigReader::loadClient(host, client);
            configs << config;
        }
        // The file read says which files beside it are ignored, and how they differ.
        for (const McpConfig& other : shadowed)
            for (McpConfig& config : configs)
                if (config.client == &client && config.path == other.location.shadowedBy)
                    config.findings << shadowingFinding(config, other);
    }
    if (configs.isEmpty())
        configs << McpConfigReader::loadClient(host, ClientProfile::claudeDesktop());
    return configs;
}

StepResult McpDiagnosis::configStep(const McpConfig& config) const {
    const ClientProfile& client = *config.client;
    StepResult step;
    step.id = QStringLiteral("config");
    step.findings = config.findings;
    if (!config.clientReason.isEmpty()) {
        Finding guess;
        guess.id = QStringLiteral("mcp.client_guessed");
        guess.severity = Severity::Info;
        guess.title = tr("%1 is read as a %2 config").arg(config.path, client.displayName);
        guess.detail = tr("The client was %1. Use --client to choose another.").arg(config.clientReason);
        guess.evidence = {{QStringLiteral("client"), client.key},
                          {QStringLiteral("reason"), config.clientReason}};
        step.findings.prepend(guess);
    }
    if (config.parsed && config.writtenFor.detected && config.writtenFor.os != m_host.os) {
        Finding os;
        os.id = QStringLiteral("mcp.config_os");
        os.severity = Severity::Info;
        os.title = tr("This config is written for %1; it is checked by %1's rules")
                       .arg(osLabel(config.writtenFor.os));
        os.detail =
            tr("It names %1, so it is judged as %2 would run it: commands and paths are not looked up on "
               "this %3 machine.")
                .arg(config.writtenFor.evidence.join(QStringLiteral(", ")), client.displayName,
                     osLabel(m_host.os));
        os.evidence = {{QStringLiteral("written_for"), hostOsName(config.writtenFor.os)},
                       {QStringLiteral("this_machine"), hostOsName(m_host.os)},
                       {QStringLiteral("because"), QJsonArray::fromStringList(config.writtenFor.evidence)}};
        step.findings << os;
    }
    const bool broken = std::any_of(step.findings.begin(), step.findings.end(),
                                    [](const Finding& f) { return f.severity == Severity::Error; });
    if (config.parsed && !broken) {
        QStringList names;
        for (const McpServerEntry& entry : config.servers)
            names << entry.name;
        Finding ok;
        ok.id = QStringLiteral("mcp.config_ok");
        ok.severity = Severity::Ok;
        ok.title = names.isEmpty()
                       ? tr("%1's config is valid but lists no MCP servers").arg(client.displayName)
                       : tr("%1's config is valid and lists %n MCP server(s)", nullptr, int(names.size()))
                             .arg(client.displayName);
        ok.detail = tr("Read from %1.").arg(config.path);
        if (!config.location.note.isEmpty())
            ok.detail += QLatin1Char(' ') + config.location.note;
        ok.evidence = {{QStringLiteral("path"), config.path},
                       {QStringLiteral("client"), client.key},
                       {QStringLiteral("client_name"), client.displayName},
                       {QStringLiteral("written_for"), hostOsName(config.writtenFor.os)},
                       {QStringLiteral("servers"), QJsonArray::fromStringList(names)}};
        step.findings << ok;
    }
    step.settleStatus();
    return step;
}

// Every fix that edits the config shows the exact change it would make to the file.
void McpDiagnosis::previewFixes(const McpConfig& config, StepResult& step) const {
    if (!config.found)
        return;
    for (Finding& finding : step.findings)
        for (Fix& fix : finding.fixes)
            if (ConfigEditor::canApply(fix.id))
                if (const ConfigEditResult preview = ConfigEditor::preview(config.path, fix.id, fix.params);
                    preview.ok)
                    fix.preview = preview.diff;
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

StepResult McpDiagnosis::serverStep(const McpConfig& config, const McpServerEntry& entry) {
    const ClientProfile& client = *config.client;
    StepResult step;
    step.id = QStringLiteral("server:") + entry.name;
    step.findings = entry.findings;

    std::optional<BridgeInfo> bridge;
    if (entry.remote && !entry.url.isEmpty())
        bridge = BridgeInfo{QStringLiteral("url"), entry.url, entry.url, -1, entry.type};
    CommandResolution resolution;
    if (entry.stdioUsable()) {
        step.findings << McpStaticChecks::check(entry, m_host, &resolution, client, &config.writtenFor);
        bridge = findBridge(entry.command, entry.args);
    }
    const bool foreign = config.writtenFor.os != m_host.os;
    const auto hasError = [&step] {
        return std::any_of(step.findings.begin(), step.findings.end(),
                           [](const Finding& f) { return f.severity == Severity::Error; });
    };

    if (bridge) {
        std::optional<Finding> problem;
        const TargetParse parsed = TargetParser::parse(bridge->url);
        if (bridge->url.isEmpty()) {
            problem = remoteUrlProblem(entry.name, *bridge, {}, client.displayName);
        } else if (!parsed.target || parsed.target->portProblem != PortProblem::None) {
            // Only an impossible URL needs the listening ports (for ranking the repairs).
            QSet<int> listening;
            if (parsed.target && parsed.target->portProblem == PortProblem::OutOfRange) {
                platform::SocketQuery query;
                query.udp = false;
                for (const platform::Socket& socket : m_system.sockets(query))
                    listening.insert(socket.localPort);
            }
            problem = remoteUrlProblem(entry.name, *bridge, listening, client.displayName);
        }
        if (problem)
            step.findings << *problem;
        else if (m_options.launch && !foreign)
            diagnoseUrl(entry.name, *bridge, step);
        else if (parsed.target)
            step.findings << bridgeUrlFinding(entry.name, *bridge, *parsed.target);
    } else if (m_options.launch && !foreign && entry.stdioUsable() && !hasError()) {
        StdioServerSpec spec;
        spec.name = entry.name;
        spec.command = resolution.resolved.isEmpty() ? entry.command : resolution.resolved;
        spec.args = entry.args;
        spec.env = launchEnvironment(m_host, entry.env, client);
        McpProbeLimits limits;
        limits.handshakeTimeout = m_options.handshakeTimeout;
        const McpProbeResult probe = m_stdioProbe(spec, limits);
        step.findings << probe.findings;
    }

    // "Use Built-in Node.js for MCP": node and npx are the app's own, blind to global npm packages.
    const QString base = entry.command.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).toLower();
    const bool nodeCommand = base == QLatin1String("node") || base == QLatin1String("npx") ||
                             base == QLatin1String("npm") || base == QLatin1String("node.exe");
    if (!client.builtInNodeKey.isEmpty() && nodeCommand &&
        config.root.value(client.builtInNodeKey).toBool(false)) {
        Finding builtIn;
        builtIn.id = QStringLiteral("mcp.builtin_node");
        builtIn.severity = hasError() ? Severity::Warning : Severity::Info;
        builtIn.title = tr("%1 starts \"%2\" of server \"%3\" with its built-in Node.js")
                            .arg(client.displayName, entry.command, entry.name);
        builtIn.detail = tr("The config sets \"%1\": true, so %2 uses the Node.js it ships instead of yours. "
                            "That Node.js does not see packages installed with npm install -g, nor your Node "
                            "version. If the server fails to start or is not found, set \"%1\" to false (or "
                            "turn off \"Use Built-in Node.js for MCP\" in the app's settings). %3")
                             .arg(client.builtInNodeKey, client.displayName, client.restartHint());
        builtIn.evidence = {{QStringLiteral("server"), entry.name}, {client.builtInNodeKey, true}};
        step.findings << builtIn;
    }

    // The client's own logs: evidence on what went wrong, or a note when all looks fine here.
    const QJsonObject logs = clientLogEvidence(m_host, client, entry.name);
    if (!logs.isEmpty()) {
        bool attached = false;
        for (Finding& finding : step.findings) {
            if (finding.severity == Severity::Error || finding.severity == Severity::Warning) {
                finding.evidence.insert(QStringLiteral("client_logs"), logs);
                attached = true;
            }
        }
        if (!attached) {
            const QJsonArray lines = logs.value(QStringLiteral("lines")).toArray();
            Finding note;
            note.id = QStringLiteral("mcp.log_errors");
            note.severity = Severity::Info;
            note.title = tr("%1 logged errors for server \"%2\" earlier").arg(client.displayName, entry.name);
            note.detail = tr("The last one: %1\nIf the checks here pass, it may be from before a fix. %2")
                              .arg(lines.last().toString(), client.restartHint());
            note.evidence = {{QStringLiteral("client_logs"), logs}};
            step.findings << note;
        }
    }
    // Fixes edit this entry wherever its client keeps it.
    QStringList entryPath;
    for (const JsonPathPart& part : entry.path)
        entryPath << part.key;
    for (Finding& finding : step.findings)
        for (Fix& fix : finding.fixes)
            if (fix.params.contains(QStringLiteral("server")) &&
                !fix.params.contains(QStringLiteral("entry_path")))
                fix.params.insert(QStringLiteral("entry_path"), entryPath);
    // Every headline names the server it is about.
    const QString shortName = quoteInput(entry.name); // as the titles quote it: at most ~200 characters
    const QString quoted = QStringLiteral("\"%1\"").arg(shortName);
    for (Finding& finding : step.findings) {
        if (!finding.title.contains(quoted))
            finding.title = tr("Server \"%1\": %2").arg(shortName, finding.title);
        if (!finding.evidence.contains(QStringLiteral("server")))
            finding.evidence.insert(QStringLiteral("server"), entry.name);
    }
    previewFixes(config, step);
    step.settleStatus();
    return step;
}

Report McpDiagnosis::run() {
    QElapsedTimer total;
    total.start();
    m_configs = readConfigs(m_host, m_options);
    const bool several = m_configs.size() > 1;

    Report report;
    report.intent = Intent::Connect;
    report.target.input = m_configs.first().path;
    report.target.scheme = QStringLiteral("file");
    report.target.host.clear();
    report.target.path = m_configs.first().path;

    struct Task {
        qsizetype config;
        qsizetype server;
        QString stepId;
    };
    QList<Task> tasks;
    for (qsizetype c = 0; c < m_configs.size(); ++c) {
        const McpConfig& config = m_configs.at(c);
        const QString label = configLabel(config);
        const QString configId = several ? QStringLiteral("config:") + label : QStringLiteral("config");
        report.steps << runReportedStep(this, configId, [&] { return configStep(config); });
        for (qsizetype s = 0; s < config.servers.size(); ++s)
            tasks << Task{c, s,
                          QStringLiteral("server:") + (several ? label + QLatin1Char(':') : QString()) +
                              config.servers.at(s).name};
    }

    // Every server on its own worker; the run takes as long as the slowest, not the sum.
    const qsizetype count = tasks.size();
    QList<StepResult> results(count);
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        for (qsizetype i = next++; i < count; i = next++) {
            const Task& task = tasks.at(i);
            const McpConfig& config = m_configs.at(task.config);
            results[i].id = task.stepId;
            if (m_worker.cancelled())
                continue;
            results[i] = runReportedStep(this, task.stepId,
                                         [&] { return serverStep(config, config.servers.at(task.server)); });
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
    if (!report.problemFound()) {
        const QString name = m_configs.first().client->displayName;
        report.verdict.summary =
            count == 0 ? tr("%1's config is fine, but it lists no MCP servers.").arg(name)
            : several  ? tr("All %n MCP server(s) of the clients found look fine.", nullptr, int(count))
                       : tr("All %n MCP server(s) in %1's config look fine.", nullptr, int(count)).arg(name);
    }
    report.elapsedMs = total.nsecsElapsed() / 1e6;
    log::get(log::Area::Mcp)
        .info("mcp: {} servers in {} configs, verdict {} in {:.1f} ms", count, m_configs.size(),
              report.verdict.finding.toStdString(), report.elapsedMs);
    Q_EMIT finished(report);
    return report;
}

} // namespace ld::wizard
