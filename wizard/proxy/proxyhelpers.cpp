#include "wizard/proxy/proxyclients.h"

namespace ld::wizard::proxy::detail {

Var var(const Environment& env, const QString& name) {
    const auto it = env.find(name.toStdString());
    if (it == env.end())
        return {name, {}, false};
    return {name, QString::fromStdString(it->second), true};
}

Var firstDefined(const Environment& env, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        Var v = var(env, QLatin1String(name));
        if (v.present)
            return v;
    }
    return {};
}

Var firstNonEmpty(const Environment& env, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        Var v = var(env, QLatin1String(name));
        if (v.usable())
            return v;
    }
    return {};
}

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

QString globalAgentPrefix(const Environment& env) {
    const Var ns = var(env, QStringLiteral("GLOBAL_AGENT_ENVIRONMENT_VARIABLE_NAMESPACE"));
    return ns.present ? ns.value : QStringLiteral("GLOBAL_AGENT_");
}

bool globalAgentConfigured(const Environment& env) {
    const QString prefix = globalAgentPrefix(env);
    return var(env, prefix + QLatin1String("HTTP_PROXY")).usable() ||
           var(env, prefix + QLatin1String("HTTPS_PROXY")).usable();
}

} // namespace ld::wizard::proxy::detail
