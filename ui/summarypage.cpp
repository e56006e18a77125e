#include "ui/summarypage.h"

#include "platform/safefile.h"

#include "ui/bundledialog.h"
#include "ui/mcppages.h"
#include "ui/mcprunner.h"
#include "ui/messagebox.h"
#include "ui/reportexport.h"
#include "ui/statusbadge.h"
#include "wizard/steps/registry.h"
#include "wizard/watch/endpointstore.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ld::ui {

SummaryPage::SummaryPage(DoctorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_badge(new StatusBadge(this))
    , m_verdict(new QLabel(this))
    , m_next(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_copy(new QPushButton(tr("&Copy report"), this))
    , m_save(new QPushButton(tr("&Save report…"), this))
    , m_bundle(new QPushButton(tr("Export diagnostic &bundle…"), this))
    , m_watch(new QPushButton(tr("&Keep an eye on this address"), this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("summaryPage"));
    setProperty("screenshotName", QStringLiteral("summary"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Every step at a glance, and what to do next."));

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

    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setAccessibleName(tr("Every step and what it found"));
    m_steps->setColumnCount(3);
    m_steps->setHeaderLabels({tr("Status"), tr("Step"), tr("What was found")});
    m_steps->setRootIsDecorated(false);
    m_steps->setWordWrap(true);
    m_steps->setUniformRowHeights(false);
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
        tr("The tray icon (localhost-doctor tray) checks it in the background and tells you when it "
           "stops answering."));
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
    layout->addWidget(m_next);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

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
        showBundleDialog(m_wizard->system(), this,
                         mcp ? QStringList() : QStringList{m_wizard->target().input},
                         mcp ? m_wizard->mcp().configPath() : m_wizard->mcpConfigPath());
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

void SummaryPage::initializePage() {
    m_message->clear();
    refresh();
}

void SummaryPage::refresh() {
    const wizard::Report report = shownReport();
    const bool running = m_wizard->problem() != Problem::Mcp && m_wizard->diagnosisRunning();
    if (running) {
        m_badge->setStatus(Status::Checking);
        m_verdict->setText(tr("Still checking %1…").arg(report.target.authority()));
        m_next->clear();
    } else if (!report.problemFound()) {
        m_badge->setStatus(Status::Pass, ReportExport::verdictTitle(report));
        m_verdict->setText(report.verdict.summary);
        m_next->setText(tr("If it still doesn't open, save the report and send it to whoever helps you."));
    } else {
        m_badge->setStatus(statusOf(report.verdict.severity), ReportExport::verdictTitle(report));
        m_verdict->setText(report.verdict.summary);
        m_next->setText(report.verdict.nextAction.isEmpty()
                            ? QString()
                            : tr("What to do next: %1").arg(report.verdict.nextAction));
    }
    m_steps->clear();
    for (const wizard::StepResult& step : report.steps) {
        const Status status = statusOf(step.status);
        const wizard::Finding* top = nullptr;
        for (const wizard::Finding& finding : step.findings)
            if (!top || static_cast<int>(finding.severity) > static_cast<int>(top->severity))
                top = &finding;
        auto* item = new QTreeWidgetItem(m_steps);
        item->setText(0, QStringLiteral("%1 %2").arg(Theme::statusSymbol(status), Theme::statusText(status)));
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
    m_message->setText(names.isEmpty()
                           ? tr("There is nothing to watch here.")
                           : tr("Watching %1. Start the tray icon (localhost-doctor tray) to be told "
                                "when it stops answering.")
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
