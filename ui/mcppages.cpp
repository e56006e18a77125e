#include "ui/mcppages.h"

#include "ui/evidenceview.h"
#include "ui/findingview.h"
#include "ui/fixrunner.h"
#include "ui/mcprunner.h"
#include "ui/selfinstall.h"
#include "ui/statusbadge.h"
#include "wizard/steps/registry.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace ld::ui {
namespace {

QWidget* busyRow(QWidget* parent, const QString& text) {
    auto* row = new QWidget(parent);
    row->setObjectName(QStringLiteral("busyIndicator"));
    auto* bar = new QProgressBar(row);
    bar->setObjectName(QStringLiteral("busyBar"));
    bar->setRange(0, 0);
    bar->setTextVisible(false);
    bar->setAccessibleName(text);
    auto* label = new QLabel(text, row);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(bar, 1);
    return row;
}

// Worst first; among equals the later one, which concludes more (mcp.ok after mcp.command_found).
// "Check again" for the MCP pages, with the row it sits in (other actions go before the stretch).
QHBoxLayout* checkAgainRow(DoctorWizard* wizard, QWidget* parent, QPushButton** button) {
    auto* row = new QHBoxLayout;
    *button = new QPushButton(McpConfigPage::tr("Check &again"), parent);
    (*button)->setObjectName(QStringLiteral("checkAgainButton"));
    (*button)->setAccessibleName(McpConfigPage::tr("Read the config and greet the servers again"));
    (*button)->setAutoDefault(false);
    QObject::connect(*button, &QPushButton::clicked, wizard,
                     [wizard] { wizard->mcp().start(wizard->mcpConfigPath(), wizard->options().timeout); });
    row->addStretch();
    row->addWidget(*button);
    return row;
}

QList<wizard::Finding> worstFirst(QList<wizard::Finding> findings) {
    std::reverse(findings.begin(), findings.end());
    std::stable_sort(findings.begin(), findings.end(),
                     [](const wizard::Finding& a, const wizard::Finding& b) {
                         return static_cast<int>(a.severity) > static_cast<int>(b.severity);
                     });
    return findings;
}

std::optional<wizard::StepResult> stepOf(const wizard::Report& report, const QString& id) {
    for (const wizard::StepResult& step : report.steps)
        if (step.id == id)
            return step;
    return std::nullopt;
}

} // namespace

FindingsPanel::FindingsPanel(DoctorWizard* wizard, QWidget* parent)
    : QWidget(parent)
    , m_wizard(wizard)
    , m_list(nullptr)
    , m_details(new QPushButton(tr("Show &details"), this))
    , m_evidence(new EvidenceView(this)) {
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("findingsScroll"));
    scroll->setAccessibleName(tr("What was found"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto* content = new QWidget;
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 6, 0);
    m_list->addStretch();
    scroll->setWidget(content);
    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->setCheckable(true);
    m_details->setAutoDefault(false);
    m_details->setAccessibleName(tr("Show details: the evidence behind this check"));
    m_evidence->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_details);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_evidence, 2);
    connect(m_details, &QPushButton::toggled, this, [this](bool on) {
        m_evidence->setVisible(on);
        // The evidence gets the room while it is shown; the findings keep what they need.
        if (auto* box = qobject_cast<QVBoxLayout*>(this->layout())) {
            box->setStretch(0, on ? 0 : 3);
            box->setStretch(box->indexOf(m_evidence), on ? 1 : 0);
        }
        m_details->setText(on ? tr("Hide &details") : tr("Show &details"));
    });
}

void FindingsPanel::clear() {
    m_ids.clear();
    while (m_list->count() > 1) {
        QLayoutItem* item = m_list->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_evidence->clear();
    m_details->setEnabled(false);
}

void FindingsPanel::setStep(const wizard::StepResult& step, bool skipPrimaryTitle) {
    clear();
    const QList<wizard::Finding> findings = worstFirst(step.findings);
    int index = 0;
    for (const wizard::Finding& finding : findings) {
        auto* view = new FindingView(finding, skipPrimaryTitle && index == 0);
        const QString stepId = step.id;
        connect(view, &FindingView::fixClicked, this,
                [this, stepId](const wizard::Fix& fix) { m_wizard->fixes().run(fix, stepId, this); });
        m_list->insertWidget(index++, view);
        m_ids << finding.id;
    }
    m_evidence->setFindings(findings);
    m_details->setEnabled(!findings.isEmpty());
}

FixMessageBar::FixMessageBar(DoctorWizard* wizard, const QString& stepPrefix, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo the change"), this)) {
    m_text->setObjectName(QStringLiteral("fixMessageLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setAccessibleName(tr("Undo the change to the config"));
    m_undo->setAutoDefault(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    reset();
    auto matches = [stepPrefix](const QString& step) {
        return step == QLatin1String("config") ? stepPrefix == QLatin1String("config")
                                               : step.startsWith(stepPrefix);
    };
    connect(wizard, &DoctorWizard::fixMessage, this,
            [this, matches](const QString& step, const QString& text, bool ok) {
                if (!matches(step))
                    return;
                m_text->setText(
                    QStringLiteral("%1 %2").arg(Theme::statusSymbol(ok ? Status::Pass : Status::Fail), text));
                m_text->setAccessibleName(text);
                m_text->show();
            });
    connect(&wizard->fixes(), &FixRunner::configEdited, this,
            [this, matches](const QString& step, const QString& configPath, const QString& backupPath) {
                if (!matches(step))
                    return;
                m_configPath = configPath;
                m_backupPath = backupPath;
                m_undo->setVisible(!backupPath.isEmpty());
            });
    connect(m_undo, &QPushButton::clicked, this, [this, wizard, stepPrefix] {
        m_undo->hide();
        wizard->fixes().undoConfigEdit(stepPrefix, m_configPath, m_backupPath);
    });
}

void FixMessageBar::reset() {
    m_text->clear();
    m_text->hide();
    m_undo->hide();
}

McpConfigPage::McpConfigPage(DoctorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_badge(new StatusBadge(this))
    , m_headline(new QLabel(this))
    , m_path(new QLabel(this))
    , m_busy(busyRow(this, tr("Reading the config…")))
    , m_findings(new FindingsPanel(wizard, this))
    , m_message(new FixMessageBar(wizard, QStringLiteral("config"), this)) {
    m_actions = checkAgainRow(wizard, this, &m_checkAgain);
    setObjectName(QStringLiteral("mcpConfigPage"));
    setProperty("screenshotName", QStringLiteral("mcp-config"));
    setTitle(wizard::StepRegistry::title(QStringLiteral("config")));
    setSubTitle(wizard::StepRegistry::subtitle(QStringLiteral("config")));
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);
    m_path->setObjectName(QStringLiteral("configPathLabel"));
    m_path->setWordWrap(true);
    m_path->setTextFormat(Qt::PlainText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addWidget(m_headline);
    layout->addWidget(m_path);
    layout->addWidget(m_busy);
    layout->addWidget(m_findings, 1);
    layout->addWidget(new SelfInstallButton(wizard, this), 0, Qt::AlignLeft); // ui/selfinstall.h
    layout->addWidget(m_message);
    layout->addLayout(m_actions);
    McpRunner& runner = m_wizard->mcp();
    connect(&runner, &McpRunner::started, this, &McpConfigPage::refresh);
    connect(&runner, &McpRunner::staticChecksDone, this, &McpConfigPage::refresh);
    connect(&runner, &McpRunner::finished, this, &McpConfigPage::refresh);
    refresh();
}

void McpConfigPage::initializePage() {
    m_message->reset();
    // Entering the MCP path (again) checks the config afresh.
    m_wizard->mcp().start(m_wizard->mcpConfigPath(), m_wizard->options().timeout);
    refresh();
}

QStringList McpConfigPage::shownFindingIds() const {
    return m_findings->findingIds();
}

void McpConfigPage::refresh() {
    const McpRunner& runner = m_wizard->mcp();
    m_checkAgain->setEnabled(!runner.running());
    const auto step = stepOf(runner.report(), QStringLiteral("config"));
    const bool busy = !step && runner.running();
    setProperty("busy", busy);
    m_busy->setVisible(busy);
    if (!step) {
        m_findings->clear();
        m_badge->setStatus(busy ? Status::Checking : Status::Skip);
        m_headline->setText(busy ? tr("Reading the MCP client's config…") : QString());
        m_path->clear();
    } else {
        m_badge->setStatus(statusOf(step->status));
        const QList<wizard::Finding> findings = worstFirst(step->findings);
        m_headline->setText(findings.isEmpty() ? QString() : findings.first().title);
        QString path = runner.configPath().isEmpty()
                           ? QString()
                           : tr("Config file: %1").arg(QDir::toNativeSeparators(runner.configPath()));
        QStringList clients;
        for (const wizard::DiscoveredConfig& found : runner.found())
            clients << tr("%1: %2").arg(found.client->displayName,
                                        QDir::toNativeSeparators(found.location.path));
        if (!clients.isEmpty())
            path += QLatin1Char('\n') + tr("MCP clients found (%n):", nullptr, int(clients.size())) +
                    QStringLiteral("\n  ") + clients.join(QStringLiteral("\n  "));
        m_path->setText(path);
        m_findings->setStep(*step, true);
    }
    Q_EMIT completeChanged();
}

bool McpConfigPage::isComplete() const {
    return !property("busy").toBool();
}

McpServersPage::McpServersPage(DoctorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_badge(new StatusBadge(this))
    , m_headline(new QLabel(this))
    , m_busy(busyRow(this, tr("Starting each server and greeting it…")))
    , m_servers(new QTreeWidget(this))
    , m_findings(new FindingsPanel(wizard, this))
    , m_message(new FixMessageBar(wizard, QStringLiteral("server:"), this)) {
    m_actions = checkAgainRow(wizard, this, &m_checkAgain);
    setObjectName(QStringLiteral("mcpServersPage"));
    setProperty("screenshotName", QStringLiteral("mcp-servers"));
    setTitle(tr("Does each MCP server answer?"));
    setSubTitle(
        tr("Each server is started the way its MCP client starts it and greeted; no tool is called."));
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_servers->setObjectName(QStringLiteral("serverList"));
    m_servers->setAccessibleName(tr("MCP servers and their state"));
    m_servers->setColumnCount(3);
    m_servers->setHeaderLabels({tr("State"), tr("Server"), tr("What was found")});
    m_servers->setRootIsDecorated(false);
    m_servers->header()->setStretchLastSection(true);
    m_servers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_servers->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_servers->setMaximumHeight(m_servers->fontMetrics().lineSpacing() * 8);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addWidget(m_headline);
    layout->addWidget(m_busy);
    layout->addWidget(m_servers);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_message);
    layout->addLayout(m_actions);
    McpRunner& runner = m_wizard->mcp();
    connect(&runner, &McpRunner::started, this, &McpServersPage::refresh);
    connect(&runner, &McpRunner::staticChecksDone, this, &McpServersPage::refresh);
    connect(&runner, &McpRunner::finished, this, &McpServersPage::refresh);
    connect(m_servers, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item) {
            m_selected = item->data(1, Qt::UserRole).toString();
            showSelected();
        }
    });
}

wizard::Report McpServersPage::report() const {
    return m_wizard->mcp().report();
}

QStringList McpServersPage::shownFindingIds() const {
    return m_findings->findingIds();
}

void McpServersPage::selectServer(const QString& name) {
    for (int i = 0; i < m_servers->topLevelItemCount(); ++i)
        if (m_servers->topLevelItem(i)->data(1, Qt::UserRole).toString() == name)
            m_servers->setCurrentItem(m_servers->topLevelItem(i));
}

void McpServersPage::initializePage() {
    m_message->reset();
    refresh();
}

void McpServersPage::refresh() {
    const McpRunner& runner = m_wizard->mcp();
    m_checkAgain->setEnabled(!runner.running());
    const wizard::Report report = runner.report();
    const bool busy = runner.running();
    setProperty("busy", busy);
    m_busy->setVisible(busy);
    const QString keep = m_selected;
    m_servers->clear();
    int servers = 0;
    for (const wizard::StepResult& step : report.steps) {
        if (!step.id.startsWith(QLatin1String("server:")))
            continue;
        ++servers;
        const Status status = statusOf(step.status);
        const QList<wizard::Finding> findings = worstFirst(step.findings);
        auto* item = new QTreeWidgetItem(m_servers);
        // While the handshakes run, rows that passed the static checks are still being greeted.
        const bool greeting = busy && status != Status::Fail;
        item->setText(0,
                      QStringLiteral("%1 %2").arg(Theme::statusSymbol(greeting ? Status::Checking : status),
                                                  Theme::statusText(greeting ? Status::Checking : status)));
        item->setForeground(0, Theme::statusColour(greeting ? Status::Checking : status, palette()));
        item->setText(1, step.id.mid(7));
        item->setData(1, Qt::UserRole, step.id.mid(7));
        item->setText(2, findings.isEmpty() ? QString() : findings.first().title);
        item->setData(2, Qt::UserRole, findings.isEmpty() ? QString() : findings.first().id);
    }
    if (servers == 0) {
        m_badge->setStatus(busy ? Status::Checking : Status::Skip);
        const auto config = stepOf(report, QStringLiteral("config"));
        const bool unreadable = config && config->status == wizard::StepStatus::Fail;
        m_headline->setText(busy         ? tr("Reading the config…")
                            : unreadable ? tr("No server can be checked: the config can't be used. Fix it "
                                              "(the previous page says how) and the check runs again.")
                                         : tr("The config lists no MCP server to check."));
        if (unreadable)
            m_badge->setStatus(Status::Fail);
    } else if (busy) {
        m_badge->setStatus(Status::Checking);
        m_headline->setText(tr("Starting and greeting the servers…"));
    } else {
        m_badge->setStatus(statusOf(report.verdict.severity));
        m_headline->setText(report.verdict.summary);
    }
    m_selected = keep;
    if (m_servers->topLevelItemCount() > 0) {
        selectServer(m_selected);
        if (!m_servers->currentItem())
            m_servers->setCurrentItem(m_servers->topLevelItem(0));
    } else {
        m_findings->clear();
    }
    Q_EMIT completeChanged();
}

void McpServersPage::showSelected() {
    if (const auto step = stepOf(m_wizard->mcp().report(), QStringLiteral("server:") + m_selected))
        m_findings->setStep(*step, false);
    else
        m_findings->clear();
}

bool McpServersPage::isComplete() const {
    return true; // the summary can show what is known so far
}

} // namespace ld::ui
