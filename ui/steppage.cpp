#include "ui/steppage.h"

#include "ui/evidenceview.h"
#include "ui/findingview.h"
#include "ui/fixrunner.h"
#include "ui/statusbadge.h"
#include "wizard/steps/registry.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace ld::ui {

StepPage::StepPage(const QString& stepId, DoctorWizard* wizard)
    : QWizardPage(wizard)
    , m_stepId(stepId)
    , m_wizard(wizard)
    , m_badge(new StatusBadge(this))
    , m_headline(new QLabel(this))
    , m_busy(new QWidget(this))
    , m_busyBar(new QProgressBar(m_busy))
    , m_cancel(new QPushButton(tr("Cance&l check"), m_busy))
    , m_scroll(new QScrollArea(this))
    , m_findingsLayout(nullptr)
    , m_fixMessage(new QLabel(this))
    , m_details(new QPushButton(tr("Show &details"), this))
    , m_recheck(new QPushButton(tr("Check &again"), this))
    , m_evidence(new EvidenceView(this)) {
    setObjectName(QStringLiteral("stepPage_%1").arg(stepId));
    setProperty("screenshotName", stepId);
    setTitle(wizard::StepRegistry::title(stepId));
    setSubTitle(wizard::StepRegistry::subtitle(stepId));

    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_headline->setObjectName(QStringLiteral("headlineLabel"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    m_headline->setFont(headlineFont);

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Checking, please wait"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the check"));
    m_cancel->setAutoDefault(false);
    auto* busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar, 1);
    busyLayout->addWidget(m_cancel);

    auto* findings = new QWidget;
    findings->setObjectName(QStringLiteral("findingsArea"));
    m_findingsLayout = new QVBoxLayout(findings);
    m_findingsLayout->setContentsMargins(0, 0, 6, 0);
    m_findingsLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("findingsScroll"));
    m_scroll->setWidget(findings);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("What this step found"));

    m_fixMessage->setObjectName(QStringLiteral("fixMessageLabel"));
    m_fixMessage->setWordWrap(true);
    m_fixMessage->setTextFormat(Qt::PlainText);
    m_fixMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fixMessage->hide();

    m_details->setObjectName(QStringLiteral("detailsButton"));
    m_details->setCheckable(true);
    m_details->setAutoDefault(false);
    m_details->setAccessibleName(tr("Show details: the evidence behind this step"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->setAutoDefault(false);
    m_recheck->setAccessibleName(tr("Check again"));
    m_evidence->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_details);
    buttons->addStretch();
    buttons->addWidget(m_recheck);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addWidget(m_headline);
    layout->addWidget(m_busy);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_fixMessage);
    layout->addLayout(buttons);
    layout->addWidget(m_evidence, 0);

    connect(m_cancel, &QPushButton::clicked, m_wizard, &DoctorWizard::cancelDiagnosis);
    connect(m_recheck, &QPushButton::clicked, m_wizard, &DoctorWizard::recheck);
    connect(m_details, &QPushButton::toggled, this, [this](bool on) {
        m_evidence->setVisible(on);
        // The evidence gets the room while it is shown; the findings keep only what they need.
        if (auto* box = qobject_cast<QVBoxLayout*>(this->layout())) {
            box->setStretchFactor(m_scroll, on ? 0 : 1);
            box->setStretchFactor(m_evidence, on ? 1 : 0);
        }
        m_scroll->setMaximumHeight(
            on ? std::max(m_scroll->minimumHeight(), m_scroll->widget()->layout()->sizeHint().height())
               : QWIDGETSIZE_MAX);
        m_details->setText(on ? tr("Hide &details") : tr("Show &details"));
    });
    // A fix's message stays through the re-check it caused; it goes when the page is entered again.
    connect(m_wizard, &DoctorWizard::diagnosisStarted, this, &StepPage::refresh);
    connect(m_wizard, &DoctorWizard::stepResultArrived, this, [this](const wizard::StepResult& result) {
        if (result.id == m_stepId)
            refresh();
    });
    connect(m_wizard, &DoctorWizard::diagnosisFinished, this, &StepPage::refresh);
    connect(m_wizard, &DoctorWizard::fixMessage, this,
            [this](const QString& step, const QString& text, bool success) {
                if (step != m_stepId)
                    return;
                m_fixMessage->setText(QStringLiteral("%1 %2").arg(
                    Theme::statusSymbol(success ? Status::Pass : Status::Fail), text));
                m_fixMessage->setAccessibleName(text);
                m_fixMessage->show();
            });
    showBusy();
}

QStringList StepPage::shownFindingIds() const {
    return m_findingIds;
}

void StepPage::initializePage() {
    m_fixMessage->hide();
    refresh();
}

void StepPage::refresh() {
    if (const auto result = m_wizard->result(m_stepId))
        showResult(*result);
    else if (m_wizard->diagnosisRunning() && !m_wizard->diagnosisCancelled())
        showBusy();
    else
        showMissing();
    setProperty("busy", !m_wizard->result(m_stepId) && m_wizard->diagnosisRunning() &&
                            !m_wizard->diagnosisCancelled());
    Q_EMIT completeChanged();
}

void StepPage::clearFindings() {
    m_findingIds.clear();
    while (m_findingsLayout->count() > 1) {
        QLayoutItem* item = m_findingsLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_evidence->clear();
}

void StepPage::showBusy() {
    clearFindings();
    m_badge->setStatus(Status::Checking);
    m_headline->setText(tr("Checking %1…").arg(m_wizard->target().authority()));
    m_busy->show();
    m_details->setEnabled(false);
    m_recheck->setEnabled(false);
}

void StepPage::showMissing() {
    clearFindings();
    m_busy->hide();
    m_recheck->setEnabled(true);
    m_details->setEnabled(false);
    if (m_wizard->diagnosisCancelled()) {
        m_badge->setStatus(Status::Cancelled);
        m_headline->setText(
            tr("The check was cancelled before this step ran. Use \"Check again\" to run it."));
    } else {
        m_badge->setStatus(Status::Skip);
        m_headline->setText(tr("This step did not run for this address."));
    }
}

void StepPage::showResult(const wizard::StepResult& result) {
    clearFindings();
    m_busy->hide();
    m_recheck->setEnabled(!m_wizard->diagnosisRunning());
    m_details->setEnabled(true);
    m_badge->setStatus(statusOf(result.status));

    // Worst first: the headline is the finding that decides this step.
    QList<wizard::Finding> findings = result.findings;
    std::stable_sort(findings.begin(), findings.end(),
                     [](const wizard::Finding& a, const wizard::Finding& b) {
                         return static_cast<int>(a.severity) > static_cast<int>(b.severity);
                     });
    m_headline->setText(findings.isEmpty() ? tr("Nothing to check here for this address.")
                                           : findings.first().title);
    m_headline->setAccessibleName(m_headline->text());
    int index = 0;
    for (const wizard::Finding& finding : findings) {
        auto* view = new FindingView(finding, index == 0);
        connect(view, &FindingView::fixClicked, this,
                [this](const wizard::Fix& fix) { m_wizard->fixes().run(fix, m_stepId, this); });
        m_findingsLayout->insertWidget(index++, view);
        m_findingIds << finding.id;
    }
    m_evidence->setFindings(findings);
    // Keep the findings and their fix buttons readable when the details take room below. New child
    // widgets are shown from the event loop, so measure them after it ran.
    m_wizard->updateDefaultButton();
    QTimer::singleShot(0, this, [this] {
        const int needed = m_scroll->widget()->layout()->sizeHint().height();
        m_scroll->setMinimumHeight(std::min(needed, 230));
        if (m_details->isChecked())
            m_scroll->setMaximumHeight(std::max(m_scroll->minimumHeight(), needed));
    });
}

bool StepPage::isComplete() const {
    return m_wizard->result(m_stepId).has_value() || !m_wizard->diagnosisRunning() ||
           m_wizard->diagnosisCancelled();
}

int StepPage::nextId() const {
    return m_wizard->pageAfter(m_stepId);
}

} // namespace ld::ui
