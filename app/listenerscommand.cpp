#include "app/listenerscommand.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "platform/system.h"
#include "wizard/listenertable.h"

#include <QCoreApplication>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int commandListeners(const QStringList& arguments, platform::System& system) {
    CommandLine cli(QStringLiteral("listeners"),
                    Tr::tr("Lists every listening TCP socket and bound UDP socket, with its program."));
    QCommandLineParser& parser = cli.parser;
    parser.addOption({QStringLiteral("port"), Tr::tr("Only this port."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Tr::tr("Log to the terminal.")});
    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(Tr::tr("listeners takes no target; use --port N."));
    QString error;
    const auto port = intOption(parser, QStringLiteral("port"), 1, 65535, &error);
    if (!error.isEmpty())
        return cli.usageError(error);

    const wizard::ListenerTable table = wizard::ListenerTable::read(
        system, port ? std::optional<std::uint16_t>(static_cast<std::uint16_t>(*port)) : std::nullopt);
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("listeners"), table.toJson()}});
    else
        printOut(table.toText());
    return ExitOk;
}

} // namespace ld::app
