#include "wizard/bundle/bundle.h"

#include "platform/log.h"
#include "wizard/diagnosis.h"
#include "wizard/mcp/configfile.h"
#include "wizard/report/quote.h"
#include "wizard/report/reporthtml.h"
#include "wizard/target.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <spdlog/spdlog.h>

namespace ld::wizard {
namespace {

bool isSecretKind(const QString& kind) {
    return kind != QLatin1String("home") && kind != QLatin1String("user");
}

QString fromUtf8(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

} // namespace

BundleBuilder::BundleBuilder(platform::System& system, HostContext host, RedactionIdentity identity,
                             QObject* parent)
    : QObject(parent)
    , m_system(system)
    , m_host(std::move(host))
    , m_identity(identity)
    , m_redactor(std::move(identity)) {
    qRegisterMetaType<ld::wizard::BundlePlan>();
}

BundleBuilder::~BundleBuilder() {
    m_worker.stopAndWait(); // the diagnoses end by their own timeouts
}

void BundleBuilder::start(const BundleRequest& request) {
    m_worker.start([this, request] { run(request); });
}

void BundleBuilder::cancel() {
    m_worker.cancel();
}

bool BundleBuilder::isRunning() const {
    return m_worker.isRunning();
}

void BundleBuilder::addText(BundlePlan& plan, const QString& name, const QString& source, const QString& text,
                            bool optional) {
    const Redacted redacted = m_redactor.redactText(text);
    BundleEntry entry;
    entry.name = name;
    entry.source = m_redactor.redactText(source).text;
    entry.data = redacted.text.toUtf8();
    entry.highlights = redacted.spans;
    entry.redactions = redacted.counts;
    QSet<QString> seen;
    for (const RedactionSpan& span : redacted.spans)
        if (isSecretKind(span.kind))
            seen.insert(redacted.text.mid(span.start, span.length));
    entry.placeholders = QStringList(seen.begin(), seen.end());
    entry.placeholders.sort();
    entry.optional = optional;
    plan.entries.append(entry);
}

void BundleBuilder::addReport(BundlePlan& plan, int number, const QJsonObject& report) {
    const QJsonObject target = report.value(QStringLiteral("target")).toObject();
    QString host = target.value(QStringLiteral("host")).toString();
    if (host.isEmpty())
        host = report.value(QStringLiteral("error")).toObject().value(QStringLiteral("input")).toString();
    const QJsonValue port = target.value(QStringLiteral("port"));
    const QString folder = targetFolder(number, m_redactor.redactText(host).text,
                                        port.isDouble() ? QString::number(port.toInt()) : QString());
    QString input = target.value(QStringLiteral("input")).toString();
    if (input.isEmpty())
        input = report.value(QStringLiteral("error")).toObject().value(QStringLiteral("input")).toString();
    addText(plan, folder + QStringLiteral("/report.json"), tr("the diagnosis of %1").arg(quoteInput(input)),
            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)), false);
    plan.reports.append(
        {{QStringLiteral("folder"), folder},
         {QStringLiteral("input"), m_redactor.redactText(quoteInput(input)).text},
         {QStringLiteral("intent"), report.value(QStringLiteral("intent"))
                                        .toString(target.value(QStringLiteral("intent")).toString())}});

    // The page is made from the redacted JSON, so it shows nothing report.json does not, with the
    // same placeholders: the safety-net pass keeps them (HTML-escaped) and numbers only a secret
    // it finds anew. Its counts are the placeholders it really holds.
    const BundleEntry& json = plan.entries.constLast();
    const QJsonObject redactedReport = QJsonDocument::fromJson(json.data).object();
    const Redacted html = m_redactor.redactText(reportToHtml(redactedReport));
    BundleEntry page;
    page.name = folder + QStringLiteral("/report.html");
    page.source = tr("the same diagnosis as a page to read in a browser");
    page.data = html.text.toUtf8();
    page.redactions = html.counts;
    page.highlights = html.spans;
    QSet<QString> seen;
    for (const RedactionSpan& span : html.spans)
        if (isSecretKind(span.kind))
            seen.insert(html.text.mid(span.start, span.length));
    static const QRegularExpression escaped(
        QStringLiteral(R"(&lt;(secret-[0-9]+:([a-z0-9-]+))&gt;|&lt;user&gt;)"));
    for (auto it = escaped.globalMatch(html.text); it.hasNext();) {
        const auto match = it.next();
        const QString kind = match.captured(2).isEmpty() ? QStringLiteral("user") : match.captured(2);
        page.highlights.append({match.capturedStart(), match.capturedLength(), kind});
        ++page.redactions[kind];
        if (!match.captured(1).isEmpty())
            seen.insert(QLatin1Char('<') + match.captured(1) + QLatin1Char('>'));
    }
    std::sort(page.highlights.begin(), page.highlights.end(),
              [](const RedactionSpan& a, const RedactionSpan& b) { return a.start < b.start; });
    page.placeholders = QStringList(seen.begin(), seen.end());
    page.placeholders.sort();
    plan.entries.append(page);
}

BundlePlan BundleBuilder::run(const BundleRequest& request) {
    auto& log = ld::log::get(ld::log::Area::App);
    m_redactor = Redactor(m_identity); // one bundle, one numbering of secrets
    BundlePlan plan;
    plan.created = QDateTime::currentDateTime();
    const auto cancelled = [&] { return m_worker.cancelled() || (request.cancel && request.cancel->load()); };
    const auto stop = [&] {
        Q_EMIT finished({});
        return BundlePlan();
    };

    int number = 0;
    QStringList urls;
    const int steps = int(request.targets.size()) + 3;
    for (const QJsonObject& report : request.reports) {
        addReport(plan, ++number, report);
        urls << report.value(QStringLiteral("target")).toObject().value(QStringLiteral("input")).toString();
    }
    int done = 0;
    for (const QString& input : request.targets) {
        if (cancelled())
            return stop();
        Q_EMIT progress(tr("diagnosing %1").arg(quoteInput(input)), done++, steps);
        const TargetParse parsed = TargetParser::parse(input);
        QJsonObject report;
        if (!parsed.target) {
            report = {
                {QStringLiteral("schema"), QStringLiteral("localhost-doctor/report@1")},
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("input"), input},
                                                      {QStringLiteral("message"), parsed.error},
                                                      {QStringLiteral("position"), parsed.errorPosition}}}};
        } else {
            Options options = request.options;
            options.intent = request.intents.value(input, request.options.intent);
            Diagnosis diagnosis(m_system, *parsed.target, options);
            report = reportToJson(diagnosis.run(), m_system);
            urls << parsed.target->url();
        }
        addReport(plan, ++number, report);
    }
    if (urls.isEmpty())
        urls << QStringLiteral("http://localhost/");
    // Only the addresses' scheme, host and port matter to a proxy; the query may hold a token.
    for (QString& url : urls)
        url =
            QUrl(url)
                .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePath)
                .toString();
    urls.removeDuplicates();

    Q_EMIT progress(tr("reading the system, sockets, firewall and proxy"), done++, steps);
    addText(plan, QStringLiteral("system.json"), tr("the operating system, versions, locale and environment"),
            systemText(), false);
    addText(plan, QStringLiteral("sockets.txt"), tr("the listening sockets with their programs"),
            socketsText(), true);
    addText(plan, QStringLiteral("firewall.txt"), tr("the firewall's rules, as far as they can be read"),
            firewallText(), true);
    addText(plan, QStringLiteral("proxy.txt"), tr("proxy settings"), proxyText(urls), true);
    if (cancelled())
        return stop();
    Q_EMIT progress(tr("reading the Claude Desktop config and logs"), done++, steps);
    addConfigAndLogs(plan, request);
    if (cancelled())
        return stop();
    plan.refreshManifest();
    log.info("bundle planned: {} files, {} bytes, {} secrets replaced", plan.entries.size(),
             plan.includedBytes(), m_redactor.secretCount());
    Q_EMIT progress(tr("done"), steps, steps);
    Q_EMIT finished(plan);
    return plan;
}

void BundleBuilder::addConfigAndLogs(BundlePlan& plan, const BundleRequest& request) {
    auto& log = ld::log::get(ld::log::Area::App);
    QString configPath = request.configPath;
    if (configPath.isEmpty()) {
        const QStringList candidates = configCandidates(m_host);
        for (const QString& candidate : candidates)
            if (QFileInfo::exists(candidate)) {
                configPath = candidate;
                break;
            }
        if (configPath.isEmpty())
            plan.notes << m_redactor
                              .redactText(tr("No Claude Desktop config was found (looked at %1).")
                                              .arg(candidates.join(QStringLiteral(", "))))
                              .text;
    }
    if (!configPath.isEmpty()) {
        // Never a FIFO, a device or a huge file: the same reader as the MCP check.
        const ConfigFileRead read = ConfigFile::read(configPath);
        if (read.ok())
            addText(plan, QStringLiteral("claude/claude_desktop_config.json"),
                    tr("the Claude Desktop config %1").arg(quoteInput(configPath)), fromUtf8(read.bytes),
                    true);
        else
            plan.notes << m_redactor.redactText(read.message).text;
    }
    for (const QString& directory : logDirectoryCandidates(m_host)) {
        for (const QString& name : mcpLogNames(directory)) {
            if (m_worker.cancelled())
                return;
            const QString path = QDir(directory).filePath(name);
            QString error;
            const QByteArray bytes = tail(path, request.logTailLines, &error);
            if (!error.isEmpty()) {
                plan.notes << m_redactor.redactText(tr("%1 could not be read: %2").arg(path, error)).text;
                continue;
            }
            addText(plan, QStringLiteral("claude/logs/") + name,
                    tr("the last %1 lines of %2").arg(request.logTailLines).arg(path), fromUtf8(bytes), true);
        }
    }
    const QString appLog = QString::fromStdString(ld::log::logFilePath());
    if (!appLog.isEmpty() && QFileInfo::exists(appLog)) {
        log.flush();
        QString error;
        const QByteArray bytes = tail(appLog, request.appLogTailLines, &error);
        if (error.isEmpty())
            addText(plan, QStringLiteral("app/localhost-doctor.log"),
                    tr("the last %1 lines of this app's log %2").arg(request.appLogTailLines).arg(appLog),
                    fromUtf8(bytes), true);
    }
}

} // namespace ld::wizard
