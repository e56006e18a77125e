// The module that holds the engine and every command but the Qt-Core-only ones (app/corecli.h).
// Everything it links statically is hidden (-Wl,--exclude-libs,ALL): this is its only export.
#include "app/climodule.h"

#include "app/cli.h"

extern "C" Q_DECL_EXPORT int ld_cli_main_v1(const QStringList* arguments) {
    return ld::app::runCommandLine(*arguments);
}
