#include "app/mcpselfinstall.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "wizard/mcp/configfile.h"
#include "wizard/mcp/selfinstall.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ld::app {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(McpCommand)
};

int usageError(const QString& message) {
    return app::usageError(message, QStringLiteral("mcp"));
}

// The client's name and key, for errors.
QString clientKeys() {
    QStringList keys;
    for (const wizard::ClientProfile& client : wizard::ClientProfile::all())
        keys << client.key;
    return keys.join(QStringLiteral(", "));
}

} // namespace

int runSelfInstall(const QCommandLineParser& parser, const wizard::HostContext& host, bool json) {
    const QString clientKey = parser.value(QStringLiteral("client"));
    QString configPath = parser.value(QStringLiteral("config"));
    if (!configPath.isEmpty())
        configPath = QFileInfo(configPath).absoluteFilePath();
    if (clientKey.isEmpty() && configPath.isEmpty())
        return usageError(Tr::tr("%1 needs --client NAME (%2) or --config FILE: the config to add Localhost "
                                 "Doctor to.")
                              .arg(wizard::SelfInstall::fixId(), clientKeys()));
    const wizard::ClientProfile* client =
        clientKey.isEmpty() ? nullptr : wizard::ClientProfile::byKey(clientKey);
    QString serversKey;
    if (configPath.isEmpty()) {
        const auto where = wizard::SelfInstall::targetLocation(*client, host);
        if (!where)
            return usageError(Tr::tr("There is no file of %1 here that Localhost Doctor can add itself to.")
                                  .arg(client->displayName));
        configPath = where->path;
        serversKey = where->serversKey;
    } else {
        // The file's own client (and key) unless --client says; a missing file is read as empty.
        const wizard::ConfigFileRead read = wizard::ConfigFile::read(configPath);
        const wizard::ClientGuess guess = wizard::guessClient(configPath, read.bytes, host);
        if (!client)
            client = guess.client;
        serversKey = client == guess.client ? guess.location.serversKey : client->serversKey;
    }
    const QString executable = QCoreApplication::applicationFilePath();
    const QVariantMap params = wizard::SelfInstall::params(*client, serversKey, executable);
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const QString fixId = wizard::SelfInstall::fixId();
    const wizard::ConfigEditResult result = yes ? wizard::ConfigEditor::apply(configPath, fixId, params)
                                                : wizard::ConfigEditor::preview(configPath, fixId, params);
    if (json) {
        QJsonObject object{{QStringLiteral("action"), fixId},
                           {QStringLiteral("client"), client->key},
                           {QStringLiteral("config"), configPath},
                           {QStringLiteral("server"), wizard::SelfInstall::serverName()},
                           {QStringLiteral("command"), executable},
                           {QStringLiteral("applied"), yes && result.ok && !result.unchanged},
                           {QStringLiteral("already_present"), result.unchanged},
                           {QStringLiteral("created"), result.created},
                           {QStringLiteral("diff"), result.diff}};
        if (!result.backupPath.isEmpty())
            object.insert(QStringLiteral("backup"), result.backupPath);
        if (!result.message.isEmpty())
            object.insert(QStringLiteral("message"), result.message);
        if (!result.error.isEmpty())
            object.insert(QStringLiteral("error"), result.error);
        printJson(object);
    }
    if (!result.ok) {
        if (!json)
            print(stderr, QStringLiteral("localhost-doctor: %1\n").arg(result.error));
        return result.writeError != platform::WriteError::None ? ExitFailed : ExitUsage;
    }
    if (result.unchanged) {
        if (!json)
            print(stdout, result.message + QLatin1Char('\n'));
        return ExitOk;
    }
    if (!json) {
        print(stdout, (result.created ? Tr::tr("Add Localhost Doctor to %1: create %2:")
                                      : Tr::tr("Add Localhost Doctor to %1 in %2:"))
                              .arg(client->displayName, QDir::toNativeSeparators(configPath)) +
                          QLatin1Char('\n') + result.diff);
        if (yes)
            print(stdout, result.message + QLatin1Char('\n') +
                              (result.backupPath.isEmpty()
                                   ? QString()
                                   : Tr::tr("To take it back: localhost-doctor mcp --undo %1 --yes")
                                             .arg(result.backupPath) +
                                         QLatin1Char('\n')));
        else
            print(stdout, Tr::tr("Nothing was changed: add --yes to apply it.") + QLatin1Char('\n'));
    }
    return yes ? ExitOk : ExitUsage;
}

} // namespace ld::app
