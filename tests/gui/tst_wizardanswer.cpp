// The wizard lands on the answer: one run behind a progress view, then the verdict's step; the
// step list beside the pages; the summary's recommended action as the default button and what a
// re-check says after it; focus on start; a tray row opening the failing step. Real widgets
// against real peers on loopback.

#include "gui/monospace.h"
#include "support/peers.h"
#include "ui/doctorwizard.h"
#include "ui/findingview.h"
#include "ui/messagebox.h"
#include "ui/statusbadge.h"
#include "ui/steplist.h"
#include "ui/steppage.h"
#include "ui/summarypage.h"
#include "ui/trayicon.h"
#include "wizard/watch/endpointstore.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ld::ui;
using ld::test::Peer;

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");
constexpr int kWaitMs = 30000;

QStringList httpServer(quint16 port) {
    return {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(port),
            QStringLiteral("--bind"), kLoopback};
}

// A port p with "p9" out of range: the typo the port step repairs.
quint16 typoablePort() {
    for (int attempt = 0; attempt < 50; ++attempt)
        if (const quint16 port = ld::test::freePort(); port >= 6554)
            return port;
    return 0;
}

} // namespace

class TestWizardAnswer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ld::platform::System> m_system;
    std::unique_ptr<DoctorWizard> m_wizard;
    QTemporaryDir m_dir;

    DoctorWizard& open(Problem problem, const QString& address) {
        m_wizard = std::make_unique<DoctorWizard>(*m_system);
        m_wizard->setTimeout(std::chrono::milliseconds(1500));
        m_wizard->setInput(address, problem);
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get()))
            qWarning("wizard not exposed");
        QApplication::setActiveWindow(m_wizard.get());
        return *m_wizard;
    }

    void next() {
        auto* button = m_wizard->findChild<QPushButton*>(QStringLiteral("nextButton"));
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled() && button->isVisible(), kWaitMs);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Waits for the run to finish and the wizard to leave the progress view.
    void waitForLanding() {
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning() && m_wizard->currentId() != Page_Progress,
                                 kWaitMs);
    }

    SummaryPage* openSummary() {
        auto* list = m_wizard->findChild<QListWidget*>(QStringLiteral("stepNavigator"));
        if (!list)
            return nullptr;
        QListWidgetItem* last = list->item(list->count() - 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(last).center());
        return qobject_cast<SummaryPage*>(m_wizard->currentPage());
    }

    static QPushButton* defaultButton(QWidget* window) {
        QPushButton* found = nullptr;
        for (QPushButton* button : window->findChildren<QPushButton*>())
            if (button->isDefault() && button->isVisible()) {
                if (found)
                    qWarning("two default buttons: %s and %s", qPrintable(found->text()),
                             qPrintable(button->text()));
                found = button;
            }
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_system = ld::platform::createSystem();
    }

    void cleanup() { m_wizard.reset(); }

    void focusStartsInTheAddressField() {
        open(Problem::CantOpen, QString());
        auto* edit = m_wizard->findChild<QLineEdit*>(QStringLiteral("addressEdit"));
        QVERIFY(edit);
        QTRY_VERIFY(edit->hasFocus());
        // Typing at once goes into the address.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5173"));
        QCOMPARE(edit->text(), QStringLiteral("5173"));
    }

    void landsOnTheVerdictStepBehindOneProgressView() {
        const quint16 port = ld::test::freePort(); // nothing listens there
        open(Problem::CantOpen, QStringLiteral("127.0.0.1:%1").arg(port));
        next();
        // One view while every step runs: a row per planned step.
        QCOMPARE(m_wizard->currentId(), int(Page_Progress));
        auto* rows = m_wizard->currentPage()->findChild<QTreeWidget*>(QStringLiteral("progressSteps"));
        QVERIFY(rows);
        QCOMPARE(rows->topLevelItemCount(), m_wizard->plannedSteps().size());
        waitForLanding();
        const QString verdictStep = m_wizard->report()->verdict.step;
        QCOMPARE(m_wizard->report()->verdict.finding, QStringLiteral("server.not_listening"));
        QCOMPARE(m_wizard->currentId(), DoctorWizard::pageForStep(verdictStep));
        auto* page = qobject_cast<StepPage*>(m_wizard->currentPage());
        QVERIFY(page);
        QCOMPARE(page->badge()->status(), Status::Fail);

        // The step list: a row per planned step with a page, then the summary; "Step N of M".
        auto* side = m_wizard->findChild<StepList*>();
        QVERIFY(side && side->isVisible());
        const QList<int> pages = m_wizard->resultPages();
        QCOMPARE(side->list()->count(), pages.size());
        const int index = int(pages.indexOf(m_wizard->currentId()));
        QCOMPARE(side->positionText(), QStringLiteral("Step %1 of %2").arg(index + 1).arg(pages.size() - 1));
        QCOMPARE(side->list()->currentRow(), index);
        QVERIFY(!side->list()->item(index)->icon().isNull());

        // Passed steps are one click away: the port step, then back to the answer with Next.
        QListWidget* list = side->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QCOMPARE(m_wizard->currentId(), pages.first());
        QCOMPARE(side->positionText(), QStringLiteral("Step 1 of %1").arg(pages.size() - 1));
        for (int guard = 0; guard < 10 && m_wizard->currentId() != pages.at(index); ++guard)
            next();
        QCOMPARE(m_wizard->currentId(), pages.at(index));
        // Back follows the step order too, and the summary's rows open their pages.
        SummaryPage* summary = openSummary();
        QVERIFY(summary);
        // The last page: Finish, not Next.
        QVERIFY(m_wizard->findChild<QPushButton*>(QStringLiteral("finishButton"))->isVisible());
        QVERIFY(!m_wizard->findChild<QPushButton*>(QStringLiteral("nextButton"))->isVisible());
        auto* steps = summary->findChild<QTreeWidget*>(QStringLiteral("stepList"));
        QTreeWidgetItem* server = nullptr;
        for (int row = 0; row < steps->topLevelItemCount(); ++row)
            if (steps->topLevelItem(row)->data(0, Qt::UserRole).toString() == QLatin1String("server"))
                server = steps->topLevelItem(row);
        QVERIFY(server);
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualItemRect(server).center());
        QCOMPARE(m_wizard->currentId(), DoctorWizard::pageForStep(QStringLiteral("server")));
        QTest::mouseClick(m_wizard->findChild<QPushButton*>(QStringLiteral("backButton")), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(),
                 pages.at(pages.indexOf(DoctorWizard::pageForStep(QStringLiteral("server"))) - 1));
    }

    void portTypoSummaryOffersTheCorrectedAddress() {
        const quint16 port = typoablePort();
        QVERIFY(port);
        Peer peer;
        QVERIFY2(peer.startListening(QStringLiteral("python3"), httpServer(port), kLoopback, port),
                 qPrintable(peer.errorString()));
        const QString typed = QStringLiteral("127.0.0.1:%1").arg(port) + QLatin1Char('9');
        open(Problem::CantOpen, typed);
        next();
        waitForLanding();
        QCOMPARE(m_wizard->report()->verdict.finding, QStringLiteral("port.out_of_range"));
        QCOMPARE(m_wizard->currentId(), DoctorWizard::pageForStep(QStringLiteral("port")));
        // On the step page, Enter takes the repair, not Next.
        QPushButton* pageDefault = nullptr;
        QTRY_VERIFY((pageDefault = defaultButton(m_wizard.get())) != nullptr &&
                    pageDefault->property("fixId").toString() == QLatin1String("fix.use_port"));

        SummaryPage* summary = openSummary();
        QVERIFY(summary);
        auto* action = summary->findChild<QPushButton*>(QStringLiteral("recommendedActionButton"));
        QVERIFY(action);
        QTRY_VERIFY(action->isVisible() && defaultButton(m_wizard.get()) == action);
        QVERIFY2(action->text() == QStringLiteral("Use port %1 (something listens there now)").arg(port),
                 qPrintable(action->text()));
        QVERIFY(!summary->findChild<QLabel*>(QStringLiteral("verdictLabel"))->text().isEmpty());
        // Enter: the repaired address is checked, and the summary says it is fixed.
        QTest::keyClick(m_wizard.get(), Qt::Key_Return);
        QCOMPARE(m_wizard->target().port.value_or(0), int(port));
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        QCOMPARE(m_wizard->currentPage(), summary);
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
        auto* outcome = summary->findChild<QLabel*>(QStringLiteral("outcomeLabel"));
        QTRY_VERIFY2(outcome->isVisible() && outcome->text() == QStringLiteral("Fixed: %1 answers.").arg(url),
                     qPrintable(outcome->text()));
        QVERIFY2(summary->findChild<QLabel*>(QStringLiteral("nextActionLabel"))->text().contains(typed),
                 qPrintable(summary->findChild<QLabel*>(QStringLiteral("nextActionLabel"))->text()));
        auto* address = summary->findChild<QLineEdit*>(QStringLiteral("correctedAddress"));
        QVERIFY(address->isVisible());
        QCOMPARE(address->text(), url);
        QVERIFY(ld::test::drawsMonospace(address->font()));
        QVERIFY(summary->findChild<QPushButton*>(QStringLiteral("openInBrowserButton"))->isVisible());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(summary->findChild<QPushButton*>(QStringLiteral("copyAddressButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
        QVERIFY(!action->isVisible()); // nothing left to fix

        // The server goes away; Check again: still broken, said so.
        peer.process().kill();
        QVERIFY(peer.process().waitForFinished(5000));
        QVERIFY(ld::test::waitForNotListening(kLoopback, port, 5000));
        QTest::mouseClick(summary->findChild<QPushButton*>(QStringLiteral("checkAgainButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        QTRY_VERIFY2(outcome->text().startsWith(QStringLiteral("Still broken: ")),
                     qPrintable(outcome->text()));
    }

    void httpsOnHttpSummaryOffersHttps() {
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("needs openssl to make a certificate and run s_server");
        const QString key = m_dir.filePath(QStringLiteral("tls.key"));
        const QString cert = m_dir.filePath(QStringLiteral("tls.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(peer.startListening(QStringLiteral("openssl"),
                                     {QStringLiteral("s_server"), QStringLiteral("-accept"),
                                      QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"), cert,
                                      QStringLiteral("-key"), key, QStringLiteral("-www")},
                                     kLoopback, port),
                 qPrintable(peer.errorString()));
        open(Problem::CantOpen, QStringLiteral("http://127.0.0.1:%1/").arg(port));
        next();
        waitForLanding();
        QCOMPARE(m_wizard->report()->verdict.finding, QStringLiteral("protocol.tls_expected"));
        QCOMPARE(m_wizard->currentId(), DoctorWizard::pageForStep(QStringLiteral("protocol")));
        SummaryPage* summary = openSummary();
        QVERIFY(summary);
        auto* action = summary->findChild<QPushButton*>(QStringLiteral("recommendedActionButton"));
        QTRY_VERIFY(action->isVisible() && defaultButton(m_wizard.get()) == action);
        QVERIFY2(action->text().startsWith(QStringLiteral("Use https://127.0.0.1:%1").arg(port)),
                 qPrintable(action->text()));
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(m_wizard->target().scheme, QStringLiteral("https"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        // Over TLS now: the self-signed certificate is what is left, and the summary says so.
        auto* outcome = summary->findChild<QLabel*>(QStringLiteral("outcomeLabel"));
        QTRY_VERIFY2(outcome->isVisible() && outcome->text().startsWith(QStringLiteral("Still broken: ")),
                     qPrintable(outcome->text()));
        QCOMPARE(m_wizard->report()->verdict.finding, QStringLiteral("protocol.tls_untrusted"));
    }

    void portInUseSummaryOffersToStopTheHolder() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(peer.startListening(QStringLiteral("python3"), httpServer(port), kLoopback, port),
                 qPrintable(peer.errorString()));
        open(Problem::PortInUse, QString::number(port));
        next();
        waitForLanding();
        QCOMPARE(m_wizard->report()->verdict.finding, QStringLiteral("conflict.port_in_use"));
        QCOMPARE(m_wizard->currentId(), DoctorWizard::pageForStep(QStringLiteral("conflict")));
        SummaryPage* summary = openSummary();
        QVERIFY(summary);
        auto* action = summary->findChild<QPushButton*>(QStringLiteral("recommendedActionButton"));
        QTRY_VERIFY(action->isVisible() && defaultButton(m_wizard.get()) == action);
        QCOMPARE(action->property("fixId").toString(), QStringLiteral("fix.stop_process"));
        QVERIFY2(action->text().startsWith(QStringLiteral("Stop python")) &&
                     action->text().endsWith(QStringLiteral("…")),
                 qPrintable(action->text()));
        // Asks first, naming the process; "Cancel" stops nothing.
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(MessageBox::Reject);
        QTest::keyClick(m_wizard.get(), Qt::Key_Return);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(QString::number(peer.pid())));
        QCOMPARE(peer.process().state(), QProcess::Running);
        // Accepted: stopped, checked again, and the summary says the port is free now.
        MessageBox::setNextAnswer(MessageBox::Accept);
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(peer.process().state(), QProcess::NotRunning, kWaitMs);
        auto* outcome = summary->findChild<QLabel*>(QStringLiteral("outcomeLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(!m_wizard->diagnosisRunning() && outcome->isVisible() &&
                                      outcome->text().startsWith(QStringLiteral("Fixed: ")),
                                  qPrintable(outcome->text()), kWaitMs);
        QVERIFY2(outcome->text().contains(QString::number(port)), qPrintable(outcome->text()));
    }

    void trayRowOpensTheFailingStep() {
        const QString store = m_dir.filePath(QStringLiteral("endpoints.ini"));
        ld::wizard::EndpointStore endpoints(store);
        ld::wizard::WatchedEndpoint endpoint;
        endpoint.name = QStringLiteral("api");
        endpoint.target = QStringLiteral("127.0.0.1:%1").arg(ld::test::freePort()); // down
        QVERIFY(endpoints.add(endpoint));
        TrayIcon tray(endpoints, {});
        QPointer<DoctorWizard> opened;
        tray.setDiagnoseHandler([this, &opened](const QString& target, bool mcp) {
            opened = DoctorWizard::openOn(*m_system, target, mcp);
            opened->setTimeout(std::chrono::milliseconds(1500));
        });
        QVERIFY(!tray.endpointActions().isEmpty());
        tray.endpointActions().first()->trigger();
        QVERIFY(opened);
        QTRY_VERIFY_WITH_TIMEOUT(opened->diagnosisDone() && opened->currentId() != Page_Progress &&
                                     opened->currentId() != Page_Start,
                                 kWaitMs);
        QCOMPARE(opened->currentId(), DoctorWizard::pageForStep(opened->report()->verdict.step));
        QCOMPARE(opened->report()->verdict.step, QStringLiteral("server"));
        opened->close();
        QTRY_VERIFY(!opened);
    }
};

QTEST_MAIN(TestWizardAnswer)
#include "tst_wizardanswer.moc"
