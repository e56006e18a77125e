// The wizard adds Localhost Doctor to an MCP client from the MCP config page (diff first, then a
// new private file, re-checked: the real `localhost-doctor mcp-server` answers; Undo removes it
// again), in a home of its own; and the About box names the licences.

#include "support/peers.h"
#include "ui/aboutdialog.h"
#include "ui/doctorwizard.h"
#include "ui/mcppages.h"
#include "ui/mcprunner.h"
#include "ui/messagebox.h"
#include "ui/selfinstall.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <sys/stat.h>

using namespace ld::ui;

namespace {

constexpr int kWaitMs = 60000;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

bool serverOk(const ld::wizard::Report& report, const QString& server) {
    for (const ld::wizard::StepResult& step : report.steps)
        if (step.id == QStringLiteral("server:") + server)
            for (const ld::wizard::Finding& finding : step.findings)
                if (finding.id == QLatin1String("mcp.ok"))
                    return true;
    return false;
}

} // namespace

class TestSelfInstallWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ld::platform::System> m_system;

    QString home(const QString& relative) const { return m_dir.filePath(QStringLiteral("home/") + relative); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QVERIFY(QDir().mkpath(home(QString())));
        qputenv("HOME", home(QString()).toUtf8());
        qputenv("XDG_CONFIG_HOME", home(QStringLiteral(".config")).toUtf8());
        qputenv("XDG_DATA_HOME", home(QStringLiteral(".local/share")).toUtf8());
        // The entry starts the real program (this test's own executable is not an MCP server).
        SelfInstallButton::setExecutableForTests(QStringLiteral(LD_BINARY));
        m_system = ld::platform::createSystem();
    }

    void addToClaudeDesktopAndUndo() {
        const QString config = home(QStringLiteral(".config/Claude/claude_desktop_config.json"));
        DoctorWizard wizard(*m_system);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* mcp = wizard.findChild<QRadioButton*>(QStringLiteral("problemMcp"));
        QTest::mouseClick(mcp, Qt::LeftButton, {}, QPoint(8, mcp->height() / 2));
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("nextButton")), Qt::LeftButton);
        auto* page = qobject_cast<McpConfigPage*>(wizard.currentPage());
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->property("busy").toBool(), kWaitMs);

        auto* button = page->findChild<SelfInstallButton*>(QStringLiteral("addLocalhostDoctorButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->text().contains(QStringLiteral("Claude Desktop")), qPrintable(button->text()));
        QStringList clients;
        for (QAction* action : button->menu()->actions())
            clients << action->objectName();
        QVERIFY2(clients.contains(QStringLiteral("addLocalhostDoctor-vscode")),
                 qPrintable(clients.join(',')));

        // Cancel: the diff was shown, nothing is written.
        MessageBox::setNextAnswer(MessageBox::Reject);
        const int asked = MessageBox::askedCount();
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("+ ")) &&
                     MessageBox::lastText().contains(QStringLiteral("mcp-server")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(!QFileInfo::exists(config));

        // Add: a new private file with the entry, and the check sees the server answer.
        MessageBox::setNextAnswer(MessageBox::Accept);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QVERIFY(QFileInfo::exists(config));
        QCOMPARE(modeOf(config), 0600);
        const QJsonObject entry = QJsonDocument::fromJson(readAll(config))
                                      .object()
                                      .value(QStringLiteral("mcpServers"))
                                      .toObject()
                                      .value(QStringLiteral("localhost-doctor"))
                                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("command")).toString(), QStringLiteral(LD_BINARY));
        QCOMPARE(entry.value(QStringLiteral("args")).toArray(), QJsonArray{QStringLiteral("mcp-server")});
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.mcp().running() &&
                                     serverOk(wizard.mcp().report(), QStringLiteral("localhost-doctor")),
                                 kWaitMs);

        // A second click says it is there already and asks nothing.
        const int before = MessageBox::askedCount();
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QCOMPARE(MessageBox::askedCount(), before);
        auto* message = page->findChild<QLabel*>(QStringLiteral("fixMessageLabel"));
        QVERIFY2(message->text().contains(QStringLiteral("already")), qPrintable(message->text()));

        // Undo (offered after the add) removes the file it created.
        MessageBox::setNextAnswer(MessageBox::Accept);
        QFile::remove(config); // start again from no file, so Undo follows a fresh add
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QVERIFY(QFileInfo::exists(config));
        auto* undo = page->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QTRY_VERIFY_WITH_TIMEOUT(undo->isVisible(), kWaitMs);
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(config));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.mcp().running(), kWaitMs);
    }

    void aboutBoxNamesTheLicences() {
        DoctorWizard wizard(*m_system);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* about = wizard.findChild<QAbstractButton*>(QStringLiteral("aboutButton"));
        QVERIFY(about && about->isVisible());
        QTest::mouseClick(about, Qt::LeftButton);
        AboutDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = wizard.findChild<AboutDialog*>(QStringLiteral("aboutDialog"))) &&
                    dialog->isVisible());
        const QString text = dialog->findChild<QLabel*>(QStringLiteral("aboutLicence"))->text();
        QVERIFY2(text.contains(QStringLiteral("MIT")) && text.contains(QStringLiteral("LGPL v3")) &&
                     text.contains(QStringLiteral("dynamically linked")) &&
                     text.contains(AboutDialog::sourceUrl()),
                 qPrintable(text));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("aboutTitle"))
                    ->text()
                    .contains(QStringLiteral(LD_VERSION)));
        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("componentList"));
        QMap<QString, QString> licences;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            licences.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(2));
        QCOMPARE(licences.value(QStringLiteral("Qt")), QStringLiteral("LGPL-3.0-only"));
        QCOMPARE(licences.value(QStringLiteral("spdlog")), QStringLiteral("MIT"));
        QCOMPARE(licences.value(QStringLiteral("{fmt}")), QStringLiteral("MIT"));
        QCOMPARE(licences.value(QStringLiteral("libzip")), QStringLiteral("BSD-3-Clause"));
        QCOMPARE(list->topLevelItem(0)->text(1), QString::fromLatin1(qVersion()));
        dialog->reject();
    }
};

QTEST_MAIN(TestSelfInstallWizard)
#include "tst_selfinstallwizard.moc"
