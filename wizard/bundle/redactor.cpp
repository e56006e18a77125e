#include "wizard/bundle/redactor.h"

#include "wizard/bundle/redactionrules.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>
#include <algorithm>
#include <array>
#include <cmath>

namespace ld::wizard {

using namespace redaction;

namespace {

// Placeholders already in a text stay as they are, also HTML-escaped (report.html is made from
// redacted JSON: a second pass must not number its placeholders again).
const QRegularExpression& keptRegex() {
    static const QRegularExpression re(
        Redactor::placeholderRegex() +
        QStringLiteral(R"(|&lt;secret-[0-9]+:[a-z0-9-]+&gt;|<user>|&lt;user&gt;)"));
    return re;
}

// The same secret escaped in JSON (\/, \") and plain is one secret.
QString secretKey(const QString& secret) {
    if (!secret.contains(u'\\'))
        return secret;
    QString key = secret;
    key.remove(u'\\');
    return key;
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
    return redaction::shapeKind(value);
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
    return redactText(text); // the env and headers values are found in every text now
}

Redacted Redactor::apply(const QString& text, QList<Candidate> candidates) {
    addHomeMatches(text, m_identity, candidates);
    addUserMatches(text, m_identity, candidates);

    QList<std::pair<qsizetype, qsizetype>> kept;
    for (auto it = keptRegex().globalMatch(text); it.hasNext();) {
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
            const QString secret = secretKey(text.mid(c.start, c.end - c.start));
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
