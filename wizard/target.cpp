#include "wizard/target.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace ld::wizard {
namespace {

struct SchemeInfo {
    const char* name;
    int defaultPort; // 0: none
};
constexpr SchemeInfo kSchemes[] = {{"http", 80}, {"https", 443}, {"ws", 80}, {"wss", 443}, {"tcp", 0}};

bool isAsciiDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

bool isHostChar(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
           c == QLatin1Char('.') || c == QLatin1Char('_');
}

// Classifies the port as typed; never converts more than five digits, so 5,000 digits are fine.
void applyPort(Target& target, const QString& text) {
    target.portText = text;
    if (text.isEmpty()) {
        target.portProblem = PortProblem::Missing;
        return;
    }
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QStringView digits = negative ? QStringView(text).mid(1) : QStringView(text);
    if (!isAsciiDigits(digits)) {
        target.portProblem = PortProblem::NotANumber;
        return;
    }
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == QLatin1Char('0'))
        ++firstNonZero;
    const QStringView significant = digits.mid(firstNonZero);
    if (negative && significant != QLatin1String("0")) {
        target.portProblem = PortProblem::OutOfRange;
        return;
    }
    if (significant.size() > 5 || significant.toInt() > 65535) {
        target.portProblem = PortProblem::OutOfRange;
        return;
    }
    const int value = significant.toInt();
    if (value == 0) {
        target.portProblem = PortProblem::Zero;
        return;
    }
    target.port = value;
}

} // namespace

int Target::defaultPort(const QString& scheme) {
    for (const SchemeInfo& info : kSchemes)
        if (scheme == QLatin1String(info.name))
            return info.defaultPort;
    return 0;
}

QString Target::authority() const {
    QString text = hostIsIpv6Literal ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    if (port)
        text += QLatin1Char(':') + QString::number(*port);
    else if (!portText.isEmpty())
        text += QLatin1Char(':') + portText.left(32);
    return text;
}

QString Target::url() const {
    return scheme + QStringLiteral("://") + authority() + path;
}

QStringList TargetParser::knownSchemes() {
    QStringList names;
    for (const SchemeInfo& info : kSchemes)
        names << QLatin1String(info.name);
    return names;
}

TargetParse TargetParser::parse(const QString& input) {
    TargetParse result;
    const auto refuse = [&result](QString message, int position) {
        result.error = std::move(message);
        result.errorPosition = position;
        return result;
    };

    const QString text = input.trimmed();
    int leading = 0;
    while (leading < input.size() && input.at(leading).isSpace())
        ++leading;
    if (text.isEmpty())
        return refuse(tr("The address is empty. Type what you tried to open, for example localhost:3000."),
                      0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return refuse(tr("The address contains an invisible control character (U+%1) at position %2. "
                             "Type it again by hand instead of pasting it.")
                              .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                              .arg(leading + i + 1),
                          static_cast<int>(leading + i));
        }
        if (c.isSpace())
            return refuse(tr("The address contains a space at position %1. Remove it.").arg(leading + i + 1),
                          static_cast<int>(leading + i));
    }

    Target target;
    target.input = input;
    qsizetype pos = 0;

    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch schemeMatch = schemePattern.match(text);
    if (schemeMatch.hasMatch()) {
        target.scheme = schemeMatch.captured(1).toLower();
        target.schemeGiven = true;
        if (!knownSchemes().contains(target.scheme)) {
            return refuse(tr("\"%1://\" is not a kind of address this tool can check. Use one of: %2.")
                              .arg(schemeMatch.captured(1), knownSchemes().join(QStringLiteral(", "))),
                          leading);
        }
        pos = schemeMatch.capturedLength(0);
    } else {
        target.scheme = QStringLiteral("http");
    }

    qsizetype authorityEnd = pos;
    while (authorityEnd < text.size() && text.at(authorityEnd) != QLatin1Char('/') &&
           text.at(authorityEnd) != QLatin1Char('?') && text.at(authorityEnd) != QLatin1Char('#'))
        ++authorityEnd;
    QString authority = text.mid(pos, authorityEnd - pos);
    target.path = text.mid(authorityEnd);
    if (target.path.isEmpty() || !target.path.startsWith(QLatin1Char('/')))
        target.path.prepend(QLatin1Char('/'));

    // user:password@host: the credentials are not ours to keep or show.
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        pos += at + 1;
        authority = authority.mid(at + 1);
    }
    const int authorityPosition = static_cast<int>(leading + pos);

    QString hostText;
    QString portText;
    bool hasPort = false;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return refuse(tr("The IPv6 address is missing its closing \"]\". Write it like [::1]:8080."),
                          authorityPosition);
        }
        hostText = authority.mid(1, close - 1);
        const QHostAddress address(hostText);
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol) {
            return refuse(tr("\"%1\" inside the brackets is not an IPv6 address. Write it like [::1]:8080.")
                              .arg(hostText),
                          authorityPosition + 1);
        }
        hostText = address.toString().toLower();
        target.hostIsIpv6Literal = true;
        const QString rest = authority.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':'))) {
            hasPort = true;
            portText = rest.mid(1);
        } else if (!rest.isEmpty()) {
            return refuse(tr("Unexpected \"%1\" after the IPv6 address. Write it like [::1]:8080.").arg(rest),
                          static_cast<int>(authorityPosition + close + 1));
        }
    } else {
        const qsizetype colons = authority.count(QLatin1Char(':'));
        if (colons > 1) {
            const QHostAddress address(authority);
            if (!address.isNull() && address.protocol() == QAbstractSocket::IPv6Protocol) {
                return refuse(tr("\"%1\" looks like an IPv6 address. Put it in brackets and add the port, "
                                 "like [%1]:8080.")
                                  .arg(authority),
                              authorityPosition);
            }
            const QStringList parts = authority.split(QLatin1Char(':'));
            return refuse(tr("The address has more than one port (%1). Keep only one, like localhost:%2.")
                              .arg(parts.mid(1).join(QStringLiteral(", ")), parts.value(1)),
                          static_cast<int>(
                              authorityPosition +
                              authority.indexOf(QLatin1Char(':'), authority.indexOf(QLatin1Char(':')) + 1)));
        }
        if (colons == 1) {
            const qsizetype colon = authority.indexOf(QLatin1Char(':'));
            hostText = authority.left(colon);
            portText = authority.mid(colon + 1);
            hasPort = true;
        } else if (!target.schemeGiven && !authority.isEmpty() &&
                   (authority.at(0).isDigit() || authority.at(0) == QLatin1Char('-')) &&
                   !authority.contains(QLatin1Char('.'))) {
            // "3000", "80a", "-1": a port on its own.
            portText = authority;
            hasPort = true;
        } else {
            hostText = authority;
        }
    }

    if (!target.hostIsIpv6Literal) {
        hostText = hostText.toLower();
        if (hostText.endsWith(QLatin1Char('.')) && hostText.size() > 1)
            hostText.chop(1);
        for (qsizetype i = 0; i < hostText.size(); ++i) {
            if (!isHostChar(hostText.at(i))) {
                return refuse(
                    tr("\"%1\" can't be part of a host name (position %2). Use a name like localhost "
                       "or an address like 127.0.0.1.")
                        .arg(hostText.at(i))
                        .arg(authorityPosition + i + 1),
                    static_cast<int>(authorityPosition + i));
            }
        }
    }
    target.hostGiven = !hostText.isEmpty();
    target.host = target.hostGiven ? hostText : QStringLiteral("localhost");

    applyPort(target, hasPort ? portText : QString());
    if (target.portProblem == PortProblem::Missing) {
        const int fallback = Target::defaultPort(target.scheme);
        if (fallback > 0)
            target.port = fallback;
    }
    result.target = target;
    return result;
}

} // namespace ld::wizard
