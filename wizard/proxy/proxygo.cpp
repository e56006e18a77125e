#include "wizard/proxy/proxyclients.h"

#include <QHostAddress>

namespace ld::wizard::proxy::detail {

// ---- Go net/http ProxyFromEnvironment (golang.org/x/net/http/httpproxy) ----

namespace {

std::optional<QHostAddress> goParseIp(const QString& text) {
    if (text.contains(QLatin1Char(':'))) {
        QHostAddress address;
        if (!text.contains(QLatin1Char('%')) && address.setAddress(text) &&
            address.protocol() == QAbstractSocket::IPv6Protocol)
            return address;
        return std::nullopt;
    }
    if (const auto v4 = parseV4(text))
        return QHostAddress(*v4);
    return std::nullopt;
}

bool goLoopback(const QHostAddress& ip) {
    bool mapped = false;
    const quint32 v4 = ip.toIPv4Address(&mapped);
    if (mapped)
        return (v4 >> 24) == 127;
    return ip.isLoopback();
}

// net.SplitHostPort, enough of it: nullopt where Go returns an error.
std::optional<std::pair<QString, QString>> goSplitHostPort(const QString& hostport) {
    const qsizetype i = hostport.lastIndexOf(QLatin1Char(':'));
    if (i < 0)
        return std::nullopt;
    QString host;
    if (hostport.startsWith(QLatin1Char('['))) {
        const qsizetype end = hostport.indexOf(QLatin1Char(']'));
        if (end < 0 || end + 1 != i)
            return std::nullopt;
        host = hostport.mid(1, end - 1);
    } else {
        host = hostport.left(i);
        if (host.contains(QLatin1Char(':')))
            return std::nullopt; // too many colons
    }
    return std::make_pair(host, hostport.mid(i + 1));
}

bool goNoProxyMatch(const QString& list, const QString& hostIn, int port, QString* entry) {
    const QString host = hostIn.toLower().trimmed();
    const QString portText = QString::number(port);
    const auto ip = goParseIp(host);
    for (const QString& raw : list.split(QLatin1Char(','))) {
        const QString p = raw.trimmed().toLower();
        if (p.isEmpty())
            continue;
        if (p == QLatin1String("*")) {
            *entry = p;
            return true;
        }
        if (const qsizetype slash = p.indexOf(QLatin1Char('/')); slash > 0) { // net.ParseCIDR
            const auto network = goParseIp(p.left(slash));
            const QString bitsText = p.mid(slash + 1);
            if (network && !bitsText.isEmpty() && bitsText.size() <= 3 && allDigits(bitsText)) {
                const int bits = bitsText.toInt();
                const bool v6 = network->protocol() == QAbstractSocket::IPv6Protocol;
                if (bits <= (v6 ? 128 : 32)) {
                    if (ip && ip->isInSubnet(*network, bits)) {
                        *entry = raw.trimmed();
                        return true;
                    }
                    continue;
                }
            }
        }
        QString phost = p;
        QString pport;
        if (const auto split = goSplitHostPort(p)) {
            if (split->first.isEmpty())
                continue;
            phost = split->first;
            pport = split->second;
        }
        if (const auto pip = goParseIp(phost)) {
            if (ip && *pip == *ip && (pport.isEmpty() || pport == portText)) {
                *entry = raw.trimmed();
                return true;
            }
            continue;
        }
        // foo.com and .foo.com match subdomains; foo.com (and *.foo.com? no) also itself
        if (phost.startsWith(QLatin1String("*.")))
            phost.remove(0, 1);
        bool matchHost = false;
        if (!phost.startsWith(QLatin1Char('.'))) {
            matchHost = true;
            phost.prepend(QLatin1Char('.'));
        }
        if ((host.endsWith(phost) || (matchHost && host == phost.mid(1))) &&
            (pport.isEmpty() || pport == portText)) {
            *entry = raw.trimmed();
            return true;
        }
    }
    return false;
}

} // namespace

Decision decideGo(const Environment& env, const Url& url) {
    const QString scheme = url.scheme.toLower();
    Var p;
    if (scheme == QLatin1String("https"))
        p = firstNonEmpty(env, {"HTTPS_PROXY", "https_proxy"});
    else if (scheme == QLatin1String("http"))
        p = firstNonEmpty(env, {"HTTP_PROXY", "http_proxy"});
    if (!p.usable())
        return noProxyConfigured(Client::Go);
    Decision d = proxied(Client::Go, p);
    if (scheme == QLatin1String("http") && var(env, QStringLiteral("REQUEST_METHOD")).usable()) {
        d.route = Route::Fails;
        d.reason = Reason::CgiRefused;
        return d;
    }
    const QString host = url.host.toLower();
    const auto ip = goParseIp(host);
    if (host == QLatin1String("localhost") || (ip && goLoopback(*ip))) {
        exempt(d, Reason::AlwaysDirect, {});
        return d;
    }
    const Var np = firstNonEmpty(env, {"NO_PROXY", "no_proxy"});
    d.noProxyVariable = np.name;
    QString entry;
    if (np.present && goNoProxyMatch(np.value, host, url.port, &entry))
        exempt(d, entry == QLatin1String("*") ? Reason::NoProxyWildcard : Reason::NoProxyEntry, entry);
    return d;
}

} // namespace ld::wizard::proxy::detail
