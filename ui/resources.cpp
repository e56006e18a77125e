// The icon compiled into ld_ui (resources.qrc). Apart from translations.cpp, which is in the
// Widgets-free ld_translations library the command line links too.
#include "ui/translations.h"

static void ldInitUiResources() {
    Q_INIT_RESOURCE(resources);
}

namespace ld::ui {

void initResources() {
    static bool done = false;
    if (!done) {
        ldInitUiResources();
        done = true;
    }
}

} // namespace ld::ui
