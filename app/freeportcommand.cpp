#include "app/freeportcommand.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "platform/system.h"
#include "wizard/freeportfinder.h"

#include <QCoreApplication>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int commandFreePort(const QStringList& arguments, platform::System& system) {
    CommandLine cli(
        QStringLiteral("free-port"),
        Tr::tr("Finds a port a server can use right now, on IPv4 and IPv6, outside the ranges the system "
               "reserves."));
    QCommandLineParser& parser = cli.parser;
    parser.addOption({QStringLiteral("near"), Tr::tr("Prefer a port close to this one (default 8080)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON: {\"port\": N}.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Tr::tr("Log to the terminal.")});
    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(Tr::tr("free-port takes no target; use --near N."));
    QString error;
    const auto near = intOption(parser, QStringLiteral("near"), 1, 65535, &error);
    if (!error.isEmpty())
        return cli.usageError(error);
    const auto port = wizard::FreePortFinder(system).find(near);
    if (!port) {
        printErr(Tr::tr("localhost-doctor: no free port found near %1.").arg(near.value_or(8080)) +
                 QLatin1Char('\n'));
        return ExitFailed;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("port"), *port}});
    else
        printOut(QString::number(*port) + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace ld::app
