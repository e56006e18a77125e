#include "wizard/bundle/redactionrules.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ld::wizard::redaction {
namespace {

struct Shape {
    const char* kind;
    QRegularExpression free;     // finds it in text
    QRegularExpression anchored; // the whole value is one
};

const std::vector<Shape>& shapes() {
    static const std::vector<Shape> list = [] {
        const std::vector<std::pair<const char*, QString>> patterns{
            {"sk", QStringLiteral(R"((?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,})")},
            {"stripe", QStringLiteral(R"((?<![A-Za-z0-9_])(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,})")},
            {"github",
             QStringLiteral(
                 R"((?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}))")},
            {"slack", QStringLiteral(R"((?<![A-Za-z0-9_-])xox[abeprs]-[A-Za-z0-9-]{10,})")},
            {"aws", QStringLiteral(R"((?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9]))")},
            {"google", QStringLiteral(R"((?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{30,})")},
            {"jwt",
             QStringLiteral(R"((?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)")},
            {"npm", QStringLiteral(R"((?<![A-Za-z0-9_])npm_[A-Za-z0-9]{30,})")},
            {"gitlab", QStringLiteral(R"((?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20,})")},
        };
        std::vector<Shape> out;
        for (const auto& [kind, pattern] : patterns)
            out.push_back({kind, QRegularExpression(pattern),
                           QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(pattern))});
        return out;
    }();
    return list;
}

const QRegularExpression& pemRegex() {
    static const QRegularExpression re(QStringLiteral(
        R"(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\z))"));
    return re;
}

// The names whose value is a secret wherever they appear: key=value, "key": "value", --key value,
// --key=value, ["--key", "value"]. Separators may be "-", "_" or nothing (api-key, api_key, apikey).
const QString& sensitiveNames() {
    static const QString names = QStringLiteral(
        R"((?:token|secret|password|passwd|passphrase|pwd|pass|api[-_]?key|access[-_]?key|private[-_]?key|)"
        R"(secret[-_]?key|client[-_]?secret|access[-_]?token|refresh[-_]?token|auth[-_]?token|)"
        R"(credentials?|auth|session[-_]?id|session[-_]?token|)"
        R"(signing[-_]?key|webhook[-_]?secret|license[-_]?key|dsn))");
    return names;
}

const QRegularExpression& headerRegex() {
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![A-Za-z0-9_-])(?<name>proxy-authorization|authorization|x-api-key|api-key|x-auth-token|)"
            R"(mcp-session-id|set-cookie|cookie)["']?[ \t]*[:=][ \t]*["']?)"
            R"((?:(?:bearer|basic|token|digest|bot|negotiate|ntlm)[ \t]+)?(?<value>[^"'\\\r\n]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& bearerRegex() {
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9_-])bearer[ \t]+(?<value>[A-Za-z0-9._~+/=-]{8,}))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& urlPasswordRegex() {
    // Greedy password, so one with an unescaped @ is taken up to the last @ before the host.
    // The slashes may be JSON-escaped (http:\/\/user:pass@host).
    static const QRegularExpression re(QStringLiteral(
        R"(\b[A-Za-z][A-Za-z0-9+.-]{1,20}:(?:\\?/){2}[^\s/?#@:"'<>\\]*:(?<value>[^\s/?#"'<>\\]+)@)"));
    return re;
}

const QRegularExpression& queryRegex() {
    static const QRegularExpression re(
        QStringLiteral(R"((?<=[?&;])[A-Za-z0-9_.-]*?%1=(?<value>[^&#\s"'<>\\]+))")
            .arg(QStringLiteral(R"((?:%1|key|sig|signature|code|session|sessionid|jwt|x-amz-signature|)"
                                R"(x-amz-credential|x-amz-security-token))")
                     .arg(sensitiveNames())),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& assignmentRegex() {
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9_])[A-Za-z0-9_.-]*?%1["']?[ \t]*[=:][ \t]*)"
                       R"re((?:"(?<q1>[^"\\\r\n]*)"|'(?<q2>[^'\\\r\n]*)'|(?<value>[^\s"',;&<>{}\[\]\\]+)))re")
            .arg(sensitiveNames()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& flagRegex() {
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9_])--?[A-Za-z0-9_.-]*?%1[ \t]+(?<value>[^\s"'<>\\-][^\s"'<>\\]*))")
            .arg(sensitiveNames()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A flag and its value as two items of a JSON array: "--password", "Tulip-Summer-2024". The
// value's closing quote is only looked at, not consumed: in text whose quotes do not balance it
// can be the opening quote of the next pair, which must still match.
const QRegularExpression& flagPairRegex() {
    static const QRegularExpression re(
        QStringLiteral(R"re("--?[A-Za-z0-9_.-]*?%1"[ \t]*,[ \t\r\n]*"(?<value>[^"\\\r\n]+)(?="))re")
            .arg(sensitiveNames()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& hexRegex() {
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9])(?:[0-9a-f]{32,}|[0-9A-F]{32,})(?![A-Za-z0-9]))"));
    return re;
}

const QRegularExpression& base64Regex() {
    static const QRegularExpression re(
        QStringLiteral(R"((?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9+/_=-]))"));
    return re;
}

// Values a NAME=VALUE rule must leave alone: references, switches, small numbers (ports).
bool ordinaryValue(QStringView value) {
    static const QRegularExpression plain(
        QStringLiteral(
            R"(\A(?:true|false|null|none|nil|undefined|yes|no|on|off|required|optional|\*+|x+|[0-9]{1,7})\z)"),
        QRegularExpression::CaseInsensitiveOption);
    if (value.isEmpty() || value.startsWith(u'$') || value.startsWith(u'%') || value.startsWith(u'<'))
        return true;
    return plain.match(value).hasMatch();
}

} // namespace

double entropy(QStringView text) {
    QHash<QChar, int> counts;
    for (const QChar c : text)
        ++counts[c];
    double bits = 0;
    const double n = double(text.size());
    for (const int count : std::as_const(counts)) {
        const double p = count / n;
        bits -= p * std::log2(p);
    }
    return bits;
}

int charClass(QChar c) {
    if (c.isUpper())
        return 0;
    if (c.isLower())
        return 1;
    if (c.isDigit())
        return 2;
    return 3;
}

namespace {

void addMatches(const QRegularExpression& re, const QString& text, int priority, const QString& kind,
                bool fromContext, QList<Candidate>& out, const QString& group = {}) {
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qsizetype start = group.isEmpty() ? match.capturedStart() : match.capturedStart(group);
        qsizetype end = group.isEmpty() ? match.capturedEnd() : match.capturedEnd(group);
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            out.append({start, end, priority, kind, fromContext});
    }
}

} // namespace

void addHomeMatches(const QString& text, const RedactionIdentity& identity, QList<Candidate>& out) {
    QString home = identity.home;
    while (home.size() > 1 && (home.endsWith(u'/') || home.endsWith(u'\\')))
        home.chop(1);
    if (home.size() < 2)
        return;
    QStringList variants{home};
    QString slashes = home;
    slashes.replace(u'\\', u'/');
    QString backslashes = home;
    backslashes.replace(u'/', u'\\');
    QString doubled = backslashes;
    doubled.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    for (const QString& variant : {slashes, backslashes, doubled})
        if (!variants.contains(variant))
            variants << variant;
    const Qt::CaseSensitivity cs = identity.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const auto pathChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'; };
    for (const QString& variant : std::as_const(variants)) {
        qsizetype from = 0;
        while ((from = text.indexOf(variant, from, cs)) >= 0) {
            const qsizetype end = from + variant.size();
            const bool startOk = from == 0 || !pathChar(text.at(from - 1));
            const bool endOk = end >= text.size() || !pathChar(text.at(end));
            if (startOk && endOk)
                out.append({from, end, HomeRule, QStringLiteral("home"), false});
            from = end;
        }
    }
}

// Values of "env" and "headers" objects, by a scanner that tolerates broken JSON.
void addMcpConfigValues(const QString& text, QList<Candidate>& out) {
    struct Frame {
        bool object = false;
        bool expectKey = false;
        QString key;
        QString sensitiveKind; // "env" or "header" when this container holds such values
    };
    static const QRegularExpression scheme(QStringLiteral(R"(\A(?:bearer|basic|token|bot)[ \t]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<Frame> stack;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != u'"' && text.at(j) != u'\n')
                j += text.at(j) == u'\\' ? 2 : 1;
            j = std::min(j, n);
            const QString content = text.mid(i + 1, j - i - 1);
            if (!stack.isEmpty() && stack.last().object && stack.last().expectKey) {
                stack.last().key = content;
                stack.last().expectKey = false;
            } else if (!stack.isEmpty() && !stack.last().sensitiveKind.isEmpty() && !content.isEmpty()) {
                qsizetype start = i + 1;
                if (stack.last().sensitiveKind == QLatin1String("header"))
                    if (const auto m = scheme.match(content); m.hasMatch())
                        start += m.capturedLength();
                if (j > start)
                    out.append({start, j, JsonRule, stack.last().sensitiveKind, true});
            }
            i = j;
        } else if (c == u'{' || c == u'[') {
            if (stack.size() >= 256)
                return;
            Frame frame;
            frame.object = c == u'{';
            frame.expectKey = frame.object;
            if (!stack.isEmpty()) {
                frame.sensitiveKind = stack.last().sensitiveKind;
                const QString key = stack.last().key.toLower();
                if (frame.sensitiveKind.isEmpty() && stack.last().object) {
                    if (key == QLatin1String("env"))
                        frame.sensitiveKind = QStringLiteral("env");
                    else if (key == QLatin1String("headers"))
                        frame.sensitiveKind = QStringLiteral("header");
                }
            }
            stack.append(frame);
        } else if (c == u'}' || c == u']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == u':') {
            if (!stack.isEmpty())
                stack.last().expectKey = false;
        } else if (c == u',') {
            if (!stack.isEmpty() && stack.last().object)
                stack.last().expectKey = true;
        }
    }
}

namespace {

bool looksRandomHex(QStringView token) {
    return Redactor::looksRandomHex(token);
}

// The rules over one level of text (JSON strings inside it are handled by the caller).
void addLevelMatches(const QString& text, QList<Candidate>& out) {
    addMatches(pemRegex(), text, PemRule, QStringLiteral("pem"), false, out);
    {
        auto it = headerRegex().globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            const QString name = match.captured(u"name").toLower();
            qsizetype end = match.capturedEnd(u"value");
            const qsizetype start = match.capturedStart(u"value");
            while (end > start && text.at(end - 1).isSpace())
                --end;
            if (end > start && !text.mid(start, end - start).startsWith(u'<'))
                out.append({start, end, HeaderRule,
                            name.contains(QLatin1String("cookie")) ? QStringLiteral("cookie")
                                                                   : QStringLiteral("auth-header"),
                            true});
        }
    }
    addMatches(bearerRegex(), text, HeaderRule, QStringLiteral("auth-header"), true, out,
               QStringLiteral("value"));
    addMatches(urlPasswordRegex(), text, UrlRule, QStringLiteral("url-password"), true, out,
               QStringLiteral("value"));
    addMatches(queryRegex(), text, QueryRule, QStringLiteral("url-query"), true, out,
               QStringLiteral("value"));
    for (const QRegularExpression* re : {&assignmentRegex(), &flagRegex(), &flagPairRegex()}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            // A quoted value is taken whole (a password may hold spaces); a bare one to a separator.
            int group = 0;
            for (const char16_t* name : {u"q1", u"q2", u"value"})
                if (re->namedCaptureGroups().contains(QString::fromUtf16(name)) &&
                    match.capturedStart(QStringView(name)) >= 0) {
                    group = int(re->namedCaptureGroups().indexOf(QString::fromUtf16(name)));
                    break;
                }
            if (group > 0 && !ordinaryValue(match.capturedView(group)))
                out.append({match.capturedStart(group), match.capturedEnd(group), AssignmentRule,
                            QStringLiteral("assignment"), true});
        }
    }
    for (const Shape& shape : shapes())
        addMatches(shape.free, text, ShapeRule, QString::fromLatin1(shape.kind), false, out);
    {
        auto it = hexRegex().globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            if (looksRandomHex(match.capturedView()))
                out.append(
                    {match.capturedStart(), match.capturedEnd(), RandomRule, QStringLiteral("hex"), false});
        }
    }
    {
        auto it = base64Regex().globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            qsizetype start = match.capturedStart();
            qsizetype end = match.capturedEnd();
            // A path's slashes and a word's dashes around the token are not part of it.
            while (start < end && (text.at(start) == u'/' || text.at(start) == u'-'))
                ++start;
            while (end > start && (text.at(end - 1) == u'/' || text.at(end - 1) == u'-'))
                --end;
            if (Redactor::looksRandomBase64(QStringView(text).mid(start, end - start)))
                out.append({start, end, RandomRule, QStringLiteral("base64"), false});
        }
    }
}

// One level of JSON string escapes undone; map[i] is where unescaped character i starts in the
// original, map[size] the end of the string's content.
QString unescapeJson(QStringView content, qsizetype offset, QList<qsizetype>& map) {
    QString out;
    out.reserve(content.size());
    map.clear();
    map.reserve(content.size() + 1);
    for (qsizetype i = 0; i < content.size(); ++i) {
        map.append(offset + i);
        const QChar c = content[i];
        if (c != u'\\' || i + 1 >= content.size()) {
            out += c;
            continue;
        }
        const QChar e = content[i + 1];
        ++i;
        switch (e.unicode()) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case 'b':
        case 'f':
            out += u' ';
            break;
        case 'u':
            if (i + 4 < content.size()) {
                bool ok = false;
                const ushort code = content.mid(i + 1, 4).toUShort(&ok, 16);
                if (ok) {
                    out += QChar(code);
                    i += 4;
                    break;
                }
            }
            out += e;
            break;
        default: // \" \\ \/ and anything else: the character itself
            out += e;
        }
    }
    map.append(offset + content.size());
    return out;
}

// The rules over the text, then over every JSON string in it that holds escaped text (JSON in
// a JSON string, a log line quoted in a log...), to `depth` levels; spans are mapped back.
void addMatchesDeep(const QString& text, QList<Candidate>& out, int depth) {
    addLevelMatches(text, out);
    addMcpConfigValues(text, out);
    if (depth <= 0)
        return;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) != u'"')
            continue;
        qsizetype j = i + 1;
        bool escaped = false;
        while (j < n && text.at(j) != u'"' && text.at(j) != u'\n') {
            escaped = escaped || text.at(j) == u'\\';
            j += text.at(j) == u'\\' ? 2 : 1;
        }
        j = std::min(j, n);
        if (escaped && j - i > 8) {
            QList<qsizetype> map;
            const QString inner = unescapeJson(QStringView(text).mid(i + 1, j - i - 1), i + 1, map);
            QList<Candidate> found;
            addMatchesDeep(inner, found, depth - 1);
            for (Candidate c : std::as_const(found)) {
                c.start = map.at(std::clamp<qsizetype>(c.start, 0, map.size() - 1));
                c.end = map.at(std::clamp<qsizetype>(c.end, 0, map.size() - 1));
                // A value ending in an escape (\") must not swallow the escape's backslash.
                while (c.end > c.start && text.at(c.end - 1) == u'\\')
                    --c.end;
                if (c.end > c.start)
                    out.append(c);
            }
        }
        i = j;
    }
}

} // namespace

void addTextMatches(const QString& text, QList<Candidate>& out) {
    addMatchesDeep(text, out, 8);
}

QString shapeKind(const QString& value) {
    for (const Shape& shape : shapes())
        if (shape.anchored.match(value).hasMatch())
            return QString::fromLatin1(shape.kind);
    return {};
}

void addUserMatches(const QString& text, const RedactionIdentity& identity, QList<Candidate>& out) {
    if (identity.userNames.isEmpty())
        return;
    QStringList escaped;
    for (const QString& name : identity.userNames)
        escaped << QRegularExpression::escape(name);
    const QRegularExpression users(
        QStringLiteral(R"((?<![A-Za-z0-9_.-])(?:%1)(?![A-Za-z0-9_-]))").arg(escaped.join(u'|')),
        QRegularExpression::CaseInsensitiveOption);
    addMatches(users, text, UserRule, QStringLiteral("user"), false, out);
}

} // namespace ld::wizard::redaction
