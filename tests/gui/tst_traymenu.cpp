// The tray's menu and its editor, as the user sees them: each row says why an address is not up
// (real peers: a refused port, a missing page, a self-signed TLS server, a trusted certificate
// that expires in 3 days), muting shows a badge on
// the icon, the editor checks addresses with the engine's parser and says what is wrong inline,
// "Watched addresses" is the one name of the menu entry and the window it opens, and the
// wizard's "Keep an eye on this address" adds the address and starts a tray only when none runs.
// With LD_SCREENSHOT_DIR set, the menu (every state, notifications muted) is saved there as
// tray-menu.png for docs/gui.md.

#include "app/traycommand.h"
#include "support/peers.h"
#include "support/tlspeer.h"
#include "ui/doctorwizard.h"
#include "ui/endpointeditor.h"
#include "ui/summarypage.h"
#include "ui/translations.h"
#include "ui/trayicon.h"
#include "wizard/target.h"
#include "wizard/watch/endpointstore.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
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

constexpr int kWaitMs = 30000;

WatchedEndpoint endpoint(const QString& name, const QString& target, bool enabled = true) {
    WatchedEndpoint e;
    e.name = name;
    e.target = target;
    e.enabled = enabled;
    return e;
}

QStringList httpServer(quint16 port) {
    return {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"), QString::number(port)};
}

QAction* row(const TrayIcon& tray, const QString& name) {
    for (QAction* action : tray.endpointActions())
        if (action->data().toString() == name)
            return action;
    return nullptr;
}

QAction* menuAction(QMenu* menu, const QString& objectName) {
    for (QAction* action : menu->actions())
        if (action->objectName() == objectName)
            return action;
    return nullptr;
}

bool runRound(TrayIcon& tray) {
    QSignalSpy finished(&tray, &TrayIcon::roundFinished);
    tray.checkNow();
    return !finished.isEmpty() || finished.wait(kWaitMs);
}

QImage iconImage(const QIcon& icon) {
    return icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
}

// A menu or button text as read: without the mnemonic's "&" and the trailing ellipsis.
QString plain(QString text) {
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

class TestTrayMenu final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ld::platform::System> m_system;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qputenv("LD_SETTINGS_DIR", m_dir.filePath(QStringLiteral("settings")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("qs")));
        m_system = ld::platform::createSystem();
    }

    void editorShowsTheParsersProblemInline() {
        EndpointStore store(m_dir.filePath(QStringLiteral("editor.ini")));
        QVERIFY(store.add(endpoint(QStringLiteral("api"), QStringLiteral("localhost:3000"))));
        ld::ui::EndpointEditor editor(store);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* table = editor.findChild<QTableWidget*>(QStringLiteral("endpointTable"));
        auto* error = editor.findChild<QLabel*>(QStringLiteral("errorLabel"));
        auto* buttons = editor.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
        QVERIFY(table && error && buttons);
        QPushButton* save = buttons->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QVERIFY(!error->isVisible());

        // Out of range: said under the table, naming the row and the port; Save refused.
        table->item(0, 1)->setText(QStringLiteral("localhost:999999"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("999999")) &&
                     error->text().startsWith(QLatin1String("api")),
                 qPrintable(error->text()));
        QVERIFY(!save->isEnabled());
        QVERIFY2(table->item(0, 1)->toolTip().contains(QLatin1String("999999")),
                 qPrintable(table->item(0, 1)->toolTip()));
        editor.accept();
        QVERIFY(editor.isVisible());
        QCOMPARE(EndpointStore(store.path()).endpoints().first().target, QStringLiteral("localhost:3000"));

        // What the parser itself refuses is said in its words.
        table->item(0, 1)->setText(QStringLiteral("ftp://localhost:21/"));
        const ld::wizard::TargetParse parsed =
            ld::wizard::TargetParser::parse(QStringLiteral("ftp://localhost:21/"));
        QVERIFY(!parsed.target);
        QTRY_VERIFY2(error->text().contains(parsed.error), qPrintable(error->text()));
        QVERIFY(!save->isEnabled());

        // A good address clears it, and Save works.
        table->item(0, 1)->setText(QStringLiteral("localhost:5173"));
        QTRY_VERIFY(!error->isVisible());
        QVERIFY(save->isEnabled());
        QVERIFY(table->item(0, 1)->toolTip().isEmpty());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(EndpointStore(store.path()).endpoints().first().target, QStringLiteral("localhost:5173"));
    }

    void mutedShowsOnTheIcon() {
        EndpointStore store(m_dir.filePath(QStringLiteral("mute.ini")));
        QVERIFY(store.add(endpoint(QStringLiteral("web"), QStringLiteral("127.0.0.1:%1").arg(freePort()))));
        TrayIcon tray(store, {});
        const QImage loud = iconImage(tray.systemTrayIcon()->icon());
        QVERIFY(!loud.isNull());
        tray.muteFor(1);
        const QImage muted = iconImage(tray.systemTrayIcon()->icon());
        QVERIFY2(muted != loud, "muting left the tray icon as it was");
        // The badge sits in the bottom-right corner; the top-left quarter is the state's own shape.
        QCOMPARE(muted.copy(0, 0, 14, 14), loud.copy(0, 0, 14, 14));
        int changed = 0;
        for (int y = 18; y < 32; ++y)
            for (int x = 18; x < 32; ++x)
                changed += muted.pixel(x, y) != loud.pixel(x, y);
        QVERIFY2(changed > 40, qPrintable(QString::number(changed)));
        // The menu's first row carries the same icon, and the menu says until when.
        QCOMPARE(iconImage(menuAction(tray.menu(), QStringLiteral("headerAction"))->icon()), muted);
        QVERIFY(menuAction(tray.menu(), QStringLiteral("muteStatusAction"))->isVisible());
        tray.unmute();
        QCOMPARE(iconImage(tray.systemTrayIcon()->icon()), loud);
        QVERIFY(!menuAction(tray.menu(), QStringLiteral("muteStatusAction"))->isVisible());
    }

    void eachRowSaysWhy() {
        if (!haveProgram(QStringLiteral("python3")) || !haveProgram(QStringLiteral("openssl")))
            QSKIP("needs python3 (http.server) and openssl (s_server) as peers");
        const quint16 webPort = freePort();
        const quint16 tlsPort = freePort();
        const quint16 refusedPort = freePort();
        Peer web;
        QVERIFY2(web.startListening(QStringLiteral("python3"), httpServer(webPort),
                                    QStringLiteral("127.0.0.1"), webPort),
                 qPrintable(web.errorString()));
        const SelfSigned cert =
            makeSelfSigned(m_dir.path(), QStringLiteral("tray"), QStringLiteral("localhost"), 30);
        QVERIFY(!cert.cert.isEmpty());
        Peer tls;
        QVERIFY2(startTlsServer(tls, tlsPort, cert, {QStringLiteral("-www")}), qPrintable(tls.errorString()));
        // A certificate this process trusts (as if a local CA had issued it) that runs out in 3 days.
        const quint16 renewPort = freePort();
        const SelfSigned soon =
            makeSelfSigned(m_dir.path(), QStringLiteral("soon"), QStringLiteral("localhost"), 3);
        QVERIFY(!soon.cert.isEmpty());
        const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = before;
        trusting.addCaCertificates(QSslCertificate::fromPath(soon.cert));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([before] { QSslConfiguration::setDefaultConfiguration(before); });
        Peer renew;
        QVERIFY2(startTlsServer(renew, renewPort, soon, {QStringLiteral("-www")}),
                 qPrintable(renew.errorString()));

        EndpointStore store(m_dir.filePath(QStringLiteral("why.ini")));
        QVERIFY(store.replaceAll(
            {endpoint(QStringLiteral("web"), QStringLiteral("http://127.0.0.1:%1/").arg(webPort)),
             endpoint(QStringLiteral("docs"),
                      QStringLiteral("http://127.0.0.1:%1/no-such-page").arg(webPort)),
             endpoint(QStringLiteral("secure"), QStringLiteral("https://localhost:%1/").arg(tlsPort)),
             endpoint(QStringLiteral("renew"), QStringLiteral("https://localhost:%1/").arg(renewPort)),
             endpoint(QStringLiteral("api"), QStringLiteral("127.0.0.1:%1").arg(refusedPort)),
             endpoint(QStringLiteral("old"), QStringLiteral("127.0.0.1:%1").arg(refusedPort), false)}));
        ld::wizard::QuickCheckOptions options;
        options.timeout = std::chrono::milliseconds(5000);
        options.slow = std::chrono::milliseconds(5000);
        TrayIcon tray(store, options);
        QVERIFY(runRound(tray));
        QTRY_VERIFY(tray.model().status(QStringLiteral("api"))->state != QuickState::Unknown);

        const auto text = [&tray](const QString& name) { return row(tray, name)->text(); };
        const auto title = [&tray](const QString& name) { return tray.model().status(name)->decided.title; };
        QCOMPARE(tray.model().status(QStringLiteral("web"))->state, QuickState::Up);
        QVERIFY2(text(QStringLiteral("web")).startsWith(QLatin1String("web: Up since")) &&
                     !text(QStringLiteral("web")).contains(QLatin1Char('(')),
                 qPrintable(text(QStringLiteral("web"))));

        // Down: the short cause in the row itself.
        QCOMPARE(tray.model().status(QStringLiteral("api"))->state, QuickState::Down);
        QVERIFY2(text(QStringLiteral("api")).startsWith(QLatin1String("api: Down since")) &&
                     text(QStringLiteral("api")).contains(QLatin1String("Connection refused")),
                 qPrintable(text(QStringLiteral("api"))));
        // Degraded: a page the server doesn't have, a certificate browsers refuse.
        QCOMPARE(tray.model().status(QStringLiteral("docs"))->state, QuickState::Degraded);
        // The address is the row's name already: the reason starts after it, and the row stays
        // narrow (the tooltip has the whole title).
        QVERIFY2(text(QStringLiteral("docs")).contains(QLatin1String("Degraded since")) &&
                     text(QStringLiteral("docs")).contains(QLatin1String("404")) &&
                     !text(QStringLiteral("docs")).contains(QLatin1String("no-such-page")),
                 qPrintable(text(QStringLiteral("docs"))));
        QVERIFY(row(tray, QStringLiteral("docs"))->toolTip().contains(title(QStringLiteral("docs"))));
        const QFontMetrics metrics = tray.menu()->fontMetrics();
        for (QAction* action : tray.endpointActions())
            QVERIFY2(metrics.horizontalAdvance(action->text().section(QStringLiteral(" ("), 1)) <=
                         62 * metrics.averageCharWidth(),
                     qPrintable(action->text()));
        QCOMPARE(tray.model().status(QStringLiteral("secure"))->state, QuickState::Degraded);
        QVERIFY2(text(QStringLiteral("secure")).contains(QLatin1String("self-signed")),
                 qPrintable(text(QStringLiteral("secure"))));
        QVERIFY(row(tray, QStringLiteral("secure"))->toolTip().contains(title(QStringLiteral("secure"))));
        // Trusted, but not for long: "expires in 3 days" in the row (English plurals come from the
        // plurals-only English translation main() installs, as the app does: the source says "day(s)").
        QCOMPARE(tray.model().status(QStringLiteral("renew"))->state, QuickState::Degraded);
        QCOMPARE(tray.model().status(QStringLiteral("renew"))->decided.finding,
                 QStringLiteral("protocol.tls_expiring"));
        QVERIFY2(text(QStringLiteral("renew")).contains(QLatin1String("certificate expires in 3 days.")),
                 qPrintable(text(QStringLiteral("renew"))));
        QVERIFY2(!text(QStringLiteral("secure")).contains(QLatin1String("expires")),
                 qPrintable(text(QStringLiteral("secure")))); // 30 days: nothing to say yet
        // Paused: said so, no stale reason, and counted as paused in the first row.
        QCOMPARE(text(QStringLiteral("old")), QStringLiteral("old: paused"));
        const QString header = menuAction(tray.menu(), QStringLiteral("headerAction"))->text();
        QVERIFY2(header.contains(QLatin1String("1 paused")) && !header.contains(QLatin1String("not checked")),
                 qPrintable(header));
        // The tooltip has the address and the reason too.
        QVERIFY(row(tray, QStringLiteral("api"))->toolTip().contains(QString::number(refusedPort)));
        QVERIFY(row(tray, QStringLiteral("api"))->toolTip().contains(title(QStringLiteral("api"))));

        if (const QString shots = qEnvironmentVariable("LD_SCREENSHOT_DIR"); !shots.isEmpty()) {
            tray.muteFor(4);
            tray.menu()->popup(QGuiApplication::primaryScreen()->availableGeometry().topLeft() +
                               QPoint(40, 40));
            QVERIFY(QTest::qWaitForWindowExposed(tray.menu()));
            QTest::qWait(300); // let it paint before the grab
            QVERIFY(QDir().mkpath(shots));
            const QString file = QDir(shots).filePath(QStringLiteral("tray-menu.png"));
            QVERIFY(tray.menu()->grab().save(file));
            qInfo("screenshot: %s", qPrintable(file));
            QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().contains(tray.menu()->geometry()));
            tray.menu()->hide();
        }
    }

    void oneNameForTheWatchedAddresses() {
        EndpointStore store(m_dir.filePath(QStringLiteral("names.ini")));
        TrayIcon tray(store, {});
        QAction* edit = menuAction(tray.menu(), QStringLiteral("editEndpointsAction"));
        QVERIFY(edit);
        edit->trigger();
        ld::ui::EndpointEditor* editor = nullptr;
        QTRY_VERIFY([&] {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* found = qobject_cast<ld::ui::EndpointEditor*>(widget); found && found->isVisible())
                    editor = found;
            return editor != nullptr;
        }());
        QCOMPARE(plain(edit->text()), editor->windowTitle());
        QCOMPARE(editor->findChild<QTableWidget*>(QStringLiteral("endpointTable"))->accessibleName(),
                 editor->windowTitle());
        QVERIFY2(tray.menu()->accessibleName().endsWith(editor->windowTitle().toLower()),
                 qPrintable(tray.menu()->accessibleName()));
        // No other word for them in what the user reads: menu, tooltips, the editor's texts.
        QStringList texts;
        for (QAction* action : tray.menu()->actions())
            texts << action->text() << action->toolTip();
        for (QAbstractButton* button : editor->findChildren<QAbstractButton*>())
            texts << button->text() << button->toolTip();
        for (QLabel* label : editor->findChildren<QLabel*>())
            texts << label->text();
        auto* table = editor->findChild<QTableWidget*>(QStringLiteral("endpointTable"));
        for (int column = 0; column < table->columnCount(); ++column)
            texts << table->horizontalHeaderItem(column)->text();
        for (const QString& shown : std::as_const(texts))
            QVERIFY2(!shown.contains(QLatin1String("endpoint"), Qt::CaseInsensitive), qPrintable(shown));
        editor->close();
    }

    void keepAnEyeAddsTheAddressAndStartsTheTray() {
        if (!haveProgram(QStringLiteral("python3")))
            QSKIP("needs python3 for its http.server peer");
        const quint16 port = freePort();
        Peer web;
        QVERIFY(web.startListening(QStringLiteral("python3"), httpServer(port), QStringLiteral("127.0.0.1"),
                                   port));
        const QString settings = EndpointStore::defaultPath();
        QVERIFY2(settings.startsWith(m_dir.path()), qPrintable(settings));

        // The wizard's launcher as the app wires it, with the spawn recorded instead of run.
        QList<QStringList> spawned;
        ld::ui::DoctorWizard wizard(*m_system);
        wizard.setTimeout(std::chrono::milliseconds(1500));
        wizard.setTrayLauncher([&spawned, settings] {
            return ld::app::ensureTrayRunning(
                settings, QStringLiteral("/opt/ld/localhost-doctor"),
                [&spawned](const QString& program, const QStringList& arguments) {
                    spawned << (QStringList{program} + arguments);
                    return true;
                });
        });
        wizard.setInput(QStringLiteral("127.0.0.1:%1").arg(port), ld::ui::Problem::CantOpen);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.diagnosisRunning() && wizard.currentId() != ld::ui::Page_Progress,
                                 kWaitMs);
        wizard.goToPage(ld::ui::Page_Summary);
        auto* summary = qobject_cast<ld::ui::SummaryPage*>(wizard.currentPage());
        QVERIFY(summary);
        auto* watch = summary->findChild<QPushButton*>(QStringLiteral("watchButton"));
        QVERIFY(watch && watch->isVisible());
        QTest::mouseClick(watch, Qt::LeftButton);

        const auto watched = EndpointStore(settings).find(QStringLiteral("127.0.0.1:%1").arg(port));
        QVERIFY(watched);
        QCOMPARE(watched->target, QStringLiteral("http://127.0.0.1:%1/").arg(port));
        QCOMPARE(spawned.size(), 1);
        QCOMPARE(spawned.first(),
                 (QStringList{QStringLiteral("/opt/ld/localhost-doctor"), QStringLiteral("tray")}));
        auto* message = summary->findChild<QLabel*>(QStringLiteral("summaryMessageLabel"));
        QVERIFY2(message->text().startsWith(QLatin1String("Watching")), qPrintable(message->text()));

        // A tray already answers for this settings file: it is told to reload, no second one starts.
        QLocalServer running;
        QVERIFY(running.listen(ld::app::trayInstanceName(settings)));
        QByteArray told;
        connect(&running, &QLocalServer::newConnection, this, [&running, &told] {
            while (QLocalSocket* socket = running.nextPendingConnection())
                connect(socket, &QLocalSocket::readyRead, socket,
                        [socket, &told] { told += socket->readAll(); });
        });
        QTest::mouseClick(watch, Qt::LeftButton);
        QCOMPARE(spawned.size(), 1);
        QTRY_COMPARE(told, QByteArray("reload\n"));
        QVERIFY2(message->text().startsWith(QLatin1String("Watching")), qPrintable(message->text()));
    }
};

int main(int argc, char** argv) {
    // Screenshots need the real X display (and its window manager) when there is one.
    if (!qEnvironmentVariableIsEmpty("LD_SCREENSHOT_DIR") && !qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    ld::ui::installTranslator(QStringLiteral("en"));
    TestTrayMenu test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_traymenu.moc"
