#include "ui/summarypage.h"

#include "platform/safefile.h"

#include "ui/bundledialog.h"
#include "ui/fixrunner.h"
#include "ui/mcppages.h"
#include "ui/mcprunner.h"
#include "ui/messagebox.h"
#include "ui/reportexport.h"
#include "ui/statusbadge.h"
#include "ui/steplist.h"
#include "wizard/steps/registry.h"
#include "wizard/watch/endpointstore.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace ld::ui {

SummaryPage::SummaryPage(DoctorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_badge(new StatusBadge(this))
    , m_verdict(new QLabel(this))
    , m_next(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("Co&py report"), this))
    , m_save(new QPushButton(tr("&Save report…"), this))
    , m_bundle(new QPushButton(tr("Export diagnostic b&undle…"), this))
    , m_watch(new QPushButton(tr("&Keep an eye on this address"), this))
    , m_message(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_checkAgain(new QPushButton(tr("Check &again"), this))
    , m_actionRow(new QHBoxLayout)
    , m_addressRow(new QWidget(this))
    , m_address(new QLineEdit(m_addressRow))
    , m_open(new QPushButton(tr("&Open in browser"), m_addressRow))
    , m_copyAddress(new QPushButton(tr("Cop&y address"), m_addressRow)) {
    setObjectName(QStringLiteral("summaryPage"));
    setProperty("screenshotName", QStringLiteral("summary"));
    setTitle(tr("Summary"));
    setSubTitle(tr("The answer, what to do about it, and every step at a glance."));

    m_badge->setObjectName(QStringLiteral("verdictBadge"));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_verdict->setFont(big);
    m_next->setObjectName(QStringLiteral("nextActionLabel"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::PlainText);
    m_next->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_outcome->hide();

    m_action->setObjectName(QStringLiteral("recommendedActionButton"));
    m_action->setProperty("recommended", true);
    m_action->setAccessibleName(tr("The recommended fix"));
    m_action->hide();
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgain->setAccessibleName(tr("Check the address again"));
    m_checkAgain->setAutoDefault(false);
    m_actionRow->addWidget(m_action);
    m_actionRow->addWidget(m_checkAgain);
    m_actionRow->addStretch();

    m_addressRow->setObjectName(QStringLiteral("correctedAddressRow"));
    m_address->setObjectName(QStringLiteral("correctedAddress"));
    m_address->setReadOnly(true);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setAccessibleName(tr("The address that answers"));
    m_open->setObjectName(QStringLiteral("openInBrowserButton"));
    m_open->setAutoDefault(false);
    m_copyAddress->setObjectName(QStringLiteral("copyAddressButton"));
    m_copyAddress->setAutoDefault(false);
    auto* addressLayout = new QHBoxLayout(m_addressRow);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(m_address, 1);
    addressLayout->addWidget(m_open);
    addressLayout->addWidget(m_copyAddress);
    m_addressRow->hide();

    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Every step and what it found; open one to see its page"));
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Status"), tr("Step"), tr("What was found")});
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->setUniformRowHeights(false);
    m_steps->setIconSize(QSize(16, 16));
    m_steps->header()->setStretchLastSection(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setAccessibleName(tr("Copy the report as Markdown"));
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setAccessibleName(tr("Save the report as JSON or HTML"));
    m_bundle->setObjectName(QStringLiteral("bundleButton"));
    m_bundle->setAccessibleName(tr("Export a diagnostic bundle"));
    m_bundle->setToolTip(
        tr("One .zip with this report, system facts and logs for support; secrets are replaced."));
    m_watch->setObjectName(QStringLiteral("watchButton"));
    m_watch->setAccessibleName(tr("Keep an eye on this address from the tray"));
    m_watch->setToolTip(
        tr("The tray icon checks it in the background and tells you when it stops answering."));
    for (QPushButton* button : {m_copy, m_save, m_bundle, m_watch})
        button->setAutoDefault(false);

    m_message->setObjectName(QStringLiteral("summaryMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_copy, 0, 0);
    buttons->addWidget(m_save, 0, 1);
    buttons->addWidget(m_bundle, 1, 0);
    buttons->addWidget(m_watch, 1, 1);
    buttons->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addWidget(m_verdict);
    layout->addWidget(m_outcome);
    layout->addWidget(m_next);
    layout->addLayout(m_actionRow);
    layout->addWidget(m_addressRow);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_action, &QPushButton::clicked, this, &SummaryPage::runAction);
    connect(m_checkAgain, &QPushButton::clicked, this, &SummaryPage::checkAgain);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QUrl url(m_address->text());
        if (!url.isValid() || !QDesktopServices::openUrl(url))
            m_message->setText(tr("Can't open %1 here: copy it into your browser.").arg(m_address->text()));
    });
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_address->text());
        m_message->setText(tr("Copied %1 to the clipboard.").arg(m_address->text()));
    });
    connect(m_steps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const int page = DoctorWizard::pageForStep(item->data(0, Qt::UserRole).toString()); page >= 0)
            m_wizard->goToPage(page);
    });
    connect(m_steps, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (const int page = DoctorWizard::pageForStep(item->data(0, Qt::UserRole).toString()); page >= 0)
            m_wizard->goToPage(page);
    });
    connect(m_wizard, &DoctorWizard::fixMessage, this,
            [this](const QString& step, const QString& text, bool) {
                if (step == QLatin1String("summary"))
                    m_message->setText(text);
            });

    connect(m_copy, &QPushButton::clicked, this, &SummaryPage::copyReport);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(QStringLiteral("localhost-doctor-report.html"));
        QString filter;
        const QString html = tr("Web page (*.html)");
        const QString json = tr("JSON for scripts and support (*.json)");
        QString fileName = FileDialog::saveFileName(this, tr("Save report"), suggested,
                                                    html + QStringLiteral(";;") + json, &filter);
        if (fileName.isEmpty())
            return;
        if (QFileInfo(fileName).suffix().isEmpty())
            fileName += filter == json ? QStringLiteral(".json") : QStringLiteral(".html");
        saveReport(fileName);
    });
    connect(m_bundle, &QPushButton::clicked, this, [this] {
        const bool mcp = m_wizard->problem() == Problem::Mcp;
        // The MCP path's report goes in as it is: no target in the bundle re-creates it.
        QList<QJsonObject> reports;
        if (mcp)
            reports << wizard::reportToJson(shownReport(), m_wizard->system());
        showBundleDialog(
            m_wizard->system(), this, mcp ? QStringList() : QStringList{m_wizard->target().input},
            mcp ? m_wizard->mcp().configPath() : m_wizard->mcpConfigPath(), reports, m_wizard->options());
    });
    connect(m_watch, &QPushButton::clicked, this, &SummaryPage::watch);
    connect(m_wizard, &DoctorWizard::diagnosisStarted, this, &SummaryPage::refresh);
    connect(m_wizard, &DoctorWizard::stepResultArrived, this, &SummaryPage::refresh);
    connect(m_wizard, &DoctorWizard::diagnosisFinished, this, &SummaryPage::refresh);
}

wizard::Report SummaryPage::shownReport() const {
    if (m_wizard->problem() == Problem::Mcp) {
        if (auto* servers = qobject_cast<McpServersPage*>(m_wizard->page(Page_McpServers)))
            return servers->report();
    }
    return m_wizard->currentReport();
}

std::optional<wizard::Fix> SummaryPage::recommendedFix(const wizard::Report& report) {
    if (!report.problemFound())
        return std::nullopt;
    for (const wizard::StepResult& step : report.steps)
        for (const wizard::Finding& finding : step.findings) {
            if (finding.id != report.verdict.finding)
                continue;
            QList<wizard::Fix> fixes;
            for (const wizard::Fix& fix : finding.fixes)
                if (FixRunner::supported(fix))
                    fixes << fix;
            // A port someone else holds: the user came to start their server on it, so stopping
            // the holder is the answer; another free port is the alternative on the step's page.
            if (finding.id == QLatin1String("conflict.port_in_use"))
                std::stable_partition(fixes.begin(), fixes.end(), [](const wizard::Fix& fix) {
                    return fix.action == wizard::FixAction::StopProcess;
                });
            if (!fixes.isEmpty())
                return fixes.first();
        }
    return std::nullopt;
}

void SummaryPage::initializePage() {
    m_message->clear();
    refresh();
}

void SummaryPage::runAction() {
    if (!m_fix)
        return;
    const wizard::Fix fix = *m_fix;
    m_typed = m_wizard->target().input;
    m_afterFix = true;
    m_wizard->fixes().run(fix, QStringLiteral("summary"), this);
}

void SummaryPage::checkAgain() {
    m_afterFix = true;
    if (m_wizard->problem() == Problem::Mcp) {
        m_wizard->mcp().start(m_wizard->mcpConfigPath(), m_wizard->options().timeout);
        return;
    }
    m_wizard->recheck();
}

void SummaryPage::showOutcome(const wizard::Report& report) {
    const bool running = m_wizard->problem() != Problem::Mcp && m_wizard->diagnosisRunning();
    if (!m_afterFix || running) {
        m_outcome->hide();
        return;
    }
    const QString url = report.target.url();
    if (!report.problemFound()) {
        m_outcome->setText(report.intent == wizard::Intent::Serve && m_wizard->problem() != Problem::Mcp
                               ? tr("Fixed: %1 is free for your server.").arg(report.target.authority())
                           : m_wizard->problem() == Problem::Mcp ? tr("Fixed: every MCP server answers.")
                                                                 : tr("Fixed: %1 answers.").arg(url));
        m_outcome->setStyleSheet(
            QStringLiteral("color:%1").arg(Theme::statusColour(Status::Pass, palette()).name()));
    } else {
        m_outcome->setText(tr("Still broken: %1").arg(report.verdict.summary));
        m_outcome->setStyleSheet(
            QStringLiteral("color:%1").arg(Theme::statusColour(Status::Fail, palette()).name()));
    }
    m_outcome->setAccessibleName(m_outcome->text());
    m_outcome->show();
}

void SummaryPage::refresh() {
    const wizard::Report report = shownReport();
    const bool mcp = m_wizard->problem() == Problem::Mcp;
    const bool running = !mcp && m_wizard->diagnosisRunning();
    m_fix.reset();
    if (running) {
        m_badge->setStatus(Status::Checking);
        m_verdict->setText(tr("Still checking %1…").arg(report.target.authority()));
        m_next->clear();
    } else if (!report.problemFound()) {
        m_badge->setStatus(Status::Pass, ReportExport::verdictTitle(report));
        m_verdict->setText(report.verdict.summary);
        if (!mcp && !m_typed.isEmpty() && m_typed != report.target.input)
            m_next->setText(tr("You typed %1: open %2.").arg(m_typed, report.target.url()));
        else
            m_next->setText(
                tr("If it still doesn't open, save the report and send it to whoever helps you."));
    } else {
        m_badge->setStatus(statusOf(report.verdict.severity), ReportExport::verdictTitle(report));
        m_verdict->setText(report.verdict.summary);
        m_fix = recommendedFix(report);
        m_next->setText(m_fix || report.verdict.nextAction.isEmpty()
                            ? QString()
                            : tr("What to do next: %1").arg(report.verdict.nextAction));
    }
    m_next->setVisible(!m_next->text().isEmpty());
    if (m_fix) {
        QString label = m_fix->label;
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // A fix that changes the system asks first: the ellipsis says so.
        const bool asks = m_fix->changesSystem || m_fix->action == wizard::FixAction::StopProcess ||
                          m_fix->action == wizard::FixAction::EditConfig;
        m_action->setText(asks ? label + QStringLiteral("…") : label);
        m_action->setAccessibleName(m_fix->label);
        m_action->setToolTip(m_fix->preview);
        m_action->setProperty("fixId", m_fix->id);
        m_action->setProperty("fixParams", m_fix->params);
    }
    m_action->setVisible(m_fix.has_value());
    m_action->setEnabled(!running);
    m_checkAgain->setEnabled(!running);
    showOutcome(report);

    // The address that answers, to open or copy (after a typo was repaired, or when all is well).
    const bool answers = !running && !mcp && !report.problemFound() &&
                         report.intent == wizard::Intent::Connect && !report.steps.isEmpty();
    m_address->setText(report.target.url());
    m_open->setAccessibleName(tr("Open %1 in the browser").arg(report.target.url()));
    m_copyAddress->setAccessibleName(tr("Copy %1").arg(report.target.url()));
    m_addressRow->setVisible(answers);

    m_steps->clear();
    for (const wizard::StepResult& step : report.steps) {
        const Status status = statusOf(step.status);
        const wizard::Finding* top = nullptr;
        for (const wizard::Finding& finding : step.findings)
            if (!top || static_cast<int>(finding.severity) > static_cast<int>(top->severity))
                top = &finding;
        auto* item = new QTreeWidgetItem(m_steps);
        item->setIcon(0, statusIcon(status));
        item->setText(0, Theme::statusText(status));
        item->setForeground(0, Theme::statusColour(status, palette()));
        item->setText(1, wizard::StepRegistry::shortName(step.id));
        item->setText(2, top ? top->title : QString());
        item->setData(0, Qt::UserRole, step.id);
        item->setData(2, Qt::UserRole, top ? top->id : QString());
        item->setToolTip(2, top ? top->detail : QString());
    }
    setProperty("busy", running);
    m_copy->setEnabled(!running);
    m_save->setEnabled(!running);
    m_wizard->updateDefaultButton();
    Q_EMIT completeChanged();
}

bool SummaryPage::isComplete() const {
    return true;
}

void SummaryPage::watch() {
    wizard::EndpointStore store;
    QList<wizard::WatchedEndpoint> endpoints;
    if (m_wizard->problem() == Problem::Mcp) {
        endpoints = wizard::EndpointStore::fromClaudeConfig(m_wizard->mcp().configPath());
    } else {
        wizard::WatchedEndpoint endpoint;
        endpoint.name = m_wizard->target().authority();
        endpoint.target = m_wizard->target().url();
        endpoints << endpoint;
    }
    QStringList names;
    for (const wizard::WatchedEndpoint& endpoint : std::as_const(endpoints)) {
        QString error;
        if (!store.add(endpoint, &error)) {
            m_message->setText(tr("Could not add %1 to the watched addresses: %2").arg(endpoint.name, error));
            return;
        }
        names << endpoint.name;
    }
    if (names.isEmpty()) {
        m_message->setText(tr("There is nothing to watch here."));
        return;
    }
    const bool trayStarted = m_wizard->trayLauncher() && m_wizard->trayLauncher()();
    m_message->setText(trayStarted || !m_wizard->trayLauncher()
                           ? tr("Watching %1: the tray icon tells you when it stops answering.")
                                 .arg(names.join(QStringLiteral(", ")))
                           : tr("Watching %1, but the tray icon could not be started.")
                                 .arg(names.join(QStringLiteral(", "))));
}

void SummaryPage::copyReport() {
    QGuiApplication::clipboard()->setText(ReportExport::markdown(shownReport()));
    m_message->setText(
        tr("Copied the report to the clipboard (Markdown): paste it into a chat or an issue."));
}

bool SummaryPage::saveReport(const QString& fileName) {
    const wizard::Report report = shownReport();
    const bool json = QFileInfo(fileName).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes =
        json ? QJsonDocument(wizard::reportToJson(report, m_wizard->system())).toJson(QJsonDocument::Indented)
             : ReportExport::html(report).toUtf8();
    // The one writer: verified on disk, the old file intact and no temporary left when it fails.
    const platform::WriteResult written = platform::SafeFile::write(fileName, bytes);
    if (!written.ok()) {
        m_message->setText(platform::SafeFile::failureMessage(written));
        return false;
    }
    m_message->setText(tr("Saved the report to %1.").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

} // namespace ld::ui
