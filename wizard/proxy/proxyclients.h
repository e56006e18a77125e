#pragma once
// Inside the proxy model: how a client reads one environment variable, the small parsers every
// client family shares, and one decide function per client (a file per family). Not for callers
// outside wizard/proxy: they use proxyrules.h.

#include "wizard/proxy/proxyrules.h"

#include <QStringView>
#include <initializer_list>
#include <optional>

namespace ld::wizard::proxy::detail {

// One environment variable as a client sees it: absent, empty, or set.
struct Var {
    QString name;
    QString value;
    bool present = false;
    bool usable() const { return present && !value.isEmpty(); }
};

Var var(const Environment& env, const QString& name);
// JavaScript's `a ?? b`: the first variable that is defined, even when empty.
Var firstDefined(const Environment& env, std::initializer_list<const char*> names);
// Go's getEnvAny and Python's `a or b`: the first variable that is set and not empty.
Var firstNonEmpty(const Environment& env, std::initializer_list<const char*> names);
// inet_pton(AF_INET): exactly four decimal parts, no leading zeros.
std::optional<quint32> parseV4(const QString& text);
bool v4InNetwork(quint32 address, quint32 network, int bits);
bool allDigits(QStringView text);

Decision proxied(Client client, const Var& proxyVar);
Decision noProxyConfigured(Client client);
void exempt(Decision& d, Reason reason, const QString& entry);

// global-agent's variables: GLOBAL_AGENT_ unless its namespace variable says otherwise.
QString globalAgentPrefix(const Environment& env);
bool globalAgentConfigured(const Environment& env);

// One per client, each a model of that client's own code (named in its file).
Decision decideCurl(const Environment& env, const Url& url);        // proxycurl.cpp
Decision decideWget(const Environment& env, const Url& url);        // proxycurl.cpp
Decision decideUrllib(const Environment& env, const Url& url);      // proxypython.cpp
Decision decideRequests(const Environment& env, const Url& url);    // proxypython.cpp
Decision decideNodeUndici(const Environment& env, const Url& url);  // proxynode.cpp
Decision decideNodeFetch(const Environment& env, const Url& url);   // proxynode.cpp
Decision decideGlobalAgent(const Environment& env, const Url& url); // proxynode.cpp
Decision decideGo(const Environment& env, const Url& url);          // proxygo.cpp

} // namespace ld::wizard::proxy::detail
