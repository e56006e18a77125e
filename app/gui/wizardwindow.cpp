#include "app/gui/guicommands.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "app/traycommand.h"
#include "platform/log.h"
#include "platform/system.h"
#include "ui/doctorwizard.h"
#include "ui/mcprunner.h"
#include "ui/screenshots.h"
#include "ui/theme.h"
#include "wizard/target.h"
#include "wizard/watch/endpointstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace ld::app {
namespace {

int usageError(const QString& message) {
    return app::usageError(message, QStringLiteral("wizard"));
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(WizardCommand)
};

} // namespace

int runWizardWindow(const QStringList& arguments, platform::System& system) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) {
        printErr(Tr::tr("localhost-doctor: the wizard needs a display.") + QLatin1Char('\n'));
        return ExitFailed;
    }
    CommandLine cli(QStringLiteral("wizard"),
                    Tr::tr("Opens the wizard that finds out why an address can't be reached."));
    QCommandLineParser& parser = cli.parser;
    parser.addPositionalArgument(
        QStringLiteral("TARGET"),
        Tr::tr("What you tried to open, such as localhost:3000; the wizard starts on it."));
    parser.addOption(
        {QStringLiteral("intent"),
         Tr::tr("connect: \"I can't reach it\" (default); serve: \"my server won't start, the port is "
                "taken\"."),
         QStringLiteral("connect|serve"), QStringLiteral("connect")});
    parser.addOption({QStringLiteral("mcp"), Tr::tr("Start on the Claude Desktop MCP path.")});
    parser.addOption({QStringLiteral("config"), Tr::tr("The Claude Desktop config to check (MCP path)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("timeout-ms"),
                      Tr::tr("How long to wait for each connection (default 1500)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("screenshots"),
                      Tr::tr("Walk every page without input, save one PNG per page into DIR, and exit."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("dark"), Tr::tr("Use a dark palette (for screenshots and checking dark mode).")});
    parser.addOption({QStringLiteral("light"), Tr::tr("Use a light palette.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Tr::tr("Log to the terminal.")});

    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(Tr::tr("wizard takes one target; got %1: %2")
                              .arg(positional.size())
                              .arg(positional.join(QLatin1Char(' '))));
    const QString intentName = parser.value(QStringLiteral("intent"));
    if (intentName != QLatin1String("connect") && intentName != QLatin1String("serve"))
        return usageError(Tr::tr("--intent must be connect or serve, not \"%1\".").arg(intentName));
    QString error;
    const int timeoutMs = intOption(parser, QStringLiteral("timeout-ms"), 1, 600000, &error).value_or(1500);
    if (!error.isEmpty())
        return usageError(error);

    if (parser.isSet(QStringLiteral("dark")))
        ui::Theme::applyDark(*app);
    else if (parser.isSet(QStringLiteral("light")))
        ui::Theme::applyLight(*app);
    QApplication::setQuitOnLastWindowClosed(true);

    ui::DoctorWizard wizard(system);
    wizard.setTimeout(std::chrono::milliseconds(timeoutMs));
    if (parser.isSet(QStringLiteral("timeout-ms")))
        wizard.mcp().setHandshakeTimeout(std::chrono::milliseconds(timeoutMs));
    // "Keep an eye on this address" starts the tray when none runs: this program's own tray command
    // (an AppImage's own path changes at every mount: the image itself).
    wizard.setTrayLauncher([] {
        const QString appImage = qEnvironmentVariable("APPIMAGE");
        return ensureTrayRunning(wizard::EndpointStore::defaultPath(),
                                 appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage,
                                 [](const QString& program, const QStringList& arguments) {
                                     return QProcess::startDetached(program, arguments);
                                 });
    });
    if (parser.isSet(QStringLiteral("config")))
        wizard.setMcpConfigPath(parser.value(QStringLiteral("config")));
    const ui::Problem problem = parser.isSet(QStringLiteral("mcp"))    ? ui::Problem::Mcp
                                : intentName == QLatin1String("serve") ? ui::Problem::PortInUse
                                                                       : ui::Problem::CantOpen;
    const QString target = positional.value(0);
    wizard.setInput(target, problem);

    if (parser.isSet(QStringLiteral("screenshots"))) {
        // A fixed size, whatever the remembered one, so screenshots compare across runs.
        wizard.resize(900, 620);
        ui::ScreenshotWalker walker(wizard, parser.value(QStringLiteral("screenshots")));
        const bool ok = walker.run(timeoutMs * 20 + 30000);
        for (const QString& file : walker.files())
            printOut(file + QLatin1Char('\n'));
        if (!ok) {
            printErr(QStringLiteral("localhost-doctor: %1\n").arg(walker.error()));
            return ExitFailed;
        }
        return ExitOk;
    }

    wizard.show();
    log::get(log::Area::Ui).info("wizard shown {} ms after the command started", sinceStart.elapsed());
    // Opened on a target: go straight to the first step.
    if (!target.isEmpty() || problem == ui::Problem::Mcp)
        QTimer::singleShot(0, &wizard, [&wizard] {
            if (wizard.currentPage() && wizard.currentPage()->isComplete())
                wizard.next();
        });
    // For measuring start-up: quit as soon as the window has been shown.
    if (qEnvironmentVariableIsSet("LD_WIZARD_QUIT_AFTER_SHOW"))
        QTimer::singleShot(0, app, [] { QCoreApplication::exit(0); });
    return QApplication::exec();
}

} // namespace ld::app
