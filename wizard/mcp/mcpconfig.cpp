#include "wizard/mcp/mcpconfig.h"

#include "wizard/mcp/configfile.h"
#include <QSet>

#include "wizard/mcp/clientprofile.h"
#include "wizard/mcp/configshape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace ld::wizard {

namespace {

QString jsonTypeName(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return QStringLiteral("missing");
}

JsonPath child(JsonPath path, const QString& key) {
    path.append(JsonPathPart{key, -1});
    return path;
}

JsonPath child(JsonPath path, int index) {
    path.append(JsonPathPart{QString(), index});
    return path;
}

bool isRemoteType(const QString& type) {
    static const QStringList remote{QStringLiteral("http"), QStringLiteral("sse"),
                                    QStringLiteral("streamable-http"), QStringLiteral("streamableHttp"),
                                    QStringLiteral("streamable_http")};
    return remote.contains(type, Qt::CaseInsensitive);
}

} // namespace

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpConfigReader)
};

Finding invalid(const JsonPath& path, const QString& problem, const QString& title, const QString& detail,
                const QJsonValue& found = QJsonValue(QJsonValue::Undefined)) {
    Finding finding;
    finding.id = QStringLiteral("mcp.config_invalid");
    finding.severity = Severity::Error;
    finding.title = title;
    finding.detail = detail;
    finding.evidence = {{QStringLiteral("path"), jsonPathText(path)},
                        {QStringLiteral("problem"), problem},
                        {QStringLiteral("found"), jsonTypeName(found)}};
    return finding;
}

Fix bridgeFix(const McpServerEntry& entry) {
    Fix fix;
    fix.id = QStringLiteral("fix.use_bridge");
    fix.action = FixAction::EditConfig;
    fix.action = FixAction::EditConfig;
    fix.label = Tr::tr("Reach it through mcp-remote");
    fix.params = {{QStringLiteral("server"), entry.name},
                  {QStringLiteral("url"), entry.url},
                  {QStringLiteral("command"), QStringLiteral("npx")},
                  {QStringLiteral("args"), QStringList{QStringLiteral("mcp-remote"), entry.url}}};
    fix.changesSystem = true;
    fix.preview = QStringLiteral("\"%1\": {\n  \"command\": \"npx\",\n  \"args\": [\"mcp-remote\", %2]\n}")
                      .arg(entry.name, QString::fromUtf8(encodeJsonString(entry.url)));
    return fix;
}

McpServerEntry checkEntry(const QString& name, const QJsonValue& value, const JsonPath& serversPath,
                          const ClientProfile& client) {
    McpServerEntry entry;
    entry.name = name;
    entry.path = child(serversPath, name);
    if (!value.isObject()) {
        entry.findings << invalid(entry.path, QStringLiteral("not_an_object"),
                                  Tr::tr("Server \"%1\" must be an object { … }").arg(name),
                                  Tr::tr("%1 must be an object with a \"command\" and, usually, \"args\": "
                                         "{\"command\": \"npx\", \"args\": [\"-y\", \"some-mcp-server\"]}.")
                                      .arg(jsonPathText(entry.path)),
                                  value);
        return entry;
    }
    entry.isObject = true;
    entry.raw = value.toObject();
    const QJsonValue command = entry.raw.value(QStringLiteral("command"));
    QString urlKey = client.urlKey;
    QJsonValue url = entry.raw.value(urlKey);
    if (url.isUndefined()) {
        urlKey = QStringLiteral("url");
        url = entry.raw.value(urlKey);
    }
    const QJsonObject transport = entry.raw.value(QStringLiteral("transport")).toObject();
    const bool nested =
        command.isUndefined() && url.isUndefined() && transport.contains(QStringLiteral("url"));
    if (nested) {
        urlKey = QStringLiteral("transport");
        url = transport.value(QStringLiteral("url"));
    }
    entry.type = entry.raw.value(QStringLiteral("type")).toString();
    entry.url = url.toString();
    // With a command the client starts it whatever else the entry says.
    entry.remote = command.isUndefined() && (!url.isUndefined() || isRemoteType(entry.type));
    if (entry.remote && client.urlEntriesNative && !nested)
        return entry;
    if (entry.remote && client.urlEntriesNative) {
        entry.findings << invalid(
            child(entry.path, QStringLiteral("transport")), QStringLiteral("nested_transport"),
            Tr::tr("%1 does not read the address of server \"%2\" inside \"transport\"")
                .arg(client.displayName, name),
            Tr::tr("%1 expects the address directly in the entry: \"%2\": \"%3\", not inside "
                   "\"transport\": { \"url\": … }. Move it up one level.")
                .arg(client.displayName, client.urlKey, entry.url),
            url);
        return entry;
    }
    if (entry.remote) {
        const JsonPath where = child(entry.path, url.isUndefined() ? QStringLiteral("type") : urlKey);
        Finding finding = invalid(
            where, QStringLiteral("remote_entry"),
            Tr::tr("%1 skips server \"%2\": it only starts local (stdio) servers")
                .arg(client.displayName, name),
            Tr::tr(
                "This entry names a web address instead of a command. %1's config file can only start "
                "programs that talk over standard input and output, so this server never appears. Reach it "
                "through a bridge that %1 can start: \"command\": \"npx\", \"args\": "
                "[\"mcp-remote\", \"%2\"] (needs Node.js), or add it in the app's Settings under "
                "Connectors.")
                .arg(client.displayName,
                     entry.url.isEmpty() ? QStringLiteral("http://localhost:PORT/mcp") : entry.url),
            url.isUndefined() ? entry.raw.value(QStringLiteral("type")) : url);
        if (!entry.url.isEmpty())
            finding.fixes << bridgeFix(entry);
        entry.findings << finding;
        return entry;
    }
    const JsonPath commandPath = child(entry.path, QStringLiteral("command"));
    if (command.isUndefined()) {
        entry.findings << invalid(commandPath, QStringLiteral("missing"),
                                  Tr::tr("Server \"%1\" has no \"command\"").arg(name),
                                  Tr::tr("%1 needs to know which program to start for this server. Add "
                                         "\"command\": \"npx\" (or the program's full path) to %2.")
                                      .arg(client.displayName, jsonPathText(entry.path)));
    } else if (!command.isString() || command.toString().trimmed().isEmpty()) {
        entry.findings << invalid(
            commandPath, command.isString() ? QStringLiteral("empty") : QStringLiteral("not_a_string"),
            Tr::tr("The \"command\" of server \"%1\" must be a program name in quotes").arg(name),
            Tr::tr("%1 must be text naming one program, like \"npx\" or "
                   "\"/usr/local/bin/node\"; its arguments go into \"args\".")
                .arg(jsonPathText(commandPath)),
            command);
    } else {
        entry.command = command.toString();
    }

    const JsonPath argsPath = child(entry.path, QStringLiteral("args"));
    const QJsonValue args = entry.raw.value(QStringLiteral("args"));
    if (!args.isUndefined() && !args.isArray()) {
        entry.findings << invalid(argsPath, QStringLiteral("not_a_list"),
                                  Tr::tr("The \"args\" of server \"%1\" must be a list of texts").arg(name),
                                  Tr::tr("%1 must be a list in square brackets, each argument in quotes: "
                                         "[\"-y\", \"some-mcp-server\", \"/some/folder\"].")
                                      .arg(jsonPathText(argsPath)),
                                  args);
    } else {
        const QJsonArray list = args.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list.at(i).isString()) {
                entry.args << list.at(i).toString();
                continue;
            }
            const JsonPath itemPath = child(argsPath, int(i));
            entry.findings << invalid(
                itemPath, QStringLiteral("not_a_string"),
                Tr::tr("Argument %1 of server \"%2\" must be in quotes").arg(i + 1).arg(name),
                Tr::tr("%1 must be a list of texts: write numbers and words in quotes too, "
                       "for example \"3000\" instead of 3000.")
                    .arg(jsonPathText(argsPath)),
                list.at(i));
        }
    }

    const JsonPath envPath = child(entry.path, QStringLiteral("env"));
    const QJsonValue env = entry.raw.value(QStringLiteral("env"));
    if (!env.isUndefined() && !env.isObject()) {
        entry.findings << invalid(envPath, QStringLiteral("not_an_object"),
                                  Tr::tr("The \"env\" of server \"%1\" must be an object of texts").arg(name),
                                  Tr::tr("%1 must be an object of names and texts: {\"API_KEY\": \"…\"}.")
                                      .arg(jsonPathText(envPath)),
                                  env);
    } else {
        const QJsonObject variables = env.toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            if (it.value().isString()) {
                entry.env.insert(it.key(), it.value().toString());
                continue;
            }
            const JsonPath variablePath = child(envPath, it.key());
            entry.findings << invalid(
                variablePath, QStringLiteral("not_a_string"),
                Tr::tr("The variable %1 of server \"%2\" must be in quotes").arg(it.key(), name),
                Tr::tr("%1 must be text: environment variables are always text, so write "
                       "\"1\" or \"true\" with quotes.")
                    .arg(jsonPathText(variablePath)),
                it.value());
        }
    }
    return entry;
}

// Where the servers sit for that key: "mcp.servers" is an object in an object in VS Code's
// settings, or a dotted key of its own.
JsonPath serversPathFor(const QJsonObject& root, const QString& key) {
    if (key.contains(QLatin1Char('.')) && !root.contains(key))
        return jsonPath({key.section(QLatin1Char('.'), 0, 0), key.section(QLatin1Char('.'), 1)});
    return jsonPath({key});
}

QJsonValue valueAt(const QJsonObject& root, const JsonPath& path) {
    QJsonValue value = root;
    for (const JsonPathPart& part : path)
        value = value.toObject().value(part.key);
    return value;
}

void readServers(McpConfig& config, const QJsonObject& servers, const JsonPath& serversPath,
                 const QString& scope) {
    QStringList names = jsonObjectKeys(config.bytes, serversPath);
    const QSet<QString> listed(names.begin(), names.end());
    for (const QString& key : servers.keys())
        if (!listed.contains(key))
            names << key;
    if (names.size() > ConfigFile::kMaxServers) {
        Finding finding;
        finding.id = QStringLiteral("mcp.config_invalid");
        finding.severity = Severity::Warning;
        finding.title = McpConfigReader::tr("The servers list has too many entries");
        finding.detail = ConfigFile::tooManyServersText(names.size());
        finding.evidence = {{QStringLiteral("problem"), QStringLiteral("too_many_servers")},
                            {QStringLiteral("entries"), names.size()},
                            {QStringLiteral("limit"), ConfigFile::kMaxServers}};
        config.findings << finding;
        names = names.mid(0, ConfigFile::kMaxServers);
    }
    for (const QString& name : std::as_const(names)) {
        McpServerEntry entry = checkEntry(name, servers.value(name), serversPath, *config.client);
        entry.scope = scope;
        entry.findings << entryKeyFindings(entry, *config.client);
        config.servers << entry;
    }
}

} // namespace

bool McpServerEntry::hasError() const {
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding& f) { return f.severity == Severity::Error; });
}

McpConfig McpConfigReader::parse(const QByteArray& bytes, const QString& path, const ClientProfile* client,
                                 const ConfigLocation* location, HostOs hostOs) {
    McpConfig config;
    config.path = path;
    config.searched = {path};
    config.found = true;
    config.bytes = bytes;
    config.client = client ? client : &ClientProfile::claudeDesktop();
    if (location) {
        config.location = *location;
    } else {
        config.location.path = path;
        config.location.serversKey = config.client->serversKey;
        config.location.exists = true;
    }
    config.writtenFor.os = hostOs;
    const ClientProfile& profile = *config.client;
    // JSONC readers skip comments and trailing commas; every offset stays the same.
    const QByteArray text = profile.jsonc ? blankJsoncExtras(bytes) : bytes;
    if (auto error = checkJsonSyntax(text, false)) {
        if (auto bare = bareMemberFinding(bytes, path, profile)) {
            config.syntaxError = JsonSyntaxError{SyntaxHint::BareMember, 0, 0};
            config.findings << *bare;
            return config;
        }
        config.syntaxError = error;
        config.findings << syntaxErrorFinding(bytes, path, *error, profile);
        if (error->hint != SyntaxHint::ByteOrderMark)
            return config;
        // Only a BOM: say so, and still check the rest.
        if (auto rest = checkJsonSyntax(text, true)) {
            config.syntaxError = rest;
            config.findings << syntaxErrorFinding(bytes, path, *rest, profile);
            return config;
        }
    }
    const qsizetype bom = hasByteOrderMark(text) ? 3 : 0;
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(text.mid(bom), &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        // Valid for JSON.parse but beyond Qt's reader (e.g. its nesting limit).
        const JsonSyntaxError error{SyntaxHint::Other, bom + qtError.offset, bom + qtError.offset};
        config.syntaxError = error;
        config.findings << syntaxErrorFinding(bytes, path, error, profile);
        return config;
    }
    config.parsed = true;
    if (!document.isObject()) {
        config.findings << invalid({}, QStringLiteral("not_an_object"),
                                   tr("The %1 config must be an object { … }").arg(profile.displayName),
                                   tr("The whole file must be one object in curly brackets: "
                                      "{\"%1\": { … }}.")
                                       .arg(config.location.serversKey),
                                   document.isArray() ? QJsonValue(QJsonArray()) : QJsonValue());
        return config;
    }
    config.root = document.object();
    const QString key =
        config.location.serversKey.isEmpty() ? profile.serversKey : config.location.serversKey;
    const JsonPath serversPath = serversPathFor(config.root, key);
    const QJsonValue servers = valueAt(config.root, serversPath);
    // Claude Code keeps per-project servers in ~/.claude.json too.
    const QJsonObject projects = profile.id == ClientId::ClaudeCode
                                     ? config.root.value(QStringLiteral("projects")).toObject()
                                     : QJsonObject();
    bool projectServers = false;
    for (auto it = projects.begin(); it != projects.end(); ++it)
        projectServers = projectServers || it.value().toObject().contains(QStringLiteral("mcpServers"));
    if (servers.isUndefined() && !projectServers) {
        if (auto other = otherClientFinding(config.root, bytes, profile, key)) {
            config.findings << *other;
            return config;
        }
        config.findings << invalid(serversPath, QStringLiteral("missing"),
                                   tr("The %1 config has no \"%2\"").arg(profile.displayName, key),
                                   tr("%1 looks for MCP servers under \"%2\" and finds none. Add "
                                      "\"%2\": { \"NAME\": { \"command\": …, \"args\": […] } } to the outer "
                                      "object (check the spelling: the name is case-sensitive).")
                                       .arg(profile.displayName, key));
        return config;
    }
    if (!servers.isUndefined() && !servers.isObject()) {
        config.findings << invalid(serversPath, QStringLiteral("not_an_object"),
                                   tr("\"%1\" must be an object { … }, one entry per server").arg(key),
                                   tr("\"%1\" must map each server's name to its settings: "
                                      "\"%1\": { \"files\": { \"command\": … } }, not a list.")
                                       .arg(key),
                                   servers);
        return config;
    }
    readServers(config, servers.toObject(), serversPath, {});
    for (auto it = projects.begin(); it != projects.end(); ++it) {
        const QJsonValue perProject = it.value().toObject().value(QStringLiteral("mcpServers"));
        if (perProject.isObject())
            readServers(config, perProject.toObject(),
                        jsonPath({QStringLiteral("projects"), it.key(), QStringLiteral("mcpServers")}),
                        it.key());
    }
    config.writtenFor = detectConfigOs(config.servers, hostOs);
    if (config.location.ignored && !config.servers.isEmpty())
        config.findings << ignoredFileFinding(config);
    return config;
}

McpConfig McpConfigReader::load(const HostContext& host, const ClientProfile& client,
                                const ConfigLocation& location) {
    McpConfig config;
    // Not a regular file, too big or unreadable: said plainly, nothing is parsed.
    const ConfigFileRead read = ConfigFile::read(location.path);
    if (!read.ok()) {
        config.path = location.path;
        config.client = &client;
        config.location = location;
        Finding finding;
        finding.id = QStringLiteral("mcp.config_unreadable");
        finding.severity = Severity::Error;
        finding.title = read.title;
        finding.detail = read.message;
        finding.evidence = {{QStringLiteral("path"), location.path},
                            {QStringLiteral("client"), client.key},
                            {QStringLiteral("bytes"), read.size},
                            {QStringLiteral("limit_bytes"), ConfigFile::kMaxBytes},
                            {QStringLiteral("error"), read.message}};
        config.findings << finding;
        return config;
    }
    config = parse(read.bytes, location.path, &client, &location, host.os);
    if (!location.read && !location.shadowedBy.isEmpty())
        config.findings << shadowedFileFinding(config, host);
    return config;
}

McpConfig McpConfigReader::loadClient(const HostContext& host, const ClientProfile& client) {
    QList<ConfigLocation> candidates;
    QStringList searched;
    for (const ConfigLocation& where : client.locations(host)) {
        if (where.ignored || where.project)
            continue;
        searched << where.path;
        if (host.exists(where.path))
            candidates << where;
    }
    // The file the client reads first; a file it does not read only when there is no other.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const ConfigLocation& a, const ConfigLocation& b) { return a.read && !b.read; });
    if (!candidates.isEmpty()) {
        McpConfig config = load(host, client, candidates.first());
        config.searched = searched;
        return config;
    }
    McpConfig config;
    config.path = searched.value(0);
    config.searched = searched;
    config.client = &client;
    Finding finding;
    finding.id = QStringLiteral("mcp.config_missing");
    finding.severity = Severity::Error;
    finding.title = tr("%1's config file was not found").arg(client.displayName);
    QString places;
    for (const QString& candidate : searched)
        places += QStringLiteral("\n  • ") + candidate;
    finding.detail = client.id == ClientId::ClaudeDesktop
                         ? tr("Looked in:%1\n\n%2 creates this file when you open Settings → Developer → "
                              "Edit Config. Until it exists, %2 starts no MCP servers.")
                               .arg(places, client.displayName)
                         : tr("Looked in:%1\n\nUntil one exists, %2 starts no MCP servers.")
                               .arg(places, client.displayName);
    finding.evidence = {{QStringLiteral("searched"), QJsonArray::fromStringList(searched)},
                        {QStringLiteral("client"), client.key},
                        {QStringLiteral("os"), hostOsName(host.os)}};
    config.findings << finding;
    return config;
}

McpConfig McpConfigReader::load(const HostContext& host, const QString& overridePath) {
    if (overridePath.isEmpty())
        return loadClient(host, ClientProfile::claudeDesktop());
    if (!host.exists(overridePath)) {
        McpConfig config;
        config.path = overridePath;
        config.searched = {overridePath};
        config.givenByUser = true;
        config.client = &ClientProfile::claudeDesktop();
        Finding finding;
        finding.id = QStringLiteral("mcp.config_missing");
        finding.severity = Severity::Error;
        finding.title = tr("The config file %1 does not exist").arg(overridePath);
        finding.detail = tr("Looked in:%1").arg(QStringLiteral("\n  • ") + overridePath);
        finding.evidence = {{QStringLiteral("searched"), QJsonArray{overridePath}},
                            {QStringLiteral("os"), hostOsName(host.os)}};
        config.findings << finding;
        return config;
    }
    // Read through the one reader: a FIFO, a device or a huge file is refused, never blocks.
    const ConfigFileRead head = ConfigFile::read(overridePath);
    const ClientGuess guess = guessClient(overridePath, head.bytes, host);
    McpConfig config = load(host, *guess.client, guess.location);
    config.searched = {overridePath};
    config.givenByUser = true;
    config.clientReason = guess.reason;
    return config;
}

} // namespace ld::wizard
