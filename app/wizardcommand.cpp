#include "app/wizardcommand.h"

#include "app/cli.h"
#include "app/guientry.h"
#include "platform/log.h"
#include "platform/system.h"

#include <QCoreApplication>

namespace ld::app {

int commandWizard(const QStringList& arguments, platform::System& system) {
    if (const CommandRun window = guiEntry().wizard)
        return window(arguments, system);
    return noGuiHere();
}

} // namespace ld::app
