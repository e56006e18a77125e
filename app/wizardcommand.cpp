#include "app/wizardcommand.h"
#include "app/clisupport.h"

#include "app/cli.h"
#include "app/guientry.h"
#include "platform/log.h"
#include "platform/system.h"
#include "ui/translations.h"

#include <QCoreApplication>

namespace ld::app {
QString takeLanguageOption(QStringList& arguments) {
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return language;
}

void setUpLanguage(const QString& language) {
    ui::installTranslator(language);
}

int commandWizard(const QStringList& arguments, platform::System& system) {
    if (const CommandRun window = guiEntry().wizard)
        return window(arguments, system);
    return noGuiHere();
}

} // namespace ld::app
