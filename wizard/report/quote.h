#pragma once
// Quoting user input in titles and details: at most `max` characters (a 1 MB URL must not become
// a 1 MB title), control characters shown as spaces, a cut marked with "…".

#include <QString>

namespace ld::wizard {

QString quoteInput(const QString& input, int max = 200);

} // namespace ld::wizard
