#pragma once
// What each common HTTP client does with a URL under a given environment: through a proxy or
// direct, and which variable decided. A model of each client's own rules (variable precedence,
// no_proxy grammar), not a lookup table, so it answers for values nobody measured.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <string>
#include <vector>

namespace ld::wizard::proxy {

using Environment = std::map<std::string, std::string>;

enum class Client {
    Curl,           // curl 7.86+ (CIDR), e.g. 7.88
    Wget,           // wget 1.21
    PythonUrllib,   // Python 3.11 urllib.request
    PythonRequests, // requests 2.x
    NodeUndici,     // undici EnvHttpProxyAgent (6.x)
    NodeFetch,      // Node's built-in fetch: EnvHttpProxyAgent only when NODE_USE_ENV_PROXY=1
    GlobalAgent,    // global-agent 4.x: GLOBAL_AGENT_* variables only
    Go,             // Go net/http ProxyFromEnvironment
};
const std::vector<Client>& allClients();
QString clientId(Client client);   // stable: "curl", "wget", "python-urllib", ...
QString clientName(Client client); // for people: "Python urllib", "Go net/http", ...

enum class Route {
    Direct,
    Proxy,
    Fails, // the client throws before sending anything (global-agent's "Invalid URL")
};
QString routeName(Route route); // "direct", "proxy", "fails"

enum class Reason {
    NoProxyConfigured, // no proxy variable this client reads is set for this scheme
    NotHonoured,       // the client ignores proxy variables (Node fetch without NODE_USE_ENV_PROXY)
    NoProxyEntry,      // an entry of the no_proxy list matched
    NoProxyWildcard,   // the no_proxy list says '*'
    AlwaysDirect,      // built in: Go never proxies localhost or a loopback address
    ProxyVariable,     // proxied: nothing exempts this URL
    InvalidUrl,        // global-agent builds "http://::1:PORT/" and throws when NO_PROXY is set
    CgiRefused,        // Go refuses HTTP_PROXY when REQUEST_METHOD is set (httpoxy)
};
QString reasonName(Reason reason); // stable, for evidence

struct Url {
    QString scheme; // "http", "https"
    QString host;   // without brackets
    int port = 0;
    bool isIpv6() const { return host.contains(QLatin1Char(':')); }
    QString hostForUrl() const; // with brackets for IPv6
};

struct Decision {
    Client client = Client::Curl;
    Route route = Route::Direct;
    Reason reason = Reason::NoProxyConfigured;
    QString proxyUrl;        // the proxy it would use (also when exempted), raw
    QString proxyVariable;   // the variable that proxy came from
    QString noProxyVariable; // the no_proxy variable this client read, empty when none
    QString matchedEntry;    // the no_proxy entry that exempted the URL
    // The variable that decided the route: the proxy variable when proxied, the no_proxy
    // variable when an entry exempted the URL, empty for built-in rules and no proxy at all.
    QString decidedBy() const;
};

Decision decide(Client client, const Environment& env, const Url& url);
std::vector<Decision> decideAll(const Environment& env, const Url& url);

// Every variable that configures a proxy for some client, as found (any case): *_proxy,
// GLOBAL_AGENT_*_PROXY, NODE_USE_ENV_PROXY. Sorted by name.
QStringList proxyVariableNames(const Environment& env);
// Whether any variable sets a proxy (a non-empty *_proxy other than no_proxy, or global-agent's).
bool anyProxyConfigured(const Environment& env);
// "http://user:secret@proxy:3128" -> "http://user:****@proxy:3128"; other values unchanged.
QString maskUserInfo(const QString& value);

struct NoProxyAdvice {
    QString value;           // the complete value for no_proxy and NO_PROXY
    QStringList kept;        // the user's entries, kept in order
    QStringList added;       // what was appended
    QStringList variables;   // the variables to set: no_proxy, NO_PROXY (+ GLOBAL_AGENT_NO_PROXY)
    QString line;            // a POSIX shell line setting them all
    QList<Client> fixed;     // proxied (or failing) now, direct with the value
    QList<Client> remaining; // still proxied or failing with the value: no value fixes them
};

// The no_proxy value that sends this URL direct with as many clients as possible: the user's
// entries, then localhost, 127.0.0.1, ::1 and what this URL needs (e.g. [::1] for urllib).
NoProxyAdvice adviseNoProxy(const Environment& env, const Url& url);
QString recommendedNoProxy(const Environment& env, const Url& url);
// The clients the recommended value leaves proxied or failing for this URL.
QList<Client> unfixableClients(const Environment& env, const Url& url);

} // namespace ld::wizard::proxy
