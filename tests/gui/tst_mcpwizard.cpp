// The wizard's MCP path against real stdio servers (tests/peers/mcp_hostile.py): the config
// page, a row per server with its state, and a config fix that shows its diff, writes with a
// backup, re-checks, and is undone.

#include "support/peers.h"
#include "ui/doctorwizard.h"
#include "ui/findingview.h"
#include "ui/mcppages.h"
#include "ui/mcprunner.h"
#include "ui/messagebox.h"
#include "ui/statusbadge.h"
#include "ui/summarypage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ld::ui;

namespace {

constexpr int kWaitMs = 60000;

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMcpWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;
    QByteArray m_original;
    QString m_tool;
    std::unique_ptr<ld::platform::System> m_system;

    static QTreeWidgetItem* row(QTreeWidget* list, const QString& server) {
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(1, Qt::UserRole).toString() == server)
                return list->topLevelItem(i);
        return nullptr;
    }

    static QString rowFinding(QTreeWidget* list, const QString& server) {
        QTreeWidgetItem* item = row(list, server);
        return item ? item->data(2, Qt::UserRole).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!ld::test::haveProgram(QStringLiteral("python3")))
            QSKIP("needs python3 for the stdio MCP peers");
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor-tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        // A home of our own: a server installed in ~/.local/bin, which is not on the PATH Claude
        // Desktop gives its servers (here: this process's PATH).
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.local/bin")));
        qputenv("HOME", home.toUtf8());
        m_tool = home + QStringLiteral("/.local/bin/ld-gui-test-mcp");
        QFile tool(m_tool);
        QVERIFY(tool.open(QIODevice::WriteOnly));
        tool.write(QStringLiteral("#!/bin/sh\nexec python3 %1/mcp_hostile.py good\n")
                       .arg(QStringLiteral(LD_PEERS))
                       .toUtf8());
        tool.close();
        QVERIFY(tool.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        m_config = m_dir.filePath(QStringLiteral("claude_desktop_config.json"));
        m_original =
            QStringLiteral(
                "{\n"
                "  \"mcpServers\": {\n"
                "    \"good\": {\"command\": \"python3\", \"args\": [\"%1/mcp_hostile.py\", \"good\"]},\n"
                "    \"exits\": {\"command\": \"python3\", \"args\": [\"%1/mcp_hostile.py\", \"exit\"]},\n"
                "    \"moved\": {\"command\": \"ld-gui-test-mcp\"}\n"
                "  },\n"
                "  \"otherSetting\": true\n"
                "}\n")
                .arg(QStringLiteral(LD_PEERS))
                .toUtf8();
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(m_original);
        config.close();
        m_system = ld::platform::createSystem();
    }

    // The wizard given --timeout-ms: a silent server's handshake waits that long, not the engine's
    // 10 s default (the app calls setHandshakeTimeout for the option).
    void handshakeFollowsTheWizardsTimeout() {
        const QString config = m_dir.filePath(QStringLiteral("silent_config.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"mcpServers\": {\"silent\": {\"command\": \"python3\", "
                                  "\"args\": [\"%1/mcp_hostile.py\", \"silent\"]}}}\n")
                       .arg(QStringLiteral(LD_PEERS))
                       .toUtf8());
        file.close();
        McpRunner runner(*m_system);
        runner.setHandshakeTimeout(std::chrono::milliseconds(1200));
        runner.start(config, std::chrono::milliseconds(1200));
        QTRY_VERIFY_WITH_TIMEOUT(runner.done(), kWaitMs);
        QList<qint64> waited;
        for (const ld::wizard::StepResult& step : runner.report().steps)
            for (const ld::wizard::Finding& finding : step.findings)
                if (finding.id == QLatin1String("mcp.handshake_timeout"))
                    waited << finding.evidence.value(QStringLiteral("waited_ms")).toInteger();
        QVERIFY2(!waited.isEmpty(), "no handshake timeout reported for the silent server");
        for (const qint64 ms : std::as_const(waited))
            QCOMPARE(ms, qint64(1200));
    }

    void serversRowsAndAConfigFixWithUndo() {
        DoctorWizard wizard(*m_system);
        wizard.setMcpConfigPath(m_config);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* mcp = wizard.findChild<QRadioButton*>(QStringLiteral("problemMcp"));
        QTest::mouseClick(mcp, Qt::LeftButton, {}, QPoint(8, mcp->height() / 2));
        QVERIFY(mcp->isChecked());
        QVERIFY(!wizard.findChild<QWidget*>(QStringLiteral("addressEdit"))->isVisible());
        auto* next = wizard.findChild<QPushButton*>(QStringLiteral("nextButton"));
        QTest::mouseClick(next, Qt::LeftButton);

        auto* config = qobject_cast<McpConfigPage*>(wizard.currentPage());
        QVERIFY(config);
        QTRY_VERIFY_WITH_TIMEOUT(!config->property("busy").toBool(), kWaitMs);
        QCOMPARE(config->badge()->status(), Status::Pass);
        QVERIFY2(config->findChild<QLabel*>(QStringLiteral("configPathLabel"))
                     ->text()
                     .contains(QStringLiteral("claude_desktop_config.json")),
                 qPrintable(config->findChild<QLabel*>(QStringLiteral("configPathLabel"))->text()));

        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), kWaitMs);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* servers = qobject_cast<McpServersPage*>(wizard.currentPage());
        QVERIFY(servers);
        auto* list = servers->findChild<QTreeWidget*>(QStringLiteral("serverList"));
        QTRY_VERIFY_WITH_TIMEOUT(!servers->property("busy").toBool(), kWaitMs);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(rowFinding(list, QStringLiteral("good")), QStringLiteral("mcp.ok"));
        QVERIFY(row(list, QStringLiteral("good"))->text(0).contains(QStringLiteral("Passed")));
        QCOMPARE(rowFinding(list, QStringLiteral("exits")), QStringLiteral("mcp.server_exited"));
        QVERIFY(row(list, QStringLiteral("exits"))->text(0).contains(QStringLiteral("Problem found")));
        QCOMPARE(rowFinding(list, QStringLiteral("moved")), QStringLiteral("mcp.command_not_found"));
        QCOMPARE(servers->badge()->status(), Status::Fail);

        // The fix shows its diff first; "Cancel" writes nothing.
        servers->selectServer(QStringLiteral("moved"));
        QVERIFY(servers->shownFindingIds().contains(QStringLiteral("mcp.command_not_found")));
        QPushButton* fix = servers->findChild<QPushButton*>(QStringLiteral("fix.use_absolute_command"));
        QVERIFY(fix);
        QVERIFY(fix->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Reject);
        QTest::mouseClick(fix, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("- ")) &&
                     MessageBox::lastText().contains(m_tool),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(readAll(m_config), m_original);

        // "Change the config": only that value changes, a backup keeps the old bytes.
        MessageBox::setNextAnswer(MessageBox::Accept);
        QTest::mouseClick(fix, Qt::LeftButton);
        QByteArray expected = m_original;
        expected.replace("\"command\": \"ld-gui-test-mcp\"", "\"command\": \"" + m_tool.toUtf8() + "\"");
        QCOMPARE(readAll(m_config), expected);
        const QStringList backups =
            QDir(m_dir.path()).entryList({QStringLiteral("claude_desktop_config.json.bak-*")});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readAll(m_dir.filePath(backups.first())), m_original);

        // The servers are checked again: "moved" now starts and answers.
        QTRY_VERIFY_WITH_TIMEOUT(!servers->property("busy").toBool() &&
                                     rowFinding(list, QStringLiteral("moved")) == QStringLiteral("mcp.ok"),
                                 kWaitMs);
        auto* undo = servers->findChild<QPushButton*>(QStringLiteral("undoButton"));
        QVERIFY(undo && undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(readAll(m_config), m_original);
        QTRY_VERIFY_WITH_TIMEOUT(!servers->property("busy").toBool() &&
                                     rowFinding(list, QStringLiteral("moved")) ==
                                         QStringLiteral("mcp.command_not_found"),
                                 kWaitMs);

        QTest::mouseClick(next, Qt::LeftButton);
        auto* summary = qobject_cast<SummaryPage*>(wizard.currentPage());
        QVERIFY(summary);
        auto* steps = summary->findChild<QTreeWidget*>(QStringLiteral("stepList"));
        QCOMPARE(steps->topLevelItemCount(), 4); // config and three servers
        QCOMPARE(summary->findChild<StatusBadge*>(QStringLiteral("verdictBadge"))->status(), Status::Fail);
    }
};

QTEST_MAIN(TestMcpWizard)
#include "tst_mcpwizard.moc"
