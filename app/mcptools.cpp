#include "app/mcptools.h"

#include "platform/log.h"
#include "platform/system.h"
#include "wizard/diagnosis.h"
#include "wizard/freeportfinder.h"
#include "wizard/listenertable.h"
#include "wizard/mcp/mcpdiagnosis.h"
#include "wizard/target.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <functional>
#include <spdlog/spdlog.h>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpServer)
};

const QString kCheck = QStringLiteral("check_address");
const QString kListeners = QStringLiteral("list_listeners");
const QString kFreePort = QStringLiteral("find_free_port");
const QString kMcpConfig = QStringLiteral("diagnose_mcp_config");

QJsonObject type(const char* name, const QString& description = {}) {
    QJsonObject schema{{QStringLiteral("type"), QLatin1String(name)}};
    if (!description.isEmpty())
        schema.insert(QStringLiteral("description"), description);
    return schema;
}

QJsonObject nullable(const char* name) {
    return {{QStringLiteral("type"), QJsonArray{QLatin1String(name), QStringLiteral("null")}}};
}

QJsonObject object(const QJsonObject& properties, const QStringList& required = {}) {
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return schema;
}

QJsonObject arrayOf(const QJsonObject& items) {
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), items}};
}

QJsonObject integerIn(int min, int max, const QString& description) {
    QJsonObject schema = type("integer", description);
    schema.insert(QStringLiteral("minimum"), min);
    schema.insert(QStringLiteral("maximum"), max);
    return schema;
}

// The report of the contract (schema localhost-doctor/report@1), each fix with its command.
QJsonObject reportSchema() {
    const QJsonObject fix =
        object({{QStringLiteral("id"), type("string")},
                {QStringLiteral("label"), type("string")},
                {QStringLiteral("action"), type("string")},
                {QStringLiteral("changes_system"), type("boolean")},
                {QStringLiteral("params"), type("object")},
                {QStringLiteral("preview"), type("string")},
                {QStringLiteral("command"), type("string")}},
               {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("command")});
    const QJsonObject finding =
        object({{QStringLiteral("id"), type("string")},
                {QStringLiteral("severity"), type("string")},
                {QStringLiteral("title"), type("string")},
                {QStringLiteral("detail"), type("string")},
                {QStringLiteral("evidence"), type("object")},
                {QStringLiteral("fixes"), arrayOf(fix)}},
               {QStringLiteral("id"), QStringLiteral("severity"), QStringLiteral("title")});
    const QJsonObject step =
        object({{QStringLiteral("id"), type("string")},
                {QStringLiteral("status"), type("string")},
                {QStringLiteral("elapsed_ms"), type("number")},
                {QStringLiteral("findings"), arrayOf(finding)}},
               {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("findings")});
    const QJsonObject verdict = object({{QStringLiteral("finding"), type("string")},
                                        {QStringLiteral("step"), type("string")},
                                        {QStringLiteral("summary"), type("string")}},
                                       {QStringLiteral("finding"), QStringLiteral("summary")});
    return object({{QStringLiteral("schema"), type("string")},
                   {QStringLiteral("tool"), type("object")},
                   {QStringLiteral("system"), type("object")},
                   {QStringLiteral("target"), type("object")},
                   {QStringLiteral("steps"), arrayOf(step)},
                   {QStringLiteral("verdict"), verdict},
                   {QStringLiteral("elapsed_ms"), type("number")}},
                  {QStringLiteral("schema"), QStringLiteral("steps"), QStringLiteral("verdict")});
}

QJsonObject listenersSchema() {
    const QJsonObject row =
        object({{QStringLiteral("protocol"), type("string")},
                {QStringLiteral("address"), type("string")},
                {QStringLiteral("port"), type("integer")},
                {QStringLiteral("pid"), nullable("integer")},
                {QStringLiteral("program"), nullable("string")},
                {QStringLiteral("command"), nullable("string")},
                {QStringLiteral("user"), nullable("string")},
                {QStringLiteral("uid"), type("integer")}},
               {QStringLiteral("protocol"), QStringLiteral("address"), QStringLiteral("port")});
    return object({{QStringLiteral("listeners"), arrayOf(row)}}, {QStringLiteral("listeners")});
}

QJsonObject tool(const QString& name, const QString& title, const QString& description,
                 const QJsonObject& input, const QJsonObject& output) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), description},
            {QStringLiteral("inputSchema"), input},
            {QStringLiteral("outputSchema"), output},
            {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("title"), title},
                                                        {QStringLiteral("readOnlyHint"), true},
                                                        {QStringLiteral("destructiveHint"), false},
                                                        {QStringLiteral("idempotentHint"), true},
                                                        {QStringLiteral("openWorldHint"), false}}}};
}

ToolOutcome toolError(const QString& message) {
    ToolOutcome outcome;
    outcome.isError = true;
    outcome.text = message;
    return outcome;
}

ToolOutcome success(const QJsonObject& structured) {
    ToolOutcome outcome;
    outcome.structured = structured;
    outcome.text = QString::fromUtf8(QJsonDocument(structured).toJson(QJsonDocument::Compact));
    return outcome;
}

// An optional whole-number argument: nullopt when absent; *error when not a whole number in range.
std::optional<int> intArgument(const QJsonObject& arguments, const QString& name, int min, int max,
                               QString* error) {
    const QJsonValue value = arguments.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1e18);
    if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) || number < min ||
        number > max) {
        *error = Tr::tr("%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

// Adds to every fix of a report the command a person runs to carry it out (or to use its value).
void addFixCommands(QJsonObject& report,
                    const std::function<QString(const QString& stepId, const QJsonObject&)>& command) {
    QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
    for (qsizetype s = 0; s < steps.size(); ++s) {
        QJsonObject step = steps.at(s).toObject();
        const QString stepId = step.value(QStringLiteral("id")).toString();
        QJsonArray findings = step.value(QStringLiteral("findings")).toArray();
        for (qsizetype f = 0; f < findings.size(); ++f) {
            QJsonObject finding = findings.at(f).toObject();
            QJsonArray fixes = finding.value(QStringLiteral("fixes")).toArray();
            for (qsizetype x = 0; x < fixes.size(); ++x) {
                QJsonObject fix = fixes.at(x).toObject();
                fix.insert(QStringLiteral("command"), command(stepId, fix));
                fixes[x] = fix;
            }
            finding.insert(QStringLiteral("fixes"), fixes);
            findings[f] = finding;
        }
        step.insert(QStringLiteral("findings"), findings);
        steps[s] = step;
    }
    report.insert(QStringLiteral("steps"), steps);
}

QString joinCommand(const QStringList& words) {
    QStringList quoted;
    for (const QString& word : words)
        quoted << shellQuote(word);
    return quoted.join(QLatin1Char(' '));
}

} // namespace

QString shellQuote(const QString& argument) {
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (safe.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

McpTools::McpTools(platform::System& system)
    : m_system(system) {}

QJsonArray McpTools::list() {
    const QJsonObject checkInput = object(
        {{QStringLiteral("target"),
          type("string", Tr::tr("What was typed or configured: localhost:3000, http://localhost:3000/mcp, "
                                "https://127.0.0.1:8443, [::1]:8080 or just 3000."))},
         {QStringLiteral("intent"),
          QJsonObject{
              {QStringLiteral("type"), QStringLiteral("string")},
              {QStringLiteral("enum"), QJsonArray{QStringLiteral("connect"), QStringLiteral("serve")}},
              {QStringLiteral("default"), QStringLiteral("connect")},
              {QStringLiteral("description"),
               Tr::tr("connect: a client can't reach it; serve: a server can't start because "
                      "the port is taken.")}}},
         {QStringLiteral("timeout_ms"),
          integerIn(1, 60000, Tr::tr("How long to wait for each connection (default 1500)."))}},
        {QStringLiteral("target")});
    const QJsonObject listenersInput =
        object({{QStringLiteral("port"), integerIn(1, 65535, Tr::tr("Only sockets on this port."))}});
    const QJsonObject freePortInput =
        object({{QStringLiteral("near"),
                 integerIn(1, 65535, Tr::tr("Prefer a port close to this one (default 8080)."))}});
    const QJsonObject freePortOutput =
        object({{QStringLiteral("port"), type("integer")}}, {QStringLiteral("port")});
    const QJsonObject mcpInput = object(
        {{QStringLiteral("client"),
          QJsonObject{
              {QStringLiteral("type"), QStringLiteral("string")},
              {QStringLiteral("enum"),
               QJsonArray{QStringLiteral("claude-desktop"), QStringLiteral("claude-code"),
                          QStringLiteral("cursor"), QStringLiteral("vscode"), QStringLiteral("windsurf")}},
              {QStringLiteral("default"), QStringLiteral("claude-desktop")},
              {QStringLiteral("description"),
               Tr::tr("Whose config to read. Only Claude Desktop's location is known without a path.")}}},
         {QStringLiteral("path"),
          type("string", Tr::tr("The config file to read instead of the client's own."))},
         {QStringLiteral("launch"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")},
                      {QStringLiteral("default"), false},
                      {QStringLiteral("description"),
                       Tr::tr("Start each stdio server and talk the MCP handshake to it (it lists tools, it "
                              "calls none). false: only the static checks of the config.")}}}});
    return {
        tool(
            kCheck, Tr::tr("Check an address"),
            Tr::tr(
                "Finds out why an address on this computer (localhost:PORT) can't be reached: port, server, "
                "firewall, conflicts, protocol and proxy. Returns the verdict, every step's findings and the "
                "fixes, each with the exact localhost-doctor command a person can run. Changes nothing."),
            checkInput, reportSchema()),
        tool(
            kListeners, Tr::tr("List listening sockets"),
            Tr::tr("Lists every listening TCP socket and bound UDP socket on this computer with its program, "
                   "command line and user (null where the owner can't be read)."),
            listenersInput, listenersSchema()),
        tool(kFreePort, Tr::tr("Find a free port"),
             Tr::tr("Finds a TCP port a server can use right now: free on 127.0.0.1, ::1 and the wildcard "
                    "addresses, outside the ephemeral and privileged ranges, near the port asked for."),
             freePortInput, freePortOutput),
        tool(kMcpConfig, Tr::tr("Diagnose an MCP client's config"),
             Tr::tr(
                 "Checks an MCP client's config (Claude Desktop's by default) and every server in it: JSON "
                 "syntax, commands on the PATH the client gives servers, bridge URLs, and optionally the "
                 "handshake. Returns a report whose steps are \"config\" and one \"server:NAME\" per server. "
                 "Changes nothing."),
             mcpInput, reportSchema()),
    };
}

bool McpTools::has(const QString& name) {
    return name == kCheck || name == kListeners || name == kFreePort || name == kMcpConfig;
}

ToolOutcome McpTools::call(const QString& name, const QJsonObject& arguments) {
    log::get(log::Area::App).info("mcp-server: tool {} called", name.toStdString());
    if (name == kCheck)
        return checkAddress(arguments);
    if (name == kListeners)
        return listListeners(arguments);
    if (name == kFreePort)
        return findFreePort(arguments);
    if (name == kMcpConfig)
        return diagnoseMcpConfig(arguments);
    return toolError(Tr::tr("There is no tool \"%1\".").arg(name));
}

ToolOutcome McpTools::checkAddress(const QJsonObject& arguments) {
    const QJsonValue targetValue = arguments.value(QStringLiteral("target"));
    if (!targetValue.isString())
        return toolError(Tr::tr("target must be a string such as \"localhost:3000\"."));
    const QString input = targetValue.toString();
    wizard::Options options;
    const QString intentText = arguments.value(QStringLiteral("intent")).toString(QStringLiteral("connect"));
    const auto intent = wizard::intentFromName(intentText);
    if (!intent)
        return toolError(Tr::tr("intent must be connect or serve, not \"%1\".").arg(intentText));
    options.intent = *intent;
    QString error;
    if (const auto timeout = intArgument(arguments, QStringLiteral("timeout_ms"), 1, 60000, &error))
        options.timeout = std::chrono::milliseconds(*timeout);
    if (!error.isEmpty())
        return toolError(error);
    const wizard::TargetParse parsed = wizard::TargetParser::parse(input);
    if (!parsed.target)
        return toolError(Tr::tr("\"%1\" is not an address: %2").arg(input, parsed.error));

    wizard::Diagnosis diagnosis(m_system, *parsed.target, options);
    const wizard::Report report = diagnosis.run();
    QJsonObject json = wizard::reportToJson(report, m_system);
    QStringList base{QStringLiteral("localhost-doctor"), QStringLiteral("check"), input};
    if (options.intent == wizard::Intent::Serve)
        base << QStringLiteral("--intent") << QStringLiteral("serve");
    addFixCommands(json, [&base](const QString&, const QJsonObject& fix) {
        const QString id = fix.value(QStringLiteral("id")).toString();
        const QString action = fix.value(QStringLiteral("action")).toString();
        const QJsonObject params = fix.value(QStringLiteral("params")).toObject();
        const QString target =
            params.value(QStringLiteral("target")).toString(params.value(QStringLiteral("url")).toString());
        if (action == wizard::fixActionName(wizard::FixAction::UseValue) && !target.isEmpty())
            return joinCommand({QStringLiteral("localhost-doctor"), QStringLiteral("check"), target});
        if (action == wizard::fixActionName(wizard::FixAction::SetEnvironment) &&
            params.contains(QStringLiteral("line")))
            return params.value(QStringLiteral("line")).toString();
        QStringList words = base;
        words << QStringLiteral("--fix") << id;
        if (fix.value(QStringLiteral("changes_system")).toBool())
            words << QStringLiteral("--yes");
        return joinCommand(words);
    });
    return success(json);
}

ToolOutcome McpTools::listListeners(const QJsonObject& arguments) {
    QString error;
    const auto port = intArgument(arguments, QStringLiteral("port"), 1, 65535, &error);
    if (!error.isEmpty())
        return toolError(error);
    const wizard::ListenerTable table = wizard::ListenerTable::read(
        m_system, port ? std::optional<std::uint16_t>(static_cast<std::uint16_t>(*port)) : std::nullopt);
    ToolOutcome outcome = success({{QStringLiteral("listeners"), table.toJson()}});
    outcome.text = table.toText();
    return outcome;
}

ToolOutcome McpTools::findFreePort(const QJsonObject& arguments) {
    QString error;
    const auto near = intArgument(arguments, QStringLiteral("near"), 1, 65535, &error);
    if (!error.isEmpty())
        return toolError(error);
    const auto port = wizard::FreePortFinder(m_system).find(near);
    if (!port)
        return toolError(
            Tr::tr("No free port found near %1.").arg(near.value_or(wizard::FreePortFinder::kDefaultNear)));
    ToolOutcome outcome = success({{QStringLiteral("port"), int(*port)}});
    outcome.text = QString::number(*port);
    return outcome;
}

ToolOutcome McpTools::diagnoseMcpConfig(const QJsonObject& arguments) {
    const QString client =
        arguments.value(QStringLiteral("client")).toString(QStringLiteral("claude-desktop"));
    static const QStringList clients{QStringLiteral("claude-desktop"), QStringLiteral("claude-code"),
                                     QStringLiteral("cursor"), QStringLiteral("vscode"),
                                     QStringLiteral("windsurf")};
    if (!clients.contains(client))
        return toolError(
            Tr::tr("client must be one of %1, not \"%2\".").arg(clients.join(QStringLiteral(", ")), client));
    const QJsonValue pathValue = arguments.value(QStringLiteral("path"));
    if (!pathValue.isUndefined() && !pathValue.isNull() && !pathValue.isString())
        return toolError(Tr::tr("path must be a string."));
    const QJsonValue launchValue = arguments.value(QStringLiteral("launch"));
    if (!launchValue.isUndefined() && !launchValue.isNull() && !launchValue.isBool())
        return toolError(Tr::tr("launch must be true or false."));

    wizard::McpOptions options;
    const QString path = pathValue.toString();
    options.configPath = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    // The client's own config locations (its profile), unless a path was given.
    options.client = client;
    options.launch = launchValue.toBool(false);
    wizard::McpDiagnosis diagnosis(m_system, wizard::HostContext::current(), options);
    const wizard::Report report = diagnosis.run();
    QJsonObject json = wizard::reportToJson(report, m_system);
    const QString configPath = diagnosis.config().path;
    addFixCommands(json, [&configPath](const QString& stepId, const QJsonObject& fix) {
        QStringList words{QStringLiteral("localhost-doctor"), QStringLiteral("mcp")};
        if (!configPath.isEmpty())
            words << QStringLiteral("--config") << configPath;
        const QJsonObject params = fix.value(QStringLiteral("params")).toObject();
        words << QStringLiteral("--fix") << fix.value(QStringLiteral("id")).toString();
        const QString server =
            params.value(QStringLiteral("server"))
                .toString(stepId.startsWith(QLatin1String("server:")) ? stepId.mid(7) : QString());
        if (!server.isEmpty())
            words << QStringLiteral("--server") << server;
        if (params.contains(QStringLiteral("port")))
            words << QStringLiteral("--port")
                  << QString::number(params.value(QStringLiteral("port")).toInt());
        if (fix.value(QStringLiteral("changes_system")).toBool())
            words << QStringLiteral("--yes");
        return joinCommand(words);
    });
    return success(json);
}

} // namespace ld::app
