#pragma once
// Claude Desktop's claude_desktop_config.json: where it lives on each OS, a strict JSON check
// (as strict as JSON.parse, which Claude Desktop uses) that points at the real culprit of a
// syntax error, and the shape checks of every server entry. Pure functions of the text and of a
// HostContext, so every OS is testable here with a fake home and environment.

#include "wizard/report/finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ld::wizard {

enum class HostOs { Linux, MacOs, Windows };
QString hostOsName(HostOs os); // "linux", "macos", "windows"
HostOs currentHostOs();

// What the MCP checks need to know of the machine; the real one, or a fake for tests.
struct HostContext {
    HostOs os = HostOs::Linux;
    QString home;
    QMap<QString, QString> env;
    std::function<bool(const QString&)> exists;                // a file or a folder
    std::function<bool(const QString&)> isExecutableFile;      // a file this user may run
    std::function<QStringList(const QString&)> subdirectories; // names, not paths
    // The PATH of the user's login shell ($SHELL -lc 'echo $PATH'); nullopt when unknown.
    std::function<std::optional<QString>()> loginShellPath;

    // This machine, with the login shell asked at most once and for at most timeoutMs.
    static HostContext current(int loginShellTimeoutMs = 2000);
    // Joins with the OS's separator ("\" on Windows).
    QString join(const QString& directory, const QString& name) const;
    QString expandHome(const QString& path) const; // "~/x" -> home/x
};

// Where Claude Desktop keeps its config on that OS, in the order they are tried.
QStringList configCandidates(const HostContext& host);
// Where Claude Desktop writes its logs (mcp.log, mcp-server-NAME.log), in the order tried.
QStringList logDirectoryCandidates(const HostContext& host);

// --- strict JSON -------------------------------------------------------------------------

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

// --- the config ------------------------------------------------------------------------

struct McpServerEntry {
    QString name;
    JsonPath path; // mcpServers.NAME
    bool isObject = false;
    QJsonObject raw;
    QString command;
    QStringList args;
    QMap<QString, QString> env;
    QString url; // a remote entry (url, or type http/sse/streamable-http): Claude Desktop skips it
    QString type;
    bool remote = false;
    QList<Finding> findings; // mcp.config_invalid for this entry

    bool stdioUsable() const { return isObject && !remote && !command.isEmpty() && findings.isEmpty(); }
};

struct McpConfig {
    QString path;         // the file read (or the first candidate when none exists)
    QStringList searched; // every place looked at
    bool found = false;
    bool givenByUser = false; // --config
    QByteArray bytes;
    std::optional<JsonSyntaxError> syntaxError;
    bool parsed = false; // the JSON could be read (perhaps after stripping a BOM)
    QJsonObject root;
    QList<McpServerEntry> servers; // in file order
    QList<Finding> findings;       // the config step's own: missing, syntax error, top-level shape
};

class McpConfigReader {
    Q_DECLARE_TR_FUNCTIONS(McpConfigReader)
public:
    // Finds the config (or reads overridePath) and checks it.
    static McpConfig load(const HostContext& host, const QString& overridePath = {});
    // Checks the bytes of a config named path.
    static McpConfig parse(const QByteArray& bytes, const QString& path);

    static Finding syntaxErrorFinding(const QByteArray& bytes, const QString& path,
                                      const JsonSyntaxError& error);
    static QString hintText(const QByteArray& bytes, const JsonSyntaxError& error);
};

} // namespace ld::wizard
