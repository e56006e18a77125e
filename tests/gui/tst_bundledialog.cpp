// The bundle dialog with real widgets (offscreen): it lists the files with sizes, previews a file
// exactly as it will be written with the placeholders highlighted, leaves an unticked optional
// file out of the written zip, asks before replacing, and shows a bad folder plainly.

#include "platform/system.h"
#include "support/peers.h"
#include "ui/bundledialog.h"
#include "ui/messagebox.h"
#include "wizard/report/report.h"
#include "wizard/target.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace ld;

namespace {

const QString configName = QStringLiteral("claude/claude_desktop_config.json");

QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& name) {
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    return nullptr;
}

QStringList zipNames(const QString& zip) {
    QProcess process;
    process.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    if (!process.waitForFinished(10000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestBundleDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsFilesWithSizes();
    void previewShowsExactBytesWithHighlights();
    void uncheckedFileIsLeftOut();
    void asksBeforeReplacing();
    void missingFolderIsCreated();
    void unmakeableFolderFallsBackToHome();
    void fitsTheScreenAndPreviewsAtOnce();
    void frameFitsTheScreenItOpensOn();
    void htmlReportRenderedWithSourceToggle();
    void wizardsIntentReachesTheBundle();

private:
    QTemporaryDir m_dir;
    QString m_config;
    QString m_githubToken;
    std::unique_ptr<ld::platform::System> m_system; // the test's, as app/ makes the app's
    std::unique_ptr<ui::BundleDialog> m_dialog;
};

void TestBundleDialog::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_system = ld::platform::createSystem();
    // A home of our own: no real Claude logs or app log of the person running the test.
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    m_githubToken = QStringLiteral("ghp_") + QStringLiteral("Q7f2LmZx9PaVt4Rk8WnYc3Hd6Js1Ub5EoGiT");
    m_config = m_dir.filePath(QStringLiteral("claude_desktop_config.json"));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(R"({"mcpServers": {"gh": {"command": "npx", "args": ["server-github"],
        "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "%1", "LOG": "debug"}}}})")
                   .arg(m_githubToken)
                   .toUtf8());
}

void TestBundleDialog::init() {
    wizard::BundleRequest request;
    request.configPath = m_config;
    m_dialog = std::make_unique<ui::BundleDialog>(*m_system, request);
    m_dialog->show();
    if (!m_dialog->isReady()) {
        QSignalSpy ready(m_dialog.get(), &ui::BundleDialog::planReady);
        QVERIFY(ready.wait(30000));
    }
}

void TestBundleDialog::cleanup() {
    m_dialog.reset();
}

void TestBundleDialog::listsFilesWithSizes() {
    auto* files = m_dialog->findChild<QTreeWidget*>(QStringLiteral("bundleFiles"));
    QVERIFY(files);
    QCOMPARE(files->topLevelItemCount(), m_dialog->plan().entries.size());
    for (const char* name : {"system.json", "sockets.txt", "proxy.txt", "manifest.json"})
        QVERIFY2(itemNamed(files, QString::fromLatin1(name)), name);
    QTreeWidgetItem* config = itemNamed(files, configName);
    QVERIFY(config);
    QVERIFY(!config->text(1).isEmpty());
    QVERIFY2(config->text(2).contains(QLatin1String("github")), qPrintable(config->text(2)));
    QVERIFY(config->flags() & Qt::ItemIsUserCheckable); // optional
    QVERIFY(!(itemNamed(files, QStringLiteral("system.json"))->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!m_dialog->findChild<QLineEdit*>(QStringLiteral("bundlePath"))->text().isEmpty());
    QVERIFY(m_dialog->findChild<QPushButton*>(QStringLiteral("bundleSave"))->isEnabled());
}

void TestBundleDialog::previewShowsExactBytesWithHighlights() {
    auto* files = m_dialog->findChild<QTreeWidget*>(QStringLiteral("bundleFiles"));
    auto* preview = m_dialog->findChild<QTextEdit*>(QStringLiteral("bundlePreview"));
    QVERIFY(preview);
    files->setCurrentItem(itemNamed(files, configName));
    const auto& entry = m_dialog->plan().entries.at(m_dialog->plan().indexOf(configName));
    const QString text = preview->toPlainText();
    QCOMPARE(text, QString::fromUtf8(entry.data));
    QVERIFY(!text.contains(m_githubToken));
    const auto match = QRegularExpression(QStringLiteral("<secret-[0-9]+:github>")).match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    QTextCursor cursor(preview->document());
    cursor.setPosition(int(match.capturedStart()) + 1);
    QCOMPARE(cursor.charFormat().property(ui::BundleDialog::KindProperty).toString(),
             QStringLiteral("github"));
    // The env value without a shape is highlighted as env; the command is not highlighted.
    const qsizetype env = text.indexOf(QRegularExpression(QStringLiteral("<secret-[0-9]+:env>")));
    QVERIFY(env > 0);
    cursor.setPosition(int(env) + 2);
    QCOMPARE(cursor.charFormat().property(ui::BundleDialog::KindProperty).toString(), QStringLiteral("env"));
    cursor.setPosition(int(text.indexOf(QLatin1String("npx"))) + 1);
    QVERIFY(!cursor.charFormat().hasProperty(ui::BundleDialog::KindProperty));
}

void TestBundleDialog::uncheckedFileIsLeftOut() {
    auto* files = m_dialog->findChild<QTreeWidget*>(QStringLiteral("bundleFiles"));
    itemNamed(files, configName)->setCheckState(0, Qt::Unchecked);
    QVERIFY(!m_dialog->plan().entries.at(m_dialog->plan().indexOf(configName)).included);
    const QString zip = m_dir.filePath(QStringLiteral("left-out.zip"));
    m_dialog->findChild<QLineEdit*>(QStringLiteral("bundlePath"))->setText(zip);
    QSignalSpy saved(m_dialog.get(), &ui::BundleDialog::saved);
    QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("bundleSave")), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    // The dialog stays and says where the bundle went, with "Open folder".
    auto* done = m_dialog->findChild<QLabel*>(QStringLiteral("bundleSavedLabel"));
    QVERIFY(done->isVisible());
    QVERIFY2(done->text().contains(QDir::toNativeSeparators(zip)), qPrintable(done->text()));
    QVERIFY(m_dialog->findChild<QPushButton*>(QStringLiteral("bundleOpenFolder"))->isVisible());
    if (!test::haveProgram(QStringLiteral("unzip")))
        QSKIP("needs the system unzip to look inside the zip");
    const QStringList names = zipNames(zip);
    QVERIFY2(names.contains(QStringLiteral("manifest.json")), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(QStringLiteral("system.json")));
    QVERIFY(!names.contains(configName));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, QStringLiteral("manifest.json")});
    QVERIFY(unzip.waitForFinished(10000));
    const QJsonObject manifest = QJsonDocument::fromJson(unzip.readAllStandardOutput()).object();
    QCOMPARE(manifest.value(QStringLiteral("left_out"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             configName);
}

void TestBundleDialog::asksBeforeReplacing() {
    const QString zip = m_dir.filePath(QStringLiteral("existing.zip"));
    QFile file(zip);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("old");
    file.close();
    m_dialog->setDestination(zip);
    const int asked = ui::MessageBox::askedCount();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Reject);
    QVERIFY(!m_dialog->save());
    QCOMPARE(ui::MessageBox::askedCount(), asked + 1);
    QVERIFY(ui::MessageBox::lastText().contains(QLatin1String("already exists")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old"));
    file.close();
    ui::MessageBox::setNextAnswer(ui::MessageBox::Accept);
    QVERIFY(m_dialog->save());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("PK"));
}

void TestBundleDialog::missingFolderIsCreated() {
    // ~/Documents is often missing: the folder chosen is made.
    const QString zip = m_dir.filePath(QStringLiteral("missing/folder/b.zip"));
    m_dialog->setDestination(zip);
    QVERIFY(m_dialog->save());
    QVERIFY(QFileInfo(zip).isFile());
    QCOMPARE(m_dialog->savedPath(), zip);
    QVERIFY(!m_dialog->findChild<QLabel*>(QStringLiteral("bundleError"))->isVisible());
}

void TestBundleDialog::unmakeableFolderFallsBackToHome() {
    // A folder under a regular file can't be made: the home folder (this test's own) then, said so.
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_dialog->setDestination(blocker + QStringLiteral("/sub/c.zip"));
    QVERIFY(m_dialog->save());
    const QString expected = QDir::home().filePath(QStringLiteral("c.zip"));
    QCOMPARE(m_dialog->savedPath(), expected);
    QVERIFY(QFileInfo(expected).isFile());
    const QString said = m_dialog->findChild<QLabel*>(QStringLiteral("bundleSavedLabel"))->text();
    QVERIFY2(said.contains(QStringLiteral("home folder")) &&
                 said.contains(QDir::toNativeSeparators(expected)),
             qPrintable(said));
}

void TestBundleDialog::fitsTheScreenAndPreviewsAtOnce() {
    // The first file's preview is there without a click.
    auto* preview = m_dialog->findChild<QTextEdit*>(QStringLiteral("bundlePreview"));
    QVERIFY(!m_dialog->plan().entries.isEmpty());
    QCOMPARE(preview->toPlainText(), QString::fromUtf8(m_dialog->plan().entries.first().data));
    // 1366×768 at 1× and at 2× (683×384 logical pixels): the dialog can be that small, and
    // selecting any file never makes it wider than the screen.
    auto* files = m_dialog->findChild<QTreeWidget*>(QStringLiteral("bundleFiles"));
    for (int row = 0; row < files->topLevelItemCount(); ++row) {
        files->setCurrentItem(files->topLevelItem(row));
        QCoreApplication::processEvents();
        const QSize minimum = m_dialog->minimumSizeHint();
        QVERIFY2(minimum.width() <= 683 && minimum.height() <= 384,
                 qPrintable(QStringLiteral("%1x%2 with %3 selected")
                                .arg(minimum.width())
                                .arg(minimum.height())
                                .arg(files->topLevelItem(row)->text(0))));
        QVERIFY(m_dialog->width() <= 1366 && m_dialog->height() <= 768);
    }
    m_dialog->resize(683, 384);
    QCoreApplication::processEvents();
    QVERIFY(m_dialog->findChild<QPushButton*>(QStringLiteral("bundleBrowse"))->isVisible());
    QVERIFY(m_dialog->findChild<QPushButton*>(QStringLiteral("bundleCancel"))->isVisible());
    QVERIFY(m_dialog->width() <= 683 + 1);
}

void TestBundleDialog::frameFitsTheScreenItOpensOn() {
    // Run once on the default screen and once (gui.tst_bundledialog_2x) on a 1366×768 screen at
    // QT_SCALE_FACTOR=2, which LD_EXPECT_SCREEN makes sure of: the real frame, title bar included,
    // stays on the screen whatever file is selected, and Browse and Cancel stay on it too.
    const QScreen* screen = m_dialog->screen();
    QVERIFY(screen);
    if (const QString expected = qEnvironmentVariable("LD_EXPECT_SCREEN"); !expected.isEmpty()) {
        const QSize logical = screen->geometry().size();
        QCOMPARE(QStringLiteral("%1x%2").arg(logical.width()).arg(logical.height()), expected);
        QCOMPARE(qRound(m_dialog->devicePixelRatio()), 2);
    }
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    const QRect room = screen->availableGeometry();
    auto* files = m_dialog->findChild<QTreeWidget*>(QStringLiteral("bundleFiles"));
    QVERIFY(files->topLevelItemCount() > 1);
    for (int row = 0; row < files->topLevelItemCount(); ++row) {
        files->setCurrentItem(files->topLevelItem(row));
        QCoreApplication::processEvents();
        const QRect frame = m_dialog->frameGeometry();
        QVERIFY2(frame.width() <= room.width() && frame.height() <= room.height(),
                 qPrintable(QStringLiteral("frame %1x%2 on a %3x%4 screen with %5 selected")
                                .arg(frame.width())
                                .arg(frame.height())
                                .arg(room.width())
                                .arg(room.height())
                                .arg(files->topLevelItem(row)->text(0))));
        for (const QString& name : {QStringLiteral("bundleBrowse"), QStringLiteral("bundleCancel")}) {
            auto* button = m_dialog->findChild<QPushButton*>(name);
            const QRect onScreen(button->mapToGlobal(QPoint(0, 0)), button->size());
            QVERIFY2(button->isVisible() && room.contains(onScreen) &&
                         m_dialog->rect().contains(
                             QRect(button->mapTo(m_dialog.get(), QPoint(0, 0)), button->size())),
                     qPrintable(name));
        }
    }
    // The sizes are readable whole at any scale: names give way first (shortened in the middle).
    const QHeaderView* header = files->header();
    const int sizeColumn = 1;
    QVERIFY2(header->sectionViewportPosition(sizeColumn) + header->sectionSize(sizeColumn) <=
                 files->viewport()->width(),
             "the Size column runs past the list's edge");
    for (int row = 0; row < files->topLevelItemCount(); ++row) {
        const QString size = files->topLevelItem(row)->text(sizeColumn);
        QVERIFY2(files->fontMetrics().horizontalAdvance(size) <= header->sectionSize(sizeColumn),
                 qPrintable(size));
    }
}

void TestBundleDialog::htmlReportRenderedWithSourceToggle() {
    // The report of the path the user came from (here a finished one, as the MCP path passes it).
    const auto system = platform::createSystem();
    wizard::Report report;
    report.target = *wizard::TargetParser::parse(QStringLiteral("localhost:3000")).target;
    report.settleVerdict();
    wizard::BundleRequest request;
    request.configPath = m_config;
    request.reports << wizard::reportToJson(report, *system);
    m_dialog = std::make_unique<ui::BundleDialog>(*m_system, request);
    m_dialog->show();
    if (!m_dialog->isReady()) {
        QSignalSpy ready(m_dialog.get(), &ui::BundleDialog::planReady);
        QVERIFY(ready.wait(30000));
    }
    auto* files = m_dialog->findChild<QTreeWidget*>(QStringLiteral("bundleFiles"));
    QTreeWidgetItem* html = nullptr;
    for (int row = 0; row < files->topLevelItemCount(); ++row)
        if (files->topLevelItem(row)->text(0).endsWith(QLatin1String(".html")))
            html = files->topLevelItem(row);
    QVERIFY(html);
    files->setCurrentItem(html);
    auto* rendered = m_dialog->findChild<QTextBrowser*>(QStringLiteral("bundleRendered"));
    auto* source = m_dialog->findChild<QCheckBox*>(QStringLiteral("bundleShowSource"));
    QVERIFY(rendered->isVisible() && source->isVisible());
    QVERIFY2(!rendered->toPlainText().contains(QLatin1String("<table")) && !rendered->toPlainText().isEmpty(),
             qPrintable(rendered->toPlainText().left(200)));
    source->click();
    auto* preview = m_dialog->findChild<QTextEdit*>(QStringLiteral("bundlePreview"));
    QVERIFY(preview->isVisible() && !rendered->isVisible());
    QVERIFY(preview->toPlainText().contains(QLatin1String("<!DOCTYPE html>")));
}

// The summary's bundle diagnoses its target again with the wizard's options: a "serve" wizard's
// bundle says serve, not the default connect.
void TestBundleDialog::wizardsIntentReachesTheBundle() {
    m_dialog.reset();
    QString intentSeen;
    bool closed = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ui::BundleDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* candidate = qobject_cast<ui::BundleDialog*>(widget);
                    candidate && candidate->isVisible())
                    dialog = candidate;
        }
        if (!dialog)
            return;
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 30000);
        for (const QJsonObject& report : dialog->plan().reports)
            intentSeen = report.value(QStringLiteral("intent")).toString();
        dialog->reject();
        closed = true;
    });
    wizard::Options options;
    options.intent = wizard::Intent::Serve;
    ui::showBundleDialog(*m_system, nullptr, {QStringLiteral("127.0.0.1:61999")}, m_config, {}, options);
    QVERIFY2(closed, "the bundle dialog was not found");
    QCOMPARE(intentSeen, QStringLiteral("serve"));
}

QTEST_MAIN(TestBundleDialog)
#include "tst_bundledialog.moc"
