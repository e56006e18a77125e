#pragma once
// Start-up helpers of the GUI library: the compiled-in icon (resources.cpp, in ld_ui) and the
// translations (translations.cpp, in ld_translations: Qt Core only, for the command line too).

#include <QString>

namespace ld::ui {

// Registers the resources compiled into this static library (the icon). Safe to call twice.
void initResources();

// Installs the translation for `language` ("de", "de_DE", "en"; empty: the system locale).
// Returns the language installed, or an empty string when English (the source texts, with their
// plural forms from the plurals-only English file) is used.
QString installTranslator(const QString& language = {});

} // namespace ld::ui
