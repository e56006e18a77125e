#pragma once
// The tray's state icons, drawn at runtime and told apart by shape as well as colour: a green
// circle with a tick, an amber triangle with "!", a red square with a cross, a grey ring with "?".

#include "wizard/watch/quickcheckmodel.h"

#include <QIcon>
#include <QPixmap>

namespace ld::ui {

class StateIcon {
public:
    // Every size a tray host may ask for, drawn once per state and cached.
    static QIcon icon(wizard::QuickState state, bool muted = false);
    // muted: notifications are muted; a small crossed-out bell in the lower right corner says so.
    static QPixmap pixmap(wizard::QuickState state, int size, qreal devicePixelRatio = 1.0,
                          bool muted = false);
};

} // namespace ld::ui
