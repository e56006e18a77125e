// What the bundle collects from the system: file tails, the system facts, sockets, firewall
// and proxy state, as text for the plan.
#include "wizard/bundle/bundle.h"
#include "wizard/listenertable.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimeZone>
#include <QUrl>
#include <algorithm>

namespace ld::wizard {
namespace {

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
    // The engine's one listener table, as `localhost-doctor listeners` prints it, commands whole.
    const ListenerTable table = ListenerTable::read(m_system);
    QString out = tr("Listening sockets and their programs, as `localhost-doctor listeners` shows them.") +
                  QLatin1Char('\n') + table.toText(0);
    if (table.isEmpty())
        out += tr("(none)") + QLatin1Char('\n');
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

} // namespace ld::wizard
