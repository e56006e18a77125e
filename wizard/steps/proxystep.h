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

// The system proxy comes from Facts::systemProxy (tests replace its lookup).
std::unique_ptr<Step> makeProxyStep();

} // namespace ld::wizard
