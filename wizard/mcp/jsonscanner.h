#pragma once
// A strict JSON check (as strict as JSON.parse) that points at the real culprit of a syntax
// error, and byte-exact lookups of values and keys in valid JSON, for fixes that change only
// the bytes they must.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

namespace ld::wizard {

enum class SyntaxHint {
    TrailingComma,
    MissingComma,
    MissingColon,
    Backslash, // an unescaped backslash, usually a Windows path
    SmartQuotes,
    SingleQuotes,
    UnquotedKey,
    Comment,
    TwoDocuments,
    ByteOrderMark,
    UnterminatedString,
    ControlCharacter,
    Truncated,
    Empty,
    ExtraText,
    TooDeep,
    BareMember, // "mcpServers": {…} pasted without the outer { }
    Other,
};
QString syntaxHintName(SyntaxHint hint); // "trailing_comma", "missing_comma", ...

// Where the text is wrong. `offset` is the byte offset of the culprit itself: the comma of a
// trailing comma, the place right after the value a comma is missing behind, the backslash, the
// curly quote, the first '/' of a comment, the first byte of a second document, the BOM, the
// opening quote of a string that is never closed. `stopOffset` is where a parser stops reading
// (for a trailing comma, the closing bracket), equal to `offset` when they are the same.
struct JsonSyntaxError {
    SyntaxHint hint = SyntaxHint::Other;
    qsizetype offset = 0;
    qsizetype stopOffset = 0;
};

// Line and column are 1-based; the column counts characters (code points), not bytes; CRLF
// and CR end a line like LF; a BOM is not counted.
struct TextPosition {
    int line = 1;
    int column = 1;
    QString lineText;  // that line, without its line break
    QString caretLine; // spaces (tabs kept) and a ^ under the spot
};
TextPosition textPosition(const QByteArray& text, qsizetype offset);

// A step along a JSON path: an object key, or an array index when index >= 0.
struct JsonPathPart {
    QString key;
    int index = -1;
    bool operator==(const JsonPathPart&) const = default;
};
using JsonPath = QList<JsonPathPart>;
JsonPath jsonPath(std::initializer_list<QString> keys);
QString jsonPathText(const JsonPath& path); // mcpServers.files.args[1], mcpServers["my server"]

struct JsonSpan {
    qsizetype begin = 0; // first byte of the value token (the opening quote of a string)
    qsizetype end = 0;   // one past its last byte
};

// Strict RFC 8259, like JSON.parse: nullopt when the text is valid. A leading BOM is reported
// (JSON.parse rejects it) but `allowBom` lets the rest be checked.
std::optional<JsonSyntaxError> checkJsonSyntax(const QByteArray& text, bool allowBom = false);
// The span of the value at path (the last one when a key repeats), in valid JSON.
std::optional<JsonSpan> findJsonValue(const QByteArray& text, const JsonPath& path);
// The keys of the object at path, in the order they appear in the text.
QStringList jsonObjectKeys(const QByteArray& text, const JsonPath& path);
// Decodes a JSON string token (with its quotes) into text; nullopt when it is not one.
std::optional<QString> decodeJsonString(const QByteArray& token);
// A JSON string token for text, escaping only what JSON requires (and / never).
QByteArray encodeJsonString(const QString& text);
// JSONC (VS Code, Cursor): the same text with comments and trailing commas blanked to spaces,
// so every offset stays where it was.
QByteArray blankJsoncExtras(const QByteArray& text);
// The text starts with a UTF-8 byte-order mark.
bool hasByteOrderMark(const QByteArray& text);

} // namespace ld::wizard
