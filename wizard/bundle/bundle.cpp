#include "wizard/bundle/bundle.h"

#include "platform/log.h"
#include "wizard/diagnosis.h"
#include "wizard/report/reporthtml.h"
#include "wizard/target.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <QTextStream>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace ld::wizard {
namespace {

QJsonObject countsJson(const QMap<QString, int>& counts) {
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool isSecretKind(const QString& kind) {
    return kind != QLatin1String("home") && kind != QLatin1String("user");
}

QString fromUtf8(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

// Environment variables worth seeing when localhost can't be reached; all are redacted.
const QStringList& diagnosticVariables() {
    static const QStringList names{
        QStringLiteral("PATH"),
        QStringLiteral("SHELL"),
        QStringLiteral("LANG"),
        QStringLiteral("LANGUAGE"),
        QStringLiteral("LC_ALL"),
        QStringLiteral("TERM"),
        QStringLiteral("XDG_SESSION_TYPE"),
        QStringLiteral("XDG_CURRENT_DESKTOP"),
        QStringLiteral("XDG_CONFIG_HOME"),
        QStringLiteral("DISPLAY"),
        QStringLiteral("WAYLAND_DISPLAY"),
        QStringLiteral("APPDATA"),
        QStringLiteral("LOCALAPPDATA"),
        QStringLiteral("NODE_OPTIONS"),
        QStringLiteral("NODE_EXTRA_CA_CERTS"),
        QStringLiteral("NODE_TLS_REJECT_UNAUTHORIZED"),
        QStringLiteral("SSL_CERT_FILE"),
        QStringLiteral("SSL_CERT_DIR"),
        QStringLiteral("REQUESTS_CA_BUNDLE"),
        QStringLiteral("CURL_CA_BUNDLE"),
        QStringLiteral("NVM_DIR"),
        QStringLiteral("NPM_CONFIG_REGISTRY"),
        QStringLiteral("npm_config_registry"),
    };
    return names;
}

bool isProxyVariable(const QString& name) {
    const QString lower = name.toLower();
    return lower.endsWith(QLatin1String("_proxy")) || lower == QLatin1String("node_use_env_proxy") ||
           lower.startsWith(QLatin1String("global_agent_"));
}

} // namespace

QMap<QString, int> BundleEntry::distinctSecrets() const {
    QMap<QString, int> out;
    static const QRegularExpression kind(QStringLiteral(R"(:([a-z0-9-]+)>\z)"));
    for (const QString& placeholder : placeholders)
        ++out[kind.match(placeholder).captured(1)];
    return out;
}

int BundlePlan::indexOf(const QString& name) const {
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).name == name)
            return i;
    return -1;
}

bool BundlePlan::setIncluded(const QString& name, bool included) {
    const int index = indexOf(name);
    if (index < 0 || (!entries.at(index).optional && !included))
        return false;
    entries[index].included = included;
    refreshManifest();
    return true;
}

qint64 BundlePlan::includedBytes() const {
    qint64 total = 0;
    for (const BundleEntry& entry : entries)
        if (entry.included)
            total += entry.bytes();
    return total;
}

QJsonObject BundlePlan::manifest() const {
    QJsonArray files;
    QJsonArray leftOut;
    QMap<QString, int> total;
    QMap<QString, QSet<QString>> distinct;
    for (const BundleEntry& entry : entries) {
        if (entry.name == QLatin1String(manifestName))
            continue;
        if (!entry.included) {
            leftOut.append(
                QJsonObject{{QStringLiteral("name"), entry.name}, {QStringLiteral("source"), entry.source}});
            continue;
        }
        for (auto it = entry.redactions.begin(); it != entry.redactions.end(); ++it)
            total[it.key()] += it.value();
        static const QRegularExpression kind(QStringLiteral(R"(:([a-z0-9-]+)>\z)"));
        for (const QString& placeholder : entry.placeholders)
            distinct[kind.match(placeholder).captured(1)].insert(placeholder);
        files.append(QJsonObject{
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("source"), entry.source},
            {QStringLiteral("bytes"), entry.bytes()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(entry.data, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("optional"), entry.optional},
            {QStringLiteral("redactions"), countsJson(entry.redactions)},
            {QStringLiteral("distinct_secrets"), countsJson(entry.distinctSecrets())},
        });
    }
    QMap<QString, int> distinctCounts;
    for (auto it = distinct.begin(); it != distinct.end(); ++it)
        distinctCounts.insert(it.key(), int(it.value().size()));
    return {{QStringLiteral("schema"), QStringLiteral("localhost-doctor/bundle-manifest@1")},
            {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("localhost-doctor")},
                                                 {QStringLiteral("version"), QStringLiteral(LD_VERSION)}}},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("about_redaction"),
             BundleBuilder::tr(
                 "Secrets were replaced before anything was written: each by a placeholder such as "
                 "<secret-3:sk> (number and kind), the same secret by the same placeholder in every "
                 "file. The home folder is shown as ~ and the user name as <user>. The secrets "
                 "themselves are not in this bundle.")},
            {QStringLiteral("files"), files},
            {QStringLiteral("left_out"), leftOut},
            {QStringLiteral("redactions"),
             QJsonObject{{QStringLiteral("total"), countsJson(total)},
                         {QStringLiteral("distinct_secrets"), countsJson(distinctCounts)}}},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

void BundlePlan::refreshManifest() {
    BundleEntry entry;
    entry.name = QString::fromLatin1(manifestName);
    entry.source =
        BundleBuilder::tr("the list of files in this bundle, their sizes, checksums and redactions");
    entry.data = QJsonDocument(manifest()).toJson(QJsonDocument::Indented);
    const int index = indexOf(entry.name);
    if (index >= 0)
        entries[index] = entry;
    else
        entries.append(entry);
}

BundleBuilder::BundleBuilder(platform::System& system, HostContext host, RedactionIdentity identity)
    : m_system(system)
    , m_host(std::move(host))
    , m_redactor(std::move(identity)) {}

QByteArray BundleBuilder::tail(const QString& path, int lines, QString* error) {
    QFile file(path);
    if (lines <= 0)
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const qint64 size = file.size();
    constexpr qint64 chunk = 64 * 1024;
    QByteArray data;
    qint64 position = size;
    // Count line ends from the end; a final line end does not start a new line.
    while (position > 0) {
        const qint64 length = std::min(chunk, position);
        position -= length;
        file.seek(position);
        data.prepend(file.read(length));
        const qsizetype breaks = data.count('\n') - (data.endsWith('\n') ? 1 : 0);
        if (breaks >= lines)
            break;
    }
    // Walk back over `lines` line ends (not counting a final one); the tail starts after the last.
    qsizetype start = data.size() - (data.endsWith('\n') ? 1 : 0);
    for (int found = 0; found < lines; ++found) {
        const qsizetype previous = start > 0 ? data.lastIndexOf('\n', start - 1) : -1;
        if (previous < 0)
            return data; // fewer lines than asked: all of it
        start = previous;
    }
    return data.mid(start + 1);
}

QString BundleBuilder::targetFolder(int number, const QString& host, const QString& port) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9.-]+"));
    QString safeHost = host;
    safeHost.replace(unsafe, QStringLiteral("_"));
    safeHost = safeHost.left(60);
    if (safeHost.isEmpty())
        safeHost = QStringLiteral("host");
    return QStringLiteral("targets/%1-%2-%3")
        .arg(number)
        .arg(safeHost, port.isEmpty() ? QStringLiteral("noport") : port);
}

QStringList BundleBuilder::mcpLogNames(const QString& directory) {
    QStringList names =
        QDir(directory).entryList({QStringLiteral("mcp.log"), QStringLiteral("mcp-server-*.log")},
                                  QDir::Files | QDir::Readable, QDir::Name);
    return names;
}

void BundleBuilder::addText(BundlePlan& plan, const QString& name, const QString& source, const QString& text,
                            bool optional, bool mcpConfig) {
    const Redacted redacted = mcpConfig ? m_redactor.redactMcpConfig(text) : m_redactor.redactText(text);
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
    const QString input = target.value(QStringLiteral("input")).toString();
    addText(plan, folder + QStringLiteral("/report.json"), tr("the diagnosis of %1").arg(input),
            QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)), false);

    // The page is made from the redacted JSON, so it can show nothing report.json does not.
    const BundleEntry& json = plan.entries.constLast();
    const QJsonObject redactedReport = QJsonDocument::fromJson(json.data).object();
    const Redacted html = m_redactor.redactText(reportToHtml(redactedReport)); // a safety net only
    BundleEntry page;
    page.name = folder + QStringLiteral("/report.html");
    page.source = tr("the same diagnosis as a page to read in a browser");
    page.data = html.text.toUtf8();
    page.redactions = json.redactions;
    for (auto it = html.counts.begin(); it != html.counts.end(); ++it)
        page.redactions[it.key()] += it.value();
    page.placeholders = json.placeholders;
    static const QRegularExpression escaped(
        QStringLiteral(R"(&lt;secret-[0-9]+:([a-z0-9-]+)&gt;|&lt;user&gt;)"));
    for (auto it = escaped.globalMatch(html.text); it.hasNext();) {
        const auto match = it.next();
        page.highlights.append({match.capturedStart(), match.capturedLength(),
                                match.captured(1).isEmpty() ? QStringLiteral("user") : match.captured(1)});
    }
    plan.entries.append(page);
}

QString BundleBuilder::systemText() {
    const std::map<std::string, std::string> environment = m_system.environment();
    QJsonObject env;
    for (const QString& name : diagnosticVariables())
        if (const auto it = environment.find(name.toStdString()); it != environment.end())
            env.insert(name, QString::fromStdString(it->second));
    const QJsonObject system{
        {QStringLiteral("schema"), QStringLiteral("localhost-doctor/system@1")},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("localhost-doctor")},
                                             {QStringLiteral("version"), QStringLiteral(LD_VERSION)}}},
        {QStringLiteral("os"), QString::fromStdString(m_system.osName())},
        {QStringLiteral("os_version"), QString::fromStdString(m_system.osVersion())},
        {QStringLiteral("product"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("qt"), QJsonObject{{QStringLiteral("runtime"), QString::fromLatin1(qVersion())},
                                           {QStringLiteral("built_with"), QStringLiteral(QT_VERSION_STR)}}},
        {QStringLiteral("locale"), QLocale::system().name()},
        {QStringLiteral("ui_languages"), QJsonArray::fromStringList(QLocale::system().uiLanguages())},
        {QStringLiteral("time_zone"), QString::fromUtf8(QTimeZone::systemTimeZoneId())},
        {QStringLiteral("elevated"), m_system.elevated()},
        {QStringLiteral("environment"), env},
    };
    return QString::fromUtf8(QJsonDocument(system).toJson(QJsonDocument::Indented));
}

QString BundleBuilder::socketsText() {
    platform::SocketQuery query;
    query.listeningOnly = true;
    std::vector<platform::Socket> sockets = m_system.sockets(query);
    std::sort(sockets.begin(), sockets.end(), [](const platform::Socket& a, const platform::Socket& b) {
        return std::tie(a.proto, a.localPort, a.local.family, a.local.bytes) <
               std::tie(b.proto, b.localPort, b.local.family, b.local.bytes);
    });
    std::vector<std::uint64_t> inodes;
    for (const platform::Socket& socket : sockets)
        if (socket.inode != 0)
            inodes.push_back(socket.inode);
    const auto owners = m_system.socketOwners(inodes);
    QString out;
    QTextStream text(&out);
    text
        << tr("Listening sockets and their programs, as `localhost-doctor listeners` shows them.") << '\n'
        << tr("PROTO  ADDRESS                                   PID      PROGRAM          USER       COMMAND")
        << '\n';
    for (const platform::Socket& socket : sockets) {
        const auto it = owners.find(socket.inode);
        const platform::ProcessInfo* owner = it != owners.end() ? &it->second : nullptr;
        const QString address = QString::fromStdString(socket.local.toString());
        const QString where = socket.local.family == platform::Family::V6
                                  ? QStringLiteral("[%1]:%2").arg(address).arg(socket.localPort)
                                  : QStringLiteral("%1:%2").arg(address).arg(socket.localPort);
        text << (socket.proto == platform::Proto::Tcp ? "tcp" : "udp") << QStringLiteral("    ")
             << where.leftJustified(42) << ' '
             << (owner ? QString::number(owner->pid) : QStringLiteral("-")).leftJustified(8) << ' '
             << (owner ? QString::fromStdString(owner->program) : QStringLiteral("?")).leftJustified(16)
             << ' '
             << (owner ? QString::fromStdString(owner->user)
                       : QString::fromStdString(m_system.userName(socket.uid)))
                    .leftJustified(10)
             << ' ' << (owner ? QString::fromStdString(owner->commandLine) : QString()) << '\n';
    }
    if (sockets.empty())
        text << tr("(none)") << '\n';
    return out;
}

QString BundleBuilder::firewallText() {
    const platform::FirewallReading reading = m_system.readFirewall();
    QString out;
    for (const platform::FirewallSource& source : reading.sources) {
        out += QStringLiteral("==== %1: %2 ====\n")
                   .arg(QString::fromStdString(source.name), QString::fromStdString(source.command));
        if (source.readable) {
            out += QString::fromStdString(source.text);
            if (!out.endsWith(u'\n'))
                out += u'\n';
        } else {
            out += tr("Could not be read: %1").arg(QString::fromStdString(source.error));
            if (source.needsElevation)
                out += u' ' + tr("(needs administrator rights)");
            out += u'\n';
        }
        out += u'\n';
    }
    if (reading.sources.empty())
        out = tr("No firewall was found to read.") + u'\n';
    return out;
}

QString BundleBuilder::proxyText(const QStringList& urls) {
    QString out =
        tr("Proxy settings in the environment (what curl, Node, Python and Go clients read):") + u'\n';
    const std::map<std::string, std::string> environment = m_system.environment();
    bool any = false;
    for (const auto& [name, value] : environment) {
        const QString key = QString::fromStdString(name);
        if (!isProxyVariable(key))
            continue;
        out += QStringLiteral("  %1=%2\n").arg(key, QString::fromStdString(value));
        any = true;
    }
    if (!any)
        out += QStringLiteral("  ") + tr("(none set)") + u'\n';
    out += u'\n' +
           tr("What the system proxy settings give for each address "
              "(QNetworkProxyFactory::systemProxyForQuery):") +
           u'\n';
    for (const QString& url : urls) {
        const QList<QNetworkProxy> proxies =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(QUrl(url)));
        QStringList described;
        for (const QNetworkProxy& proxy : proxies) {
            if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy) {
                described << tr("direct (no proxy)");
                continue;
            }
            QUrl shown;
            shown.setScheme(proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                                       : QStringLiteral("http"));
            shown.setHost(proxy.hostName());
            shown.setPort(proxy.port());
            shown.setUserName(proxy.user());
            shown.setPassword(proxy.password());
            described << shown.toString(QUrl::FullyEncoded);
        }
        out += QStringLiteral("  %1 -> %2\n").arg(url, described.join(QStringLiteral(", ")));
    }
    return out;
}

BundlePlan BundleBuilder::build(const BundleRequest& request) {
    auto& log = ld::log::get(ld::log::Area::App);
    BundlePlan plan;
    plan.created = QDateTime::currentDateTime();
    const auto cancelled = [&] { return request.cancel && request.cancel->load(); };

    int number = 0;
    QStringList urls;
    for (const QJsonObject& report : request.reports) {
        addReport(plan, ++number, report);
        urls << report.value(QStringLiteral("target")).toObject().value(QStringLiteral("input")).toString();
    }
    for (const QString& input : request.targets) {
        if (cancelled())
            return {};
        const TargetParse parsed = TargetParser::parse(input);
        QJsonObject report;
        if (!parsed.target) {
            report = {
                {QStringLiteral("schema"), QStringLiteral("localhost-doctor/report@1")},
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("input"), input},
                                                      {QStringLiteral("message"), parsed.error},
                                                      {QStringLiteral("position"), parsed.errorPosition}}}};
        } else {
            Diagnosis diagnosis(m_system, *parsed.target, request.options);
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

    addText(plan, QStringLiteral("system.json"), tr("the operating system, versions, locale and environment"),
            systemText(), false);
    addText(plan, QStringLiteral("sockets.txt"), tr("the listening sockets with their programs"),
            socketsText(), true);
    addText(plan, QStringLiteral("firewall.txt"), tr("the firewall's rules, as far as they can be read"),
            firewallText(), true);
    addText(plan, QStringLiteral("proxy.txt"), tr("proxy settings"), proxyText(urls), true);

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
        QFile file(configPath);
        if (file.open(QIODevice::ReadOnly))
            addText(plan, QStringLiteral("claude/claude_desktop_config.json"),
                    tr("the Claude Desktop config %1").arg(configPath), fromUtf8(file.read(4 * 1024 * 1024)),
                    true, true);
        else
            plan.notes << m_redactor
                              .redactText(tr("The Claude Desktop config %1 could not be read: %2")
                                              .arg(configPath, file.errorString()))
                              .text;
    }
    for (const QString& directory : logDirectoryCandidates(m_host)) {
        for (const QString& name : mcpLogNames(directory)) {
            if (cancelled())
                return {};
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
    plan.refreshManifest();
    log.info("bundle planned: {} files, {} bytes, {} secrets replaced", plan.entries.size(),
             plan.includedBytes(), m_redactor.secretCount());
    return plan;
}

} // namespace ld::wizard
