#include "wizard/proxy/proxyclients.h"

#include <map>

namespace ld::wizard::proxy::detail {

// ---- Python urllib.request (3.11): getproxies_environment, proxy_bypass_environment ----

namespace {

struct PyProxy {
    QString value;
    QString variable;
};
using PyProxies = std::map<QString, PyProxy>;

PyProxies pyGetproxies(const Environment& env) {
    PyProxies proxies;
    // Two passes, so lower-case variables win and an empty one removes the entry.
    for (const auto& [rawName, rawValue] : env) {
        const QString name = QString::fromStdString(rawName).toLower();
        if (!rawValue.empty() && name.endsWith(QLatin1String("_proxy")))
            proxies[name.chopped(6)] = {QString::fromStdString(rawValue), QString::fromStdString(rawName)};
    }
    if (env.count("REQUEST_METHOD")) // CGI: HTTP_PROXY could come from a request header
        proxies.erase(QStringLiteral("http"));
    for (const auto& [rawName, rawValue] : env) {
        const QString name = QString::fromStdString(rawName);
        if (!name.endsWith(QLatin1String("_proxy")))
            continue;
        const QString key = name.toLower().chopped(6);
        if (!rawValue.empty())
            proxies[key] = {QString::fromStdString(rawValue), name};
        else
            proxies.erase(key);
    }
    return proxies;
}

// urllib's _splitport: "host:123" -> ("host", "123"); "[::1]" and "::1" keep their text.
std::pair<QString, QString> pySplitport(const QString& host) {
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return {host, {}};
    const QString port = host.mid(colon + 1);
    if (port.isEmpty() || !allDigits(port))
        return {host, {}};
    return {host.left(colon), port};
}

bool pyBypassEnvironment(const PyProxies& proxies, const QString& hostArg, QString* entry) {
    const auto no = proxies.find(QStringLiteral("no"));
    if (no == proxies.end())
        return false;
    if (no->second.value == QLatin1String("*")) {
        *entry = no->second.value;
        return true;
    }
    const QString host = hostArg.toLower();
    const QString hostonly = pySplitport(host).first;
    for (const QString& raw : no->second.value.split(QLatin1Char(','))) {
        QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        while (name.startsWith(QLatin1Char('.'))) // leading dots are ignored
            name.remove(0, 1);
        name = name.toLower();
        if (hostonly == name || host == name) {
            *entry = raw.trimmed();
            return true;
        }
        name.prepend(QLatin1Char('.'));
        if (hostonly.endsWith(name) || host.endsWith(name)) {
            *entry = raw.trimmed();
            return true;
        }
    }
    return false;
}

} // namespace

Decision decideUrllib(const Environment& env, const Url& url) {
    const PyProxies proxies = pyGetproxies(env);
    const auto p = proxies.find(url.scheme.toLower()); // no 'all': urllib has no all_open
    if (p == proxies.end())
        return noProxyConfigured(Client::PythonUrllib);
    Decision d = proxied(Client::PythonUrllib, {p->second.variable, p->second.value, true});
    if (const auto no = proxies.find(QStringLiteral("no")); no != proxies.end())
        d.noProxyVariable = no->second.variable;
    // Request.host keeps the brackets: "[::1]:8080", which is why "::1" never matches it.
    QString entry;
    if (pyBypassEnvironment(proxies, url.hostForUrl() + QLatin1Char(':') + QString::number(url.port), &entry))
        exempt(d, entry == QLatin1String("*") ? Reason::NoProxyWildcard : Reason::NoProxyEntry, entry);
    return d;
}

// ---- requests (utils.should_bypass_proxies, select_proxy) ----

namespace {

bool requestsValidCidr(const QString& text, quint32* network, int* bits) {
    if (text.count(QLatin1Char('/')) != 1)
        return false;
    const QString maskText = text.section(QLatin1Char('/'), 1);
    bool ok = false;
    const int mask = maskText.trimmed().toInt(&ok);
    if (!ok || mask < 1 || mask > 32)
        return false;
    const auto address = parseV4(text.section(QLatin1Char('/'), 0, 0));
    if (!address)
        return false;
    *network = *address;
    *bits = mask;
    return true;
}

} // namespace

Decision decideRequests(const Environment& env, const Url& url) {
    const PyProxies proxies = pyGetproxies(env);
    auto p = proxies.find(url.scheme.toLower());
    if (p == proxies.end())
        p = proxies.find(QStringLiteral("all"));
    if (p == proxies.end())
        return noProxyConfigured(Client::PythonRequests);
    Decision d = proxied(Client::PythonRequests, {p->second.variable, p->second.value, true});

    const QString hostname = url.host.toLower(); // urlparse().hostname: no brackets
    const Var np = firstNonEmpty(env, {"no_proxy", "NO_PROXY"});
    if (np.present) {
        d.noProxyVariable = np.name;
        QString compact = np.value;
        compact.remove(QLatin1Char(' '));
        const QStringList entries = compact.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (const auto v4 = parseV4(hostname)) {
            for (const QString& e : entries) {
                quint32 network = 0;
                int bits = 0;
                if (requestsValidCidr(e, &network, &bits)) {
                    if (v4InNetwork(*v4, network, bits)) {
                        exempt(d, Reason::NoProxyEntry, e);
                        return d;
                    }
                } else if (hostname == e) {
                    exempt(d, Reason::NoProxyEntry, e);
                    return d;
                }
            }
        } else {
            // A plain text suffix: "host" exempts "localhost" too.
            const QString withPort = hostname + QLatin1Char(':') + QString::number(url.port);
            for (const QString& e : entries) {
                if (hostname.endsWith(e) || withPort.endsWith(e)) {
                    exempt(d, Reason::NoProxyEntry, e);
                    return d;
                }
            }
        }
    }
    // Then urllib's own rules on the bare host name.
    QString entry;
    if (pyBypassEnvironment(proxies, hostname, &entry)) {
        d.noProxyVariable = proxies.at(QStringLiteral("no")).variable;
        exempt(d, entry == QLatin1String("*") ? Reason::NoProxyWildcard : Reason::NoProxyEntry, entry);
    }
    return d;
}

} // namespace ld::wizard::proxy::detail
