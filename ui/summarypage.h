#pragma once
// The last page: every step, the verdict, what to do next, and the report to copy or save.

#include "ui/doctorwizard.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ld::ui {

class StatusBadge;

class SummaryPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit SummaryPage(DoctorWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return -1; }

    // Copies the report as Markdown; saves it as JSON or HTML (by the file's extension).
    void copyReport();
    bool saveReport(const QString& fileName);

private:
    void refresh();
    void watch(); // adds the address (or the MCP servers) to the tray's watched endpoints
    wizard::Report shownReport() const;

    DoctorWizard* m_wizard;
    StatusBadge* m_badge;
    QLabel* m_verdict;
    QLabel* m_next;
    QTreeWidget* m_steps;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_bundle;
    QPushButton* m_watch;
    QLabel* m_message;
};

} // namespace ld::ui
