#pragma once
// `localhost-doctor wizard [TARGET] [--intent connect|serve] [--mcp] [--timeout-ms N]
// [--screenshots DIR] [--dark]`, and `localhost-doctor` with no arguments: the GUI wizard.

#include <QStringList>

namespace ld::platform {
class System;
}

namespace ld::app {

// Needs a QApplication. Returns the exit status.
int commandWizard(const QStringList& arguments, platform::System& system);

// Removes "--lang X" or "--lang=X" from the arguments and returns X (empty when absent).
QString takeLanguageOption(QStringList& arguments);
// Installs the translation for --lang, or for the system locale when it is empty.
void setUpLanguage(const QString& language);

} // namespace ld::app
