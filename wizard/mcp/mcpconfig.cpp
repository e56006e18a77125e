#include "wizard/mcp/mcpconfig.h"

#include "platform/os.h"

#include <string_view>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace ld::wizard {

QString hostOsName(HostOs os) {
    switch (os) {
    case HostOs::Linux:
        return QStringLiteral("linux");
    case HostOs::MacOs:
        return QStringLiteral("macos");
    case HostOs::Windows:
        return QStringLiteral("windows");
    }
    return QStringLiteral("linux");
}

HostOs currentHostOs() {
    const std::string_view os = platform::osName();
    return os == "windows" ? HostOs::Windows : os == "macos" ? HostOs::MacOs : HostOs::Linux;
}

namespace {

// Environment names are case-insensitive on Windows.
QString envValue(const HostContext& host, const QString& name) {
    if (const auto it = host.env.find(name); it != host.env.end())
        return it.value();
    if (host.os == HostOs::Windows)
        for (auto it = host.env.begin(); it != host.env.end(); ++it)
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.value();
    return {};
}

std::optional<QString> askLoginShell(const QString& shell, int timeoutMs) {
    if (shell.isEmpty())
        return std::nullopt;
    QProcess process;
    process.setProgram(shell);
    // A marker, because login scripts may print their own lines first.
    process.setArguments({QStringLiteral("-lc"), QStringLiteral("echo __LD_PATH__=$PATH")});
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(timeoutMs))
        return std::nullopt;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray& line : lines)
        if (line.startsWith("__LD_PATH__="))
            return QString::fromLocal8Bit(line.mid(12)).trimmed();
    return std::nullopt;
}

} // namespace

HostContext HostContext::current(int loginShellTimeoutMs) {
    HostContext host;
    host.os = currentHostOs();
    host.home = QDir::homePath();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys())
        host.env.insert(key, environment.value(key));
    host.exists = [](const QString& path) { return QFileInfo::exists(path); };
    host.isExecutableFile = [](const QString& path) {
        const QFileInfo info(path);
        return info.isFile() && info.isExecutable();
    };
    host.subdirectories = [](const QString& path) {
        return QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    };
    struct Once {
        std::once_flag flag;
        std::optional<QString> value;
    };
    auto once = std::make_shared<Once>();
    const QString shell = host.os == HostOs::Windows ? QString() : host.env.value(QStringLiteral("SHELL"));
    host.loginShellPath = [once, shell, loginShellTimeoutMs]() {
        std::call_once(once->flag, [&] { once->value = askLoginShell(shell, loginShellTimeoutMs); });
        return once->value;
    };
    return host;
}

QString HostContext::join(const QString& directory, const QString& name) const {
    const QChar separator = os == HostOs::Windows ? QLatin1Char('\\') : QLatin1Char('/');
    if (directory.isEmpty())
        return name;
    if (directory.endsWith(QLatin1Char('/')) || directory.endsWith(QLatin1Char('\\')))
        return directory + name;
    return directory + separator + name;
}

QString HostContext::expandHome(const QString& path) const {
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")) || path.startsWith(QLatin1String("~\\")))
        return join(home, path.mid(2));
    return path;
}

QStringList configCandidates(const HostContext& host) {
    const QString file = QStringLiteral("claude_desktop_config.json");
    QStringList candidates;
    switch (host.os) {
    case HostOs::MacOs:
        candidates << host.join(host.join(host.join(host.join(host.home, QStringLiteral("Library")),
                                                    QStringLiteral("Application Support")),
                                          QStringLiteral("Claude")),
                                file);
        break;
    case HostOs::Windows: {
        QString appData = envValue(host, QStringLiteral("APPDATA"));
        if (appData.isEmpty())
            appData = host.join(host.join(host.home, QStringLiteral("AppData")), QStringLiteral("Roaming"));
        candidates << host.join(host.join(appData, QStringLiteral("Claude")), file);
        break;
    }
    case HostOs::Linux: {
        const QString xdg = envValue(host, QStringLiteral("XDG_CONFIG_HOME"));
        if (!xdg.isEmpty())
            candidates << host.join(host.join(xdg, QStringLiteral("Claude")), file);
        const QString standard = host.join(
            host.join(host.join(host.home, QStringLiteral(".config")), QStringLiteral("Claude")), file);
        if (!candidates.contains(standard))
            candidates << standard;
        break;
    }
    }
    return candidates;
}

QStringList logDirectoryCandidates(const HostContext& host) {
    QStringList candidates;
    switch (host.os) {
    case HostOs::MacOs:
        candidates << host.join(
            host.join(host.join(host.home, QStringLiteral("Library")), QStringLiteral("Logs")),
            QStringLiteral("Claude"));
        break;
    case HostOs::Windows: {
        const QString appData = envValue(host, QStringLiteral("APPDATA"));
        const QString localAppData = envValue(host, QStringLiteral("LOCALAPPDATA"));
        if (!appData.isEmpty())
            candidates << host.join(host.join(appData, QStringLiteral("Claude")), QStringLiteral("logs"));
        if (!localAppData.isEmpty())
            candidates << host.join(host.join(localAppData, QStringLiteral("Claude")),
                                    QStringLiteral("Logs"));
        break;
    }
    case HostOs::Linux: {
        const QString xdg = envValue(host, QStringLiteral("XDG_CONFIG_HOME"));
        if (!xdg.isEmpty())
            candidates << host.join(host.join(xdg, QStringLiteral("Claude")), QStringLiteral("logs"));
        const QString standard =
            host.join(host.join(host.join(host.home, QStringLiteral(".config")), QStringLiteral("Claude")),
                      QStringLiteral("logs"));
        if (!candidates.contains(standard))
            candidates << standard;
        break;
    }
    }
    return candidates;
}

// --- strict JSON -------------------------------------------------------------------------

QString syntaxHintName(SyntaxHint hint) {
    switch (hint) {
    case SyntaxHint::TrailingComma:
        return QStringLiteral("trailing_comma");
    case SyntaxHint::MissingComma:
        return QStringLiteral("missing_comma");
    case SyntaxHint::MissingColon:
        return QStringLiteral("missing_colon");
    case SyntaxHint::Backslash:
        return QStringLiteral("unescaped_backslash");
    case SyntaxHint::SmartQuotes:
        return QStringLiteral("smart_quotes");
    case SyntaxHint::SingleQuotes:
        return QStringLiteral("single_quotes");
    case SyntaxHint::UnquotedKey:
        return QStringLiteral("unquoted_key");
    case SyntaxHint::Comment:
        return QStringLiteral("comment");
    case SyntaxHint::TwoDocuments:
        return QStringLiteral("two_documents");
    case SyntaxHint::ByteOrderMark:
        return QStringLiteral("byte_order_mark");
    case SyntaxHint::UnterminatedString:
        return QStringLiteral("unterminated_string");
    case SyntaxHint::ControlCharacter:
        return QStringLiteral("control_character");
    case SyntaxHint::Truncated:
        return QStringLiteral("truncated");
    case SyntaxHint::Empty:
        return QStringLiteral("empty");
    case SyntaxHint::ExtraText:
        return QStringLiteral("extra_text");
    case SyntaxHint::TooDeep:
        return QStringLiteral("too_deep");
    case SyntaxHint::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

namespace {

bool hasBom(const QByteArray& text) {
    return text.startsWith("\xEF\xBB\xBF");
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A recursive-descent reader as strict as JSON.parse that records where each value lies, and
// on error names the culprit rather than the place the reader gave up.
class Scanner {
public:
    Scanner(const QByteArray& text, bool allowBom)
        : m_s(text)
        , m_n(text.size())
        , m_allowBom(allowBom) {}

    std::function<void(const JsonPath&, qsizetype, qsizetype)> onValue;
    std::function<void(const JsonPath&, const QString&)> onKey; // parent path, key

    std::optional<JsonSyntaxError> run() {
        if (hasBom(m_s)) {
            if (!m_allowBom)
                return JsonSyntaxError{SyntaxHint::ByteOrderMark, 0, 0};
            m_i = 3;
        }
        skipSpace();
        if (m_i >= m_n)
            return JsonSyntaxError{SyntaxHint::Empty, 0, 0};
        if (!value(0))
            return m_error;
        skipSpace();
        if (m_i < m_n) {
            const char c = m_s.at(m_i);
            SyntaxHint hint = classify(m_i);
            if (c == '{' || c == '[')
                hint = SyntaxHint::TwoDocuments;
            else if (hint == SyntaxHint::Other)
                hint = SyntaxHint::ExtraText;
            fail(hint, m_i);
            return m_error;
        }
        return std::nullopt;
    }

private:
    static constexpr int kMaxDepth = 512;

    char at(qsizetype i) const { return i < m_n ? m_s.at(i) : '\0'; }

    void skipSpace() {
        while (m_i < m_n && isSpace(m_s.at(m_i)))
            ++m_i;
    }

    bool fail(SyntaxHint hint, qsizetype offset, qsizetype stop = -1) {
        m_error = JsonSyntaxError{hint, offset, stop < 0 ? offset : stop};
        return false;
    }

    // The file ended inside a value: point just after the last thing written.
    bool truncated() {
        qsizetype last = m_n;
        while (last > 0 && isSpace(m_s.at(last - 1)))
            --last;
        return fail(SyntaxHint::Truncated, last, m_n);
    }

    SyntaxHint classify(qsizetype i) const {
        const char c = at(i);
        if (c == '/' && (at(i + 1) == '/' || at(i + 1) == '*'))
            return SyntaxHint::Comment;
        if (c == '\xE2' && at(i + 1) == '\x80') {
            const char d = at(i + 2);
            if (d == '\x98' || d == '\x99' || d == '\x9C' || d == '\x9D')
                return SyntaxHint::SmartQuotes;
        }
        if (c == '\'')
            return SyntaxHint::SingleQuotes;
        return SyntaxHint::Other;
    }

    static bool startsValue(char c) {
        return c == '"' || c == '{' || c == '[' || c == '-' || (c >= '0' && c <= '9') || c == 't' ||
               c == 'f' || c == 'n';
    }

    bool value(int depth) {
        if (depth > kMaxDepth)
            return fail(SyntaxHint::TooDeep, m_i);
        skipSpace();
        if (m_i >= m_n)
            return truncated();
        const qsizetype begin = m_i;
        const char c = m_s.at(m_i);
        bool ok = false;
        if (c == '{')
            ok = object(depth);
        else if (c == '[')
            ok = array(depth);
        else if (c == '"')
            ok = string(nullptr);
        else if (c == '-' || (c >= '0' && c <= '9'))
            ok = number();
        else if (c == 't')
            ok = literal("true");
        else if (c == 'f')
            ok = literal("false");
        else if (c == 'n')
            ok = literal("null");
        else
            return fail(classify(m_i), m_i);
        if (ok && onValue)
            onValue(m_path, begin, m_i);
        return ok;
    }

    bool literal(const char* word) {
        const qsizetype length = qsizetype(qstrlen(word));
        if (m_s.mid(m_i, length) != QByteArray(word))
            return m_i + length > m_n && QByteArray(word).startsWith(m_s.mid(m_i))
                       ? truncated()
                       : fail(SyntaxHint::Other, m_i);
        m_i += length;
        return true;
    }

    bool number() {
        const qsizetype begin = m_i;
        const auto digits = [this] {
            const qsizetype start = m_i;
            while (m_i < m_n && m_s.at(m_i) >= '0' && m_s.at(m_i) <= '9')
                ++m_i;
            return m_i > start;
        };
        if (at(m_i) == '-')
            ++m_i;
        if (at(m_i) == '0')
            ++m_i;
        else if (!digits())
            return fail(SyntaxHint::Other, begin);
        if (at(m_i) == '.') {
            ++m_i;
            if (!digits())
                return fail(SyntaxHint::Other, begin);
        }
        if (at(m_i) == 'e' || at(m_i) == 'E') {
            ++m_i;
            if (at(m_i) == '+' || at(m_i) == '-')
                ++m_i;
            if (!digits())
                return fail(SyntaxHint::Other, begin);
        }
        return true;
    }

    bool string(QString* decoded) {
        const qsizetype open = m_i++;
        QByteArray raw;
        while (true) {
            if (m_i >= m_n)
                return fail(SyntaxHint::UnterminatedString, open, m_n);
            const char c = m_s.at(m_i);
            if (c == '"') {
                ++m_i;
                break;
            }
            if (c == '\\') {
                if (m_i + 1 >= m_n)
                    return fail(SyntaxHint::UnterminatedString, open, m_n);
                const char e = m_s.at(m_i + 1);
                const char* simple = "\"\\/bfnrt";
                const char* mapped = "\"\\/\b\f\n\r\t";
                if (const char* hit = std::strchr(simple, e); hit && e != '\0') {
                    if (decoded)
                        raw.append(mapped[hit - simple]);
                    m_i += 2;
                    continue;
                }
                if (e != 'u')
                    return fail(SyntaxHint::Backslash, m_i);
                int unit = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(at(m_i + 2 + k));
                    if (h < 0)
                        return fail(SyntaxHint::Backslash, m_i);
                    unit = unit * 16 + h;
                }
                if (decoded) {
                    *decoded += QString::fromUtf8(raw);
                    raw.clear();
                    *decoded += QChar(char16_t(unit));
                }
                m_i += 6;
                continue;
            }
            if (static_cast<unsigned char>(c) < 0x20) {
                if (c == '\n' || c == '\r')
                    return fail(SyntaxHint::UnterminatedString, open, m_i);
                return fail(SyntaxHint::ControlCharacter, m_i);
            }
            if (decoded)
                raw.append(c);
            ++m_i;
        }
        if (decoded)
            *decoded += QString::fromUtf8(raw);
        return true;
    }

    bool object(int depth) {
        ++m_i;
        skipSpace();
        if (at(m_i) == '}') {
            ++m_i;
            return true;
        }
        qsizetype comma = -1;
        while (true) {
            skipSpace();
            if (m_i >= m_n)
                return truncated();
            const char c = m_s.at(m_i);
            if (c != '"') {
                if (c == '}' && comma >= 0)
                    return fail(SyntaxHint::TrailingComma, comma, m_i);
                SyntaxHint hint = classify(m_i);
                if (hint == SyntaxHint::Other &&
                    ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'))
                    hint = SyntaxHint::UnquotedKey;
                return fail(hint, m_i);
            }
            QString key;
            if (!string(&key))
                return false;
            const qsizetype keyEnd = m_i;
            if (onKey)
                onKey(m_path, key);
            skipSpace();
            if (m_i >= m_n)
                return truncated();
            if (m_s.at(m_i) != ':') {
                const SyntaxHint hint = classify(m_i);
                return hint == SyntaxHint::Other ? fail(SyntaxHint::MissingColon, keyEnd, m_i)
                                                 : fail(hint, m_i);
            }
            ++m_i;
            m_path.append(JsonPathPart{key, -1});
            if (!value(depth + 1))
                return false;
            m_path.removeLast();
            const After after = afterMember('}', comma);
            if (after == After::Next)
                continue;
            return after == After::Closed;
        }
    }

    enum class After { Next, Closed, Failed };

    // After a member of an object or array: a comma (remembered, for a trailing one), the closer,
    // or a mistake, described as precisely as the bytes allow.
    After afterMember(char closer, qsizetype& comma) {
        const qsizetype valueEnd = m_i;
        skipSpace();
        if (m_i >= m_n) {
            truncated();
            return After::Failed;
        }
        const char next = m_s.at(m_i);
        if (next == ',') {
            comma = m_i++;
            return After::Next;
        }
        if (next == closer) {
            ++m_i;
            return After::Closed;
        }
        if (startsValue(next))
            fail(SyntaxHint::MissingComma, valueEnd, m_i);
        else
            fail(classify(m_i), m_i);
        return After::Failed;
    }

    bool array(int depth) {
        ++m_i;
        skipSpace();
        if (at(m_i) == ']') {
            ++m_i;
            return true;
        }
        qsizetype comma = -1;
        for (int index = 0;; ++index) {
            skipSpace();
            if (at(m_i) == ']' && comma >= 0)
                return fail(SyntaxHint::TrailingComma, comma, m_i);
            m_path.append(JsonPathPart{QString(), index});
            if (!value(depth + 1))
                return false;
            m_path.removeLast();
            const After after = afterMember(']', comma);
            if (after == After::Next)
                continue;
            return after == After::Closed;
        }
    }

    const QByteArray& m_s;
    const qsizetype m_n;
    const bool m_allowBom;
    qsizetype m_i = 0;
    JsonPath m_path;
    std::optional<JsonSyntaxError> m_error;
};

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

std::optional<JsonSyntaxError> checkJsonSyntax(const QByteArray& text, bool allowBom) {
    return Scanner(text, allowBom).run();
}

std::optional<JsonSpan> findJsonValue(const QByteArray& text, const JsonPath& path) {
    std::optional<JsonSpan> span;
    Scanner scanner(text, true);
    scanner.onValue = [&](const JsonPath& at, qsizetype begin, qsizetype end) {
        if (at == path)
            span = JsonSpan{begin, end};
    };
    if (scanner.run())
        return std::nullopt;
    return span;
}

QStringList jsonObjectKeys(const QByteArray& text, const JsonPath& path) {
    QStringList keys;
    Scanner scanner(text, true);
    scanner.onKey = [&](const JsonPath& parent, const QString& key) {
        if (parent == path && !keys.contains(key))
            keys << key;
    };
    if (scanner.run())
        return {};
    return keys;
}

std::optional<QString> decodeJsonString(const QByteArray& token) {
    if (!token.startsWith('"'))
        return std::nullopt;
    const QByteArray wrapped = QByteArray("{") + token + QByteArray(":0}");
    std::optional<QString> key;
    Scanner scanner(wrapped, false);
    scanner.onKey = [&](const JsonPath&, const QString& k) { key = k; };
    if (scanner.run())
        return std::nullopt;
    return key;
}

QByteArray encodeJsonString(const QString& text) {
    QByteArray out = "\"";
    // UTF-8 bytes of non-ASCII characters never look like ASCII, so bytewise escaping is safe.
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += QByteArray("\\u00") +
                       QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

TextPosition textPosition(const QByteArray& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype bom = hasBom(text) ? 3 : 0;
    TextPosition position;
    qsizetype lineStart = offset >= bom ? bom : 0;
    for (qsizetype i = bom; i < offset; ++i) {
        const char c = text.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text.at(i + 1) != '\n'))) {
            ++position.line;
            lineStart = i + 1;
        }
    }
    qsizetype lineEnd = lineStart;
    while (lineEnd < text.size() && text.at(lineEnd) != '\n' && text.at(lineEnd) != '\r')
        ++lineEnd;
    qsizetype before = 0;
    for (qsizetype i = lineStart; i < offset && i < lineEnd; ++i)
        if (!isContinuationByte(text.at(i)))
            ++before;
    position.column = int(before) + 1;

    const QString line = QString::fromUtf8(text.mid(lineStart, lineEnd - lineStart));
    const QString head = QString::fromUtf8(text.mid(lineStart, std::min(offset, lineEnd) - lineStart));
    // A minified config is one long line: show a window around the spot.
    constexpr qsizetype kWindow = 70;
    qsizetype from = 0;
    QString prefix;
    if (line.size() > 2 * kWindow + 10 && head.size() > kWindow) {
        from = head.size() - kWindow;
        prefix = QStringLiteral("…");
    }
    QString shown = prefix + line.mid(from, 2 * kWindow);
    if (line.size() > from + 2 * kWindow)
        shown += QStringLiteral("…");
    position.lineText = shown;
    QString caret;
    for (const QChar c : prefix + head.mid(from))
        if (!c.isLowSurrogate())
            caret += c == QLatin1Char('\t') ? QLatin1Char('\t') : QLatin1Char(' ');
    position.caretLine = caret + QLatin1Char('^');
    return position;
}

JsonPath jsonPath(std::initializer_list<QString> keys) {
    JsonPath path;
    for (const QString& key : keys)
        path.append(JsonPathPart{key, -1});
    return path;
}

QString jsonPathText(const JsonPath& path) {
    QString text;
    for (const JsonPathPart& part : path) {
        if (part.index >= 0) {
            text += QStringLiteral("[%1]").arg(part.index);
            continue;
        }
        bool plain = !part.key.isEmpty() && !part.key.at(0).isDigit();
        for (const QChar c : part.key)
            plain = plain && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-'));
        if (plain)
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + part.key;
        else
            text += QStringLiteral("[%1]").arg(QString::fromUtf8(encodeJsonString(part.key)));
    }
    return text;
}

// --- the config ------------------------------------------------------------------------

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

Finding McpConfigReader::syntaxErrorFinding(const QByteArray& bytes, const QString& path,
                                            const JsonSyntaxError& error) {
    const TextPosition where = textPosition(bytes, error.offset);
    const TextPosition stop = textPosition(bytes, error.stopOffset);
    Finding finding;
    finding.id = QStringLiteral("mcp.config_syntax_error");
    finding.severity = Severity::Error;
    finding.title = tr("The Claude Desktop config is not valid JSON (line %1, column %2)")
                        .arg(where.line)
                        .arg(where.column);
    const QString gutter = QString::number(where.line) + QStringLiteral(" | ");
    const QString snippet = gutter + where.lineText + QLatin1Char('\n') +
                            QString(gutter.size() - 2, QLatin1Char(' ')) + QStringLiteral("| ") +
                            where.caretLine;
    finding.detail = tr("Claude Desktop can't read %1, so it starts none of your MCP servers.\n\n%2\n\n%3\n\n"
                        "Fix it in a text editor, save the file, and restart Claude Desktop.")
                         .arg(path, snippet, hintText(bytes, error));
    finding.evidence = {{QStringLiteral("path"), path},
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
        return tr("The brackets are nested too deeply to be a Claude Desktop config.");
    case SyntaxHint::Other:
        break;
    }
    const QByteArray rest = bytes.mid(error.offset, 4);
    const QString character = QString::fromUtf8(rest).left(1);
    return character.isEmpty() ? tr("Something unexpected is at this spot.")
                               : tr("\"%1\" is not expected at this spot.").arg(character);
}

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

McpServerEntry checkEntry(const QString& name, const QJsonValue& value) {
    McpServerEntry entry;
    entry.name = name;
    entry.path = child(jsonPath({QStringLiteral("mcpServers")}), name);
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
    const QJsonValue url = entry.raw.value(QStringLiteral("url"));
    entry.type = entry.raw.value(QStringLiteral("type")).toString();
    entry.url = url.toString();
    // With a command Claude Desktop starts it whatever else the entry says.
    entry.remote = command.isUndefined() && (!url.isUndefined() || isRemoteType(entry.type));
    if (entry.remote) {
        const JsonPath where =
            child(entry.path, url.isUndefined() ? QStringLiteral("type") : QStringLiteral("url"));
        Finding finding = invalid(
            where, QStringLiteral("remote_entry"),
            Tr::tr("Claude Desktop skips server \"%1\": it only starts local (stdio) servers").arg(name),
            Tr::tr(
                "This entry names a web address instead of a command. Claude Desktop's config file can only "
                "start "
                "programs that talk over standard input and output, so this server never appears. Reach it "
                "through a bridge that Claude Desktop can start: \"command\": \"npx\", \"args\": "
                "[\"mcp-remote\", \"%1\"] (needs Node.js), or add it in Claude's Settings under Connectors.")
                .arg(entry.url.isEmpty() ? QStringLiteral("http://localhost:PORT/mcp") : entry.url),
            url.isUndefined() ? entry.raw.value(QStringLiteral("type")) : url);
        if (!entry.url.isEmpty())
            finding.fixes << bridgeFix(entry);
        entry.findings << finding;
        return entry;
    }
    const JsonPath commandPath = child(entry.path, QStringLiteral("command"));
    if (command.isUndefined()) {
        entry.findings << invalid(
            commandPath, QStringLiteral("missing"), Tr::tr("Server \"%1\" has no \"command\"").arg(name),
            Tr::tr("Claude Desktop needs to know which program to start for this server. Add "
                   "\"command\": \"npx\" (or the program's full path) to %1.")
                .arg(jsonPathText(entry.path)));
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

} // namespace

McpConfig McpConfigReader::parse(const QByteArray& bytes, const QString& path) {
    McpConfig config;
    config.path = path;
    config.searched = {path};
    config.found = true;
    config.bytes = bytes;
    if (auto error = checkJsonSyntax(bytes, false)) {
        config.syntaxError = error;
        config.findings << syntaxErrorFinding(bytes, path, *error);
        if (error->hint != SyntaxHint::ByteOrderMark)
            return config;
        // Only a BOM: say so, and still check the rest.
        if (auto rest = checkJsonSyntax(bytes, true)) {
            config.syntaxError = rest;
            config.findings << syntaxErrorFinding(bytes, path, *rest);
            return config;
        }
    }
    const qsizetype bom = hasBom(bytes) ? 3 : 0;
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(bom), &qtError);
    if (qtError.error != QJsonParseError::NoError) {
        // Valid for JSON.parse but beyond Qt's reader (e.g. its nesting limit).
        const JsonSyntaxError error{SyntaxHint::Other, bom + qtError.offset, bom + qtError.offset};
        config.syntaxError = error;
        config.findings << syntaxErrorFinding(bytes, path, error);
        return config;
    }
    config.parsed = true;
    const JsonPath serversPath = jsonPath({QStringLiteral("mcpServers")});
    if (!document.isObject()) {
        config.findings << invalid({}, QStringLiteral("not_an_object"),
                                   tr("The Claude Desktop config must be an object { … }"),
                                   tr("The whole file must be one object in curly brackets: "
                                      "{\"mcpServers\": { … }}."),
                                   document.isArray() ? QJsonValue(QJsonArray()) : QJsonValue());
        return config;
    }
    config.root = document.object();
    const QJsonValue servers = config.root.value(QStringLiteral("mcpServers"));
    if (servers.isUndefined()) {
        config.findings << invalid(
            serversPath, QStringLiteral("missing"), tr("The Claude Desktop config has no \"mcpServers\""),
            tr("Claude Desktop looks for MCP servers under \"mcpServers\" and finds none. Add "
               "\"mcpServers\": { \"NAME\": { \"command\": …, \"args\": […] } } to the outer "
               "object (check the spelling: the name is case-sensitive)."));
        return config;
    }
    if (!servers.isObject()) {
        config.findings << invalid(serversPath, QStringLiteral("not_an_object"),
                                   tr("\"mcpServers\" must be an object { … }, one entry per server"),
                                   tr("\"mcpServers\" must map each server's name to its settings: "
                                      "\"mcpServers\": { \"files\": { \"command\": … } }, not a list."),
                                   servers);
        return config;
    }
    const QJsonObject serverObject = servers.toObject();
    QStringList names = jsonObjectKeys(bytes, serversPath);
    for (const QString& key : serverObject.keys())
        if (!names.contains(key))
            names << key;
    for (const QString& name : names)
        config.servers << checkEntry(name, serverObject.value(name));
    return config;
}

McpConfig McpConfigReader::load(const HostContext& host, const QString& overridePath) {
    const QStringList candidates =
        overridePath.isEmpty() ? configCandidates(host) : QStringList{overridePath};
    for (const QString& candidate : candidates) {
        if (!host.exists(candidate))
            continue;
        QFile file(candidate);
        if (!file.open(QIODevice::ReadOnly)) {
            McpConfig config;
            config.path = candidate;
            config.searched = candidates;
            config.givenByUser = !overridePath.isEmpty();
            Finding finding;
            finding.id = QStringLiteral("mcp.config_unreadable");
            finding.severity = Severity::Error;
            finding.title = tr("The Claude Desktop config can't be read");
            finding.detail =
                tr("%1 exists but can't be opened: %2. Check that it is a file and that your user "
                   "may read it.")
                    .arg(candidate, file.errorString());
            finding.evidence = {{QStringLiteral("path"), candidate},
                                {QStringLiteral("error"), file.errorString()}};
            config.findings << finding;
            return config;
        }
        // A config is a few KB; refuse to read a huge file whole.
        constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
        McpConfig config = parse(file.read(kMaxBytes), candidate);
        config.searched = candidates;
        config.givenByUser = !overridePath.isEmpty();
        return config;
    }
    McpConfig config;
    config.path = candidates.value(0);
    config.searched = candidates;
    config.givenByUser = !overridePath.isEmpty();
    Finding finding;
    finding.id = QStringLiteral("mcp.config_missing");
    finding.severity = Severity::Error;
    finding.title = overridePath.isEmpty() ? tr("Claude Desktop's config file was not found")
                                           : tr("The config file %1 does not exist").arg(overridePath);
    QString places;
    for (const QString& candidate : candidates)
        places += QStringLiteral("\n  • ") + candidate;
    finding.detail =
        tr("Looked in:%1\n\nClaude Desktop creates this file when you open Settings → Developer → "
           "Edit Config. Until it exists, Claude Desktop starts no MCP servers.")
            .arg(places);
    finding.evidence = {{QStringLiteral("searched"), QJsonArray::fromStringList(candidates)},
                        {QStringLiteral("os"), hostOsName(host.os)}};
    config.findings << finding;
    return config;
}

} // namespace ld::wizard
