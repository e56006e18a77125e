#pragma once
// Step 6, "proxy": would the user's own programs (curl, Python, Node, Go...) send this local
// address to a proxy? Reads the environment through facts.system() and the system proxy Qt reports.

#include "wizard/facts.h"

#include <QList>
#include <QNetworkProxy>
#include <QUrl>
#include <functional>
#include <memory>

namespace ld::wizard {

// The system proxy for a URL; the default asks QNetworkProxyFactory::systemProxyForQuery.
using SystemProxyLookup = std::function<QList<QNetworkProxy>(const QUrl& url)>;

std::unique_ptr<Step> makeProxyStep();
// For tests: a system proxy that does not depend on the machine running them.
std::unique_ptr<Step> makeProxyStep(SystemProxyLookup lookup);

} // namespace ld::wizard
