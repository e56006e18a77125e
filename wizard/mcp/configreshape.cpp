#include "wizard/mcp/configreshape.h"

#include "wizard/mcp/configedit.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ld::wizard {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype firstContent(const QByteArray& bytes) {
    qsizetype i = hasByteOrderMark(bytes) ? 3 : 0;
    while (i < bytes.size() && isSpace(bytes.at(i)))
        ++i;
    return i;
}

qsizetype lastContent(const QByteArray& bytes) {
    qsizetype i = bytes.size() - 1;
    while (i >= 0 && isSpace(bytes.at(i)))
        --i;
    return i;
}

// The span of the key token ("name", quotes included) of the member whose value starts at valueBegin.
std::optional<JsonSpan> keyBefore(const QByteArray& bytes, qsizetype valueBegin) {
    qsizetype i = valueBegin - 1;
    while (i >= 0 && isSpace(bytes.at(i)))
        --i;
    if (i < 0 || bytes.at(i) != ':')
        return std::nullopt;
    --i;
    while (i >= 0 && isSpace(bytes.at(i)))
        --i;
    if (i < 0 || bytes.at(i) != '"')
        return std::nullopt;
    const qsizetype end = i + 1;
    for (--i; i >= 0; --i) {
        if (bytes.at(i) != '"')
            continue;
        qsizetype slashes = 0;
        for (qsizetype k = i - 1; k >= 0 && bytes.at(k) == '\\'; --k)
            ++slashes;
        if (slashes % 2 == 0)
            return JsonSpan{i, end};
    }
    return std::nullopt;
}

QJsonObject rootOf(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes.mid(hasByteOrderMark(bytes) ? 3 : 0)).object();
}

} // namespace

bool ConfigReshape::handles(const QString& fixId) {
    return fixId == QLatin1String("fix.wrap_in_braces") || fixId == QLatin1String("fix.move_servers") ||
           fixId == QLatin1String("fix.name_server") || fixId == QLatin1String("fix.wrap_servers") ||
           fixId == QLatin1String("fix.use_host_docker_internal");
}

std::optional<QByteArray> ConfigReshape::replaceValues(const QByteArray& bytes, const QVariantMap& params) {
    JsonPath entry;
    for (const QString& key : params.value(QStringLiteral("entry_path")).toStringList())
        entry.append(JsonPathPart{key, -1});
    if (entry.isEmpty())
        return std::nullopt;
    QList<ValueEdit> edits;
    for (const QVariant& item : params.value(QStringLiteral("replacements")).toList()) {
        const QVariantMap r = item.toMap();
        JsonPath path = entry;
        if (r.value(QStringLiteral("key")).toString() == QLatin1String("env")) {
            path.append(JsonPathPart{QStringLiteral("env"), -1});
            path.append(JsonPathPart{r.value(QStringLiteral("name")).toString(), -1});
        } else {
            path.append(JsonPathPart{QStringLiteral("args"), -1});
            path.append(JsonPathPart{QString(), r.value(QStringLiteral("index")).toInt()});
        }
        edits << ValueEdit{
            ValueEdit::Kind::ReplaceString, path, r.value(QStringLiteral("value")).toString(), {}, {}};
    }
    QString error;
    auto out = ConfigEditor::applyEdits(bytes, edits, &error);
    const int after = params.value(QStringLiteral("add_host_after"), -1).toInt();
    if (!out || after < 0)
        return out;
    JsonPath runPath = entry;
    runPath.append(JsonPathPart{QStringLiteral("args"), -1});
    runPath.append(JsonPathPart{QString(), after});
    const auto run = findJsonValue(*out, runPath);
    if (!run)
        return std::nullopt;
    out->insert(run->end, ", \"--add-host=host.docker.internal:host-gateway\"");
    return out;
}

std::optional<QByteArray> ConfigReshape::wrapInBraces(const QByteArray& bytes) {
    const qsizetype first = firstContent(bytes);
    qsizetype last = lastContent(bytes);
    if (first >= bytes.size() || bytes.at(first) != '"' || last < first)
        return std::nullopt;
    QByteArray out = bytes;
    if (out.at(last) == ',') // copied with the comma that followed it in a bigger file
        out.remove(last--, 1);
    out.insert(last + 1, "\n}");
    out.insert(first, "{\n");
    return out;
}

std::optional<QByteArray> ConfigReshape::moveServers(const QByteArray& bytes, const JsonPath& from,
                                                     const QString& to) {
    if (from.isEmpty() || from.size() > 2)
        return std::nullopt;
    const auto value = findJsonValue(bytes, from);
    if (!value)
        return std::nullopt;
    if (from.size() == 1) {
        const auto key = keyBefore(bytes, value->begin);
        if (!key)
            return std::nullopt;
        QByteArray out = bytes;
        out.replace(key->begin, key->end - key->begin, encodeJsonString(to));
        return out;
    }
    // {"mcp": {"servers": {…}}}: only when "mcp" holds nothing else, lift it whole.
    const JsonPath parentPath{from.first()};
    const auto parent = findJsonValue(bytes, parentPath);
    if (!parent || jsonObjectKeys(bytes, parentPath).size() != 1)
        return std::nullopt;
    const auto key = keyBefore(bytes, parent->begin);
    if (!key)
        return std::nullopt;
    QByteArray out = bytes;
    out.replace(key->begin, parent->end - key->begin,
                encodeJsonString(to) + ": " + bytes.mid(value->begin, value->end - value->begin));
    return out;
}

std::optional<QByteArray> ConfigReshape::nameServer(const QByteArray& bytes, const QString& name,
                                                    const QString& to) {
    const qsizetype first = firstContent(bytes);
    const qsizetype last = lastContent(bytes);
    if (first >= bytes.size() || bytes.at(first) != '{' || bytes.at(last) != '}')
        return std::nullopt;
    QByteArray out = bytes;
    out.insert(last + 1, "}}");
    out.insert(first, "{" + encodeJsonString(to) + ": {" + encodeJsonString(name) + ": ");
    return out;
}

std::optional<QByteArray> ConfigReshape::wrapServers(const QByteArray& bytes, const QString& to) {
    const qsizetype first = firstContent(bytes);
    const qsizetype last = lastContent(bytes);
    if (first >= bytes.size() || bytes.at(first) != '{' || bytes.at(last) != '}')
        return std::nullopt;
    QByteArray out = bytes;
    out.insert(last + 1, "}");
    out.insert(first, "{" + encodeJsonString(to) + ": ");
    return out;
}

std::optional<QByteArray> ConfigReshape::apply(const QByteArray& bytes, const QString& fixId,
                                               const QVariantMap& params, QString* error) {
    const QString to = params.value(QStringLiteral("to"), QStringLiteral("mcpServers")).toString();
    std::optional<QByteArray> out;
    if (fixId == QLatin1String("fix.wrap_in_braces")) {
        out = wrapInBraces(bytes);
    } else if (fixId == QLatin1String("fix.move_servers")) {
        JsonPath from;
        for (const QString& key : params.value(QStringLiteral("from")).toStringList())
            from.append(JsonPathPart{key, -1});
        out = moveServers(bytes, from, to);
    } else if (fixId == QLatin1String("fix.name_server")) {
        out = nameServer(bytes, params.value(QStringLiteral("name")).toString(), to);
    } else if (fixId == QLatin1String("fix.wrap_servers")) {
        out = wrapServers(bytes, to);
    } else if (fixId == QLatin1String("fix.use_host_docker_internal")) {
        out = replaceValues(bytes, params);
        if (out && checkJsonSyntax(*out, true))
            out.reset();
        if (!out && error)
            *error =
                tr("The server's entry no longer has the values this fix was made for; it is left as it is.");
        return out;
    }
    if (!out) {
        if (error)
            *error = tr("The config no longer has the shape this fix was made for; it is left as it is.");
        return std::nullopt;
    }
    if (checkJsonSyntax(*out, true) || !rootOf(*out).value(to).isObject()) {
        if (error)
            *error = tr("The reshaped config would not be valid, so nothing was changed.");
        return std::nullopt;
    }
    return out;
}

} // namespace ld::wizard
