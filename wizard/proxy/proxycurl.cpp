#include "wizard/proxy/proxyclients.h"

#include <QRegularExpression>

namespace ld::wizard::proxy::detail {

// ---- curl (lib/url.c detect_proxy, lib/noproxy.c Curl_check_noproxy, 7.86+) ----

namespace {

bool curlNoProxyMatch(const QString& list, const QString& host, QString* entry) {
    if (list == QLatin1String("*")) { // only the whole value, compared exactly
        *entry = list;
        return true;
    }
    const auto v4 = parseV4(host);
    QString name = host;
    if (!v4 && name.endsWith(QLatin1Char('.')))
        name.chop(1);
    static const QRegularExpression separators(QStringLiteral("[ ,]+"));
    for (const QString& token : list.split(separators, Qt::SkipEmptyParts)) {
        if (v4) {
            // IPv4 literals: an address or a CIDR; "/0" means the whole address
            QString address = token;
            int bits = 0;
            const qsizetype slash = token.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                address = token.left(slash);
                static const QRegularExpression leadingDigits(QStringLiteral("^\\d+"));
                const auto m = leadingDigits.match(token.mid(slash + 1)); // atoi
                bits = m.hasMatch() ? m.captured().left(4).toInt() : 0;
            }
            const auto network = parseV4(address);
            if (bits > 32 || !network)
                continue;
            if (v4InNetwork(*v4, *network, bits == 0 ? 32 : bits)) {
                *entry = token;
                return true;
            }
            continue;
        }
        // Names, and IPv6 literals (curl 7.88 compares those as text): one leading and one
        // trailing dot dropped, then the host itself or any subdomain of it.
        QString t = token;
        if (t.endsWith(QLatin1Char('.')))
            t.chop(1);
        if (t.startsWith(QLatin1Char('.')))
            t.remove(0, 1);
        if (t.isEmpty())
            continue;
        if (t.compare(name, Qt::CaseInsensitive) == 0 ||
            (t.size() < name.size() && name.at(name.size() - t.size() - 1) == QLatin1Char('.') &&
             name.endsWith(t, Qt::CaseInsensitive))) {
            *entry = token;
            return true;
        }
    }
    return false;
}

} // namespace

Decision decideCurl(const Environment& env, const Url& url) {
    const QString lower = url.scheme.toLower() + QLatin1String("_proxy");
    Var p = var(env, lower);
    if (!p.present && url.scheme.toLower() != QLatin1String("http")) // httpoxy: never HTTP_PROXY
        p = var(env, lower.toUpper());
    if (!p.present)
        p = firstDefined(env, {"all_proxy", "ALL_PROXY"});
    if (!p.usable())
        return noProxyConfigured(Client::Curl);
    Decision d = proxied(Client::Curl, p);
    const Var np = firstDefined(env, {"no_proxy", "NO_PROXY"});
    d.noProxyVariable = np.name;
    QString entry;
    if (np.present && curlNoProxyMatch(np.value, url.host, &entry))
        exempt(d,
               entry == np.value && entry == QLatin1String("*") ? Reason::NoProxyWildcard
                                                                : Reason::NoProxyEntry,
               entry);
    return d;
}

// ---- wget (src/retr.c getproxy, src/host.c sufmatch): lower-case variables only ----

namespace {

bool wgetSufmatch(const QString& entry, const QString& what) {
    // A literal port of sufmatch(): compare from the end, terminating NULs included.
    const auto at = [](const QString& s, qsizetype i) { return i < s.size() ? s.at(i).toLower() : QChar(); };
    const qsizetype lw = what.size();
    qsizetype j = entry.size();
    if (lw < j)
        return false;
    qsizetype k = lw;
    for (; j >= 0 && k >= 0; --j, --k) {
        if (at(entry, j) != at(what, k))
            break;
    }
    return j == -1 && (k == -1 || what.at(k) == QLatin1Char('.') || at(entry, 0) == QLatin1Char('.'));
}

} // namespace

Decision decideWget(const Environment& env, const Url& url) {
    const Var p = var(env, url.scheme.toLower() + QLatin1String("_proxy"));
    if (!p.usable())
        return noProxyConfigured(Client::Wget);
    Decision d = proxied(Client::Wget, p);
    const Var np = var(env, QStringLiteral("no_proxy"));
    if (!np.present)
        return d;
    d.noProxyVariable = np.name;
    for (QString entry : np.value.split(QLatin1Char(','))) {
        while (!entry.isEmpty() && entry.at(0).isSpace()) // sepstring skips blanks after a comma
            entry.remove(0, 1);
        if (wgetSufmatch(entry, url.host)) {
            exempt(d, Reason::NoProxyEntry, entry);
            break;
        }
    }
    return d;
}

} // namespace ld::wizard::proxy::detail
