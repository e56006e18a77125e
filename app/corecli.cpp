#include "app/corecli.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "app/listenerscommand.h"
#include "app/startup.h"
#include "platform/log.h"
#include "platform/system.h"

#include <QCoreApplication>
#include <memory>
#include <spdlog/spdlog.h>

#ifdef LD_CLI_MODULE_FILE
#include "app/climodule.h"
#include "platform/privatemodule.h"
#endif

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

std::optional<int> runCoreCommand(const QStringList& commandLine) {
    QStringList arguments = commandLine;
    const QString language = takeLanguageOption(arguments);
    const QString name = arguments.value(1);
    const bool version = name == QLatin1String("--version") || name == QLatin1String("version");
    if (!version && name != QLatin1String("listeners"))
        return std::nullopt;
    // As runCommandLine() and runCommand() would: logging, the language, the System.
    startup(commandLine);
    setUpLanguage(language);
    if (version)
        return printVersion();
    const std::unique_ptr<platform::System> system = platform::createSystem();
    return runGuarded(name, [&] { return commandListeners(arguments, *system); });
}

int runFullCommandLine(const QStringList& arguments) {
#ifdef LD_CLI_MODULE_FILE
    const platform::PrivateModule where{QStringLiteral(LD_CLI_MODULE_FILE),
                                        QStringLiteral(LD_CLI_RELATIVE_DIR),
                                        QStringLiteral(LD_CLI_BUILD_PATH), QStringLiteral(LD_BUILD_ROOT)};
    const platform::ModuleFunction found = platform::loadModuleFunction(where, "ld_cli_main_v1");
    if (const auto entry = reinterpret_cast<decltype(&ld_cli_main_v1)>(found.address))
        return entry(&arguments);
    // The module would have set up logging; without it, this process does, to log why.
    startup(arguments);
    QStringList rest = arguments;
    setUpLanguage(takeLanguageOption(rest));
    const QString message =
        Tr::tr("the part of Localhost Doctor that runs this command (%1) is missing or broken; "
               "reinstalling Localhost Doctor should bring it back (looked at: %2)")
            .arg(where.fileName, found.tried.join(QStringLiteral("; ")));
    log::get(log::Area::App).error("{}", message.toStdString());
    printErr(QStringLiteral("localhost-doctor: %1\n").arg(message));
    return ExitFailed;
#else
    return runCommandLine(arguments);
#endif
}

} // namespace ld::app
