#pragma once

#include <QStringList>

namespace ld::app {

// Application names, logging and translations; before any command runs.
void startup(const QStringList& arguments);

} // namespace ld::app
