#pragma once
// The one view the user waits on: every planned step with its state as it finishes. When the
// diagnosis is done the wizard opens on the verdict's step (DoctorWizard::landingPage()).

#include "ui/doctorwizard.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ld::ui {

class ProgressPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ProgressPage(DoctorWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void rebuild();
    void refresh();

    DoctorWizard* m_wizard;
    QLabel* m_headline;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTreeWidget* m_steps;
};

} // namespace ld::ui
