#include "wizard/watch/endpointstore.h"

#include "platform/log.h"
#include "platform/safefile.h"
#include "wizard/mcp/configfile.h"
#include "wizard/mcp/mcpconfig.h"
#include "wizard/mcp/mcppath.h"
#include "wizard/target.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <spdlog/spdlog.h>

namespace ld::wizard {

namespace {

constexpr int kFormatVersion = 1;
const QString kArray = QStringLiteral("endpoints");

spdlog::logger& logger() {
    return log::get(log::Area::App);
}

std::optional<bool> boolValue(const QVariant& value) {
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

QString endpointKindName(EndpointKind kind) {
    return kind == EndpointKind::McpStdio ? QStringLiteral("mcp-stdio") : QStringLiteral("url");
}

QString endpointSourceName(EndpointSource source) {
    return source == EndpointSource::ClaudeConfig ? QStringLiteral("claude-config") : QStringLiteral("user");
}

std::optional<EndpointKind> endpointKindFromName(const QString& name) {
    if (name == QLatin1String("url"))
        return EndpointKind::Url;
    if (name == QLatin1String("mcp-stdio"))
        return EndpointKind::McpStdio;
    return std::nullopt;
}

std::optional<EndpointSource> endpointSourceFromName(const QString& name) {
    if (name == QLatin1String("user"))
        return EndpointSource::User;
    if (name == QLatin1String("claude-config"))
        return EndpointSource::ClaudeConfig;
    return std::nullopt;
}

QString EndpointStore::defaultPath() {
    const QString dir = qEnvironmentVariable("LD_SETTINGS_DIR");
    if (!dir.isEmpty())
        return QDir(dir).filePath(QStringLiteral("endpoints.ini"));
    // QSettings' own rule for user INI files (it honours XDG_CONFIG_HOME on Linux).
    const QSettings where(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("localhost-doctor"),
                          QStringLiteral("endpoints"));
    return where.fileName();
}

EndpointStore::EndpointStore(const QString& path)
    : m_path(path.isEmpty() ? defaultPath() : path) {
    reload();
}

std::optional<WatchedEndpoint> EndpointStore::find(const QString& name) const {
    for (const WatchedEndpoint& endpoint : m_endpoints)
        if (endpoint.name == name)
            return endpoint;
    return std::nullopt;
}

QString EndpointStore::validate(const WatchedEndpoint& endpoint) {
    if (endpoint.name.trimmed().isEmpty())
        return tr("An endpoint needs a name.");
    if (endpoint.name.contains(QLatin1Char('=')) || endpoint.name.contains(QLatin1Char('\n')))
        return tr("The name \"%1\" can't contain \"=\" or a line break.").arg(endpoint.name);
    if (endpoint.target.trimmed().isEmpty())
        return tr("The endpoint \"%1\" needs an address to check.").arg(endpoint.name);
    if (endpoint.kind == EndpointKind::Url) {
        const TargetParse parsed = TargetParser::parse(endpoint.target);
        if (!parsed.target)
            return tr("The address of \"%1\" can't be read: %2").arg(endpoint.name, parsed.error);
    }
    if (endpoint.intervalSeconds < kMinInterval || endpoint.intervalSeconds > kMaxInterval)
        return tr("The interval of \"%1\" must be from %2 to %3 seconds, not %4.")
            .arg(endpoint.name)
            .arg(kMinInterval)
            .arg(kMaxInterval)
            .arg(endpoint.intervalSeconds);
    return {};
}

void EndpointStore::reload() {
    m_endpoints.clear();
    m_problem.clear();
    m_keptAside.clear();
    m_readOnly = false;
    if (!QFileInfo::exists(m_path))
        return;

    // Never a FIFO or a device (QSettings would wait on it), never a huge file.
    const ConfigFileRead check = ConfigFile::read(m_path);
    if (check.problem == ConfigFileRead::Problem::NotRegular ||
        check.problem == ConfigFileRead::Problem::TooBig) {
        m_problem = check.message;
        m_writeError = m_problem;
        m_readOnly = true;
        logger().error("endpoints file {}: {}", m_path.toStdString(), check.message.toStdString());
        return;
    }

    QStringList problems;
    QList<WatchedEndpoint> loaded;
    {
        QSettings settings(m_path, QSettings::IniFormat);
        if (settings.status() == QSettings::FormatError)
            problems << tr("the file is not in the INI format");
        else if (settings.status() == QSettings::AccessError)
            problems << tr("the file can't be read");
        const QVariant version = settings.value(QStringLiteral("version"));
        bool versionOk = false;
        if (version.isValid() && version.toInt(&versionOk) != kFormatVersion)
            problems << tr("unknown format version \"%1\"").arg(version.toString());
        Q_UNUSED(versionOk);

        const QVariant sizeValue = settings.value(kArray + QStringLiteral("/size"));
        bool sizeOk = false;
        const int size = sizeValue.toInt(&sizeOk);
        if (sizeValue.isValid() && (!sizeOk || size < 0 || size > 100000))
            problems << tr("the number of endpoints \"%1\" is not a number").arg(sizeValue.toString());
        const int count = settings.beginReadArray(kArray);
        QSet<QString> names;
        for (int i = 0; i < std::min(count, 100000); ++i) {
            settings.setArrayIndex(i);
            WatchedEndpoint endpoint;
            endpoint.name = settings.value(QStringLiteral("name")).toString();
            endpoint.target = settings.value(QStringLiteral("target")).toString();
            endpoint.configPath = settings.value(QStringLiteral("config")).toString();
            bool intervalOk = false;
            endpoint.intervalSeconds =
                settings.value(QStringLiteral("interval"), kDefaultInterval).toString().toInt(&intervalOk);
            const auto enabled = boolValue(settings.value(QStringLiteral("enabled"), true));
            const auto kind = endpointKindFromName(
                settings.value(QStringLiteral("kind"), QStringLiteral("url")).toString());
            const auto source = endpointSourceFromName(
                settings.value(QStringLiteral("source"), QStringLiteral("user")).toString());
            QString why;
            if (!intervalOk)
                why = tr("interval is not a number");
            else if (!enabled)
                why = tr("enabled is neither true nor false");
            else if (!kind)
                why = tr("unknown kind");
            else if (!source)
                why = tr("unknown source");
            if (why.isEmpty()) {
                endpoint.enabled = *enabled;
                endpoint.kind = *kind;
                endpoint.source = *source;
                why = validate(endpoint);
            }
            if (why.isEmpty() && names.contains(endpoint.name))
                why = tr("the name \"%1\" appears twice").arg(endpoint.name);
            if (!why.isEmpty()) {
                problems << tr("entry %1: %2").arg(i + 1).arg(why);
                continue;
            }
            names.insert(endpoint.name);
            loaded << endpoint;
        }
        settings.endArray();
    }
    m_endpoints = loaded;
    if (!problems.isEmpty())
        keepAside(problems.join(QStringLiteral("; ")));
}

void EndpointStore::keepAside(const QString& reason) {
    const QString aside = m_path + QStringLiteral(".corrupt-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = aside;
    for (int n = 2; QFileInfo::exists(target) && n < 100; ++n)
        target = aside + QStringLiteral("-%1").arg(n);
    if (!QFile::rename(m_path, target)) {
        // Never overwrite what we could not keep: every write fails until the user sorts it out.
        m_problem = tr("The endpoints file %1 can't be read fully (%2), and it could not be kept aside; "
                       "nothing will be written to it.")
                        .arg(QDir::toNativeSeparators(m_path), reason);
        m_writeError = m_problem;
        m_readOnly = true;
        logger().error("endpoints file {} unreadable ({}), and renaming it failed", m_path.toStdString(),
                       reason.toStdString());
        return;
    }
    m_keptAside = target;
    m_problem = tr("The endpoints file %1 could not be read fully (%2). It was kept as %3; %n endpoint(s) "
                   "could be read and are kept.",
                   nullptr, int(m_endpoints.size()))
                    .arg(QDir::toNativeSeparators(m_path), reason, QDir::toNativeSeparators(target));
    logger().warn("endpoints file {} unreadable ({}); kept as {}, {} endpoints recovered",
                  m_path.toStdString(), reason.toStdString(), target.toStdString(), m_endpoints.size());
    QString error;
    write(&error);
}

bool EndpointStore::write(QString* error) {
    if (m_readOnly) {
        if (error)
            *error = m_problem;
        return false;
    }
    // QSettings makes the INI text in a private scratch folder; the one writer puts it in place
    // (QSettings' own save can report success after a failed flush on a full disk).
    const QTemporaryDir scratch;
    const QString scratchPath = scratch.filePath(QStringLiteral("endpoints.ini"));
    {
        QSettings settings(scratchPath, QSettings::IniFormat);
        settings.setValue(QStringLiteral("version"), kFormatVersion);
        settings.beginWriteArray(kArray, int(m_endpoints.size()));
        for (int i = 0; i < m_endpoints.size(); ++i) {
            const WatchedEndpoint& endpoint = m_endpoints.at(i);
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("name"), endpoint.name);
            settings.setValue(QStringLiteral("target"), endpoint.target);
            settings.setValue(QStringLiteral("interval"), endpoint.intervalSeconds);
            settings.setValue(QStringLiteral("enabled"), endpoint.enabled);
            settings.setValue(QStringLiteral("kind"), endpointKindName(endpoint.kind));
            settings.setValue(QStringLiteral("source"), endpointSourceName(endpoint.source));
            if (!endpoint.configPath.isEmpty())
                settings.setValue(QStringLiteral("config"), endpoint.configPath);
        }
        settings.endArray();
        settings.sync();
        if (!scratch.isValid() || settings.status() != QSettings::NoError) {
            m_writeError =
                tr("Could not prepare the endpoints file %1 (the temporary folder %2 can't be "
                   "written).")
                    .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(QDir::tempPath()));
            logger().error("preparing {} failed (status {})", m_path.toStdString(), int(settings.status()));
            if (error)
                *error = m_writeError;
            return false;
        }
    }
    const ConfigFileRead text = ConfigFile::read(scratchPath);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const platform::WriteResult written =
        text.ok() ? platform::SafeFile::write(m_path, text.bytes) : platform::WriteResult{};
    if (!text.ok() || !written.ok()) {
        m_writeError = text.ok() ? tr("Could not write the endpoints file: %1")
                                       .arg(platform::SafeFile::failureMessage(written))
                                 : text.message;
        logger().error("writing {} failed: {}", m_path.toStdString(),
                       platform::describeWriteFailure(written));
        if (error)
            *error = m_writeError;
        return false;
    }
    m_writeError.clear();
    return true;
}

bool EndpointStore::add(const WatchedEndpoint& endpoint, QString* error) {
    const QString why = validate(endpoint);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    bool replaced = false;
    for (WatchedEndpoint& existing : m_endpoints) {
        if (existing.name == endpoint.name) {
            existing = endpoint;
            replaced = true;
        }
    }
    if (!replaced)
        m_endpoints << endpoint;
    return write(error);
}

bool EndpointStore::remove(const QString& name, QString* error) {
    const auto removed = m_endpoints.removeIf([&name](const WatchedEndpoint& e) { return e.name == name; });
    if (removed == 0) {
        if (error)
            *error = tr("No endpoint is called \"%1\".").arg(name);
        return false;
    }
    return write(error);
}

bool EndpointStore::replaceAll(const QList<WatchedEndpoint>& endpoints, QString* error) {
    QSet<QString> names;
    for (const WatchedEndpoint& endpoint : endpoints) {
        QString why = validate(endpoint);
        if (why.isEmpty() && names.contains(endpoint.name))
            why = tr("Two endpoints are called \"%1\".").arg(endpoint.name);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return false;
        }
        names.insert(endpoint.name);
    }
    m_endpoints = endpoints;
    return write(error);
}

QList<WatchedEndpoint> EndpointStore::fromClaudeConfig(const QString& configPath) {
    QList<WatchedEndpoint> result;
    const McpConfig config = McpConfigReader::load(HostContext::current(), configPath);
    if (!config.found || !config.parsed)
        return result;
    for (const McpServerEntry& entry : config.servers) {
        if (!entry.isObject)
            continue;
        WatchedEndpoint endpoint;
        endpoint.name = entry.name;
        endpoint.source = EndpointSource::ClaudeConfig;
        endpoint.configPath = configPath;
        if (entry.remote && !entry.url.isEmpty()) {
            endpoint.target = entry.url;
        } else if (const auto bridge = findBridge(entry.command, entry.args);
                   bridge && !bridge->url.isEmpty()) {
            endpoint.target = bridge->url;
        } else if (entry.stdioUsable()) {
            endpoint.kind = EndpointKind::McpStdio;
            endpoint.target = entry.name;
            endpoint.intervalSeconds = kDefaultStdioInterval;
        } else {
            continue;
        }
        if (validate(endpoint).isEmpty())
            result << endpoint;
    }
    return result;
}

int EndpointStore::importClaudeConfig(const QString& configPath, QString* error) {
    const QList<WatchedEndpoint> imported = fromClaudeConfig(configPath);
    QList<WatchedEndpoint> next;
    QSet<QString> userNames;
    for (const WatchedEndpoint& endpoint : m_endpoints) {
        if (endpoint.source == EndpointSource::User) {
            next << endpoint;
            userNames.insert(endpoint.name);
        }
    }
    int count = 0;
    for (WatchedEndpoint endpoint : imported) {
        if (userNames.contains(endpoint.name))
            endpoint.name = QStringLiteral("claude-") + endpoint.name;
        if (userNames.contains(endpoint.name))
            continue;
        // Keep what the user changed on an earlier import: interval and enabled.
        if (const auto earlier = find(endpoint.name);
            earlier && earlier->source == EndpointSource::ClaudeConfig && earlier->kind == endpoint.kind) {
            endpoint.intervalSeconds = earlier->intervalSeconds;
            endpoint.enabled = earlier->enabled;
        }
        next << endpoint;
        ++count;
    }
    if (!replaceAll(next, error))
        return -1;
    return count;
}

} // namespace ld::wizard
