// The wizard's real widgets against real peers on loopback, driven by object name the way a
// person would: type an address, go on, read each page, click a fix and see its effect.

#include "support/peers.h"
#include "ui/doctorwizard.h"
#include "ui/evidenceview.h"
#include "ui/findingview.h"
#include "ui/messagebox.h"
#include "ui/screenshots.h"
#include "ui/statusbadge.h"
#include "ui/steppage.h"
#include "ui/summarypage.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>

#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <sys/stat.h>

using namespace ld::ui;
using ld::test::Peer;

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");
constexpr int kWaitMs = 30000;

quint16 highFreePort() {
    // A port p with p followed by 9 out of range (p >= 6554) and clear of tiny ports.
    for (int attempt = 0; attempt < 50; ++attempt)
        if (const quint16 port = ld::test::freePort(); port >= 10000)
            return port;
    return 0;
}

template <typename T> T* child(QWidget* parent, const QString& name) {
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

} // namespace

class TestDoctorWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ld::platform::System> m_system;
    std::unique_ptr<DoctorWizard> m_wizard;
    QTemporaryDir m_dir;

    DoctorWizard& open(Problem problem = Problem::CantOpen) {
        m_wizard = std::make_unique<DoctorWizard>(*m_system);
        m_wizard->setTimeout(std::chrono::milliseconds(1500));
        m_wizard->show();
        if (!QTest::qWaitForWindowExposed(m_wizard.get()))
            qWarning("wizard not exposed");
        QRadioButton* choice = child<QRadioButton>(
            m_wizard.get(), problem == Problem::PortInUse ? QStringLiteral("problemPortInUse")
                            : problem == Problem::Mcp     ? QStringLiteral("problemMcp")
                                                          : QStringLiteral("problemCantOpen"));
        // Click the round indicator itself: a radio button only takes clicks on its indicator and text.
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
        if (!choice->isChecked())
            qWarning("the choice was not taken");
        return *m_wizard;
    }

    void type(const QString& address) {
        auto* edit = child<QLineEdit>(m_wizard.get(), QStringLiteral("addressEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, address);
        QCOMPARE(edit->text(), address);
    }

    QString validation() const {
        return m_wizard->findChild<QLabel*>(QStringLiteral("validationLabel"))->accessibleName();
    }

    void clickNext() {
        auto* next = child<QPushButton>(m_wizard.get(), QStringLiteral("nextButton"));
        QVERIFY(next);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && next->isVisible(), kWaitMs);
        QTest::mouseClick(next, Qt::LeftButton);
    }

    // One run, then the answer: waits for the wizard to leave the progress view, then opens the
    // page with a click on its row in the step list beside the pages.
    QWidget* openFromStepList(int pageId) {
        if (!QTest::qWaitFor([this] { return m_wizard->currentId() != Page_Progress; }, kWaitMs)) {
            qWarning("the wizard stayed on the progress view");
            return nullptr;
        }
        if (m_wizard->currentId() != pageId) {
            auto* list = child<QListWidget>(m_wizard.get(), QStringLiteral("stepNavigator"));
            for (int row = 0; list && row < list->count(); ++row)
                if (list->item(row)->data(Qt::UserRole).toInt() == pageId) {
                    list->scrollToItem(list->item(row));
                    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                      list->visualItemRect(list->item(row)).center());
                }
        }
        if (m_wizard->currentId() != pageId)
            qWarning("the step list did not open page %d", pageId);
        return m_wizard->currentId() == pageId ? m_wizard->currentPage() : nullptr;
    }

    StepPage* goTo(const QString& stepId) {
        return qobject_cast<StepPage*>(openFromStepList(DoctorWizard::pageForStep(stepId)));
    }

    SummaryPage* goToSummary() { return qobject_cast<SummaryPage*>(openFromStepList(Page_Summary)); }

    static bool showsResult(StepPage* page) {
        return !page->property("busy").toBool() && page->badge()->status() != Status::Checking;
    }

    static QPushButton* fixButton(StepPage* page, const QString& fixId, int port = -1) {
        for (QPushButton* button : page->findChildren<QPushButton*>(fixId)) {
            if (port < 0 ||
                button->property("fixParams").toMap().value(QStringLiteral("port")).toInt() == port)
                return button;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Keep the remembered window size away from the user's own settings.
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_system = ld::platform::createSystem();
    }

    void cleanup() { m_wizard.reset(); }

    void startPageExplainsABadPortAsItIsTyped() {
        open();
        type(QStringLiteral("localhost:619009"));
        QVERIFY2(validation().contains(QStringLiteral("619009")) &&
                     validation().contains(QStringLiteral("65535")),
                 qPrintable(validation()));
        QVERIFY2(validation().contains(QStringLiteral("61900")), qPrintable(validation()));
        // Explained, yet the user may go on: the port step offers the repair.
        QVERIFY(m_wizard->currentPage()->isComplete());

        type(QStringLiteral("[::1:8080"));
        QVERIFY2(!validation().isEmpty() && !validation().contains(QStringLiteral("Will check")),
                 qPrintable(validation()));
        QVERIFY(!m_wizard->currentPage()->isComplete());
        QVERIFY(!child<QPushButton>(m_wizard.get(), QStringLiteral("nextButton"))->isEnabled());

        type(QStringLiteral("localhost:3000"));
        QVERIFY2(validation().contains(QStringLiteral("http://localhost:3000/")), qPrintable(validation()));
        QVERIFY(m_wizard->currentPage()->isComplete());
    }

    void healthyServer() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(peer.startListening(QStringLiteral("python3"),
                                     {QStringLiteral("-m"), QStringLiteral("http.server"),
                                      QString::number(port), QStringLiteral("--bind"), kLoopback},
                                     kLoopback, port),
                 qPrintable(peer.errorString()));
        open();
        type(QStringLiteral("127.0.0.1:%1").arg(port));
        clickNext();

        StepPage* portPage = goTo(QStringLiteral("port"));
        QVERIFY(portPage);
        QTRY_VERIFY_WITH_TIMEOUT(showsResult(portPage), kWaitMs);
        // port.ok, or only good-to-know notes (freePort() may hand out a port in the ephemeral range).
        QCOMPARE(portPage->badge()->status(), Status::Pass);
        QVERIFY(!portPage->shownFindingIds().isEmpty());

        StepPage* server = goTo(QStringLiteral("server"));
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(showsResult(server), kWaitMs);
        QCOMPARE(server->badge()->status(), Status::Pass);
        QCOMPARE(server->badge()->text(), QStringLiteral("Passed"));
        QVERIFY(server->shownFindingIds().contains(QStringLiteral("server.listening")));
        QVERIFY2(
            child<QLabel>(server, QStringLiteral("headlineLabel"))->text().contains(QStringLiteral("python")),
            qPrintable(child<QLabel>(server, QStringLiteral("headlineLabel"))->text()));
        // Show details: the evidence names the process and its command line.
        auto* details = child<QPushButton>(server, QStringLiteral("detailsButton"));
        auto* evidence = child<EvidenceView>(server, QStringLiteral("evidenceView"));
        QVERIFY(!evidence->isVisible());
        QTest::mouseClick(details, Qt::LeftButton);
        QVERIFY(evidence->isVisible());
        QVERIFY2(evidence->toPlainText().contains(QStringLiteral("http.server")),
                 qPrintable(evidence->toPlainText()));
        QVERIFY(evidence->toPlainText().contains(QString::number(peer.pid())));

        if (StepPage* protocol = goTo(QStringLiteral("protocol"))) {
            QTRY_VERIFY_WITH_TIMEOUT(showsResult(protocol), kWaitMs);
            QVERIFY(protocol->shownFindingIds().contains(QStringLiteral("protocol.http_ok")));
        }

        SummaryPage* summary = goToSummary();
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        auto* verdict = child<StatusBadge>(summary, QStringLiteral("verdictBadge"));
        QCOMPARE(verdict->status(), Status::Pass);
        QCOMPARE(verdict->text(), QStringLiteral("No problem found"));
        auto* steps = child<QTreeWidget>(summary, QStringLiteral("stepList"));
        QCOMPARE(steps->topLevelItemCount(), m_wizard->plannedSteps().size());
        QCOMPARE(steps->topLevelItem(1)->data(0, Qt::UserRole).toString(), QStringLiteral("server"));
        QCOMPARE(steps->topLevelItem(1)->data(2, Qt::UserRole).toString(),
                 QStringLiteral("server.listening"));
        QVERIFY(child<QPushButton>(summary, QStringLiteral("bundleButton"))->isEnabled());
        QVERIFY(!child<QPushButton>(summary, QStringLiteral("bundleButton"))->toolTip().isEmpty());
        QVERIFY(child<QPushButton>(summary, QStringLiteral("watchButton"))->isEnabled());

        // Copy report: Markdown with every step.
        QGuiApplication::clipboard()->clear();
        auto* copy = child<QPushButton>(summary, QStringLiteral("copyReportButton"));
        QVERIFY2(copy->isVisible() && copy->isEnabled() && copy->width() > 10,
                 qPrintable(QStringLiteral("%1x%2").arg(copy->width()).arg(copy->height())));
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString markdown = QGuiApplication::clipboard()->text();
        QVERIFY2(markdown.startsWith(QStringLiteral("# Localhost Doctor report")),
                 qPrintable(markdown.left(200)));
        QVERIFY(markdown.contains(QStringLiteral("`server.listening`")));
        QVERIFY(markdown.contains(QStringLiteral("| Server |")));

        // Save report…: JSON (the contract) and HTML, through the file-dialog seam.
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        FileDialog::setNextFileName(json);
        QTest::mouseClick(child<QPushButton>(summary, QStringLiteral("saveReportButton")), Qt::LeftButton);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("schema")).toString(),
                 QStringLiteral("localhost-doctor/report@1"));
        QCOMPARE(
            report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString(),
            QStringLiteral("ok"));
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        FileDialog::setNextFileName(html);
        QTest::mouseClick(child<QPushButton>(summary, QStringLiteral("saveReportButton")), Qt::LeftButton);
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray page = htmlFile.readAll();
        QVERIFY(page.startsWith("<!DOCTYPE html>"));
        QVERIFY(page.contains("<table>"));
        // Through the safe writer: a new report is private, and a folder in its place is kept.
        struct stat saved {};
        QCOMPARE(::stat(QFile::encodeName(json).constData(), &saved), 0);
        QCOMPARE(int(saved.st_mode & 0777), 0600);
        const QString folder = m_dir.filePath(QStringLiteral("taken.html"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/inside")));
        FileDialog::setNextFileName(folder);
        QTest::mouseClick(child<QPushButton>(summary, QStringLiteral("saveReportButton")), Qt::LeftButton);
        QVERIFY(QFileInfo(folder + QStringLiteral("/inside")).isDir());
    }

    void nothingListening() {
        const quint16 port = ld::test::freePort();
        open();
        type(QStringLiteral("127.0.0.1:%1").arg(port));
        clickNext();
        StepPage* server = goTo(QStringLiteral("server"));
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(showsResult(server), kWaitMs);
        QCOMPARE(server->badge()->status(), Status::Fail);
        QCOMPARE(server->badge()->text(), QStringLiteral("Problem found"));
        QVERIFY(server->shownFindingIds().contains(QStringLiteral("server.not_listening")));
        SummaryPage* summary = goToSummary();
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        QCOMPARE(child<StatusBadge>(summary, QStringLiteral("verdictBadge"))->status(), Status::Fail);
        QCOMPARE(m_wizard->report()->verdict.finding, QStringLiteral("server.not_listening"));
        QVERIFY(!child<QLabel>(summary, QStringLiteral("verdictLabel"))->text().isEmpty());
    }

    void outOfRangePortIsRepairedByItsFix() {
        const quint16 port = highFreePort();
        QVERIFY(port);
        Peer peer;
        QVERIFY2(peer.startListening(QStringLiteral("python3"),
                                     {QStringLiteral("-m"), QStringLiteral("http.server"),
                                      QString::number(port), QStringLiteral("--bind"), kLoopback},
                                     kLoopback, port),
                 qPrintable(peer.errorString()));
        const QString typed = QStringLiteral("127.0.0.1:") + QString::number(port) + QLatin1Char('9');
        open();
        type(typed);
        QVERIFY2(validation().contains(QString::number(port)), qPrintable(validation()));
        clickNext();
        StepPage* portPage = goTo(QStringLiteral("port"));
        QVERIFY(portPage);
        QTRY_VERIFY_WITH_TIMEOUT(showsResult(portPage), kWaitMs);
        QCOMPARE(portPage->badge()->status(), Status::Fail);
        QVERIFY(portPage->shownFindingIds().contains(QStringLiteral("port.out_of_range")));
        // The page is rebuilt as later steps arrive: take the button once the diagnosis is done, so
        // the pointer can't outlive the widget it names.
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->diagnosisDone() && !m_wizard->diagnosisRunning(), kWaitMs);
        // The repair that something listens on comes first.
        QPointer<QPushButton> fix;
        QTRY_VERIFY((fix = fixButton(portPage, QStringLiteral("fix.use_port"), port)) && fix->isVisible() &&
                    fix->isEnabled());
        QVERIFY2(fix->text().contains(QString::number(port)), qPrintable(fix->text()));
        QCOMPARE(portPage->findChildren<QPushButton*>(QStringLiteral("fix.use_port")).first(), fix.data());

        QTest::mouseClick(fix, Qt::LeftButton);
        // The re-check runs on the corrected address and this page shows its new state.
        QCOMPARE(m_wizard->target().port.value_or(0), int(port));
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        QCOMPARE(m_wizard->currentPage(), portPage);
        QTRY_COMPARE_WITH_TIMEOUT(portPage->badge()->status(), Status::Pass, kWaitMs);
        QVERIFY(!portPage->shownFindingIds().contains(QStringLiteral("port.out_of_range")));
        QVERIFY(child<QLabel>(portPage, QStringLiteral("fixMessageLabel"))->isVisible());
        QCOMPARE(child<QLineEdit>(m_wizard.get(), QStringLiteral("addressEdit"))->text(),
                 QStringLiteral("http://127.0.0.1:%1/").arg(port));
        StepPage* server = goTo(QStringLiteral("server"));
        QVERIFY(server);
        QTRY_VERIFY_WITH_TIMEOUT(showsResult(server), kWaitMs);
        QVERIFY(server->shownFindingIds().contains(QStringLiteral("server.listening")));
    }

    void portInUseWithServeIntent() {
        const quint16 port = ld::test::freePort();
        Peer peer;
        QVERIFY2(peer.startListening(QStringLiteral("python3"),
                                     {QStringLiteral("-m"), QStringLiteral("http.server"),
                                      QString::number(port), QStringLiteral("--bind"), kLoopback},
                                     kLoopback, port),
                 qPrintable(peer.errorString()));
        open(Problem::PortInUse);
        type(QString::number(port));
        clickNext();
        QCOMPARE(m_wizard->options().intent, ld::wizard::Intent::Serve);
        StepPage* conflict = goTo(QStringLiteral("conflict"));
        QVERIFY(conflict);
        QTRY_VERIFY_WITH_TIMEOUT(showsResult(conflict), kWaitMs);
        QCOMPARE(conflict->badge()->status(), Status::Fail);
        QVERIFY2(conflict->shownFindingIds().contains(QStringLiteral("conflict.port_in_use")),
                 qPrintable(conflict->shownFindingIds().join(QLatin1Char(','))));

        // "Use free port N" copies N.
        QPushButton* free = fixButton(conflict, QStringLiteral("fix.suggest_free_port"));
        QVERIFY(free);
        const int freePort = free->property("fixParams").toMap().value(QStringLiteral("port")).toInt();
        QVERIFY(freePort > 0 && freePort != port);
        QTest::mouseClick(free, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::number(freePort));
        QVERIFY(child<QLabel>(conflict, QStringLiteral("fixMessageLabel"))
                    ->text()
                    .contains(QString::number(freePort)));

        // "Stop process": asks first, naming the program and its command line; "Cancel" stops nothing.
        QPushButton* stop = fixButton(conflict, QStringLiteral("fix.stop_process"));
        QVERIFY(stop);
        QCOMPARE(stop->property("fixParams").toMap().value(QStringLiteral("pid")).toLongLong(), peer.pid());
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(MessageBox::Reject);
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("python")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("http.server %1").arg(port)),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QString::number(peer.pid())));
        QVERIFY(ld::test::waitForListening(kLoopback, port, 2000));
        QCOMPARE(peer.process().state(), QProcess::Running);

        // "Stop": the engine stops it (the GUI keeps running meanwhile), then the step re-checks.
        MessageBox::setNextAnswer(MessageBox::Accept);
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(MessageBox::askedCount(), asked + 2);
        QTRY_COMPARE_WITH_TIMEOUT(peer.process().state(), QProcess::NotRunning, kWaitMs);
        QVERIFY(ld::test::waitForNotListening(kLoopback, port, 5000));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_wizard->diagnosisRunning() && showsResult(conflict) &&
                !conflict->shownFindingIds().contains(QStringLiteral("conflict.port_in_use")),
            kWaitMs);
        QVERIFY2(conflict->badge()->status() == Status::Pass,
                 qPrintable(conflict->shownFindingIds().join(QLatin1Char(','))));
    }

    void httpUrlToTlsServer() {
        if (!ld::test::haveProgram(QStringLiteral("openssl")))
            QSKIP("needs openssl to make a certificate and run s_server");
        const QString key = m_dir.filePath(QStringLiteral("tls.key"));
        const QString cert = m_dir.filePath(QStringLiteral("tls.pem"));
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
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
        open();
        type(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        clickNext();
        StepPage* protocol = goTo(QStringLiteral("protocol"));
        QVERIFY(protocol);
        QTRY_VERIFY_WITH_TIMEOUT(showsResult(protocol), kWaitMs);
        QCOMPARE(protocol->badge()->status(), Status::Fail);
        QVERIFY2(protocol->shownFindingIds().contains(QStringLiteral("protocol.tls_expected")),
                 qPrintable(protocol->shownFindingIds().join(QLatin1Char(','))));
        QPushButton* useHttps = fixButton(protocol, QStringLiteral("fix.use_url"));
        QVERIFY(useHttps);
        QVERIFY2(useHttps->text().contains(QStringLiteral("https://")), qPrintable(useHttps->text()));
        QTest::mouseClick(useHttps, Qt::LeftButton);
        QCOMPARE(m_wizard->target().scheme, QStringLiteral("https"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning() && showsResult(protocol), kWaitMs);
        QVERIFY(!protocol->shownFindingIds().contains(QStringLiteral("protocol.tls_expected")));
        // Now spoken over TLS: the self-signed certificate is what is left to explain.
        QVERIFY2(protocol->shownFindingIds().contains(QStringLiteral("protocol.tls_untrusted")),
                 qPrintable(protocol->shownFindingIds().join(QLatin1Char(','))));
        QTest::mouseClick(child<QPushButton>(protocol, QStringLiteral("detailsButton")), Qt::LeftButton);
        const QString evidence = child<EvidenceView>(protocol, QStringLiteral("evidenceView"))->toPlainText();
        QVERIFY2(evidence.contains(QStringLiteral("localhost")),
                 qPrintable(evidence)); // the certificate's name
    }

    void keyboardOnlyAndAccessibleNames() {
        open();
        auto* edit = child<QLineEdit>(m_wizard.get(), QStringLiteral("addressEdit"));
        // Alt+A (the label's mnemonic) reaches the address; Enter goes on.
        QApplication::setActiveWindow(m_wizard.get());
        child<QRadioButton>(m_wizard.get(), QStringLiteral("problemCantOpen"))->setFocus();
        QTest::keyClick(m_wizard.get(), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(edit->hasFocus());
        const quint16 port = ld::test::freePort();
        QTest::keyClicks(edit, QStringLiteral("127.0.0.1:%1").arg(port));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(m_wizard->currentId() != Page_Start);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        // Every page: every control has an accessible name or a text, and the title fits one line.
        for (const int id : m_wizard->pageIds()) {
            QWizardPage* page = m_wizard->page(id);
            const QFontMetrics metrics(page->font());
            QVERIFY2(metrics.horizontalAdvance(page->title()) * 1.2 < m_wizard->width() - 40,
                     qPrintable(page->title()));
            for (QWidget* widget : page->findChildren<QWidget*>()) {
                const bool control =
                    qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                    qobject_cast<QAbstractScrollArea*>(widget) || qobject_cast<QProgressBar*>(widget);
                if (!control || widget->inherits("QScrollBar") || widget->inherits("QHeaderView"))
                    continue;
                const auto* button = qobject_cast<QAbstractButton*>(widget);
                QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                         qPrintable(QStringLiteral("%1 (%2) on %3")
                                        .arg(widget->objectName(),
                                             QString::fromLatin1(widget->metaObject()->className()),
                                             page->objectName())));
            }
        }
        // Escape closes the wizard.
        QTest::keyClick(m_wizard.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_wizard->isVisible());
    }

    void cancelStopsWaitingAndTheWindowSizeIsRemembered() {
        open();
        m_wizard->resize(820, 640);
        const quint16 port = ld::test::freePort();
        type(QStringLiteral("127.0.0.1:%1").arg(port));
        clickNext();
        QCOMPARE(m_wizard->currentId(), int(Page_Progress));
        m_wizard->cancelDiagnosis();
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        QVERIFY(m_wizard->currentPage()->isComplete());
        m_wizard->reject();
        m_wizard.reset();
        DoctorWizard again(*m_system);
        QCOMPARE(again.size(), QSize(820, 640));
    }

    void screenshotsOfEveryPage() {
        const quint16 port = ld::test::freePort();
        m_wizard = std::make_unique<DoctorWizard>(*m_system);
        m_wizard->setInput(QStringLiteral("127.0.0.1:%1").arg(port), Problem::CantOpen);
        const QString directory = m_dir.filePath(QStringLiteral("shots"));
        ScreenshotWalker walker(*m_wizard, directory);
        QVERIFY2(walker.run(kWaitMs), qPrintable(walker.error()));
        QStringList expected{QStringLiteral("01-start.png")};
        int number = 2;
        for (const QString& step : m_wizard->plannedSteps())
            expected << QStringLiteral("%1-%2.png").arg(number++, 2, 10, QLatin1Char('0')).arg(step);
        expected << QStringLiteral("%1-summary.png").arg(number++, 2, 10, QLatin1Char('0'));
        // Then the state after a recommended address fix (when there is one) and the bundle dialog.
        QStringList written = QDir(directory).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        if (written.size() == expected.size() + 2) {
            QCOMPARE(written.at(expected.size()),
                     QStringLiteral("%1-summary-after-fix.png").arg(number++, 2, 10, QLatin1Char('0')));
            written.removeAt(expected.size());
        }
        expected << QStringLiteral("%1-bundle.png").arg(number, 2, 10, QLatin1Char('0'));
        QCOMPARE(written, expected);
        for (const QString& file : expected)
            QVERIFY(QImage(QDir(directory).filePath(file)).width() >= 600);
    }
};

QTEST_MAIN(TestDoctorWizard)
#include "tst_doctorwizard.moc"
