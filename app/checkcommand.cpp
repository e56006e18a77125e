#include "app/checkcommand.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "platform/log.h"
#include "platform/system.h"
#include "platform/terminal.h"
#include "wizard/diagnosis.h"
#include "wizard/processstopper.h"
#include "wizard/target.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <spdlog/spdlog.h>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

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
    if (chosen->action == wizard::FixAction::StopProcess) {
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
    // The other fixes change nothing from here: values to use, lines to add, pages to open.
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

} // namespace

int commandCheck(const QStringList& arguments, platform::System& system) {
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
        return cli.usageError(
            Tr::tr("check needs a target, for example: localhost-doctor check localhost:3000"));
    if (positional.size() > 1)
        return cli.usageError(Tr::tr("check takes one target; got %1: %2")
                                  .arg(positional.size())
                                  .arg(positional.join(QStringLiteral(" "))));

    wizard::Options options;
    const auto intent = wizard::intentFromName(parser.value(QStringLiteral("intent")));
    if (!intent)
        return cli.usageError(Tr::tr("--intent must be connect or serve, not \"%1\".")
                                  .arg(parser.value(QStringLiteral("intent"))));
    options.intent = *intent;
    options.mcp = parser.isSet(QStringLiteral("mcp"));
    QString error;
    if (const auto timeout = intOption(parser, QStringLiteral("timeout-ms"), 1, 600000, &error))
        options.timeout = std::chrono::milliseconds(*timeout);
    if (!error.isEmpty())
        return cli.usageError(error);

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

    wizard::Diagnosis diagnosis(system, *parsed.target, options);
    const wizard::Report report = diagnosis.run();
    log::get(log::Area::App)
        .info("check {}: verdict {} in {:.1f} ms", parsed.target->url().toStdString(),
              report.verdict.finding.toStdString(), report.elapsedMs);
    if (parser.isSet(QStringLiteral("fix")))
        return applyFix(system, report, parser.value(QStringLiteral("fix")),
                        parser.isSet(QStringLiteral("yes")), parser.isSet(QStringLiteral("kill")), json);
    if (json) {
        printJson(wizard::reportToJson(report, system));
    } else {
        wizard::TextStyle style;
        style.verbose = parser.isSet(QStringLiteral("verbose"));
        style.colour = !parser.isSet(QStringLiteral("no-color")) && platform::stdoutWantsColour();
        printOut(wizard::reportToText(report, style));
    }
    return report.problemFound() ? ExitProblem : ExitOk;
}

} // namespace ld::app
