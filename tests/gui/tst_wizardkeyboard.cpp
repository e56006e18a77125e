// Keyboard and the MCP pages: no two visible controls of a page share a mnemonic, in English and
// in German (the app's own .qm, loaded as `--lang de` loads it), on every page of both paths; the
// MCP pages check again when the config changes on disk and on "Check again", and draw the JSON
// error's caret in monospace under the exact column; the focused control has a visible ring.

#include "gui/monospace.h"
#include "support/peers.h"
#include "ui/doctorwizard.h"
#include "ui/focusring.h"
#include "ui/mcppages.h"
#include "ui/mcprunner.h"
#include "ui/statusbadge.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QFile>
#include <QFontInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::ui;

namespace {

constexpr int kWaitMs = 30000;

bool writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// Every visible control of the window with a mnemonic, by key: a clash is a key with two.
QString clashes(QWidget* window, const QString& where) {
    QMap<QKeySequence, QStringList> byKey;
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        if (text.isEmpty())
            continue;
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key] << text;
    }
    QStringList found;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            found << QStringLiteral("%1: %2 (%3)")
                         .arg(where, it.key().toString(QKeySequence::NativeText),
                              it.value().join(QStringLiteral(" / ")));
    return found.join(QLatin1Char('\n'));
}

// How many pixels of the one-pixel band just outside `control` (where the control itself never
// paints) are close to `colour` in a grab of its window.
int ringPixels(QWidget* window, QWidget* control, const QColor& colour) {
    const QImage image = window->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QRect inside(control->mapTo(window, QPoint(0, 0)), control->size());
    const QRect band = inside.adjusted(-2, -2, 2, 2);
    int near = 0;
    const auto check = [&](int x, int y) {
        const QColor pixel = image.pixelColor(int(x * ratio), int(y * ratio));
        near += qAbs(pixel.red() - colour.red()) + qAbs(pixel.green() - colour.green()) +
                    qAbs(pixel.blue() - colour.blue()) <
                90;
    };
    for (int x = band.left(); x <= band.right(); ++x) {
        check(x, band.top());
        check(x, band.bottom());
    }
    for (int y = band.top(); y <= band.bottom(); ++y) {
        check(band.left(), y);
        check(band.right(), y);
    }
    return near;
}

} // namespace

class TestWizardKeyboard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ld::platform::System> m_system;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_system = ld::platform::createSystem();
    }

    void cleanup() { installTranslator(QStringLiteral("en")); }

    void noMnemonicClashOnAnyPage_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void noMnemonicClashOnAnyPage() {
        QFETCH(QString, language);
        if (language != QLatin1String("en"))
            QVERIFY2(!installTranslator(language).isEmpty(), "the German translation did not load");
        QStringList found;
        const QString config = m_dir.filePath(QStringLiteral("mnemonics-config.json"));
        QVERIFY(writeFile(config, "{\"mcpServers\": {\"broken\": {\"command\": \"ld-no-such-command\"}}}\n"));
        for (const Problem problem : {Problem::CantOpen, Problem::PortInUse, Problem::Mcp}) {
            DoctorWizard wizard(*m_system);
            wizard.setTimeout(std::chrono::milliseconds(1500));
            wizard.setMcpConfigPath(config);
            wizard.setInput(problem == Problem::Mcp
                                ? QString()
                                : QStringLiteral("127.0.0.1:%1").arg(ld::test::freePort()),
                            problem);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            found << clashes(&wizard, QStringLiteral("start (%1)").arg(int(problem)));
            wizard.next();
            if (problem == Problem::Mcp) {
                for (int guard = 0; guard < 4 && wizard.currentId() != -1; ++guard) {
                    QWizardPage* page = wizard.currentPage();
                    QTRY_VERIFY_WITH_TIMEOUT(!page->property("busy").toBool(), kWaitMs);
                    found << clashes(&wizard, page->objectName());
                    if (wizard.currentId() == Page_Summary)
                        break;
                    wizard.next();
                }
                continue;
            }
            found << clashes(&wizard, QStringLiteral("progress"));
            QTRY_VERIFY_WITH_TIMEOUT(!wizard.diagnosisRunning() && wizard.currentId() != Page_Progress,
                                     kWaitMs);
            for (const int id : wizard.resultPages()) {
                wizard.goToPage(id);
                QCOMPARE(wizard.currentId(), id);
                found << clashes(&wizard, wizard.currentPage()->objectName());
                // With the details open too.
                if (auto* details =
                        wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("detailsButton"));
                    details && details->isEnabled()) {
                    details->click();
                    found << clashes(&wizard,
                                     wizard.currentPage()->objectName() + QStringLiteral(" (details)"));
                }
            }
        }
        found.removeAll(QString());
        QVERIFY2(found.isEmpty(),
                 qPrintable(QStringLiteral("[%1] ").arg(language) + found.join(QLatin1Char('\n'))));
    }

    void focusedControlHasAVisibleRing() {
        DoctorWizard wizard(*m_system);
        wizard.setInput(QString(), Problem::CantOpen);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QApplication::setActiveWindow(&wizard);
        auto* edit = wizard.findChild<QLineEdit*>(QStringLiteral("addressEdit"));
        QTRY_VERIFY(edit->hasFocus());
        auto* ring = wizard.findChild<FocusRing*>(QStringLiteral("focusRing"));
        QVERIFY2(ring, "no focus ring in the wizard");
        QTRY_VERIFY(ring->isVisible() && ring->target() == edit);
        const QColor highlight = wizard.palette().color(QPalette::Highlight);
        const int perimeter = 2 * (edit->width() + edit->height());
        // Drawn: most of the band around the field is in the highlight colour.
        const int withFocus = ringPixels(&wizard, edit, highlight);
        QVERIFY2(withFocus > perimeter / 2,
                 qPrintable(QStringLiteral("%1 of %2").arg(withFocus).arg(perimeter)));

        // It follows the keyboard: on a radio button now, gone from the field.
        auto* radio = wizard.findChild<QRadioButton*>(QStringLiteral("problemPortInUse"));
        radio->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(ring->target() == radio && ring->isVisible());
        QTRY_VERIFY(ringPixels(&wizard, edit, highlight) < perimeter / 8);
        QVERIFY(ringPixels(&wizard, radio, highlight) > (radio->width() + radio->height()));
    }

    void mcpChecksAgainWhenTheConfigChanges() {
        if (!ld::test::haveProgram(QStringLiteral("python3")))
            QSKIP("needs python3 for the stdio MCP peer");
        const QString config = m_dir.filePath(QStringLiteral("claude_desktop_config.json"));
        // A trailing comma after the last server: the caret must stand under it.
        const QByteArray broken = "{\n  \"mcpServers\": {\n\t\"a\": {\"command\": \"python3\"},\n  }\n}\n";
        QVERIFY(writeFile(config, broken));
        DoctorWizard wizard(*m_system);
        wizard.setTimeout(std::chrono::milliseconds(1500));
        wizard.setMcpConfigPath(config);
        wizard.setInput(QString(), Problem::Mcp);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        auto* page = qobject_cast<McpConfigPage*>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->shownFindingIds().contains(QStringLiteral("mcp.config_syntax_error")),
                                 kWaitMs);
        QCOMPARE(page->badge()->status(), Status::Fail);
        auto* snippet = page->findChild<QLabel*>(QStringLiteral("findingSnippet"));
        QVERIFY(snippet);
        QVERIFY(ld::test::drawsMonospace(snippet->font()));
        const QStringList lines = snippet->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        // The caret stands under the exact column the engine reports, in the line it reports.
        QJsonObject evidence;
        for (const auto& step : wizard.mcp().report().steps)
            for (const auto& finding : step.findings)
                if (finding.id == QLatin1String("mcp.config_syntax_error"))
                    evidence = finding.evidence;
        const int column = evidence.value(QStringLiteral("column")).toInt();
        QString lineText = evidence.value(QStringLiteral("line_text")).toString();
        lineText.replace(QLatin1Char('\t'), QLatin1Char(' '));
        QVERIFY(column > 0);
        const qsizetype gutter = lines.at(0).indexOf(QStringLiteral(" | ")) + 3;
        QCOMPARE(lines.at(0).mid(gutter), lineText);
        const qsizetype caret = lines.at(1).indexOf(QLatin1Char('^'));
        QVERIFY2(caret - gutter == column - 1, qPrintable(snippet->text()));
        // The trailing comma the file has is where it points.
        QVERIFY2(lines.at(0).at(caret) == QLatin1Char(',') || lines.at(0).at(caret) == QLatin1Char('}'),
                 qPrintable(snippet->text()));

        // Fixed in an editor and saved: the page checks again by itself.
        const QByteArray fixed = "{\n  \"mcpServers\": {}\n}\n";
        QVERIFY(writeFile(config, fixed));
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->shownFindingIds().contains(QStringLiteral("mcp.config_syntax_error")) &&
                !page->property("busy").toBool(),
            kWaitMs);
        QVERIFY(page->badge()->status() != Status::Fail);

        // Without the watcher (changed while the wizard was elsewhere): "Check again" reads it anew.
        wizard.mcp().setWatching(false);
        QVERIFY(writeFile(config, broken));
        QTest::qWait(400); // nothing watches now: the page must still show the old state
        QVERIFY(!page->shownFindingIds().contains(QStringLiteral("mcp.config_syntax_error")));
        auto* again = page->findChild<QPushButton*>(QStringLiteral("checkAgainButton"));
        QVERIFY(again && again->isVisible() && again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->shownFindingIds().contains(QStringLiteral("mcp.config_syntax_error")),
                                 kWaitMs);

        // The servers page says why nothing can be checked rather than "lists no MCP server".
        wizard.next();
        auto* servers = qobject_cast<McpServersPage*>(wizard.currentPage());
        QVERIFY(servers);
        QTRY_VERIFY_WITH_TIMEOUT(!servers->property("busy").toBool(), kWaitMs);
        const QString headline = servers->findChild<QLabel*>(QStringLiteral("headlineLabel"))->text();
        QVERIFY2(!headline.contains(QStringLiteral("lists no MCP server")), qPrintable(headline));
        QCOMPARE(servers->badge()->status(), Status::Fail);
    }
};

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"
