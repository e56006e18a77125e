#include "wizard/proxy/proxyrules.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <optional>

namespace ld::wizard::proxy {

namespace {

// One environment variable as a client sees it: absent, empty, or set.
struct Var {
    QString name;
    QString value;
    bool present = false;
    bool usable() const { return present && !value.isEmpty(); }
};

Var var(const Environment& env, const QString& name) {
    const auto it = env.find(name.toStdString());
    if (it == env.end())
        return {name, {}, false};
    return {name, QString::fromStdString(it->second), true};
}

// JavaScript's `a ?? b`: the first variable that is defined, even when empty.
Var firstDefined(const Environment& env, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        Var v = var(env, QLatin1String(name));
        if (v.present)
            return v;
    }
    return {};
}

// Go's getEnvAny and Python's `a or b`: the first variable that is set and not empty.
Var firstNonEmpty(const Environment& env, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        Var v = var(env, QLatin1String(name));
        if (v.usable())
            return v;
    }
    return {};
}

// inet_pton(AF_INET): exactly four decimal parts, no leading zeros.
std::optional<quint32> parseV4(const QString& text) {
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString& part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
            return std::nullopt;
        for (const QChar c : part) {
            if (!c.isDigit() || c.unicode() > '9')
                return std::nullopt;
        }
        const uint octet = part.toUInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | octet;
    }
    return value;
}

bool v4InNetwork(quint32 address, quint32 network, int bits) {
    if (bits <= 0)
        return true;
    const quint32 mask = bits >= 32 ? 0xffffffffu : ~(0xffffffffu >> bits);
    return (address & mask) == (network & mask);
}

bool allDigits(QStringView text) {
    for (const QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

Decision proxied(Client client, const Var& proxyVar) {
    Decision d;
    d.client = client;
    d.route = Route::Proxy;
    d.reason = Reason::ProxyVariable;
    d.proxyUrl = proxyVar.value;
    d.proxyVariable = proxyVar.name;
    return d;
}

Decision noProxyConfigured(Client client) {
    Decision d;
    d.client = client;
    d.route = Route::Direct;
    d.reason = Reason::NoProxyConfigured;
    return d;
}

void exempt(Decision& d, Reason reason, const QString& entry) {
    d.route = Route::Direct;
    d.reason = reason;
    d.matchedEntry = entry;
}

// ---- curl (lib/url.c detect_proxy, lib/noproxy.c Curl_check_noproxy, 7.86+) ----

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

// ---- Python urllib.request (3.11): getproxies_environment, proxy_bypass_environment ----

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

// ---- undici EnvHttpProxyAgent (lib/dispatcher/env-http-proxy-agent.js) ----

Decision decideUndici(Client client, const Environment& env, const Url& url) {
    const Var http = firstDefined(env, {"http_proxy", "HTTP_PROXY"});
    const Var https = firstDefined(env, {"https_proxy", "HTTPS_PROXY"});
    Var p = http;
    if (url.scheme.toLower() == QLatin1String("https") && https.usable())
        p = https; // otherwise https requests share the http proxy agent
    if (!p.usable())
        return noProxyConfigured(client);
    Decision d = proxied(client, p);

    const Var np = firstDefined(env, {"no_proxy", "NO_PROXY"});
    d.noProxyVariable = np.name;
    struct Entry {
        QString raw;
        QString hostname;
        int port = 0;
    };
    std::vector<Entry> entries;
    static const QRegularExpression separators(QStringLiteral("[,\\s]"));
    static const QRegularExpression hostPort(QStringLiteral("^(.+):(\\d+)$"));
    for (const QString& raw : np.value.split(separators, Qt::SkipEmptyParts)) {
        const auto m = hostPort.match(raw); // "::1" becomes host ":" port 1
        entries.push_back(m.hasMatch() ? Entry{raw, m.captured(1).toLower(), m.captured(2).left(9).toInt()}
                                       : Entry{raw, raw.toLower(), 0});
    }
    if (entries.empty())
        return d;
    if (np.value == QLatin1String("*")) {
        exempt(d, Reason::NoProxyWildcard, np.value);
        return d;
    }
    const QString hostname = url.hostForUrl().toLower(); // URL.host keeps the brackets
    for (const Entry& e : entries) {
        if (e.port && e.port != url.port)
            continue;
        const bool wildcard =
            e.hostname.startsWith(QLatin1Char('.')) || e.hostname.startsWith(QLatin1Char('*'));
        const bool match =
            wildcard
                ? hostname.endsWith(e.hostname.startsWith(QLatin1Char('*')) ? e.hostname.mid(1) : e.hostname)
                : hostname == e.hostname;
        if (match) {
            exempt(d, Reason::NoProxyEntry, e.raw);
            return d;
        }
    }
    return d;
}

Decision decideNodeFetch(const Environment& env, const Url& url) {
    const Var flag = var(env, QStringLiteral("NODE_USE_ENV_PROXY"));
    const Var options = var(env, QStringLiteral("NODE_OPTIONS"));
    if (flag.value == QLatin1String("1") || options.value.contains(QLatin1String("--use-env-proxy")))
        return decideUndici(Client::NodeFetch, env, url);
    Decision d;
    d.client = Client::NodeFetch;
    d.reason = Reason::NotHonoured;
    return d;
}

// ---- global-agent 4.x (createGlobalProxyAgent, isUrlMatchingNoProxy, matcher) ----

bool globMatch(const QString& input, QString pattern) {
    const bool negated = pattern.startsWith(QLatin1Char('!'));
    if (negated)
        pattern.remove(0, 1);
    QString expression = QRegularExpression::escape(pattern);
    expression.replace(QLatin1String("\\*"), QLatin1String("[\\s\\S]*"));
    const QRegularExpression re(QRegularExpression::anchoredPattern(expression),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(input).hasMatch() != negated;
}

Decision decideGlobalAgent(const Environment& env, const Url& url) {
    const Var ns = var(env, QStringLiteral("GLOBAL_AGENT_ENVIRONMENT_VARIABLE_NAMESPACE"));
    const QString prefix = ns.present ? ns.value : QStringLiteral("GLOBAL_AGENT_");
    const Var http = var(env, prefix + QLatin1String("HTTP_PROXY"));
    const Var https = var(env, prefix + QLatin1String("HTTPS_PROXY"));
    Var p = http;
    if (url.scheme.toLower() == QLatin1String("https") && https.usable())
        p = https;
    if (!p.usable())
        return noProxyConfigured(Client::GlobalAgent);
    Decision d = proxied(Client::GlobalAgent, p);
    const Var np = var(env, prefix + QLatin1String("NO_PROXY"));
    if (!np.usable())
        return d;
    d.noProxyVariable = np.name;
    if (url.isIpv6()) {
        // It rebuilds the URL as "http://::1:PORT/" and new URL() throws before any request.
        d.route = Route::Fails;
        d.reason = Reason::InvalidUrl;
        return d;
    }
    const QString subjectPort = (url.port == 80 || url.port == 443) ? QString() : QString::number(url.port);
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    static const QRegularExpression rulePattern(QStringLiteral("^(.+?)(?::(\\d+))?$"));
    for (const QString& rule : np.value.split(separators, Qt::SkipEmptyParts)) {
        QString pattern = rule;
        if (pattern.startsWith(QLatin1Char('.')))
            pattern.replace(0, 1, QLatin1Char('*'));
        const auto m = rulePattern.match(pattern);
        if (!m.hasMatch())
            continue;
        const QString rulePort = m.captured(2);
        if (globMatch(url.host.toLower(), m.captured(1)) &&
            (rulePort.isEmpty() || (!subjectPort.isEmpty() && subjectPort == rulePort))) {
            exempt(d, Reason::NoProxyEntry, rule);
            return d;
        }
    }
    return d;
}

// ---- Go net/http ProxyFromEnvironment (golang.org/x/net/http/httpproxy) ----

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

bool needsQuoting(const QString& value) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._,:/@%+=-]*$"));
    return value.isEmpty() || !plain.match(value).hasMatch();
}

QString shellQuote(const QString& value) {
    if (!needsQuoting(value))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString globalAgentPrefix(const Environment& env) {
    const Var ns = var(env, QStringLiteral("GLOBAL_AGENT_ENVIRONMENT_VARIABLE_NAMESPACE"));
    return ns.present ? ns.value : QStringLiteral("GLOBAL_AGENT_");
}

bool globalAgentConfigured(const Environment& env) {
    const QString prefix = globalAgentPrefix(env);
    return var(env, prefix + QLatin1String("HTTP_PROXY")).usable() ||
           var(env, prefix + QLatin1String("HTTPS_PROXY")).usable();
}

} // namespace

const std::vector<Client>& allClients() {
    static const std::vector<Client> clients{Client::Curl,           Client::Wget,       Client::PythonUrllib,
                                             Client::PythonRequests, Client::NodeUndici, Client::NodeFetch,
                                             Client::GlobalAgent,    Client::Go};
    return clients;
}

namespace {

struct ClientLabels {
    Client client;
    const char* id;   // stable, for JSON
    const char* name; // a product name for people: not translated
};

constexpr ClientLabels kClientLabels[] = {
    {Client::Curl, "curl", "curl"},
    {Client::Wget, "wget", "wget"},
    {Client::PythonUrllib, "python-urllib", "Python urllib"},
    {Client::PythonRequests, "python-requests", "Python requests"},
    {Client::NodeUndici, "node-undici", "Node undici (EnvHttpProxyAgent)"},
    {Client::NodeFetch, "node-fetch", "Node fetch"},
    {Client::GlobalAgent, "global-agent", "global-agent"},
    {Client::Go, "go", "Go net/http"},
};

const ClientLabels* labelsOf(Client client) {
    for (const ClientLabels& labels : kClientLabels)
        if (labels.client == client)
            return &labels;
    return nullptr;
}

} // namespace

QString clientId(Client client) {
    const ClientLabels* labels = labelsOf(client);
    return labels ? QString::fromLatin1(labels->id) : QString();
}

QString clientName(Client client) {
    const ClientLabels* labels = labelsOf(client);
    return labels ? QString::fromLatin1(labels->name) : QString();
}

QString routeName(Route route) {
    switch (route) {
    case Route::Direct:
        return QStringLiteral("direct");
    case Route::Proxy:
        return QStringLiteral("proxy");
    case Route::Fails:
        return QStringLiteral("fails");
    }
    return {};
}

QString reasonName(Reason reason) {
    switch (reason) {
    case Reason::NoProxyConfigured:
        return QStringLiteral("no_proxy_configured");
    case Reason::NotHonoured:
        return QStringLiteral("proxy_variables_ignored");
    case Reason::NoProxyEntry:
        return QStringLiteral("no_proxy_entry");
    case Reason::NoProxyWildcard:
        return QStringLiteral("no_proxy_wildcard");
    case Reason::AlwaysDirect:
        return QStringLiteral("always_direct_for_loopback");
    case Reason::ProxyVariable:
        return QStringLiteral("proxy_variable");
    case Reason::InvalidUrl:
        return QStringLiteral("invalid_url");
    case Reason::CgiRefused:
        return QStringLiteral("cgi_refused");
    }
    return {};
}

QString Url::hostForUrl() const {
    return isIpv6() ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

QString Decision::decidedBy() const {
    switch (reason) {
    case Reason::ProxyVariable:
    case Reason::CgiRefused:
        return proxyVariable;
    case Reason::NoProxyEntry:
    case Reason::NoProxyWildcard:
    case Reason::InvalidUrl:
        return noProxyVariable;
    case Reason::NoProxyConfigured:
    case Reason::NotHonoured:
    case Reason::AlwaysDirect:
        return {};
    }
    return {};
}

Decision decide(Client client, const Environment& env, const Url& url) {
    switch (client) {
    case Client::Curl:
        return decideCurl(env, url);
    case Client::Wget:
        return decideWget(env, url);
    case Client::PythonUrllib:
        return decideUrllib(env, url);
    case Client::PythonRequests:
        return decideRequests(env, url);
    case Client::NodeUndici:
        return decideUndici(Client::NodeUndici, env, url);
    case Client::NodeFetch:
        return decideNodeFetch(env, url);
    case Client::GlobalAgent:
        return decideGlobalAgent(env, url);
    case Client::Go:
        return decideGo(env, url);
    }
    return {};
}

std::vector<Decision> decideAll(const Environment& env, const Url& url) {
    std::vector<Decision> decisions;
    for (const Client client : allClients())
        decisions.push_back(decide(client, env, url));
    return decisions;
}

QStringList proxyVariableNames(const Environment& env) {
    QStringList names;
    for (const auto& [rawName, value] : env) {
        const QString name = QString::fromStdString(rawName);
        if (name.toLower().endsWith(QLatin1String("_proxy")) || name == QLatin1String("NODE_USE_ENV_PROXY") ||
            name == QLatin1String("GLOBAL_AGENT_ENVIRONMENT_VARIABLE_NAMESPACE"))
            names << name;
    }
    names.sort();
    return names;
}

bool anyProxyConfigured(const Environment& env) {
    for (const auto& [rawName, value] : env) {
        const QString name = QString::fromStdString(rawName).toLower();
        if (!value.empty() && name.endsWith(QLatin1String("_proxy")) &&
            !name.endsWith(QLatin1String("no_proxy")))
            return true;
    }
    return globalAgentConfigured(env);
}

QString maskUserInfo(const QString& value) {
    const qsizetype scheme = value.indexOf(QLatin1String("://"));
    const qsizetype start = scheme < 0 ? 0 : scheme + 3;
    qsizetype end = value.size();
    for (const char c : {'/', '?', '#'}) {
        const qsizetype at = value.indexOf(QLatin1Char(c), start);
        if (at >= 0 && at < end)
            end = at;
    }
    const qsizetype at = value.left(end).lastIndexOf(QLatin1Char('@'));
    if (at < start)
        return value;
    const qsizetype colon = value.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at)
        return value; // a user name without a password
    return value.left(colon + 1) + QLatin1String("****") + value.mid(at);
}

NoProxyAdvice adviseNoProxy(const Environment& env, const Url& url) {
    NoProxyAdvice advice;
    const bool globalAgent = globalAgentConfigured(env);
    const QString gaVariable = globalAgentPrefix(env) + QLatin1String("NO_PROXY");
    advice.variables = {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")};
    if (globalAgent)
        advice.variables << gaVariable;

    // The user's entries from every variable we are about to overwrite, in order, once each.
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const auto contains = [](const QStringList& list, const QString& entry) {
        return list.contains(entry, Qt::CaseInsensitive);
    };
    for (const QString& name : advice.variables) {
        for (const QString& entry : var(env, name).value.split(separators, Qt::SkipEmptyParts)) {
            if (!contains(advice.kept, entry))
                advice.kept << entry;
        }
    }

    const auto withValue = [&](const QStringList& entries) {
        Environment changed = env;
        const std::string value = entries.join(QLatin1Char(',')).toStdString();
        for (const QString& name : advice.variables)
            changed[name.toStdString()] = value;
        return changed;
    };
    const auto directCount = [&](const QStringList& entries) {
        int count = 0;
        for (const Decision& d : decideAll(withValue(entries), url))
            count += d.route == Route::Direct ? 1 : 0;
        return count;
    };

    // Always the three loopback names, so 127.0.0.1 and ::1 work too once localhost does.
    QStringList entries = advice.kept;
    for (const QString& standard :
         {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        if (!contains(entries, standard)) {
            entries << standard;
            advice.added << standard;
        }
    }
    // Then what this URL needs, each only if it sends one more client direct: the host itself
    // (undici matches exact names only) and, for IPv6, the bracketed form urllib and undici see.
    QStringList candidates{url.host.toLower()};
    if (url.isIpv6())
        candidates << url.hostForUrl().toLower();
    for (const QString& candidate : candidates) {
        if (candidate.isEmpty() || contains(entries, candidate))
            continue;
        QStringList trial = entries;
        trial << candidate;
        if (directCount(trial) > directCount(entries)) {
            entries = trial;
            advice.added << candidate;
        }
    }

    advice.value = entries.join(QLatin1Char(','));
    QStringList assignments;
    for (const QString& name : advice.variables)
        assignments << name + QLatin1Char('=') + shellQuote(advice.value);
    advice.line = QLatin1String("export ") + assignments.join(QLatin1Char(' '));

    const std::vector<Decision> before = decideAll(env, url);
    const std::vector<Decision> after = decideAll(withValue(entries), url);
    for (size_t i = 0; i < after.size(); ++i) {
        if (after[i].route != Route::Direct)
            advice.remaining << after[i].client;
        else if (before[i].route != Route::Direct)
            advice.fixed << after[i].client;
    }
    return advice;
}

QString recommendedNoProxy(const Environment& env, const Url& url) {
    return adviseNoProxy(env, url).value;
}

QList<Client> unfixableClients(const Environment& env, const Url& url) {
    return adviseNoProxy(env, url).remaining;
}

} // namespace ld::wizard::proxy
