// The tray icon in a real X session (Xvfb) with a real tray host (trayer): the icon is embedded,
// a right click (xdotool) opens the menu listing the endpoints with their states, a screenshot
// is saved for a person to look at; notifications are debounced and mutable; the icons differ
// by shape; "Start at login" writes and removes the XDG autostart file; a second `tray` exits.

#include "app/traycommand.h"
#include "support/peers.h"
#include "ui/endpointeditor.h"
#include "ui/trayicon.h"
#include "wizard/watch/endpointstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::test;
using ld::ui::TrayIcon;
using ld::wizard::EndpointStore;
using ld::wizard::QuickState;
using ld::wizard::WatchedEndpoint;

namespace {

WatchedEndpoint endpoint(const QString& name, const QString& target) {
    WatchedEndpoint e;
    e.name = name;
    e.target = target;
    return e;
}

QStringList httpServer(quint16 port) {
    return {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QString::number(port)};
}

QString actionText(const TrayIcon& tray, const QString& name) {
    for (QAction* action : tray.endpointActions())
        if (action->data().toString() == name)
            return action->text();
    return {};
}

bool runRound(TrayIcon& tray) {
    QSignalSpy finished(&tray, &TrayIcon::roundFinished);
    tray.checkNow();
    return !finished.isEmpty() || finished.wait(10000);
}

} // namespace

class TestTrayIcon final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display (the test script runs ctest under xvfb-run)");
        if (!haveProgram(QStringLiteral("trayer")))
            QSKIP("needs trayer as the system tray host (apt install trayer)");
        if (!haveProgram(QStringLiteral("python3")))
            QSKIP("needs python3 for its http.server peer");
        if (!QSystemTrayIcon::isSystemTrayAvailable()) {
            QVERIFY2(m_trayer.start(
                         QStringLiteral("trayer"),
                         {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                          QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("pixel"),
                          QStringLiteral("--width"), QStringLiteral("160"), QStringLiteral("--height"),
                          QStringLiteral("32"), QStringLiteral("--transparent"), QStringLiteral("false"),
                          QStringLiteral("--tint"), QStringLiteral("0x404040"),
                          QStringLiteral("--SetDockType"), QStringLiteral("true")}),
                     qPrintable(m_trayer.errorString()));
        }
        QVERIFY2(QTest::qWaitFor([] { return QSystemTrayIcon::isSystemTrayAvailable(); }, 10000),
                 "trayer did not become the system tray within 10 s");
        QVERIFY(m_settings.isValid());
        qputenv("LD_SETTINGS_DIR", m_settings.path().toUtf8());
    }

    void menuListsEndpoints() {
        const quint16 upPort = freePort();
        const quint16 downPort = freePort();
        Peer server;
        QVERIFY2(server.startListening(QStringLiteral("python3"), httpServer(upPort),
                                       QStringLiteral("127.0.0.1"), upPort),
                 qPrintable(server.errorString()));
        EndpointStore store(m_settings.filePath(QStringLiteral("menu.ini")));
        QVERIFY(store.replaceAll(
            {endpoint(QStringLiteral("api"), QStringLiteral("http://127.0.0.1:%1/").arg(upPort)),
             endpoint(QStringLiteral("gone"), QStringLiteral("127.0.0.1:%1").arg(downPort))}));
        ld::wizard::QuickCheckOptions options;
        options.timeout = std::chrono::milliseconds(2000);
        TrayIcon tray(store, options);
        QCOMPARE(tray.model().worst(), QuickState::Unknown);
        QVERIFY(tray.toolTip().contains(QLatin1String("2 not checked yet")));
        tray.show();
        QVERIFY(runRound(tray));
        QCOMPARE(tray.model().status(QStringLiteral("api"))->state, QuickState::Up);
        QCOMPARE(tray.model().status(QStringLiteral("gone"))->state, QuickState::Down);
        QCOMPARE(tray.model().worst(), QuickState::Down);
        QVERIFY2(tray.toolTip().contains(QLatin1String("1 up")) &&
                     tray.toolTip().contains(QLatin1String("1 down")),
                 qPrintable(tray.toolTip()));
        QCOMPARE(tray.systemTrayIcon()->toolTip(), tray.toolTip());
        QVERIFY(tray.systemTrayIcon()->isVisible());
        // Embedded by the tray host: it has a place on the screen.
        QVERIFY2(QTest::qWaitFor([&] { return tray.systemTrayIcon()->geometry().isValid(); }, 5000),
                 "the icon was not embedded in the tray");

        // Open the menu as a user would: a right click on the icon.
        const QPoint centre = tray.systemTrayIcon()->geometry().center();
        if (haveProgram(QStringLiteral("xdotool"))) {
            QProcess::execute(QStringLiteral("xdotool"),
                              {QStringLiteral("mousemove"), QString::number(centre.x()),
                               QString::number(centre.y()), QStringLiteral("click"), QStringLiteral("3")});
        }
        if (!QTest::qWaitFor([&] { return tray.menu()->isVisible(); }, 3000))
            tray.menu()->popup(centre); // xdotool missing or the click was not passed on
        QVERIFY(QTest::qWaitFor([&] { return tray.menu()->isVisible(); }, 3000));
        QCOMPARE(tray.endpointActions().size(), 2);
        QVERIFY2(actionText(tray, QStringLiteral("api")).startsWith(QLatin1String("api: Up since")),
                 qPrintable(actionText(tray, QStringLiteral("api"))));
        QVERIFY2(actionText(tray, QStringLiteral("gone")).startsWith(QLatin1String("gone: Down since")),
                 qPrintable(actionText(tray, QStringLiteral("gone"))));
        QVERIFY(tray.menu()->actions().contains(tray.endpointActions().first()));
        for (const QString& name : {QStringLiteral("checkNowAction"), QStringLiteral("diagnoseAction"),
                                    QStringLiteral("editEndpointsAction"), QStringLiteral("autostartAction"),
                                    QStringLiteral("quitAction")})
            QVERIFY2(
                tray.menu()->findChild<QAction*>(name) ||
                    [&] {
                        for (QAction* action : tray.menu()->actions())
                            if (action->objectName() == name)
                                return true;
                        return false;
                    }(),
                qPrintable(name));
        QTest::qWait(300); // let the menu paint before the screenshot
        const QString shot = QDir::current().filePath(QStringLiteral("tst_trayicon-menu.png"));
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        tray.menu()->hide();

        // "Diagnose…" on an endpoint hands its target to the wizard.
        QString diagnosed;
        tray.setDiagnoseHandler([&diagnosed](const QString& target, bool) { diagnosed = target; });
        tray.endpointActions().first()->trigger();
        QCOMPARE(diagnosed, QStringLiteral("http://127.0.0.1:%1/").arg(upPort));
    }

    void notifiesOnceAfterTheChangeHeld() {
        const quint16 port = freePort();
        auto server = std::make_unique<Peer>();
        QVERIFY(server->startListening(QStringLiteral("python3"), httpServer(port),
                                       QStringLiteral("127.0.0.1"), port));
        EndpointStore store(m_settings.filePath(QStringLiteral("notify.ini")));
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("127.0.0.1:%1").arg(port))));
        TrayIcon tray(store, {});
        tray.show();
        QSignalSpy notified(&tray, &TrayIcon::notified);
        QVERIFY(runRound(tray));
        QCOMPARE(tray.model().status(QStringLiteral("api"))->state, QuickState::Up);
        QCOMPARE(notified.size(), 0); // the first state is not news

        server.reset();
        QVERIFY(waitForNotListening(QStringLiteral("127.0.0.1"), port));
        QVERIFY(runRound(tray));
        QCOMPARE(notified.size(), 0); // once could be a blip
        QCOMPARE(tray.model().status(QStringLiteral("api"))->state, QuickState::Up);
        QVERIFY(actionText(tray, QStringLiteral("api")).contains(QLatin1String("last check: down")));
        QVERIFY(runRound(tray));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("api is down"));
        QVERIFY2(notified.first().at(1).toString().startsWith(
                     QLatin1String("Connection refused: nothing listens on")),
                 qPrintable(notified.first().at(1).toString()));
        QCOMPARE(tray.model().worst(), QuickState::Down);

        // Muted: the change back up is shown in the menu but not notified.
        tray.muteFor(1);
        QVERIFY(tray.toolTip().contains(QLatin1String("muted")));
        server = std::make_unique<Peer>();
        QVERIFY(server->startListening(QStringLiteral("python3"), httpServer(port),
                                       QStringLiteral("127.0.0.1"), port));
        QVERIFY(runRound(tray));
        QVERIFY(runRound(tray));
        QCOMPARE(tray.model().status(QStringLiteral("api"))->state, QuickState::Up);
        QCOMPARE(notified.size(), 1);
    }

    void picksUpEndpointsAddedElsewhere() {
        // The wizard's "Keep an eye on this address" and `tray --add` write the file from elsewhere.
        const QString path = m_settings.filePath(QStringLiteral("elsewhere/endpoints.ini"));
        EndpointStore store(path);
        TrayIcon tray(store, {});
        QCOMPARE(tray.endpointActions().size(), 0);
        EndpointStore other(path);
        QVERIFY(other.add(endpoint(QStringLiteral("web"), QStringLiteral("localhost:%1").arg(freePort()))));
        QVERIFY2(QTest::qWaitFor([&] { return tray.endpointActions().size() == 1; }, 5000),
                 "the tray did not notice the new endpoint");
        QVERIFY(actionText(tray, QStringLiteral("web")).startsWith(QLatin1String("web")));
    }

    void editorSavesAndRefusesBadRows() {
        const QString path = m_settings.filePath(QStringLiteral("editor.ini"));
        EndpointStore store(path);
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        ld::ui::EndpointEditor editor(store);
        auto* table = editor.findChild<QTableWidget*>(QStringLiteral("endpointTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        editor.findChild<QPushButton*>(QStringLiteral("addButton"))->click();
        QCOMPARE(table->rowCount(), 2);
        table->item(1, 0)->setText(QStringLiteral("web"));
        table->item(1, 1)->setText(QStringLiteral("http://localhost:5173/"));
        table->item(1, 2)->setText(QStringLiteral("often")); // not a number
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Rejected)); // still open
        QVERIFY2(editor.errorText().contains(QLatin1String("interval")), qPrintable(editor.errorText()));
        QCOMPARE(EndpointStore(path).endpoints().size(), 1);
        table->item(1, 2)->setText(QStringLiteral("15"));
        editor.accept();
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        const EndpointStore saved(path);
        QCOMPARE(saved.endpoints().size(), 2);
        QCOMPARE(saved.endpoints().at(1).target, QStringLiteral("http://localhost:5173/"));
        QCOMPARE(saved.endpoints().at(1).intervalSeconds, 15);
    }

    void iconsDifferByShape() {
        const int size = 64;
        const auto alpha = [size](QuickState state, qreal x, qreal y) {
            const QImage image = TrayIcon::statePixmap(state, size).toImage();
            return qAlpha(image.pixel(int(x * size), int(y * size)));
        };
        // The square fills its corners; the circles and the triangle's top don't.
        QVERIFY(alpha(QuickState::Down, 0.12, 0.12) > 200);
        QCOMPARE(alpha(QuickState::Up, 0.12, 0.12), 0);
        QCOMPARE(alpha(QuickState::Degraded, 0.12, 0.12), 0);
        QVERIFY(alpha(QuickState::Degraded, 0.12, 0.88) > 200); // the triangle's base
        // The unknown ring is hollow, the up disc is filled.
        QCOMPARE(alpha(QuickState::Unknown, 0.22, 0.5), 0);
        QVERIFY(alpha(QuickState::Up, 0.22, 0.5) > 200);
        // And the colours differ too.
        const QImage up = TrayIcon::statePixmap(QuickState::Up, size).toImage();
        const QImage down = TrayIcon::statePixmap(QuickState::Down, size).toImage();
        QVERIFY(QColor(up.pixel(12, 32)).green() > QColor(up.pixel(12, 32)).red());
        QVERIFY(QColor(down.pixel(12, 32)).red() > QColor(down.pixel(12, 32)).green());
    }

    void startAtLoginWritesTheXdgFile() {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toUtf8());
        const QString file = home.path() + QStringLiteral("/config/autostart/localhost-doctor-tray.desktop");
        {
            EndpointStore store(m_settings.filePath(QStringLiteral("autostart.ini")));
            TrayIcon tray(store, {});
            QAction* autostart = nullptr;
            for (QAction* action : tray.menu()->actions())
                if (action->objectName() == QLatin1String("autostartAction"))
                    autostart = action;
            QVERIFY(autostart);
            QVERIFY(autostart->isCheckable());
            QVERIFY(!autostart->isChecked());
            QVERIFY(!QFile::exists(file));
            autostart->trigger();
            QVERIFY(autostart->isChecked());
            QVERIFY(QFile::exists(file));
            QFile desktop(file);
            QVERIFY(desktop.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(desktop.readAll());
            QVERIFY2(text.startsWith(QLatin1String("[Desktop Entry]\n")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("Exec=") + QCoreApplication::applicationFilePath() +
                                   QLatin1String(" tray\n")),
                     qPrintable(text));
            desktop.close();
            autostart->trigger();
            QVERIFY(!autostart->isChecked());
            QVERIFY(!QFile::exists(file));
        }
        qputenv("HOME", oldHome);
        if (oldConfig.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", oldConfig);
    }

    void secondTrayOnlyWakesTheFirst() {
        QTemporaryDir settings;
        const QStringList env{QStringLiteral("LD_SETTINGS_DIR=") + settings.path(),
                              QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("LD_LOG_LEVEL=off")};
        Peer first;
        QVERIFY2(first.start(QStringLiteral(LD_BINARY), {QStringLiteral("tray")}, env),
                 qPrintable(first.errorString()));
        const QString name = ld::app::trayInstanceName(settings.filePath(QStringLiteral("endpoints.ini")));
        QVERIFY2(QTest::qWaitFor(
                     [&name] {
                         QLocalSocket socket;
                         socket.connectToServer(name);
                         return socket.waitForConnected(200);
                     },
                     15000),
                 qPrintable(first.output()));
        const RunResult second = runDoctor({QStringLiteral("tray")}, 10000, {}, env);
        QVERIFY(second.finished);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(first.process().state(), QProcess::Running);
    }

private:
    Peer m_trayer;
    QTemporaryDir m_settings;
};

int main(int argc, char** argv) {
    // The tests' environment says offscreen; a tray needs the real X display when there is one.
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    TestTrayIcon test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trayicon.moc"
