#include "app/traycommand.h"
#include "app/clisupport.h"

#include "app/cli.h"
#include "app/guientry.h"
#include "platform/log.h"
#include "platform/system.h"
#include "wizard/watch/endpointstore.h"
#include "wizard/watch/quickcheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <cstdio>
#include <spdlog/spdlog.h>

namespace ld::app {

namespace {

int usageError(const QString& message) {
    return app::usageError(message, QStringLiteral("tray"));
}

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TrayCommand)
};

const QStringList kNonGuiOptions = {
    QStringLiteral("--once"),   QStringLiteral("--list"),          QStringLiteral("--add"),
    QStringLiteral("--remove"), QStringLiteral("--import-claude"), QStringLiteral("--help"),
    QStringLiteral("-h")};

QJsonObject endpointJson(const wizard::WatchedEndpoint& endpoint) {
    return {{QStringLiteral("name"), endpoint.name},
            {QStringLiteral("target"), endpoint.target},
            {QStringLiteral("interval"), endpoint.intervalSeconds},
            {QStringLiteral("enabled"), endpoint.enabled},
            {QStringLiteral("kind"), wizard::endpointKindName(endpoint.kind)},
            {QStringLiteral("source"), wizard::endpointSourceName(endpoint.source)}};
}

int runOnce(const wizard::EndpointStore& store, const wizard::QuickCheckOptions& options, bool json) {
    QList<wizard::WatchedEndpoint> enabled;
    for (const wizard::WatchedEndpoint& endpoint : store.endpoints())
        if (endpoint.enabled)
            enabled << endpoint;
    wizard::QuickCheck check(options);
    const QList<wizard::QuickResult> results = check.runRound(enabled);

    QJsonArray rows;
    QString text;
    bool allUp = true;
    for (const wizard::WatchedEndpoint& endpoint : store.endpoints()) {
        wizard::QuickResult result;
        if (const qsizetype i = enabled.indexOf(endpoint); i >= 0)
            result = results.value(i);
        // A paused endpoint is listed as unknown and does not count for the exit status.
        if (endpoint.enabled && result.state != wizard::QuickState::Up)
            allUp = false;
        if (!endpoint.enabled) {
            result.finding = QStringLiteral("quick.paused");
            result.title = Tr::tr("Not checked: this endpoint is paused.");
        }
        rows.append(QJsonObject{{QStringLiteral("name"), endpoint.name},
                                {QStringLiteral("target"), endpoint.target},
                                {QStringLiteral("state"), wizard::quickStateName(result.state)},
                                {QStringLiteral("finding"), result.finding},
                                {QStringLiteral("elapsed_ms"), qRound(result.elapsedMs * 10) / 10.0}});
        text +=
            QStringLiteral("%1 %2 %3  %4\n")
                .arg(endpoint.name.leftJustified(16), wizard::quickStateName(result.state).leftJustified(9),
                     QStringLiteral("%1 ms").arg(result.elapsedMs, 0, 'f', 1).rightJustified(10),
                     result.title);
    }
    if (json)
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("endpoints"), rows}}).toJson(QJsonDocument::Indented)));
    else if (store.endpoints().isEmpty())
        printOut(
            Tr::tr("No endpoints are watched. Add one with: localhost-doctor tray --add api=localhost:3000") +
            QLatin1Char('\n'));
    else
        printOut(text);
    return allUp ? ExitOk : ExitProblem;
}

} // namespace

bool tellRunningTray(const QString& name, const QByteArray& message) {
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(1000))
        return false;
    socket.write(message + '\n');
    socket.waitForBytesWritten(1000);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(500);
    return true;
}

bool ensureTrayRunning(const QString& settingsPath, const QString& program, const TraySpawner& spawn) {
    if (tellRunningTray(trayInstanceName(settingsPath), "reload"))
        return true;
    return spawn && spawn(program, {QStringLiteral("tray")});
}

QString trayInstanceName(const QString& settingsPath) {
    const QByteArray hash =
        QCryptographicHash::hash(QDir::cleanPath(settingsPath).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    return QStringLiteral("localhost-doctor-tray-%1").arg(QString::fromLatin1(hash));
}

bool trayNeedsGui(const QStringList& arguments) {
    for (const QString& argument : arguments.mid(2))
        for (const QString& option : kNonGuiOptions)
            if (argument == option || argument.startsWith(option + QLatin1Char('=')))
                return false;
    return true;
}

int commandTray(const QStringList& arguments, platform::System& system) {
    CommandLine cli(QStringLiteral("tray"),
                    Tr::tr("Watches your local servers from the system tray and says when one "
                           "goes down. Without options it shows the tray icon."));
    QCommandLineParser& parser = cli.parser;
    parser.addOption({QStringLiteral("add"), Tr::tr("Watch TARGET under NAME (replaces one of that name)."),
                      QStringLiteral("NAME=TARGET")});
    parser.addOption({QStringLiteral("interval"), Tr::tr("With --add: seconds between checks (default 60)."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("remove"), Tr::tr("Stop watching NAME."), QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("import-claude"),
         Tr::tr("Watch the MCP servers of Claude Desktop's config (a bridge's URL, or the server "
                "itself, started every few minutes).")});
    parser.addOption({QStringLiteral("config"), Tr::tr("With --import-claude: the config to read."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("list"), Tr::tr("List the watched endpoints.")});
    parser.addOption(
        {QStringLiteral("once"),
         Tr::tr("Check every endpoint once and print the states; exit 0 when all are up, else 1.")});
    parser.addOption({QStringLiteral("json"), Tr::tr("With --once or --list: print JSON.")});
    parser.addOption({QStringLiteral("timeout-ms"),
                      Tr::tr("How long each check may take (default 3000); slower than 1000 ms is degraded."),
                      QStringLiteral("N")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("verbose")}, Tr::tr("Log to the terminal.")});

    if (const int status = cli.parse(arguments); status >= 0)
        return status;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Tr::tr("tray takes no target; use --add NAME=TARGET."));

    wizard::QuickCheckOptions options;
    QString error;
    if (const auto timeout = intOption(parser, QStringLiteral("timeout-ms"), 1, 600000, &error)) {
        // Given, it bounds every check: stdio servers' launch and handshake too (else 20 s).
        options.timeout = std::chrono::milliseconds(*timeout);
        options.stdioTimeout = std::chrono::milliseconds(*timeout);
    }
    if (!error.isEmpty())
        return usageError(error);
    int interval = wizard::EndpointStore::kDefaultInterval;
    if (parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        interval = parser.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok)
            interval = -1;
    }

    wizard::EndpointStore store;
    if (!store.problem().isEmpty())
        printErr(QStringLiteral("localhost-doctor: %1\n").arg(store.problem()));

    bool changed = false;
    for (const QString& spec : parser.values(QStringLiteral("add"))) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return usageError(
                Tr::tr("--add needs NAME=TARGET, for example api=localhost:3000; got \"%1\".").arg(spec));
        wizard::WatchedEndpoint endpoint;
        endpoint.name = spec.left(equals).trimmed();
        endpoint.target = spec.mid(equals + 1).trimmed();
        endpoint.intervalSeconds = interval;
        if (const QString why = wizard::EndpointStore::validate(endpoint); !why.isEmpty())
            return usageError(why);
        QString error;
        if (!store.add(endpoint, &error)) {
            printErr(QStringLiteral("localhost-doctor: %1\n").arg(error));
            return ExitFailed;
        }
        changed = true;
    }
    for (const QString& name : parser.values(QStringLiteral("remove"))) {
        if (!store.find(name))
            return usageError(Tr::tr("No endpoint is called \"%1\".").arg(name));
        QString error;
        if (!store.remove(name, &error)) {
            printErr(QStringLiteral("localhost-doctor: %1\n").arg(error));
            return ExitFailed;
        }
        changed = true;
    }
    if (parser.isSet(QStringLiteral("import-claude"))) {
        QString error;
        const int count = store.importClaudeConfig(parser.value(QStringLiteral("config")), &error);
        if (count < 0) {
            printErr(QStringLiteral("localhost-doctor: %1\n").arg(error));
            return ExitFailed;
        }
        printErr(Tr::tr("%n endpoint(s) imported from Claude Desktop's config.", nullptr, count) +
                 QLatin1Char('\n'));
        changed = true;
    }
    if (changed)
        tellRunningTray(trayInstanceName(store.path()), "reload");

    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("once")))
        return runOnce(store, options, json);
    if (parser.isSet(QStringLiteral("list"))) {
        if (json) {
            QJsonArray rows;
            for (const wizard::WatchedEndpoint& endpoint : store.endpoints())
                rows.append(endpointJson(endpoint));
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("endpoints"), rows}})
                                           .toJson(QJsonDocument::Indented)));
        } else {
            for (const wizard::WatchedEndpoint& endpoint : store.endpoints())
                printOut(QStringLiteral("%1 %2 %3 %4\n")
                             .arg(endpoint.name.leftJustified(16),
                                  (endpoint.kind == wizard::EndpointKind::McpStdio
                                       ? Tr::tr("MCP server \"%1\" (launched)").arg(endpoint.target)
                                       : endpoint.target)
                                      .leftJustified(40),
                                  Tr::tr("every %n s", nullptr, endpoint.intervalSeconds).leftJustified(14),
                                  endpoint.enabled ? QString() : Tr::tr("(paused)"))
                             .trimmed() +
                         QLatin1Char('\n'));
        }
        return ExitOk;
    }
    if (changed)
        return ExitOk;
    if (const auto icon = guiEntry().tray)
        return icon(store, options, system);
    return noGuiHere();
}

} // namespace ld::app
