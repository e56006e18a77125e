#pragma once
// A page for one step (port, server, firewall, conflict, protocol, proxy, mcp). Shows a busy
// indicator with Cancel until the step's result arrives from the Diagnosis, then the result.

#include "ui/doctorwizard.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace ld::ui {

class EvidenceView;
class StatusBadge;

class StepPage final : public QWizardPage {
    Q_OBJECT
public:
    StepPage(const QString& stepId, DoctorWizard* wizard);

    QString stepId() const { return m_stepId; }
    StatusBadge* badge() const { return m_badge; }
    QStringList shownFindingIds() const;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void refresh();
    void showBusy();
    void showResult(const wizard::StepResult& result);
    void showMissing();
    void clearFindings();

    QString m_stepId;
    DoctorWizard* m_wizard;
    StatusBadge* m_badge;
    QLabel* m_headline;
    QWidget* m_busy;
    QProgressBar* m_busyBar;
    QPushButton* m_cancel;
    QScrollArea* m_scroll;
    QVBoxLayout* m_findingsLayout;
    QLabel* m_fixMessage;
    QPushButton* m_details;
    QPushButton* m_recheck;
    EvidenceView* m_evidence;
    QStringList m_findingIds;
};

} // namespace ld::ui
