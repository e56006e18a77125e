#include "wizard/mcp/configshape.h"

#include "wizard/mcp/configfile.h"

#include "wizard/mcp/configedit.h"
#include "wizard/mcp/configreshape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ld::wizard {
namespace {

using Tr = ConfigShape;

// A fix that reshapes the text, with the exact change as its preview.
std::optional<Fix> reshapeFix(const QByteArray& bytes, const QString& id, const QString& label,
                              const QVariantMap& params) {
    QString error;
    const auto after = ConfigReshape::apply(bytes, id, params, &error);
    if (!after)
        return std::nullopt;
    Fix fix;
    fix.id = id;
    fix.action = FixAction::EditConfig;
    fix.label = label;
    fix.params = params;
    fix.changesSystem = true;
    fix.preview = ConfigEditor::diff(bytes, *after);
    return fix;
}

bool looksLikeServer(const QJsonValue& value) {
    const QJsonObject object = value.toObject();
    return object.value(QStringLiteral("command")).isString() ||
           object.value(QStringLiteral("url")).isString() ||
           object.value(QStringLiteral("serverUrl")).isString();
}

// Which client a key belongs to, for "this looks like a … config".
QString keyOwner(const QString& key) {
    if (key == QLatin1String("servers"))
        return ClientProfile::get(ClientId::VsCode).displayName + QStringLiteral(" (.vscode/mcp.json)");
    if (key == QLatin1String("mcp.servers"))
        return ClientProfile::get(ClientId::VsCode).displayName + QStringLiteral(" (settings.json)");
    if (key == QLatin1String("context_servers"))
        return QStringLiteral("Zed");
    return ClientProfile::claudeDesktop().displayName;
}

// A name for a bare server: its package ("@scope/server-github" -> "github"), else "server".
QString nameFor(const QJsonObject& server) {
    for (const QJsonValue& arg : server.value(QStringLiteral("args")).toArray()) {
        QString token = arg.toString();
        if (token.startsWith(QLatin1Char('-')) || token.startsWith(QLatin1Char('/')) ||
            token.startsWith(QLatin1Char('.')) || token.startsWith(QLatin1Char('~')) ||
            token.contains(QLatin1Char('\\')))
            continue;
        token = token.section(QLatin1Char('/'), -1).section(QLatin1Char('@'), 0, 0);
        token.remove(QRegularExpression(QStringLiteral("^(mcp-server-|server-)|(-mcp-server|-mcp)$")));
        if (!token.isEmpty() && !token.contains(QLatin1Char('.')))
            return token;
    }
    return QStringLiteral("server");
}

QStringList serverNames(const McpConfig& config) {
    QStringList names;
    for (const McpServerEntry& entry : config.servers)
        names << entry.name;
    return names;
}

} // namespace

std::optional<Finding> bareMemberFinding(const QByteArray& bytes, const QString& path,
                                         const ClientProfile& client) {
    const auto wrapped = ConfigReshape::wrapInBraces(bytes);
    if (!wrapped || checkJsonSyntax(*wrapped, true))
        return std::nullopt;
    Finding finding = McpConfigReader::syntaxErrorFinding(
        bytes, path, JsonSyntaxError{SyntaxHint::BareMember, 0, 0}, client);
    finding.title = Tr::tr("The %1 config lacks the { } around it").arg(client.displayName);
    if (auto fix = reshapeFix(bytes, QStringLiteral("fix.wrap_in_braces"), Tr::tr("Wrap it in { }"),
                              {{QStringLiteral("to"), client.serversKey.section(QLatin1Char('.'), 0, 0)}}))
        finding.fixes << *fix;
    return finding;
}

std::optional<Finding> otherClientFinding(const QJsonObject& root, const QByteArray& bytes,
                                          const ClientProfile& client, const QString& key) {
    Finding finding;
    finding.id = QStringLiteral("mcp.config_other_client");
    finding.severity = Severity::Error;
    finding.evidence = {{QStringLiteral("client"), client.key}, {QStringLiteral("expected_key"), key}};
    const QString to = key.contains(QLatin1Char('.')) ? QString() : key; // a fix writes root keys only
    const QStringList otherKeys{QStringLiteral("mcpServers"), QStringLiteral("servers"),
                                QStringLiteral("mcp.servers"), QStringLiteral("context_servers")};
    for (const QString& other : otherKeys) {
        if (other == key)
            continue;
        JsonPath from = jsonPath({other});
        QJsonValue value = root.value(other);
        if (other == QLatin1String("mcp.servers") && value.isUndefined()) {
            value = root.value(QStringLiteral("mcp")).toObject().value(QStringLiteral("servers"));
            from = jsonPath({QStringLiteral("mcp"), QStringLiteral("servers")});
        }
        if (!value.isObject())
            continue;
        finding.title = Tr::tr("This looks like a %1 config; %2 reads \"%3\"")
                            .arg(keyOwner(other), client.displayName, key);
        finding.detail = Tr::tr("The servers sit under \"%1\", which %2 never looks at, so it starts none of "
                                "them. Move them under \"%3\" (the fix below renames the key and changes "
                                "nothing else). %4")
                             .arg(jsonPathText(from), client.displayName, key, client.restartHint());
        finding.evidence.insert(QStringLiteral("found_key"), jsonPathText(from));
        finding.evidence.insert(QStringLiteral("servers"),
                                QJsonArray::fromStringList(value.toObject().keys()));
        QStringList fromKeys;
        for (const JsonPathPart& part : from)
            fromKeys << part.key;
        if (!to.isEmpty())
            if (auto fix = reshapeFix(bytes, QStringLiteral("fix.move_servers"),
                                      Tr::tr("Move them under \"%1\"").arg(to),
                                      {{QStringLiteral("from"), fromKeys}, {QStringLiteral("to"), to}}))
                finding.fixes << *fix;
        return finding;
    }
    if (looksLikeServer(root)) {
        const QString name = nameFor(root);
        finding.title = Tr::tr("This file is one server's settings without its name");
        finding.detail = Tr::tr("%1 needs { \"%2\": { \"NAME\": { \"command\": … } } }; the file holds only "
                                "the inner part. The fix below names it \"%3\" and puts it under \"%2\".")
                             .arg(client.displayName, key, name);
        finding.evidence.insert(QStringLiteral("found_key"), QString());
        if (!to.isEmpty())
            if (auto fix =
                    reshapeFix(bytes, QStringLiteral("fix.name_server"), Tr::tr("Name it \"%1\"").arg(name),
                               {{QStringLiteral("name"), name}, {QStringLiteral("to"), to}}))
                finding.fixes << *fix;
        return finding;
    }
    bool allServers = !root.isEmpty();
    for (auto it = root.begin(); it != root.end(); ++it)
        allServers = allServers && looksLikeServer(it.value());
    if (allServers) {
        finding.title = Tr::tr("The servers lack the \"%1\" around them").arg(key);
        finding.detail =
            Tr::tr("%1 looks for servers under \"%2\"; here they sit at the top of the file. The "
                   "fix below puts them under \"%2\".")
                .arg(client.displayName, key);
        finding.evidence.insert(QStringLiteral("servers"), QJsonArray::fromStringList(root.keys()));
        if (!to.isEmpty())
            if (auto fix = reshapeFix(bytes, QStringLiteral("fix.wrap_servers"),
                                      Tr::tr("Put them under \"%1\"").arg(to), {{QStringLiteral("to"), to}}))
                finding.fixes << *fix;
        return finding;
    }
    return std::nullopt;
}

QList<Finding> entryKeyFindings(const McpServerEntry& entry, const ClientProfile& client) {
    QList<Finding> findings;
    if (!entry.isObject)
        return findings;
    if (!client.expandsVariables) {
        static const QRegularExpression placeholder(
            QStringLiteral("\\$\\{[A-Za-z_][A-Za-z0-9_:-]*\\}|\\$[A-Z_][A-Z0-9_]*"));
        // A shell started by the entry replaces them itself.
        const QString base =
            entry.command.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1).toLower();
        const bool shell =
            (base == QLatin1String("sh") || base == QLatin1String("bash") || base == QLatin1String("zsh")) &&
            entry.args.contains(QStringLiteral("-c"));
        QStringList values{entry.command};
        values << entry.args << entry.env.values();
        for (const QString& value : values) {
            const QRegularExpressionMatch match = placeholder.match(value);
            if (shell || !match.hasMatch())
                continue;
            Finding finding;
            finding.id = QStringLiteral("mcp.placeholder_literal");
            finding.severity = Severity::Warning;
            finding.title = Tr::tr("%1 passes %2 to server \"%3\" as written")
                                .arg(client.displayName, match.captured(), entry.name);
            finding.detail =
                Tr::tr("%1 does not replace variables such as %2 in a config: the server receives "
                       "the text \"%3\" itself. Write the value instead (for example the full path).")
                    .arg(client.displayName, match.captured(), value);
            finding.evidence = {{QStringLiteral("server"), entry.name},
                                {QStringLiteral("value"), value},
                                {QStringLiteral("placeholder"), match.captured()}};
            findings << finding;
            break;
        }
    }
    QStringList ignored;
    if (!client.honoursCwd && entry.raw.contains(QStringLiteral("cwd")))
        ignored << QStringLiteral("cwd");
    if (client.id != ClientId::VsCode && entry.raw.contains(QStringLiteral("envFile")))
        ignored << QStringLiteral("envFile");
    for (const QString& key : ignored) {
        Finding finding;
        finding.id = QStringLiteral("mcp.key_ignored");
        finding.severity = Severity::Warning;
        finding.title = Tr::tr("%1 ignores \"%2\" in server \"%3\"").arg(client.displayName, key, entry.name);
        finding.detail =
            key == QLatin1String("cwd")
                ? Tr::tr("%1 does not start servers in the folder \"cwd\" names. Write full paths in "
                         "\"args\" instead of relying on the working folder.")
                      .arg(client.displayName)
                : Tr::tr("%1 does not read \"%2\"; put the variables into \"env\" instead.")
                      .arg(client.displayName, key);
        finding.evidence = {{QStringLiteral("server"), entry.name}, {QStringLiteral("key"), key}};
        findings << finding;
    }
    return findings;
}

Finding ignoredFileFinding(const McpConfig& config) {
    Finding finding;
    finding.id = QStringLiteral("mcp.config_wrong_file");
    finding.severity = Severity::Error;
    finding.title = Tr::tr("%1 never reads the servers in %2").arg(config.client->displayName, config.path);
    finding.detail = config.location.note + QLatin1Char(' ') +
                     Tr::tr("Add them where it looks (for %1: claude mcp add NAME -- COMMAND ARGS…).")
                         .arg(config.client->displayName);
    finding.evidence = {{QStringLiteral("path"), config.path},
                        {QStringLiteral("client"), config.client->key},
                        {QStringLiteral("servers"), QJsonArray::fromStringList(serverNames(config))}};
    return finding;
}

Finding shadowingFinding(const McpConfig& read, const McpConfig& ignored) {
    const QStringList readNames = serverNames(read);
    const QStringList ignoredNames = serverNames(ignored);
    QStringList onlyIgnored, onlyRead, differ;
    for (const McpServerEntry& entry : ignored.servers) {
        if (!readNames.contains(entry.name)) {
            onlyIgnored << entry.name;
            continue;
        }
        for (const McpServerEntry& other : read.servers)
            if (other.name == entry.name && other.raw != entry.raw)
                differ << entry.name;
    }
    for (const QString& name : readNames)
        if (!ignoredNames.contains(name))
            onlyRead << name;
    const bool same = onlyIgnored.isEmpty() && onlyRead.isEmpty() && differ.isEmpty();
    Finding finding;
    finding.id = QStringLiteral("mcp.config_wrong_file");
    finding.severity = same ? Severity::Info : Severity::Warning;
    finding.title = Tr::tr("%1 reads %2, not %3").arg(read.client->displayName, read.path, ignored.path);
    QString how;
    if (same)
        how = Tr::tr("Both list the same servers; edit %1 from now on.").arg(read.path);
    else
        how = Tr::tr("They differ. Only in the file it ignores: %1. Only in the file it reads: %2. "
                     "Different settings: %3. Changes made to %4 have no effect.")
                  .arg(onlyIgnored.isEmpty() ? Tr::tr("none") : onlyIgnored.join(QStringLiteral(", ")),
                       onlyRead.isEmpty() ? Tr::tr("none") : onlyRead.join(QStringLiteral(", ")),
                       differ.isEmpty() ? Tr::tr("none") : differ.join(QStringLiteral(", ")), ignored.path);
    finding.detail =
        (ignored.location.note.isEmpty() ? QString() : ignored.location.note + QLatin1Char(' ')) + how;
    finding.evidence = {{QStringLiteral("read"), read.path},
                        {QStringLiteral("ignored"), ignored.path},
                        {QStringLiteral("client"), read.client->key},
                        {QStringLiteral("only_in_ignored"), QJsonArray::fromStringList(onlyIgnored)},
                        {QStringLiteral("only_in_read"), QJsonArray::fromStringList(onlyRead)},
                        {QStringLiteral("different"), QJsonArray::fromStringList(differ)}};
    return finding;
}

Finding shadowedFileFinding(const McpConfig& config, const HostContext& host) {
    McpConfig read;
    read.path = config.location.shadowedBy;
    read.client = config.client;
    if (const ConfigFileRead bytes = ConfigFile::read(read.path); host.exists(read.path) && bytes.ok())
        read = McpConfigReader::parse(bytes.bytes, read.path, config.client, nullptr, host.os);
    Finding finding = shadowingFinding(read, config);
    finding.severity = Severity::Error; // the file given is not the one read
    return finding;
}

} // namespace ld::wizard
