// The German translation end to end: the shipped .ts has no unfinished string (lrelease says so),
// the compiled .qm embedded in the GUI library switches the wizard's titles and buttons, and
// `--lang de` switches the command line.

#include "support/peers.h"
#include "ui/doctorwizard.h"
#include "ui/translations.h"
#include "wizard/steps/registry.h"

#include <QAbstractButton>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWizardPage>

using namespace ld::ui;

class TestTranslation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
    }

    // German: every message; English: the plural forms only.
    void shippedTranslationHasNoUnfinishedString_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("de") << QStringLiteral("de") << 500;
        QTest::newRow("en plurals") << QStringLiteral("en") << 20;
    }

    void shippedTranslationHasNoUnfinishedString() {
        QFETCH(QString, language);
        QFETCH(int, atLeast);
        QString lrelease = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
        if (!QFile::exists(lrelease))
            lrelease = QStandardPaths::findExecutable(QStringLiteral("lrelease"));
        if (lrelease.isEmpty())
            QSKIP("needs lrelease (Qt Linguist tools)");
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lrelease,
                      {QStringLiteral(LD_SOURCE_DIR "/translations/localhost-doctor_%1.ts").arg(language),
                       QStringLiteral("-qm"), m_dir.filePath(QStringLiteral("check.qm"))});
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), 0);
        const QRegularExpressionMatch counts =
            QRegularExpression(
                QStringLiteral(
                    "Generated (\\d+) translation\\(s\\) \\((\\d+) finished and (\\d+) unfinished\\)"))
                .match(output);
        QVERIFY2(counts.hasMatch(), qPrintable(output));
        QVERIFY2(counts.captured(1).toInt() > atLeast, qPrintable(output));
        QCOMPARE(counts.captured(3).toInt(), 0);
        QVERIFY2(!output.contains(QStringLiteral("untranslated")), qPrintable(output));
    }

    void wizardSpeaksGerman() {
        QCOMPARE(installTranslator(QStringLiteral("de")).left(2), QStringLiteral("de"));
        const auto system = ld::platform::createSystem();
        {
            DoctorWizard wizard(*system);
            QCOMPARE(wizard.page(Page_Start)->title(), QStringLiteral("Was ist los?"));
            QCOMPARE(wizard.page(DoctorWizard::pageForStep(QStringLiteral("server")))->title(),
                     QStringLiteral("Läuft der Server?"));
            QCOMPARE(wizard.page(DoctorWizard::pageForStep(QStringLiteral("port")))->title(),
                     QStringLiteral("Ist der Port ein echter Port?"));
            QCOMPARE(wizard.page(Page_Summary)->title(), QStringLiteral("Zusammenfassung"));
            QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Weiter >"));
            QCOMPARE(wizard.findChild<QAbstractButton*>(QStringLiteral("copyReportButton"))->text(),
                     QStringLiteral("Bericht &kopieren"));
            // Titles still fit on one line in German.
            for (const int id : wizard.pageIds()) {
                const QFontMetrics metrics(wizard.page(id)->font());
                QVERIFY2(metrics.horizontalAdvance(wizard.page(id)->title()) * 1.2 < wizard.width() - 40,
                         qPrintable(wizard.page(id)->title()));
            }
        }
        // Engine strings (wizard/) are translated too.
        QCOMPARE(QCoreApplication::translate("PortStep", "Port %1 is a valid port"),
                 QStringLiteral("Port %1 ist ein gültiger Port"));
        QCOMPARE(installTranslator(QStringLiteral("en")), QString());
        QCOMPARE(ld::wizard::StepRegistry::title(QStringLiteral("server")),
                 QStringLiteral("Is the server running?"));
    }

    // English counts right: "1 day", "3 days", never "3 day(s)"; also for a language we have no
    // translation for.
    void englishPluralForms() {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QCOMPARE(installTranslator(language), QString());
            QCOMPARE(QCoreApplication::translate("QuickCheck", "It expires in %n day(s).", nullptr, 1),
                     QStringLiteral("It expires in 1 day."));
            QCOMPARE(QCoreApplication::translate("QuickCheck", "It expires in %n day(s).", nullptr, 3),
                     QStringLiteral("It expires in 3 days."));
        }
    }

    void commandLineTakesLang() {
        const ld::test::RunResult run =
            ld::test::runDoctor({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check"),
                                 QStringLiteral("[::1:8080")});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("schließende")), run.err.constData());
        const ld::test::RunResult english =
            ld::test::runDoctor({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check"),
                                 QStringLiteral("[::1:8080")});
        QVERIFY2(QString::fromUtf8(english.err).contains(QStringLiteral("closing")), english.err.constData());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
