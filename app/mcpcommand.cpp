#include "app/mcpcommand.h"
#include "app/clisupport.h"

#include "app/cli.h"
#include "app/mcpselfinstall.h"
#include "platform/system.h"
#include "platform/terminal.h"
#include "wizard/mcp/configedit.h"
#include "wizard/mcp/configreshape.h"
#include "wizard/mcp/mcpdiagnosis.h"
#include "wizard/mcp/selfinstall.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

namespace ld::app {
namespace {

int usageError(const QString& message) {
    return app::usageError(message, QStringLiteral("mcp"));
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpCommand)
};

QJsonObject editJson(const QString& action, const wizard::ConfigEditResult& result, bool applied) {
    QJsonObject object{{QStringLiteral("action"), action},
                       {QStringLiteral("config"), result.configPath},
                       {QStringLiteral("applied"), applied},
                       {QStringLiteral("diff"), result.diff}};
    if (!result.backupPath.isEmpty())
        object.insert(QStringLiteral("backup"), result.backupPath);
    if (!result.message.isEmpty())
        object.insert(QStringLiteral("message"), result.message);
    if (!result.error.isEmpty())
        object.insert(QStringLiteral("error"), result.error);
    return object;
}

// --config as an absolute path, so the report and the backups name the file unambiguously.
QString configOption(const QCommandLineParser& parser) {
    const QString path = parser.value(QStringLiteral("config"));
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

// The fix `fixId` the check offers for server `server` (the one for `port` when given).
std::optional<wizard::Fix> offeredFix(const wizard::Report& report, const QString& server,
                                      const QString& fixId, std::optional<int> port, QStringList* offered) {
    for (const wizard::StepResult& step : report.steps) {
        // Fixes that reshape the whole config sit on the config step and name no server.
        if (step.id != (server.isEmpty() ? QStringLiteral("config") : QStringLiteral("server:") + server))
            continue;
        for (const wizard::Finding& finding : step.findings) {
            for (const wizard::Fix& fix : finding.fixes) {
                if (wizard::ConfigEditor::canApply(fix.id))
                    *offered << fix.id +
                                    (fix.params.contains(QStringLiteral("port"))
                                         ? QStringLiteral(" --port %1").arg(fix.params.value("port").toInt())
                                         : QString());
                if (fix.id == fixId && (!port || fix.params.value(QStringLiteral("port")).toInt() == *port))
                    return fix;
            }
        }
    }
    return std::nullopt;
}

// The clients' names and keys, for the help text and errors.
QString clientList() {
    QStringList names;
    for (const wizard::ClientProfile& client : wizard::ClientProfile::all())
        names << QStringLiteral("%1 (%2)").arg(client.key, client.displayName);
    return names.join(QStringLiteral(", "));
}

int runFix(const QCommandLineParser& parser, platform::System& system, const wizard::HostContext& host,
           bool json) {
    const QString fixId = parser.value(QStringLiteral("fix"));
    // Adding this program to a client's config is no repair of a check's finding.
    if (wizard::SelfInstall::handles(fixId))
        return runSelfInstall(parser, host, json);
    const QString server = parser.value(QStringLiteral("server"));
    if (server.isEmpty() && !wizard::ConfigReshape::handles(fixId))
        return usageError(Tr::tr("--fix needs --server NAME: the server whose entry to change."));
    if (!wizard::ConfigEditor::canApply(fixId))
        return usageError(
            Tr::tr("%1 is not a fix that edits the config; these are: fix.use_absolute_command, "
                   "fix.use_port, fix.wrap_in_cmd, fix.wrap_in_braces, fix.move_servers, fix.name_server, "
                   "fix.wrap_servers, fix.use_host_docker_internal, fix.add_localhost_doctor.")
                .arg(fixId));
    QString error;
    const std::optional<int> port = intOption(parser, QStringLiteral("port"), 1, 65535, &error);
    if (!error.isEmpty())
        return usageError(error);
    // The fix is the one the check offers right now, so its parameters are never typed by hand.
    wizard::McpOptions options;
    options.configPath = configOption(parser);
    options.client = parser.value(QStringLiteral("client"));
    options.launch = false;
    wizard::McpDiagnosis diagnosis(system, host, options);
    const wizard::Report report = diagnosis.run();
    if (!diagnosis.config().parsed && !wizard::ConfigReshape::handles(fixId))
        return usageError(Tr::tr("The config can't be read as JSON, so it is left untouched: %1")
                              .arg(report.verdict.summary));
    QStringList offered;
    const auto fix = offeredFix(report, server, fixId, port, &offered);
    if (!fix)
        return usageError(
            offered.isEmpty()
                ? Tr::tr("The check offers no fix for server \"%1\" that edits the config.").arg(server)
                : Tr::tr("The check does not offer %1 for server \"%2\"; it offers: %3")
                      .arg(fixId, server, offered.join(QStringLiteral(", "))));
    const QString configPath = diagnosis.config().path;
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const wizard::ConfigEditResult result =
        yes ? wizard::ConfigEditor::apply(configPath, fix->id, fix->params)
            : wizard::ConfigEditor::preview(configPath, fix->id, fix->params);
    if (json)
        printJson(editJson(fix->id, result, yes && result.ok));
    if (!result.ok) {
        if (!json)
            print(stderr, QStringLiteral("localhost-doctor: %1\n").arg(result.error));
        return ExitFailed;
    }
    if (!json) {
        print(stdout, Tr::tr("%1 for server \"%2\" in %3:").arg(fix->label, server, configPath) +
                          QLatin1Char('\n') + result.diff);
        print(stdout, (yes ? result.message : Tr::tr("Nothing was changed: add --yes to apply it.")) +
                          QLatin1Char('\n'));
    }
    return yes ? ExitOk : ExitUsage;
}

int runUndo(const QCommandLineParser& parser, const wizard::HostContext& host, bool json) {
    const QString backup = parser.value(QStringLiteral("undo"));
    QString configPath = configOption(parser);
    if (configPath.isEmpty()) {
        const QString suffix = QStringLiteral(".bak-");
        configPath =
            backup.contains(suffix)
                ? backup.left(backup.lastIndexOf(suffix))
                : wizard::McpConfigReader::loadClient(host, wizard::ClientProfile::claudeDesktop()).path;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        // Read with the config reader's limits: a FIFO or a device is refused, never waited on.
        const wizard::ConfigEditResult preview = wizard::ConfigEditor::undoPreview(configPath, backup);
        if (!preview.ok)
            return usageError(preview.error);
        if (json)
            printJson(editJson(QStringLiteral("undo"), preview, false));
        else
            print(stdout, Tr::tr("Restoring %1 from %2 would change:").arg(configPath, backup) +
                              QLatin1Char('\n') + preview.diff +
                              Tr::tr("Nothing was changed: add --yes to restore it.") + QLatin1Char('\n'));
        return ExitUsage;
    }
    const wizard::ConfigEditResult result = wizard::ConfigEditor::undo(configPath, backup);
    if (json)
        printJson(editJson(QStringLiteral("undo"), result, result.ok));
    if (!result.ok) {
        if (!json)
            print(stderr, QStringLiteral("localhost-doctor: %1\n").arg(result.error));
        // A write that failed (full, read-only, immutable) is 3, like --fix; a refusal is 2.
        return result.writeError != platform::WriteError::None ? ExitFailed : ExitUsage;
    }
    if (!json)
        print(stdout, result.diff + result.message + QLatin1Char('\n'));
    return ExitOk;
}

} // namespace

int commandMcp(const QStringList& arguments, platform::System& system) {
    CommandLine cli(QStringLiteral("mcp"),
                    Tr::tr("Checks the config of every MCP client found (%1) and every MCP server in it.")
                        .arg(clientList()));
    QCommandLineParser& parser = cli.parser;
    parser.addOption(
        {QStringLiteral("config"),
         Tr::tr("Read this config file; its client is guessed from its name and shape (and said)."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("client"),
         Tr::tr("Check only this client's config, or read --config by its rules: %1.").arg(clientList()),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("no-launch"),
         Tr::tr("Only check the config and what it names; start no server and connect to nothing.")});
    parser.addOption(
        {QStringLiteral("json"), Tr::tr("Print the report as JSON (schema localhost-doctor/report@1).")});
    parser.addOption(
        {QStringLiteral("timeout-ms"),
         Tr::tr("How long each server may take to answer the handshake (default 10000; %1 itself waits "
                "60000).")
             .arg(wizard::ClientProfile::claudeDesktop().displayName),
         QStringLiteral("N")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")},
                      Tr::tr("Show the evidence behind each finding, and log to the terminal.")});
    parser.addOption({QStringLiteral("no-color"), Tr::tr("Never colour the output.")});
    parser.addOption(
        {QStringLiteral("fix"),
         Tr::tr("Apply a fix the check offers that edits the config: fix.use_absolute_command, "
                "fix.use_port or fix.wrap_in_cmd; or fix.add_localhost_doctor with --client NAME "
                "(or --config FILE): add Localhost Doctor itself as an MCP server of that client."),
         QStringLiteral("FIX")});
    parser.addOption(
        {QStringLiteral("server"), Tr::tr("The server whose entry --fix changes."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("port"), Tr::tr("With --fix fix.use_port: which of the offered ports."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("undo"), Tr::tr("Restore the config from a backup a fix made."),
                      QStringLiteral("BACKUP")});
    parser.addOption(
        {QStringLiteral("yes"), Tr::tr("Really change the config (otherwise only show the change).")});

    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("mcp takes no target; use --config FILE to read another config."));
    if (parser.isSet(QStringLiteral("fix")) && parser.isSet(QStringLiteral("undo")))
        return usageError(Tr::tr("--fix and --undo can't be used together."));

    if (parser.isSet(QStringLiteral("client")) &&
        !wizard::ClientProfile::byKey(parser.value(QStringLiteral("client"))))
        return usageError(Tr::tr("Unknown client \"%1\"; these are known: %2.")
                              .arg(parser.value(QStringLiteral("client")), clientList()));

    const bool json = parser.isSet(QStringLiteral("json"));
    const wizard::HostContext host = wizard::HostContext::current();
    if (parser.isSet(QStringLiteral("fix")))
        return runFix(parser, system, host, json);
    if (parser.isSet(QStringLiteral("undo")))
        return runUndo(parser, host, json);

    wizard::McpOptions options;
    options.configPath = configOption(parser);
    options.client = parser.value(QStringLiteral("client"));
    options.allClients = options.configPath.isEmpty() && options.client.isEmpty();
    options.projectDir = QDir::currentPath();
    options.launch = !parser.isSet(QStringLiteral("no-launch"));
    QString error;
    if (const auto timeout = intOption(parser, QStringLiteral("timeout-ms"), 1, 600000, &error)) {
        // One limit for every wait: each server's handshake and the network steps on a bridge's URL.
        options.handshakeTimeout = std::chrono::milliseconds(*timeout);
        options.connectTimeout = std::chrono::milliseconds(*timeout);
    }
    if (!error.isEmpty())
        return usageError(error);

    wizard::McpDiagnosis diagnosis(system, host, options);
    const wizard::Report report = diagnosis.run();
    if (json) {
        printJson(wizard::reportToJson(report, system));
    } else {
        wizard::TextStyle style;
        style.verbose = parser.isSet(QStringLiteral("verbose"));
        style.colour = !parser.isSet(QStringLiteral("no-color")) && platform::stdoutWantsColour();
        print(stdout, wizard::reportToText(report, style));
    }
    return report.problemFound() ? ExitProblem : ExitOk;
}

} // namespace ld::app
