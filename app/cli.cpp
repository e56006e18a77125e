#include "app/cli.h"
#include "app/bundlecommand.h"
#include "app/clisupport.h"
#include "app/mcpcommand.h"
#include "app/traycommand.h"
#include "app/wizardcommand.h"

#include "platform/log.h"
#include "platform/system.h"
#include "platform/terminal.h"
#include "wizard/diagnosis.h"
#include "wizard/freeportfinder.h"
#include "wizard/processstopper.h"
#include "wizard/target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <exception>
#include <spdlog/spdlog.h>

namespace ld::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// A command's parser: its own options plus --help; errors are usage errors (exit 2).
struct CommandLine {
    QCommandLineParser parser;
    QString command;
    QString error;

    CommandLine(const QString& name, const QString& description)
        : command(name) {
        parser.setApplicationDescription(description);
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")});
    }

    // Returns -1 to go on, or the exit status to return now.
    int parse(const QStringList& arguments) {
        QStringList args = arguments;
        args.removeAt(1); // the command name
        // "-1" is a (bad) port the user typed, not an option: hand it over as a positional argument.
        static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]+$"));
        QStringList negatives;
        for (qsizetype i = args.size() - 1; i >= 1; --i)
            if (negativeNumber.match(args.at(i)).hasMatch())
                negatives.prepend(args.takeAt(i));
        if (!negatives.isEmpty())
            args << QStringLiteral("--") << negatives;
        if (!parser.parse(args))
            return usageError(parser.errorText(), command);
        if (parser.isSet(QStringLiteral("help"))) {
            printOut(parser.helpText()
                         .replace(QCoreApplication::applicationFilePath(),
                                  QStringLiteral("localhost-doctor ") + command)
                         .replace(QStringLiteral("localhost-doctor [options]"),
                                  QStringLiteral("localhost-doctor %1 [options]").arg(command)));
            return ExitOk;
        }
        return -1;
    }
};

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                             QString* error) {
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const QString text = parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = Tr::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

// `check --fix ID`: carries out a fix of the report from the command line, as its button would.
int applyFix(platform::System& system, const wizard::Report& report, const QString& fixId, bool confirmed,
             bool kill, bool json) {
    const wizard::Fix* chosen = nullptr;
    for (const wizard::StepResult& step : report.steps)
        for (const wizard::Finding& finding : step.findings)
            for (const wizard::Fix& fix : finding.fixes)
                if (!chosen && fix.id == fixId)
                    chosen = &fix;
    if (!chosen) {
        printErr(
            Tr::tr("localhost-doctor: the report offers no fix \"%1\"; run check --json to see the fixes.")
                .arg(fixId) +
            QLatin1Char('\n'));
        return ExitUsage;
    }
    if (chosen->changesSystem && !confirmed) {
        printErr(Tr::tr("This fix changes your system: %1\nRun again with --yes to do it.")
                     .arg(chosen->preview.isEmpty() ? chosen->label : chosen->preview) +
                 QLatin1Char('\n'));
        return ExitUsage;
    }
    if (chosen->id == QLatin1String("fix.stop_process")) {
        auto request = wizard::StopRequest::fromFix(*chosen);
        if (!request) {
            printErr(Tr::tr("localhost-doctor: the fix does not name a process.") + QLatin1Char('\n'));
            return ExitFailed;
        }
        request->kill = kill;
        const wizard::StopReport stopped = wizard::ProcessStopper(system).stop(*request);
        if (json)
            printJson(stopped.toJson());
        else
            printOut(stopped.message + QLatin1Char('\n'));
        return stopped.stopped() ? ExitOk : ExitProblem;
    }
    // The other fixes change nothing here: they are values to use, shown as they are.
    const QJsonObject params = QJsonObject::fromVariantMap(chosen->params);
    if (json)
        printJson({{QStringLiteral("fix"), chosen->id},
                   {QStringLiteral("label"), chosen->label},
                   {QStringLiteral("params"), params}});
    else
        printOut(chosen->label + QLatin1Char('\n') +
                 QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

int commandCheck(const QStringList& arguments) {
    CommandLine cli(QStringLiteral("check"),
                    Tr::tr("Diagnoses why an address on this computer can't be reached."));
    QCommandLineParser& parser = cli.parser;
    parser.addPositionalArgument(QStringLiteral("TARGET"),
                                 Tr::tr("What you tried to open: localhost:3000, http://localhost:3000/mcp, "
                                        "https://127.0.0.1:8443, [::1]:8080 or just 3000."));
    parser.addOption(
        {QStringLiteral("intent"),
         Tr::tr("connect: \"I can't reach it\" (default); serve: \"my server won't start, the port is "
                "taken\"."),
         QStringLiteral("connect|serve"), QStringLiteral("connect")});
    parser.addOption({QStringLiteral("mcp"), Tr::tr("Also talk the MCP handshake to the address.")});
    parser.addOption(
        {QStringLiteral("json"), Tr::tr("Print the report as JSON (schema localhost-doctor/report@1).")});
    parser.addOption({QStringLiteral("timeout-ms"),
                      Tr::tr("How long to wait for each connection (default 1500)."), QStringLiteral("N")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")},
                      Tr::tr("Show the evidence behind each step, and log to the terminal.")});
    parser.addOption({QStringLiteral("no-color"), Tr::tr("Never colour the output.")});
    parser.addOption(
        {QStringLiteral("fix"),
         Tr::tr("Carry out the report's first fix with this id, e.g. fix.stop_process. Fixes that "
                "change the system also need --yes."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("yes"), Tr::tr("Confirm a fix that changes the system.")});
    parser.addOption(
        {QStringLiteral("kill"), Tr::tr("With fix.stop_process: force the process to end if asking "
                                        "politely is not enough.")});
    if (const int status = cli.parse(arguments); status >= 0)
        return status;

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Tr::tr("check needs a target, for example: localhost-doctor check localhost:3000"),
                          cli.command);
    if (positional.size() > 1)
        return usageError(Tr::tr("check takes one target; got %1: %2")
                              .arg(positional.size())
                              .arg(positional.join(QStringLiteral(" "))),
                          cli.command);

    wizard::Options options;
    const auto intent = wizard::intentFromName(parser.value(QStringLiteral("intent")));
    if (!intent)
        return usageError(Tr::tr("--intent must be connect or serve, not \"%1\".")
                              .arg(parser.value(QStringLiteral("intent"))),
                          cli.command);
    options.intent = *intent;
    options.mcp = parser.isSet(QStringLiteral("mcp"));
    QString error;
    if (const auto timeout = intOption(parser, QStringLiteral("timeout-ms"), 1, 600000, &error))
        options.timeout = std::chrono::milliseconds(*timeout);
    if (!error.isEmpty())
        return usageError(error, cli.command);

    const bool json = parser.isSet(QStringLiteral("json"));
    const wizard::TargetParse parsed = wizard::TargetParser::parse(positional.first());
    if (!parsed.target) {
        if (json)
            printJson(
                {{QStringLiteral("schema"), QStringLiteral("localhost-doctor/report@1")},
                 {QStringLiteral("error"), QJsonObject{{QStringLiteral("input"), positional.first()},
                                                       {QStringLiteral("message"), parsed.error},
                                                       {QStringLiteral("position"), parsed.errorPosition}}}});
        printErr(QStringLiteral("localhost-doctor: %1\n").arg(parsed.error));
        return ExitUsage;
    }

    const auto system = platform::createSystem();
    wizard::Diagnosis diagnosis(*system, *parsed.target, options);
    const wizard::Report report = diagnosis.run();
    log::get(log::Area::App)
        .info("check {}: verdict {} in {:.1f} ms", parsed.target->url().toStdString(),
              report.verdict.finding.toStdString(), report.elapsedMs);
    if (parser.isSet(QStringLiteral("fix")))
        return applyFix(*system, report, parser.value(QStringLiteral("fix")),
                        parser.isSet(QStringLiteral("yes")), parser.isSet(QStringLiteral("kill")), json);
    if (json) {
        printJson(wizard::reportToJson(report, *system));
    } else {
        wizard::TextStyle style;
        style.verbose = parser.isSet(QStringLiteral("verbose"));
        style.colour = !parser.isSet(QStringLiteral("no-color")) && platform::stdoutWantsColour();
        printOut(wizard::reportToText(report, style));
    }
    return report.problemFound() ? ExitProblem : ExitOk;
}

int commandFreePort(const QStringList& arguments) {
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
        return usageError(Tr::tr("free-port takes no target; use --near N."), cli.command);
    QString error;
    const auto near = intOption(parser, QStringLiteral("near"), 1, 65535, &error);
    if (!error.isEmpty())
        return usageError(error, cli.command);
    const auto system = platform::createSystem();
    const auto port = wizard::FreePortFinder(*system).find(near);
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

int commandListeners(const QStringList& arguments) {
    CommandLine cli(QStringLiteral("listeners"),
                    Tr::tr("Lists every listening TCP socket and bound UDP socket, with its program."));
    QCommandLineParser& parser = cli.parser;
    parser.addOption({QStringLiteral("port"), Tr::tr("Only this port."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), Tr::tr("Print JSON.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Tr::tr("Log to the terminal.")});
    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("listeners takes no target; use --port N."), cli.command);
    QString error;
    const auto port = intOption(parser, QStringLiteral("port"), 1, 65535, &error);
    if (!error.isEmpty())
        return usageError(error, cli.command);

    const auto system = platform::createSystem();
    platform::SocketQuery query;
    query.listeningOnly = true;
    if (port)
        query.port = static_cast<std::uint16_t>(*port);
    std::vector<platform::Socket> sockets = system->sockets(query);
    std::sort(sockets.begin(), sockets.end(), [](const platform::Socket& a, const platform::Socket& b) {
        return std::tie(a.proto, a.localPort, a.local.family, a.local.bytes) <
               std::tie(b.proto, b.localPort, b.local.family, b.local.bytes);
    });
    std::vector<std::uint64_t> inodes;
    for (const platform::Socket& socket : sockets)
        if (socket.inode != 0)
            inodes.push_back(socket.inode);
    const auto owners = system->socketOwners(inodes);

    QJsonArray rows;
    QString table;
    QTextStream text(&table);
    if (!parser.isSet(QStringLiteral("json")))
        text << Tr::tr("PROTO  ADDRESS                                   PID      PROGRAM          USER      "
                       " COMMAND")
             << '\n';
    for (const platform::Socket& socket : sockets) {
        wizard::Listener listener{socket, std::nullopt};
        if (const auto it = owners.find(socket.inode); it != owners.end())
            listener.owner = it->second;
        const QJsonObject row = wizard::listenerToJson(listener);
        rows.append(row);
        const QString address = socket.local.family == platform::Family::V6
                                    ? QStringLiteral("[%1]:%2")
                                          .arg(QString::fromStdString(socket.local.toString()))
                                          .arg(socket.localPort)
                                    : QStringLiteral("%1:%2")
                                          .arg(QString::fromStdString(socket.local.toString()))
                                          .arg(socket.localPort);
        text << row.value(QStringLiteral("protocol")).toString().leftJustified(7) << address.leftJustified(42)
             << ' '
             << (listener.owner ? QString::number(listener.owner->pid) : QStringLiteral("-")).leftJustified(8)
             << ' '
             << (listener.owner ? QString::fromStdString(listener.owner->program) : QStringLiteral("?"))
                    .leftJustified(16)
             << ' '
             << (listener.owner ? QString::fromStdString(listener.owner->user)
                                : QString::fromStdString(system->userName(socket.uid)))
                    .leftJustified(10)
             << ' '
             << (listener.owner ? QString::fromStdString(listener.owner->commandLine).left(80) : QString())
             << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson({{QStringLiteral("listeners"), rows}});
    else
        printOut(table);
    return ExitOk;
}

} // namespace

QString usage() {
    return Tr::
        tr("Localhost Doctor %1: finds out why localhost:PORT can't be reached.\n"
           "\n"
           "Usage:\n"
           "  localhost-doctor                         open the wizard\n"
           "  localhost-doctor wizard [TARGET] [--intent connect|serve] [--mcp] [--screenshots DIR]\n"
           "  localhost-doctor check TARGET [--intent connect|serve] [--mcp] [--json] [--timeout-ms N]\n"
           "                         [--fix ID [--yes] [--kill]]\n"
           "  localhost-doctor listeners [--port N] [--json]\n"
           "  localhost-doctor free-port [--near N] [--json]\n"
           "  localhost-doctor bundle [-o FILE] [--target T]... [--config FILE] [--yes] [--list]\n"
           "  localhost-doctor mcp [--config FILE] [--no-launch] [--json] [--timeout-ms N]\n"
           "  localhost-doctor tray [--add NAME=TARGET] [--remove NAME] [--list] [--once] [--json]\n"
           "\n"
           "Exit status: 0 nothing wrong, 1 a problem was found, 2 bad usage or input, 3 the tool failed.\n"
           "Run \"localhost-doctor COMMAND --help\" for a command's options.\n")
            .arg(QStringLiteral(LD_VERSION));
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
    return args.size() < 2 || args.at(1) == QLatin1String("wizard") ||
           (args.at(1) == QLatin1String("tray") && trayNeedsGui(args));
}

int runCommand(const QStringList& commandLine) {
    QStringList arguments = commandLine;
    setUpLanguage(takeLanguageOption(arguments));
    const QString command = arguments.value(1);
    try {
        if (command.isEmpty() || command == QLatin1String("wizard"))
            return commandWizard(arguments);
        if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
            command == QLatin1String("help")) {
            printOut(usage());
            return ExitOk;
        }
        if (command == QLatin1String("--version") || command == QLatin1String("version")) {
            printOut(QStringLiteral("localhost-doctor %1\n").arg(QStringLiteral(LD_VERSION)));
            return ExitOk;
        }
        if (command == QLatin1String("check"))
            return commandCheck(arguments);
        if (command == QLatin1String("listeners"))
            return commandListeners(arguments);
        if (command == QLatin1String("free-port"))
            return commandFreePort(arguments);
        if (command == QLatin1String("bundle"))
            return commandBundle(arguments);
        if (command == QLatin1String("mcp"))
            return commandMcp(arguments);
        if (command == QLatin1String("tray"))
            return commandTray(arguments);
        return usageError(Tr::tr("unknown command \"%1\".").arg(command), QString());
    } catch (const std::exception& error) {
        log::get(log::Area::App).error("{} failed: {}", command.toStdString(), error.what());
        printErr(
            Tr::tr("localhost-doctor: %1 failed: %2").arg(command, QString::fromLocal8Bit(error.what())) +
            QLatin1Char('\n'));
        return ExitFailed;
    }
}

} // namespace ld::app
