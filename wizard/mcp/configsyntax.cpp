// The syntax error finding: line, column, a caret snippet and a hint a person can act on.
#include "wizard/mcp/mcpconfig.h"

namespace ld::wizard {

Finding McpConfigReader::syntaxErrorFinding(const QByteArray& bytes, const QString& path,
                                            const JsonSyntaxError& error, const ClientProfile& client) {
    const TextPosition where = textPosition(bytes, error.offset);
    const TextPosition stop = textPosition(bytes, error.stopOffset);
    Finding finding;
    finding.id = QStringLiteral("mcp.config_syntax_error");
    finding.severity = Severity::Error;
    finding.title = tr("The %1 config is not valid JSON (line %2, column %3)")
                        .arg(client.displayName)
                        .arg(where.line)
                        .arg(where.column);
    const QString gutter = QString::number(where.line) + QStringLiteral(" | ");
    const QString snippet = gutter + where.lineText + QLatin1Char('\n') +
                            QString(gutter.size() - 2, QLatin1Char(' ')) + QStringLiteral("| ") +
                            where.caretLine;
    finding.detail =
        tr("%1 can't read %2, so it starts none of your MCP servers.\n\n%3\n\n%4\n\n"
           "Fix it in a text editor and save the file. %5")
            .arg(client.displayName, path, snippet, hintText(bytes, error), client.restartHint());
    finding.evidence = {{QStringLiteral("path"), path},
                        {QStringLiteral("client"), client.key},
                        {QStringLiteral("line"), where.line},
                        {QStringLiteral("column"), where.column},
                        {QStringLiteral("line_text"), where.lineText},
                        {QStringLiteral("caret"), where.caretLine},
                        {QStringLiteral("hint"), syntaxHintName(error.hint)},
                        {QStringLiteral("offset"), error.offset},
                        {QStringLiteral("parser_line"), stop.line},
                        {QStringLiteral("parser_column"), stop.column}};
    return finding;
}

QString McpConfigReader::hintText(const QByteArray& bytes, const JsonSyntaxError& error) {
    const TextPosition where = textPosition(bytes, error.offset);
    const TextPosition stop = textPosition(bytes, error.stopOffset);
    switch (error.hint) {
    case SyntaxHint::TrailingComma:
        return tr("There is a comma after the last item (line %1, column %2), just before the closing "
                  "bracket on "
                  "line %3. JSON does not allow that: delete that comma.")
            .arg(where.line)
            .arg(where.column)
            .arg(stop.line);
    case SyntaxHint::MissingComma:
        return tr("A comma is missing between two items: add a , at line %1, column %2 (the next item starts "
                  "on "
                  "line %3).")
            .arg(where.line)
            .arg(where.column)
            .arg(stop.line);
    case SyntaxHint::MissingColon:
        return tr("A colon is missing between a name and its value: write \"name\": value.");
    case SyntaxHint::Backslash:
        return tr("A backslash inside quotes must be doubled. Windows paths are the usual cause: write "
                  "\"C:\\\\Users\\\\you\" or use forward slashes, \"C:/Users/you\".");
    case SyntaxHint::SmartQuotes:
        return tr(
            "This is a curly quote (“ ” ‘ ’), as word processors and chat apps type them. JSON needs plain "
            "straight double quotes: \".");
    case SyntaxHint::SingleQuotes:
        return tr("JSON needs double quotes \" around text, not single quotes '.");
    case SyntaxHint::UnquotedKey:
        return tr("Names in JSON need double quotes: write \"name\": value, not name: value.");
    case SyntaxHint::Comment:
        return tr("JSON does not allow comments (// or /* */). Delete the comment.");
    case SyntaxHint::TwoDocuments:
        return tr("A second {…} starts after the first one has ended: two configs were pasted one after the "
                  "other. Move the servers of the second into the \"mcpServers\" of the first and delete the "
                  "rest.");
    case SyntaxHint::ByteOrderMark:
        return tr(
            "The file starts with an invisible byte-order mark (BOM), which some Windows editors add. Save "
            "it as \"UTF-8\" (without BOM).");
    case SyntaxHint::UnterminatedString:
        return tr("This text in quotes is never closed: a closing \" is missing on that line.");
    case SyntaxHint::ControlCharacter:
        return tr(
            "A tab or other invisible character is inside quotes; JSON needs it written as \\t or removed.");
    case SyntaxHint::Truncated:
        return tr("The file ends too early: a closing } or ] (or more) is missing at the end.");
    case SyntaxHint::Empty:
        return tr("The file is empty. The smallest valid config is {\"mcpServers\": {}}.");
    case SyntaxHint::ExtraText:
        return tr("There is more text after the end of the config. Delete it.");
    case SyntaxHint::TooDeep:
        return tr("The brackets are nested too deeply to be an MCP config.");
    case SyntaxHint::BareMember:
        return tr("The file holds \"mcpServers\": { … } without the outer curly brackets, as it is often "
                  "copied from a web page. Wrap the whole text in { } (the fix below does exactly that).");
    case SyntaxHint::Other:
        break;
    }
    const QByteArray rest = bytes.mid(error.offset, 4);
    const QString character = QString::fromUtf8(rest).left(1);
    return character.isEmpty() ? tr("Something unexpected is at this spot.")
                               : tr("\"%1\" is not expected at this spot.").arg(character);
}

} // namespace ld::wizard
