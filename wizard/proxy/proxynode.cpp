#include "wizard/proxy/proxyclients.h"

#include <QRegularExpression>

namespace ld::wizard::proxy::detail {

// ---- undici EnvHttpProxyAgent (lib/dispatcher/env-http-proxy-agent.js) ----

namespace {

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

} // namespace

Decision decideNodeUndici(const Environment& env, const Url& url) {
    return decideUndici(Client::NodeUndici, env, url);
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

namespace {

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

} // namespace

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

} // namespace ld::wizard::proxy::detail
