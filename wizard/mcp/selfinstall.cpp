#include "wizard/mcp/selfinstall.h"

#include "wizard/mcp/configfile.h"
#include "wizard/mcp/jsonscanner.h"
#include "wizard/report/quote.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPair>
#include <algorithm>

namespace ld::wizard {
namespace {

using Members = QList<QPair<QString, QByteArray>>; // key, value text, in the order written

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

const ClientProfile& clientOf(const QVariantMap& params) {
    const ClientProfile* client = ClientProfile::byKey(params.value(QStringLiteral("client")).toString());
    return client ? *client : ClientProfile::claudeDesktop();
}

QStringList serversKeyPath(const QVariantMap& params) {
    const QString key = params.value(QStringLiteral("servers_key"), clientOf(params).serversKey).toString();
    return key.split(QLatin1Char('.'), Qt::SkipEmptyParts);
}

QString commandOf(const QVariantMap& params) {
    return params.value(QStringLiteral("command")).toString();
}

// The entry's members in the order people write them: type (where the client has one), command, args.
Members entryMembers(const ClientProfile& client, const QString& executable) {
    Members members;
    if (client.id == ClientId::VsCode || client.id == ClientId::ClaudeCode)
        members << qMakePair(QStringLiteral("type"), encodeJsonString(QStringLiteral("stdio")));
    members << qMakePair(QStringLiteral("command"), encodeJsonString(executable));
    members << qMakePair(QStringLiteral("args"),
                         QByteArray("[") + encodeJsonString(QStringLiteral("mcp-server")) + "]");
    return members;
}

QByteArray compact(const Members& members) {
    QByteArray out = "{";
    for (const auto& [key, value] : members)
        out += (out.size() > 1 ? ", " : "") + encodeJsonString(key) + ": " + value;
    return out + "}";
}

// {"a": {"b": VALUE}} for keys a, b, on one line.
QByteArray nestCompact(const QStringList& keys, const QByteArray& value) {
    QByteArray out = value;
    for (qsizetype i = keys.size() - 1; i >= 0; --i)
        out = "{" + encodeJsonString(keys.at(i)) + ": " + out + "}";
    return out;
}

// A whole new file, two spaces a level: {"mcpServers": {"localhost-doctor": {...}}}.
QByteArray newFileText(const QStringList& keys, const Members& entry) {
    QByteArray out = "{\n";
    QByteArray indent = "  ";
    for (const QString& key : keys) {
        out += indent + encodeJsonString(key) + ": {\n";
        indent += "  ";
    }
    out += indent + encodeJsonString(SelfInstall::serverName()) + ": {\n";
    for (qsizetype i = 0; i < entry.size(); ++i)
        out += indent + "  " + encodeJsonString(entry.at(i).first) + ": " + entry.at(i).second +
               (i + 1 < entry.size() ? ",\n" : "\n");
    out += indent + "}\n";
    for (qsizetype i = 0; i < keys.size(); ++i) {
        indent.chop(2);
        out += indent + "}\n";
    }
    return out + "}\n";
}

JsonPath pathOf(const QStringList& keys) {
    JsonPath path;
    for (const QString& key : keys)
        path.append(JsonPathPart{key, -1});
    return path;
}

// The first byte of the key token of the member whose value starts at valueBegin.
qsizetype keyStart(const QByteArray& scan, qsizetype valueBegin) {
    qsizetype i = valueBegin - 1;
    while (i >= 0 && scan.at(i) != ':')
        --i;
    for (--i; i >= 0 && isBlank(scan.at(i)); --i) {
    }
    for (--i; i >= 0; --i) { // back to the opening quote, past escaped ones
        if (scan.at(i) != '"')
            continue;
        qsizetype slashes = 0;
        for (qsizetype k = i - 1; k >= 0 && scan.at(k) == '\\'; --k)
            ++slashes;
        if (slashes % 2 == 0)
            return i;
    }
    return -1;
}

// The spaces before `at` when nothing else precedes it on its line; nullopt otherwise.
std::optional<QByteArray> lineIndent(const QByteArray& bytes, qsizetype at) {
    // (lastIndexOf from -1 would search from the end.)
    const qsizetype lineStart = at > 0 ? bytes.lastIndexOf('\n', at - 1) + 1 : 0;
    const QByteArray before = bytes.mid(lineStart, at - lineStart);
    for (char c : before)
        if (c != ' ' && c != '\t')
            return std::nullopt;
    return before;
}

// The spaces and tabs that start the line holding `at`.
QByteArray leadingSpace(const QByteArray& bytes, qsizetype at) {
    // (lastIndexOf from -1 would search from the end.)
    const qsizetype lineStart = at > 0 ? bytes.lastIndexOf('\n', at - 1) + 1 : 0;
    qsizetype end = lineStart;
    while (end < at && (bytes.at(end) == ' ' || bytes.at(end) == '\t'))
        ++end;
    return bytes.mid(lineStart, end - lineStart);
}

// Adds "key": value to the object at path, after its last member, in the object's own layout.
std::optional<QByteArray> insertMember(const QByteArray& bytes, const QByteArray& scan, const JsonPath& path,
                                       const QString& key, const QByteArray& value) {
    const auto object = findJsonValue(scan, path);
    if (!object || scan.at(object->begin) != '{')
        return std::nullopt;
    const QByteArray member = encodeJsonString(key) + ": " + value;
    QByteArray out = bytes;
    const QStringList keys = jsonObjectKeys(scan, path);
    if (keys.isEmpty()) {
        const QByteArray indent = leadingSpace(bytes, object->begin);
        const QByteArray inside = bytes.mid(object->begin + 1, object->end - object->begin - 2);
        const bool blank = std::all_of(inside.begin(), inside.end(), isBlank);
        out.replace(object->begin + 1, blank ? inside.size() : 0,
                    "\n" + indent + "  " + member + (blank ? "\n" + indent : QByteArray()));
        return out;
    }
    JsonPath lastPath = path;
    lastPath.append(JsonPathPart{keys.last(), -1});
    const auto last = findJsonValue(scan, lastPath);
    if (!last)
        return std::nullopt;
    const qsizetype start = keyStart(scan, last->begin);
    const auto indent = start >= 0 ? lineIndent(bytes, start) : std::nullopt;
    out.insert(last->end, indent ? ",\n" + *indent + member : ", " + member);
    return out;
}

// The object at keys in root, and how many of the keys lead through objects.
QJsonObject walk(const QJsonObject& root, const QStringList& keys, qsizetype* depth, bool* blocked) {
    QJsonObject at = root;
    *depth = 0;
    *blocked = false;
    for (const QString& key : keys) {
        if (!at.contains(key))
            return {};
        if (!at.value(key).isObject()) {
            *blocked = true;
            return {};
        }
        at = at.value(key).toObject();
        ++*depth;
    }
    return at;
}

bool samePath(const QString& a, const QString& b) {
    if (a == b)
        return true;
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

bool isThisProgram(const QJsonValue& value, const QString& executable) {
    const QJsonObject entry = value.toObject();
    return samePath(entry.value(QStringLiteral("command")).toString(), executable) &&
           entry.value(QStringLiteral("args")).toArray() == QJsonArray{QStringLiteral("mcp-server")};
}

// The text as JSON, comments and trailing commas blanked for clients that allow them.
QByteArray scannable(const QByteArray& bytes, bool jsonc) {
    return jsonc ? blankJsoncExtras(bytes) : bytes;
}

QJsonObject rootOf(const QByteArray& scan) {
    return QJsonDocument::fromJson(scan.mid(hasByteOrderMark(scan) ? 3 : 0)).object();
}

} // namespace

std::optional<ConfigLocation> SelfInstall::targetLocation(const ClientProfile& client,
                                                          const HostContext& host) {
    for (const ConfigLocation& where : client.locations(host))
        if (where.read && !where.ignored && !where.project && !where.serversKey.contains(QLatin1Char('.')))
            return where;
    return std::nullopt;
}

QVariantMap SelfInstall::params(const ClientProfile& client, const QString& serversKey,
                                const QString& executable) {
    return {{QStringLiteral("client"), client.key},
            {QStringLiteral("servers_key"), serversKey.isEmpty() ? client.serversKey : serversKey},
            {QStringLiteral("command"), executable},
            {QStringLiteral("server"), serverName()}};
}

QJsonObject SelfInstall::entry(const ClientProfile& client, const QString& executable) {
    return QJsonDocument::fromJson(compact(entryMembers(client, executable))).object();
}

QString SelfInstall::existingEntryName(const QByteArray& bytes, const QVariantMap& params) {
    const QJsonObject root = rootOf(scannable(bytes, clientOf(params).jsonc));
    qsizetype depth = 0;
    bool blocked = false;
    const QJsonObject servers = walk(root, serversKeyPath(params), &depth, &blocked);
    for (auto it = servers.begin(); it != servers.end(); ++it)
        if (isThisProgram(it.value(), commandOf(params)))
            return it.key();
    return {};
}

std::optional<QByteArray> SelfInstall::addEntry(const QByteArray& bytes, const QVariantMap& params,
                                                bool* already, QString* error) {
    *already = false;
    const ClientProfile& client = clientOf(params);
    const QString executable = commandOf(params);
    const QStringList keys = serversKeyPath(params);
    if (executable.isEmpty() || keys.isEmpty()) {
        *error = tr("The fix does not say which program to add or under which key.");
        return std::nullopt;
    }
    const Members members = entryMembers(client, executable);
    if (std::all_of(bytes.begin(), bytes.end(), isBlank))
        return newFileText(keys, members); // a new (or empty) file
    const QByteArray scan = scannable(bytes, client.jsonc);
    if (const auto syntax = checkJsonSyntax(scan, true)) {
        const TextPosition where = textPosition(bytes, syntax->offset);
        *error =
            tr("The config is not valid JSON (line %1, column %2); it is left untouched. Fix that first.")
                .arg(where.line)
                .arg(where.column);
        return std::nullopt;
    }
    if (!QJsonDocument::fromJson(scan.mid(hasByteOrderMark(scan) ? 3 : 0)).isObject()) {
        *error = tr("The config is not a JSON object ({ … }); it is left untouched.");
        return std::nullopt;
    }
    if (!existingEntryName(bytes, params).isEmpty()) {
        *already = true;
        return bytes;
    }
    qsizetype depth = 0;
    bool blocked = false;
    const QJsonObject servers = walk(rootOf(scan), keys, &depth, &blocked);
    if (blocked) {
        *error = tr("\"%1\" in the config is not an object, so no server can be added to it.")
                     .arg(keys.mid(0, depth + 1).join(QLatin1Char('.')));
        return std::nullopt;
    }
    std::optional<QByteArray> out;
    if (depth == keys.size() && servers.contains(serverName())) {
        // An entry of this name for another program (an older install elsewhere): replaced.
        const auto old = findJsonValue(scan, pathOf(keys + QStringList{serverName()}));
        if (old)
            out = QByteArray(bytes).replace(old->begin, old->end - old->begin, compact(members));
    } else if (depth == keys.size()) {
        out = insertMember(bytes, scan, pathOf(keys), serverName(), compact(members));
    } else {
        const QByteArray entry =
            QByteArray("{") + encodeJsonString(serverName()) + ": " + compact(members) + "}";
        out = insertMember(bytes, scan, pathOf(keys.mid(0, depth)), keys.at(depth),
                           nestCompact(keys.mid(depth + 1), entry));
    }
    // What was written must read back as the entry, strictly JSON where the client wants that.
    const QByteArray check = out ? scannable(*out, client.jsonc) : QByteArray();
    qsizetype checkDepth = 0;
    const QJsonObject written = out && !checkJsonSyntax(check, true)
                                    ? walk(rootOf(check), keys, &checkDepth, &blocked)
                                    : QJsonObject();
    if (written.value(serverName()).toObject() != entry(client, executable)) {
        *error = tr("The change did not come out as intended; nothing was written.");
        return std::nullopt;
    }
    return out;
}

ConfigEditResult SelfInstall::preview(const QString& configPath, const QVariantMap& params) {
    ConfigEditResult result;
    result.configPath = configPath;
    const ConfigFileRead read = ConfigFile::read(configPath);
    if (read.problem == ConfigFileRead::Problem::Missing) {
        result.created = true;
    } else if (!read.ok()) {
        result.error = tr("Can't read %1: %2").arg(quoteInput(configPath), read.message);
        return result;
    }
    result.before = read.bytes;
    bool already = false;
    QString error;
    const auto after = addEntry(result.before, params, &already, &error);
    if (!after) {
        result.error = error;
        return result;
    }
    result.after = *after;
    result.ok = true;
    if (already) {
        result.unchanged = true;
        result.message =
            tr("Localhost Doctor is already in %1 as server \"%2\"; nothing to add.")
                .arg(QDir::toNativeSeparators(configPath), existingEntryName(result.before, params));
        return result;
    }
    result.diff = ConfigEditor::diff(result.before, result.after);
    return result;
}

} // namespace ld::wizard
