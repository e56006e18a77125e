#include "ui/screenshots.h"

#include "platform/log.h"
#include "ui/bundledialog.h"
#include "ui/doctorwizard.h"
#include "ui/mcprunner.h"

#include <QAbstractButton>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QWizardPage>
#include <spdlog/spdlog.h>

namespace ld::ui {

bool waitUntil(const std::function<bool()>& done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

ScreenshotWalker::ScreenshotWalker(DoctorWizard& wizard, const QString& directory)
    : m_wizard(wizard)
    , m_directory(directory) {}

bool ScreenshotWalker::save(const QString& name) {
    // Let layouts settle and the page paint before grabbing it.
    waitUntil([] { return false; }, 60);
    const QPixmap pixmap = m_wizard.grab();
    const QString path = QDir(m_directory).filePath(name);
    if (!pixmap.save(path, "PNG")) {
        m_error = tr("Could not write %1").arg(path);
        return false;
    }
    m_files << path;
    log::get(log::Area::Ui).info("screenshot {}", path.toStdString());
    return true;
}

bool ScreenshotWalker::saveBundleDialog(const QString& fileName, int waitMs) {
    wizard::BundleRequest request;
    const bool mcp = m_wizard.problem() == Problem::Mcp;
    if (mcp)
        request.reports << wizard::reportToJson(m_wizard.mcp().report(), m_wizard.system());
    else if (m_wizard.report())
        request.reports << wizard::reportToJson(*m_wizard.report(), m_wizard.system());
    request.configPath = mcp ? m_wizard.mcp().configPath() : m_wizard.mcpConfigPath();
    BundleDialog dialog(m_wizard.system(), request, &m_wizard);
    dialog.show();
    if (!waitUntil([&dialog] { return dialog.isReady(); }, waitMs))
        log::get(log::Area::Ui).warn("bundle still collecting after {} ms", waitMs);
    waitUntil([] { return false; }, 60);
    const QString path = QDir(m_directory).filePath(fileName);
    if (!dialog.grab().save(path, "PNG")) {
        m_error = tr("Could not write %1").arg(path);
        return false;
    }
    m_files << path;
    return true;
}

bool ScreenshotWalker::run(int waitMs) {
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Could not create the folder %1").arg(m_directory);
        return false;
    }
    m_wizard.show();
    waitUntil([this] { return m_wizard.isVisible(); }, 5000);
    int number = 1;
    auto name = [&number](const QString& what) {
        return QStringLiteral("%1-%2.png").arg(number++, 2, 10, QLatin1Char('0')).arg(what);
    };
    if (!save(name(QStringLiteral("start"))))
        return false;
    auto shoot = [this, &name, waitMs]() {
        QWizardPage* page = m_wizard.currentPage();
        // Each page says when its check is done through its "busy" property.
        if (!waitUntil([page] { return !page->property("busy").toBool(); }, waitMs))
            log::get(log::Area::Ui).warn("page {} still busy after {} ms", m_wizard.currentId(), waitMs);
        // Open "Show details" so the screenshot shows the evidence too.
        if (auto* details = page->findChild<QAbstractButton*>(QStringLiteral("detailsButton"));
            details && details->isEnabled() && details->isCheckable() && !details->isChecked())
            details->click();
        QString what = page->property("screenshotName").toString();
        if (what.isEmpty())
            what = QStringLiteral("page%1").arg(m_wizard.currentId());
        return save(name(what));
    };
    m_wizard.next();
    if (m_wizard.currentId() == Page_Start) {
        m_error = tr("The wizard did not go on from the start page");
        return false;
    }
    if (m_wizard.problem() != Problem::Mcp) {
        // One run, then the answer: wait for the wizard to leave the progress view, then show
        // every result page in order.
        waitUntil([this] { return m_wizard.currentId() != Page_Progress; }, waitMs);
        for (const int page : m_wizard.resultPages()) {
            m_wizard.goToPage(page);
            if (m_wizard.currentId() != page) {
                m_error = tr("The wizard did not open page %1").arg(page);
                return false;
            }
            if (!shoot())
                return false;
        }
        // The state after the recommended fix, when it changes nothing on the system (a corrected
        // address): the summary then says "Fixed: …" or "Still broken: …".
        auto* action =
            m_wizard.currentPage()->findChild<QPushButton*>(QStringLiteral("recommendedActionButton"));
        if (action && action->isVisible() && !action->text().endsWith(QStringLiteral("…"))) {
            action->click();
            waitUntil([this] { return !m_wizard.diagnosisRunning(); }, waitMs);
            m_wizard.currentPage()->setProperty("screenshotName", QStringLiteral("summary-after-fix"));
            const bool ok = shoot();
            m_wizard.currentPage()->setProperty("screenshotName", QStringLiteral("summary"));
            if (!ok)
                return false;
        }
        return saveBundleDialog(name(QStringLiteral("bundle")), waitMs);
    }
    for (int guard = 0; guard < 20; ++guard) {
        if (!shoot())
            return false;
        if (m_wizard.currentId() == Page_Summary)
            return saveBundleDialog(name(QStringLiteral("bundle")), waitMs);
        const int before = m_wizard.currentId();
        m_wizard.next();
        if (m_wizard.currentId() == before) {
            m_error = tr("The wizard did not go on from page %1").arg(before);
            return false;
        }
    }
    m_error = tr("The wizard never reached the summary");
    return false;
}

} // namespace ld::ui
