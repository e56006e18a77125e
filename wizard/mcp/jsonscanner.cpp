#include "wizard/mcp/jsonscanner.h"

#include <QSet>

#include <QList>
#include <algorithm>
#include <cstring>
#include <functional>

namespace ld::wizard {

bool hasByteOrderMark(const QByteArray& text) {
    return text.startsWith("\xEF\xBB\xBF");
}

namespace {

bool hasBom(const QByteArray& text) {
    return hasByteOrderMark(text);
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
    QSet<QString> seen; // linear in the number of keys, not quadratic
    Scanner scanner(text, true);
    scanner.onKey = [&](const JsonPath& parent, const QString& key) {
        if (parent == path && !seen.contains(key)) {
            seen.insert(key);
            keys << key;
        }
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

} // namespace ld::wizard
