#pragma once

namespace ld::platform {

// Whether a graphical session is there to open windows in (the wizard, the tray). Without one,
// starting Qt's GUI would abort; the command line says so instead.
bool displayAvailable();

} // namespace ld::platform
