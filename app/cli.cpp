#include "app/cli.h"

#include "app/clisupport.h"
#include "app/command.h"
#include "app/guientry.h"
#include "app/startup.h"
#include "platform/display.h"
#include "platform/system.h"

#include <QCoreApplication>
#include <memory>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

QString usage() {
    QString text = Tr::tr("Localhost Doctor %1: finds out why localhost:PORT can't be reached.")
                       .arg(QStringLiteral(LD_VERSION)) +
                   QStringLiteral("\n\n") + Tr::tr("Usage:") + QLatin1Char('\n');
    for (const Command& command : commands()) {
        text += QStringLiteral("  localhost-doctor %1\n").arg(QLatin1String(command.usage));
        text += QStringLiteral("      %1\n").arg(QCoreApplication::translate("Cli", command.summary));
    }
    text += QLatin1Char('\n') +
            Tr::tr("Exit status: 0 nothing wrong, 1 a problem was found, 2 bad usage or input, 3 the tool "
                   "failed.") +
            QLatin1Char('\n') + Tr::tr("Run \"localhost-doctor COMMAND --help\" for a command's options.") +
            QLatin1Char('\n');
    return text;
}

int noDisplay() {
    printErr(
        Tr::tr("localhost-doctor: no display found, and the wizard and the tray need a desktop. From a "
               "terminal, run \"localhost-doctor check localhost:PORT\" instead, or see \"localhost-doctor "
               "--help\".") +
        QLatin1Char('\n'));
    return ExitFailed;
}

bool needsGui(const QStringList& arguments) {
    QStringList args = arguments;
    takeLanguageOption(args);
    if (args.size() < 2)
        return true; // no command: the wizard
    const Command* command = findCommand(args.at(1));
    return command && command->needsDisplay && command->needsDisplay(args);
}

int runCommand(const QStringList& commandLine, platform::System& system) {
    QStringList arguments = commandLine;
    setUpLanguage(takeLanguageOption(arguments));
    const QString name = arguments.value(1);
    return runGuarded(name, [&] {
        if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
            printOut(usage());
            return int(ExitOk);
        }
        if (name == QLatin1String("--version") || name == QLatin1String("version"))
            return printVersion();
        const Command* command = findCommand(name.isEmpty() ? QStringLiteral("wizard") : name);
        if (!command)
            return usageError(Tr::tr("unknown command \"%1\".").arg(name), QString());
        return command->run(arguments, system);
    });
}

int runCommandLine(const QStringList& arguments) {
    if (needsGui(arguments)) {
        if (!platform::displayAvailable()) {
            startup(arguments);
            return noDisplay();
        }
        return launchGui(arguments);
    }
    startup(arguments);
    // The one real System of the process, handed to whichever command runs.
    const std::unique_ptr<platform::System> system = platform::createSystem();
    return runCommand(arguments, *system);
}

} // namespace ld::app
