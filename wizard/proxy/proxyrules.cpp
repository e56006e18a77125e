#include "wizard/proxy/proxyrules.h"

#include "wizard/proxy/proxyclients.h"

#include <QRegularExpression>

namespace ld::wizard::proxy {

using namespace detail;

namespace {

// The client table: one row per client, in the order of allClients().
struct ClientRow {
    Client client;
    const char* id;   // stable, for JSON
    const char* name; // a product name for people: not translated
    Decision (*decide)(const Environment& env, const Url& url);
};

constexpr ClientRow kClients[] = {
    {Client::Curl, "curl", "curl", decideCurl},
    {Client::Wget, "wget", "wget", decideWget},
    {Client::PythonUrllib, "python-urllib", "Python urllib", decideUrllib},
    {Client::PythonRequests, "python-requests", "Python requests", decideRequests},
    {Client::NodeUndici, "node-undici", "Node undici (EnvHttpProxyAgent)", decideNodeUndici},
    {Client::NodeFetch, "node-fetch", "Node fetch", decideNodeFetch},
    {Client::GlobalAgent, "global-agent", "global-agent", decideGlobalAgent},
    {Client::Go, "go", "Go net/http", decideGo},
};

const ClientRow* rowOf(Client client) {
    for (const ClientRow& row : kClients)
        if (row.client == client)
            return &row;
    return nullptr;
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

} // namespace

const std::vector<Client>& allClients() {
    static const std::vector<Client> clients = [] {
        std::vector<Client> out;
        for (const ClientRow& row : kClients)
            out.push_back(row.client);
        return out;
    }();
    return clients;
}

QString clientId(Client client) {
    const ClientRow* row = rowOf(client);
    return row ? QString::fromLatin1(row->id) : QString();
}

QString clientName(Client client) {
    const ClientRow* row = rowOf(client);
    return row ? QString::fromLatin1(row->name) : QString();
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
    const ClientRow* row = rowOf(client);
    return row ? row->decide(env, url) : Decision{};
}

std::vector<Decision> decideAll(const Environment& env, const Url& url) {
    std::vector<Decision> decisions;
    for (const ClientRow& row : kClients)
        decisions.push_back(row.decide(env, url));
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
