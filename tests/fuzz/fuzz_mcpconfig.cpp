// libFuzzer target for the strict JSON reader, the error positions, the config's shape checks
// by every client's rules, JSONC blanking, the reshaping fixes and the value-only edits.
#include "wizard/mcp/configedit.h"
#include "wizard/mcp/configreshape.h"
#include "wizard/mcp/mcpconfig.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace ld::wizard;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const McpConfig config = McpConfigReader::parse(bytes, QStringLiteral("fuzz.json"));
    if (config.syntaxError) {
        const JsonSyntaxError& error = *config.syntaxError;
        if (error.offset < 0 || error.offset > bytes.size() || error.stopOffset < 0 ||
            error.stopOffset > bytes.size())
            __builtin_trap();
        const TextPosition where = textPosition(bytes, error.offset);
        if (where.line < 1 || where.column < 1 || !where.caretLine.endsWith(QLatin1Char('^')))
            __builtin_trap();
        (void)McpConfigReader::hintText(bytes, error);
    }
    for (const McpServerEntry& entry : config.servers) {
        if (!entry.stdioUsable())
            continue;
        // The command's span decodes to the command; replacing it keeps the file valid.
        JsonPath path = entry.path;
        path.append(JsonPathPart{QStringLiteral("command"), -1});
        const auto span = findJsonValue(bytes, path);
        if (!span)
            __builtin_trap();
        // Qt turns a lone surrogate escape into U+FFFD; everything else decodes the same.
        const bool loneSurrogate = std::any_of(entry.command.begin(), entry.command.end(), [](QChar c) {
            return c.isSurrogate() || c == QChar::ReplacementCharacter;
        });
        if (!loneSurrogate &&
            decodeJsonString(bytes.mid(span->begin, span->end - span->begin)) != entry.command)
            __builtin_trap();
        QString error;
        const QString value = QStringLiteral("/x/\"y\"\\z");
        const auto edited = ConfigEditor::applyEdits(
            bytes, {ValueEdit{ValueEdit::Kind::ReplaceString, path, value, {}, {}}}, &error);
        if (!edited || checkJsonSyntax(*edited, true))
            __builtin_trap();
        if (edited->left(span->begin) != bytes.left(span->begin) ||
            edited->mid(span->begin + encodeJsonString(value).size()) != bytes.mid(span->end))
            __builtin_trap(); // only the value's bytes changed
        break;
    }
    // JSONC blanking keeps every offset; each client's rules read the text without crashing.
    if (blankJsoncExtras(bytes).size() != bytes.size())
        __builtin_trap();
    for (const ClientProfile& client : ClientProfile::all())
        (void)McpConfigReader::parse(bytes, QStringLiteral("fuzz.json"), &client);
    // A reshaping fix either refuses or yields strictly valid JSON holding the servers.
    for (const char* fix :
         {"fix.wrap_in_braces", "fix.wrap_servers", "fix.name_server", "fix.move_servers"}) {
        QString error;
        const QVariantMap params{{QStringLiteral("name"), QStringLiteral("s")},
                                 {QStringLiteral("from"), QStringList{QStringLiteral("servers")}}};
        if (const auto out = ConfigReshape::apply(bytes, QString::fromLatin1(fix), params, &error))
            if (checkJsonSyntax(*out, true))
                __builtin_trap();
    }
    return 0;
}
