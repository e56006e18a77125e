#include "ui/progresspage.h"

#include "ui/steplist.h"
#include "wizard/steps/registry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ld::ui {

ProgressPage::ProgressPage(DoctorWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cance&l check"), this))
    , m_steps(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("progressPage"));
    setProperty("screenshotName", QStringLiteral("checking"));
    setTitle(tr("Checking"));
    setSubTitle(tr("Every step runs now; the wizard then opens on the one that explains the problem."));

    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setAccessibleName(tr("Steps done"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the check"));
    m_cancel->setAutoDefault(false);
    m_steps->setObjectName(QStringLiteral("progressSteps"));
    m_steps->setAccessibleName(tr("Each step and its state"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderHidden(true);
    m_steps->setRootIsDecorated(false);
    m_steps->setIconSize(QSize(18, 18));
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setFocusPolicy(Qt::NoFocus);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_bar, 1);
    bar->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(bar);
    layout->addWidget(m_steps, 1);

    connect(m_cancel, &QPushButton::clicked, m_wizard, &DoctorWizard::cancelDiagnosis);
    connect(m_wizard, &DoctorWizard::diagnosisStarted, this, &ProgressPage::rebuild);
    connect(m_wizard, &DoctorWizard::stepStarted, this, &ProgressPage::refresh);
    connect(m_wizard, &DoctorWizard::stepResultArrived, this, &ProgressPage::refresh);
    connect(m_wizard, &DoctorWizard::diagnosisFinished, this, &ProgressPage::refresh);
}

void ProgressPage::initializePage() {
    rebuild();
}

void ProgressPage::rebuild() {
    m_steps->clear();
    for (const QString& step : m_wizard->plannedSteps()) {
        auto* item = new QTreeWidgetItem(m_steps);
        item->setData(0, Qt::UserRole, step);
        item->setText(0, wizard::StepRegistry::shortName(step));
    }
    refresh();
}

void ProgressPage::refresh() {
    const bool running = m_wizard->diagnosisRunning();
    int done = 0;
    for (int row = 0; row < m_steps->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_steps->topLevelItem(row);
        const QString step = item->data(0, Qt::UserRole).toString();
        Status status = Status::Checking;
        QString what = running ? tr("Waiting…") : QString();
        if (const auto result = m_wizard->result(step)) {
            ++done;
            status = statusOf(result->status);
            const wizard::Finding* top = nullptr;
            for (const wizard::Finding& finding : result->findings)
                if (!top || static_cast<int>(finding.severity) > static_cast<int>(top->severity))
                    top = &finding;
            what = top ? top->title : Theme::statusText(status);
        } else if (!running) {
            status = m_wizard->diagnosisCancelled() ? Status::Cancelled : Status::Skip;
            what = Theme::statusText(status);
        }
        item->setIcon(0, statusIcon(status));
        item->setText(1, what);
        item->setToolTip(1, what);
        item->setData(1, Qt::AccessibleTextRole, tr("%1: %2").arg(item->text(0), what));
    }
    m_bar->setRange(0, std::max<int>(1, int(m_wizard->plannedSteps().size())));
    m_bar->setValue(done);
    m_bar->setFormat(tr("%n step(s) done", "", done));
    m_cancel->setEnabled(running && !m_wizard->diagnosisCancelled());
    m_headline->setText(running ? tr("Checking %1…").arg(m_wizard->target().authority())
                                : tr("Done checking %1.").arg(m_wizard->target().authority()));
    setProperty("busy", running);
    Q_EMIT completeChanged();
}

bool ProgressPage::isComplete() const {
    return !m_wizard->diagnosisRunning() || m_wizard->diagnosisCancelled();
}

int ProgressPage::nextId() const {
    return m_wizard->landingPage();
}

} // namespace ld::ui
