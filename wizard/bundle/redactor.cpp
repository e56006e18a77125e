#include "wizard/bundle/redactor.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <algorithm>
#include <array>
#include <cmath>

namespace ld::wizard {
namespace {

enum Priority {
    PemRule = 0,
    JsonRule,
    HeaderRule,
    UrlRule,
    QueryRule,
    AssignmentRule,
    ShapeRule,
    RandomRule,
    HomeRule,
    UserRule
};

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
    static const QRegularExpression re(
        QStringLiteral(R"(\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s/?#@:"'<>\\]*:(?<value>[^\s/?#"'<>\\]+)@)"));
    return re;
}

const QRegularExpression& queryRegex() {
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<=[?&;])(?:access_token|refresh_token|id_token|auth_token|client_secret|api_key|api-key|)"
            R"(apikey|x-amz-signature|x-amz-credential|x-amz-security-token|token|key|secret|password|)"
            R"(passwd|pwd|sig|signature|code|auth|session|sessionid|jwt)=(?<value>[^&#\s"'<>\\]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& assignmentRegex() {
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![A-Za-z0-9_])[A-Za-z0-9_.-]*?(?:token|secret|password|passwd|pwd|api_?key|apikey|)"
            R"(access_?key|private_?key|credentials?|auth)["']?[ \t]*[=:][ \t]*)"
            R"re((?:"(?<q1>[^"\\\r\n]*)"|'(?<q2>[^'\\\r\n]*)'|(?<value>[^\s"',;&<>{}\[\]\\]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& flagRegex() {
    static const QRegularExpression re(
        QStringLiteral(
            R"((?<![A-Za-z0-9_])--?[A-Za-z0-9_.-]*?(?:token|secret|password|passwd|api-?key|apikey|)"
            R"(access-?key)[ \t]+(?<value>[^\s"'<>\\-][^\s"'<>\\]*))"),
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

const QRegularExpression& placeholderRe() {
    static const QRegularExpression re(Redactor::placeholderRegex());
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

void addMatches(const QRegularExpression& re, const QString& text, int priority, const QString& kind,
                bool fromContext, QList<Redactor::Candidate>& out, const QString& group = {}) {
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

void addHomeMatches(const QString& text, const RedactionIdentity& identity, QList<Redactor::Candidate>& out) {
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
void addMcpConfigValues(const QString& text, QList<Redactor::Candidate>& out) {
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

void addTextMatches(const QString& text, QList<Redactor::Candidate>& out) {
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
    for (const QRegularExpression* re : {&assignmentRegex(), &flagRegex()}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            // A quoted value is taken whole (a password may hold spaces); a bare one to a separator.
            int group = 0;
            for (const char16_t* name : {u"q1", u"q2", u"value"})
                if (re->namedCaptureGroups().contains(QString::fromUtf16(name)) &&
                    match.capturedStart(QStringView(name)) >= 0) {
                    group = re->namedCaptureGroups().indexOf(QString::fromUtf16(name));
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
            if (Redactor::looksRandomHex(match.capturedView()))
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

} // namespace

RedactionIdentity RedactionIdentity::current() {
    RedactionIdentity identity;
    identity.home = QDir::toNativeSeparators(QDir::homePath());
    identity.caseInsensitive = QSysInfo::kernelType() == QLatin1String("winnt");
    QStringList names{qEnvironmentVariable("USER"), qEnvironmentVariable("LOGNAME"),
                      qEnvironmentVariable("USERNAME"), QDir(QDir::homePath()).dirName()};
    for (const QString& name : names)
        if (name.size() >= 3 && !Redactor::isGenericUserName(name) && !identity.userNames.contains(name))
            identity.userNames << name;
    return identity;
}

Redactor::Redactor(RedactionIdentity identity)
    : m_identity(std::move(identity)) {}

QString Redactor::placeholderRegex() {
    return QStringLiteral(R"(<secret-[0-9]+:[a-z0-9-]+>)");
}

bool Redactor::isGenericUserName(const QString& name) {
    static const QSet<QString> generic{
        QStringLiteral("root"),     QStringLiteral("admin"),  QStringLiteral("administrator"),
        QStringLiteral("user"),     QStringLiteral("users"),  QStringLiteral("home"),
        QStringLiteral("ubuntu"),   QStringLiteral("debian"), QStringLiteral("runner"),
        QStringLiteral("vagrant"),  QStringLiteral("guest"),  QStringLiteral("test"),
        QStringLiteral("default"),  QStringLiteral("public"), QStringLiteral("nobody"),
        QStringLiteral("docker"),   QStringLiteral("node"),   QStringLiteral("pi"),
        QStringLiteral("ec2-user"), QStringLiteral("system"),
    };
    return generic.contains(name.toLower());
}

QString Redactor::shapeKind(const QString& value) {
    for (const Shape& shape : shapes())
        if (shape.anchored.match(value).hasMatch())
            return QString::fromLatin1(shape.kind);
    return {};
}

bool Redactor::looksRandomHex(QStringView token) {
    if (token.size() < 32)
        return false;
    bool digit = false;
    bool letter = false;
    for (const QChar c : token) {
        digit = digit || c.isDigit();
        letter = letter || c.isLetter();
    }
    return digit && letter && entropy(token) >= 3.0;
}

bool Redactor::looksRandomBase64(QStringView token) {
    while (token.endsWith(u'='))
        token.chop(1);
    if (token.size() < 32)
        return false;
    static const QRegularExpression uuids(QStringLiteral(
        R"(\A(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}[-_]?)+\z)"));
    if (uuids.match(token).hasMatch())
        return false;
    std::array<int, 4> classes{};
    int transitions = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        ++classes[std::size_t(charClass(token[i]))];
        if (i > 0 && charClass(token[i]) != charClass(token[i - 1]))
            ++transitions;
    }
    if (classes[0] < 2 || classes[1] < 2 || classes[2] < 1)
        return false;
    // Random text changes class (upper, lower, digit) about every other character; camelCase
    // identifiers and paths change every word.
    if (double(transitions) / double(token.size() - 1) < 0.35)
        return false;
    if (entropy(token) < 4.0)
        return false;
    if (token.contains(u'/')) {
        int words = 0;
        int segments = 0;
        for (const QStringView segment : token.split(u'/', Qt::SkipEmptyParts)) {
            ++segments;
            if (segment.size() >= 2 && std::all_of(segment.begin(), segment.end(), [](QChar c) {
                    return c.isLower() || c == u'-' || c == u'_';
                }))
                ++words;
        }
        if (words >= 2 && words * 2 >= segments)
            return false;
    }
    return true;
}

QString Redactor::placeholder(const QString& secret, const QString& kind) {
    if (const auto it = m_placeholders.constFind(secret); it != m_placeholders.constEnd())
        return it.value();
    const QString text = QStringLiteral("<secret-%1:%2>").arg(++m_next).arg(kind);
    m_placeholders.insert(secret, text);
    m_kinds.insert(text, kind);
    return text;
}

Redacted Redactor::redactText(const QString& text) {
    QList<Candidate> candidates;
    addTextMatches(text, candidates);
    return apply(text, std::move(candidates));
}

Redacted Redactor::redactMcpConfig(const QString& text) {
    QList<Candidate> candidates;
    addMcpConfigValues(text, candidates);
    addTextMatches(text, candidates);
    return apply(text, std::move(candidates));
}

Redacted Redactor::apply(const QString& text, QList<Candidate> candidates) {
    addHomeMatches(text, m_identity, candidates);
    if (!m_identity.userNames.isEmpty()) {
        QStringList escaped;
        for (const QString& name : m_identity.userNames)
            escaped << QRegularExpression::escape(name);
        const QRegularExpression users(
            QStringLiteral(R"((?<![A-Za-z0-9_.-])(?:%1)(?![A-Za-z0-9_-]))").arg(escaped.join(u'|')),
            QRegularExpression::CaseInsensitiveOption);
        addMatches(users, text, UserRule, QStringLiteral("user"), false, candidates);
    }

    // Placeholders already in the text (a second pass over redacted text) stay as they are.
    QList<std::pair<qsizetype, qsizetype>> kept;
    for (auto it = placeholderRe().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        kept.append({match.capturedStart(), match.capturedEnd()});
    }
    if (!kept.isEmpty())
        candidates.removeIf([&](const Candidate& c) {
            return std::any_of(kept.begin(), kept.end(),
                               [&](const auto& k) { return c.start < k.second && k.first < c.end; });
        });

    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Overlapping matches become one replacement covering all of them, so no piece of either
    // survives; the most specific rule names it.
    QList<Candidate> merged;
    for (const Candidate& c : std::as_const(candidates)) {
        if (!merged.isEmpty() && c.start < merged.last().end) {
            Candidate& group = merged.last();
            group.end = std::max(group.end, c.end);
            if (c.priority < group.priority) {
                group.priority = c.priority;
                group.kind = c.kind;
                group.fromContext = c.fromContext;
            }
            continue;
        }
        merged.append(c);
    }

    Redacted result;
    result.text.reserve(text.size());
    QHash<QString, QSet<QString>> distinct;
    qsizetype at = 0;
    for (const Candidate& c : std::as_const(merged)) {
        result.text += QStringView(text).mid(at, c.start - at);
        QString replacement;
        QString kind = c.kind;
        if (c.priority == HomeRule) {
            replacement = QStringLiteral("~");
        } else if (c.priority == UserRule) {
            replacement = QStringLiteral("<user>");
        } else {
            const QString secret = text.mid(c.start, c.end - c.start);
            if (c.fromContext)
                if (const QString shape = shapeKind(secret); !shape.isEmpty())
                    kind = shape;
            replacement = placeholder(secret, kind);
            kind = m_kinds.value(replacement, kind); // the kind it got when first seen
            distinct[kind].insert(replacement);
        }
        result.spans.append({result.text.size(), replacement.size(), kind});
        result.text += replacement;
        ++result.counts[kind];
        at = c.end;
    }
    result.text += QStringView(text).mid(at);
    for (auto it = distinct.constBegin(); it != distinct.constEnd(); ++it)
        result.distinct.insert(it.key(), int(it.value().size()));
    return result;
}

} // namespace ld::wizard
