#pragma once
// The last page: every step, the verdict, what to do next, and the report to copy or save.

#include "ui/doctorwizard.h"

#include <QWizardPage>
#include <optional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
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

    // The fix the summary offers as its default button: the verdict's first fix the GUI can do.
    static std::optional<wizard::Fix> recommendedFix(const wizard::Report& report);
    QPushButton* actionButton() const { return m_action; }
    // A row for another page's action (beside Check again), for buttons added later.
    QHBoxLayout* actionRow() const { return m_actionRow; }

    // Copies the report as Markdown; saves it as JSON or HTML (by the file's extension).
    void copyReport();
    bool saveReport(const QString& fileName);

private:
    void refresh();
    void watch(); // adds the address (or the MCP servers) to the tray's watched endpoints
    wizard::Report shownReport() const;
    void runAction();
    void checkAgain();
    void showOutcome(const wizard::Report& report);

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
    QLabel* m_outcome;
    QPushButton* m_action;
    QPushButton* m_checkAgain;
    QHBoxLayout* m_actionRow;
    QWidget* m_addressRow;
    QLineEdit* m_address;
    QPushButton* m_open;
    QPushButton* m_copyAddress;
    std::optional<wizard::Fix> m_fix;
    QString m_typed;         // what the user typed before a fix changed the address
    bool m_afterFix = false; // a re-check started here: say whether it is fixed now
};

} // namespace ld::ui
