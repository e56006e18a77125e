#include "ui/steplist.h"

#include "ui/doctorwizard.h"
#include "ui/stateicon.h"
#include "wizard/steps/registry.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ld::ui {

QIcon statusIcon(Status status) {
    switch (status) {
    case Status::Pass:
    case Status::Info:
        return StateIcon::icon(wizard::QuickState::Up);
    case Status::Warn:
        return StateIcon::icon(wizard::QuickState::Degraded);
    case Status::Fail:
        return StateIcon::icon(wizard::QuickState::Down);
    case Status::Checking:
    case Status::Skip:
    case Status::Cancelled:
        break;
    }
    return StateIcon::icon(wizard::QuickState::Unknown);
}

StepList::StepList(DoctorWizard* wizard)
    : QWidget(wizard)
    , m_wizard(wizard)
    , m_position(new QLabel(this))
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("stepListSide"));
    m_position->setObjectName(QStringLiteral("stepPositionLabel"));
    m_position->setWordWrap(true);
    QFont bold = m_position->font();
    bold.setBold(true);
    m_position->setFont(bold);
    m_list->setObjectName(QStringLiteral("stepNavigator"));
    m_list->setAccessibleName(tr("Steps: choose one to see what it found"));
    m_list->setIconSize(QSize(18, 18));
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 8, 8);
    layout->addWidget(m_position);
    layout->addWidget(m_list, 1);
    setFixedWidth(180);

    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { m_wizard->goToPage(item->data(Qt::UserRole).toInt()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { m_wizard->goToPage(item->data(Qt::UserRole).toInt()); });
    connect(m_wizard, &DoctorWizard::diagnosisStarted, this, &StepList::rebuild);
    connect(m_wizard, &DoctorWizard::stepResultArrived, this, &StepList::refresh);
    connect(m_wizard, &DoctorWizard::diagnosisFinished, this, &StepList::refresh);
    connect(m_wizard, &QWizard::currentIdChanged, this, &StepList::refresh);
    rebuild();
}

int StepList::pageAt(int row) const {
    const QListWidgetItem* item = m_list->item(row);
    return item ? item->data(Qt::UserRole).toInt() : -1;
}

int StepList::rowOf(int pageId) const {
    for (int row = 0; row < m_list->count(); ++row)
        if (pageAt(row) == pageId)
            return row;
    return -1;
}

QString StepList::positionText() const {
    return m_position->text();
}

void StepList::rebuild() {
    m_list->clear();
    for (const int page : m_wizard->resultPages()) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, page);
        const QString step = DoctorWizard::stepForPage(page);
        item->setText(step.isEmpty() ? tr("Summary") : wizard::StepRegistry::shortName(step));
    }
    refresh();
}

void StepList::refresh() {
    const bool running = m_wizard->diagnosisRunning();
    const int current = m_wizard->currentId();
    const QList<int> steps = m_wizard->resultPages().mid(0, m_wizard->resultPages().size() - 1);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const int page = item->data(Qt::UserRole).toInt();
        const QString step = DoctorWizard::stepForPage(page);
        Status status = Status::Checking;
        if (step.isEmpty()) {
            const wizard::Report report = m_wizard->currentReport();
            status = running                 ? Status::Checking
                     : report.problemFound() ? statusOf(report.verdict.severity)
                                             : Status::Pass;
        } else if (const auto result = m_wizard->result(step)) {
            status = statusOf(result->status);
        } else if (!running) {
            status = m_wizard->diagnosisCancelled() ? Status::Cancelled : Status::Skip;
        }
        item->setIcon(statusIcon(status));
        const QString name = step.isEmpty() ? tr("Summary") : wizard::StepRegistry::shortName(step);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(name, Theme::statusText(status)));
        item->setToolTip(Theme::statusText(status));
        QFont font = m_list->font();
        font.setBold(page == current);
        item->setFont(font);
        if (page == current)
            m_list->setCurrentItem(item);
    }
    const qsizetype index = steps.indexOf(current);
    if (index >= 0)
        m_position->setText(tr("Step %1 of %2").arg(index + 1).arg(steps.size()));
    else if (current == Page_Summary)
        m_position->setText(tr("Summary"));
    else
        m_position->setText(running ? tr("Checking…") : tr("Steps"));
}

} // namespace ld::ui
