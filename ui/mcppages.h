#pragma once
// The MCP path: the Claude Desktop config check, then a row per server with its state. Both
// pages show what McpRunner reports; config fixes show their diff first and offer Undo.

#include "ui/doctorwizard.h"
#include "wizard/report/report.h"

#include <QWizardPage>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace ld::ui {

class EvidenceView;
class StatusBadge;

// Findings of one step with their fix buttons, and the evidence behind a "Show details" button.
class FindingsPanel final : public QWidget {
    Q_OBJECT
public:
    FindingsPanel(DoctorWizard* wizard, QWidget* parent);
    void setStep(const wizard::StepResult& step, bool skipPrimaryTitle);
    void clear();
    QStringList findingIds() const { return m_ids; }

private:
    DoctorWizard* m_wizard;
    QVBoxLayout* m_list;
    QPushButton* m_details;
    EvidenceView* m_evidence;
    QStringList m_ids;
};

// The message of the last fix on the MCP pages, with Undo after a config edit.
class FixMessageBar final : public QWidget {
    Q_OBJECT
public:
    FixMessageBar(DoctorWizard* wizard, const QString& stepPrefix, QWidget* parent);
    void reset();

private:
    QLabel* m_text;
    QPushButton* m_undo;
    QString m_configPath;
    QString m_backupPath;
};

class McpConfigPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit McpConfigPage(DoctorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return Page_McpServers; }
    StatusBadge* badge() const { return m_badge; }
    QStringList shownFindingIds() const;
    // The page's actions: Check again, and room for more (add buttons before the stretch).
    QHBoxLayout* actionRow() const { return m_actions; }

private:
    void refresh();

    DoctorWizard* m_wizard;
    QHBoxLayout* m_actions;
    QPushButton* m_checkAgain;
    StatusBadge* m_badge;
    QLabel* m_headline;
    QLabel* m_path;
    QWidget* m_busy;
    FindingsPanel* m_findings;
    FixMessageBar* m_message;
};

class McpServersPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit McpServersPage(DoctorWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override { return Page_Summary; }
    StatusBadge* badge() const { return m_badge; }
    // config plus one server:NAME step per server, as `mcp --json` reports it.
    wizard::Report report() const;
    QStringList shownFindingIds() const;
    void selectServer(const QString& name);
    QHBoxLayout* actionRow() const { return m_actions; }

private:
    void refresh();
    void showSelected();

    DoctorWizard* m_wizard;
    QHBoxLayout* m_actions;
    QPushButton* m_checkAgain;
    StatusBadge* m_badge;
    QLabel* m_headline;
    QWidget* m_busy;
    QTreeWidget* m_servers;
    FindingsPanel* m_findings;
    FixMessageBar* m_message;
    QString m_selected;
};

} // namespace ld::ui
