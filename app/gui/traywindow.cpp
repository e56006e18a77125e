#include "app/gui/guicommands.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "app/traycommand.h"
#include "platform/log.h"
#include "platform/system.h"
#include "ui/bundledialog.h"
#include "ui/doctorwizard.h"
#include "ui/messagebox.h"
#include "ui/trayicon.h"
#include "wizard/bundle/bundle.h"
#include "wizard/watch/endpointstore.h"
#include "wizard/watch/quickcheck.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TrayCommand)
};

} // namespace

int runTrayIcon(wizard::EndpointStore& store, const wizard::QuickCheckOptions& options,
                platform::System& system) {
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) {
        printErr(Tr::tr("localhost-doctor: the tray needs a display.") + QLatin1Char('\n'));
        return ExitFailed;
    }
    // One tray per user (and settings file): a second one asks the first to show itself.
    const QString name = trayInstanceName(store.path());
    if (tellRunningTray(name, "show")) {
        log::get(log::Area::Ui).info("tray already running: asked it to show its menu");
        return ExitOk;
    }
    QLocalServer server;
    server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!server.listen(name)) {
        QLocalServer::removeServer(name); // left by a tray that crashed
        if (!server.listen(name))
            log::get(log::Area::Ui)
                .warn("single-instance server {}: {}", name.toStdString(),
                      server.errorString().toStdString());
    }

    const auto openWizard = [&system](const QString& target, bool mcp) {
        ui::DoctorWizard::openOn(system, target, mcp);
    };

    // A tray host may start after us at login: wait a little for it (bounded).
    const int waitMs =
        qEnvironmentVariableIsSet("LD_TRAY_WAIT_MS") ? qEnvironmentVariableIntValue("LD_TRAY_WAIT_MS") : 5000;
    QDeadlineTimer deadline(waitMs);
    while (!QSystemTrayIcon::isSystemTrayAvailable() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        QThread::msleep(100);
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        log::get(log::Area::Ui).warn("no system tray available");
        const auto answer = ui::MessageBox::question(
            nullptr, Tr::tr("No system tray"),
            Tr::tr(
                "Localhost Doctor can't show its icon: this desktop has no system tray (notification area). "
                "You can still diagnose an address in the wizard."),
            Tr::tr("Open the wizard"));
        if (answer != ui::MessageBox::Accept)
            return ExitFailed;
        QApplication::setQuitOnLastWindowClosed(true);
        openWizard(QString(), false);
        return QApplication::exec();
    }

    QApplication::setQuitOnLastWindowClosed(false); // closing a wizard must not end the tray
    ui::TrayIcon tray(store, options);
    tray.setDiagnoseHandler(openWizard);
    tray.setBundleHandler([&system](const QStringList& targets) {
        wizard::BundleRequest request;
        request.targets = targets;
        auto* dialog = new ui::BundleDialog(system, request);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QObject::connect(&server, &QLocalServer::newConnection, &tray, [&server, &tray] {
        while (QLocalSocket* client = server.nextPendingConnection()) {
            QObject::connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(client, &QLocalSocket::readyRead, &tray, [client, &tray] {
                while (client->canReadLine()) {
                    const QByteArray line = client->readLine().trimmed();
                    if (line == "show")
                        tray.showMenu();
                    else if (line == "reload")
                        tray.reload();
                    else if (line == "check")
                        tray.checkNow();
                }
            });
        }
    });
    tray.show();
    tray.checkNow();
    log::get(log::Area::Ui).info("tray started with {} endpoints", store.endpoints().size());
    return QApplication::exec();
}

} // namespace ld::app
