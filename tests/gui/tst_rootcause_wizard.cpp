// The wizard's summary tells the post-fix truth: after "Stop process…" on the conflict step, it
// says the port is now free, and never sends the user to a port another program holds.

#include "support/peers.h"
#include "ui/doctorwizard.h"
#include "ui/messagebox.h"
#include "ui/statusbadge.h"
#include "ui/steppage.h"
#include "ui/summarypage.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ld::ui;
using ld::test::Peer;

namespace {

const QString kLoopback = QStringLiteral("127.0.0.1");
constexpr int kWaitMs = 30000;

bool freeOnBothLoopbacks(quint16 port) {
    QTcpServer v4;
    QTcpServer v6;
    return v4.listen(QHostAddress(QStringLiteral("127.0.0.1")), port) &&
           (v6.listen(QHostAddress(QStringLiteral("::1")), port) ||
            v6.serverError() == QAbstractSocket::UnsupportedSocketOperationError);
}

template <typename T> T* child(QWidget* parent, const QString& name) {
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QStringList fixLabels(const ld::wizard::Report& report) {
    QStringList labels;
    for (const ld::wizard::StepResult& step : report.steps)
        for (const ld::wizard::Finding& finding : step.findings)
            for (const ld::wizard::Fix& fix : finding.fixes)
                labels << finding.id + QStringLiteral(": ") + fix.label;
    return labels;
}

} // namespace

class TestRootCauseWizard : public QObject {
    Q_OBJECT

    std::unique_ptr<ld::platform::System> m_system;
    std::unique_ptr<DoctorWizard> m_wizard;
    QTemporaryDir m_dir;

    void clickNext() {
        auto* next = child<QPushButton>(m_wizard.get(), QStringLiteral("nextButton"));
        QVERIFY(next);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && next->isVisible(), kWaitMs);
        QTest::mouseClick(next, Qt::LeftButton);
    }

    StepPage* goTo(const QString& stepId) {
        // All steps run behind the progress page first; then the wizard opens on the verdict's step.
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() != Page_Progress && m_wizard->diagnosisDone(),
                                     kWaitMs);
        }();
        for (int guard = 0; guard < 12; ++guard) {
            if (auto* page = qobject_cast<StepPage*>(m_wizard->currentPage());
                page && page->stepId() == stepId)
                return page;
            if (m_wizard->currentId() == Page_Summary)
                break;
            clickNext();
        }
        return nullptr;
    }

    SummaryPage* goToSummary() {
        for (int guard = 0; guard < 12 && m_wizard->currentId() != Page_Summary; ++guard)
            clickNext();
        return qobject_cast<SummaryPage*>(m_wizard->currentPage());
    }

    static bool showsResult(StepPage* page) {
        return !page->property("busy").toBool() && page->badge()->status() != Status::Checking;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!ld::test::haveProgram(QStringLiteral("python3")))
            QSKIP("python3 is needed for the peers");
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_system = ld::platform::createSystem();
    }

    void cleanup() { m_wizard.reset(); }

    void summaryAfterStopSaysThePortIsFree() {
        // Another program on a port next to the user's: the summary must not send the user there.
        quint16 port = 0;
        quint16 neighbour = 0;
        for (int attempt = 0; attempt < 50 && !port; ++attempt) {
            const quint16 candidate = ld::test::freePort();
            if (candidate > 1024 && candidate < 65000 && freeOnBothLoopbacks(candidate + 1)) {
                port = candidate;
                neighbour = candidate + 1;
            }
        }
        QVERIFY2(port, "no two free neighbouring ports");
        Peer other;
        QVERIFY2(other.startListening(QStringLiteral("python3"),
                                      {QStringLiteral("-m"), QStringLiteral("http.server"),
                                       QString::number(neighbour), QStringLiteral("--bind"), kLoopback},
                                      kLoopback, neighbour),
                 qPrintable(other.errorString()));
        Peer holder;
        QVERIFY2(holder.startListening(QStringLiteral("python3"),
                                       {QStringLiteral("-m"), QStringLiteral("http.server"),
                                        QString::number(port), QStringLiteral("--bind"), kLoopback},
                                       kLoopback, port),
                 qPrintable(holder.errorString()));

        m_wizard = std::make_unique<DoctorWizard>(*m_system);
        m_wizard->setTimeout(std::chrono::milliseconds(1500));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
        auto* choice = child<QRadioButton>(m_wizard.get(), QStringLiteral("problemPortInUse"));
        QVERIFY(choice);
        QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
        QVERIFY(choice->isChecked());
        auto* edit = child<QLineEdit>(m_wizard.get(), QStringLiteral("addressEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, QString::number(port));
        clickNext();
        QCOMPARE(m_wizard->options().intent, ld::wizard::Intent::Serve);

        StepPage* conflict = goTo(QStringLiteral("conflict"));
        QVERIFY(conflict);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_wizard->diagnosisDone() && !m_wizard->diagnosisRunning() && showsResult(conflict), kWaitMs);
        QCOMPARE(m_wizard->report()->verdict.finding, QStringLiteral("conflict.port_in_use"));
        QPointer<QPushButton> stop;
        QTRY_VERIFY_WITH_TIMEOUT(
            (stop = conflict->findChild<QPushButton*>(QStringLiteral("fix.stop_process"))) &&
                stop->isVisible() && stop->isEnabled(),
            kWaitMs);
        QCOMPARE(stop->property("fixParams").toMap().value(QStringLiteral("pid")).toLongLong(), holder.pid());

        // "Stop process…", confirmed: the engine stops the holder, then everything is checked again.
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(MessageBox::Accept);
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QTRY_COMPARE_WITH_TIMEOUT(holder.process().state(), QProcess::NotRunning, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->diagnosisDone() && !m_wizard->diagnosisRunning() &&
                                     m_wizard->report()->verdict.finding !=
                                         QStringLiteral("conflict.port_in_use"),
                                 kWaitMs);
        QCOMPARE(other.process().state(), QProcess::Running); // only the chosen process was stopped

        SummaryPage* summary = goToSummary();
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(!m_wizard->diagnosisRunning(), kWaitMs);
        const ld::wizard::Report report = *m_wizard->report();
        QCOMPARE(report.verdict.finding, QStringLiteral("conflict.port_free"));
        QCOMPARE(child<StatusBadge>(summary, QStringLiteral("verdictBadge"))->status(), Status::Pass);
        const QString verdict = child<QLabel>(summary, QStringLiteral("verdictLabel"))->text();
        QVERIFY2(verdict.contains(QStringLiteral("Port %1 is free").arg(port)), qPrintable(verdict));
        QVERIFY2(verdict.contains(kLoopback), qPrintable(verdict));
        // Nothing on the summary points at the neighbour another program holds.
        const QString next = child<QLabel>(summary, QStringLiteral("nextActionLabel"))->text();
        QVERIFY2(!next.contains(QString::number(neighbour)), qPrintable(next));
        QVERIFY2(!verdict.contains(QString::number(neighbour)), qPrintable(verdict));
        QVERIFY2(report.verdict.nextAction.isEmpty() ||
                     !report.verdict.nextAction.contains(QString::number(neighbour)),
                 qPrintable(report.verdict.nextAction));
        auto* steps = child<QTreeWidget>(summary, QStringLiteral("stepList"));
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = steps->topLevelItem(i);
            QVERIFY2(!item->text(2).contains(QString::number(neighbour)), qPrintable(item->text(2)));
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("conflict"))
                QCOMPARE(item->data(2, Qt::UserRole).toString(), QStringLiteral("conflict.port_free"));
        }
        // The engine did see the neighbour (so the checks above are not vacuous).
        bool seen = false;
        for (const ld::wizard::StepResult& step : report.steps)
            for (const ld::wizard::Finding& finding : step.findings)
                for (const QJsonValue row :
                     finding.evidence.value(QStringLiteral("listeners_nearby")).toArray())
                    seen = seen || row.toObject().value(QStringLiteral("port")).toInt() == neighbour;
        QVERIFY2(seen, qPrintable(fixLabels(report).join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestRootCauseWizard)
#include "tst_rootcause_wizard.moc"
