// The text side of the strict JSON check: hint names, JSONC blanking, line and column of an
// offset, JSON paths.
#include "wizard/mcp/jsonscanner.h"

namespace ld::wizard {
namespace {

bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

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
    case SyntaxHint::BareMember:
        return QStringLiteral("bare_member");
    case SyntaxHint::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QByteArray blankJsoncExtras(const QByteArray& text) {
    QByteArray out = text;
    const qsizetype n = out.size();
    qsizetype lastComma = -1; // a comma seen since the last value, blanked if a bracket follows
    for (qsizetype i = 0; i < n; ++i) {
        const char c = out.at(i);
        if (c == '"') {
            for (++i; i < n && out.at(i) != '"'; ++i)
                if (out.at(i) == '\\')
                    ++i;
            lastComma = -1;
        } else if (c == '/' && i + 1 < n && out.at(i + 1) == '/') {
            for (; i < n && out.at(i) != '\n'; ++i)
                out[i] = ' ';
        } else if (c == '/' && i + 1 < n && out.at(i + 1) == '*') {
            const qsizetype end = out.indexOf("*/", i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            for (; i < stop; ++i)
                if (out.at(i) != '\n' && out.at(i) != '\r')
                    out[i] = ' ';
            --i;
        } else if (c == ',') {
            lastComma = i;
        } else if (c == '}' || c == ']') {
            if (lastComma >= 0)
                out[lastComma] = ' ';
            lastComma = -1;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            lastComma = -1;
        }
    }
    return out;
}

TextPosition textPosition(const QByteArray& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const qsizetype bom = hasByteOrderMark(text) ? 3 : 0;
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

} // namespace ld::wizard
