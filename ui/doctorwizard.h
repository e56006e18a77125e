#pragma once
// The wizard window. It only displays: a Diagnosis (wizard/) runs every step on a worker thread
// and emits; each page shows one step's result when it arrives. Fixes go through FixRunner.

#include "platform/system.h"
#include "wizard/diagnosis.h"

#include <QPointer>
#include <QWizard>
#include <chrono>
#include <functional>
#include <optional>

namespace ld::ui {

class FixRunner;
class McpRunner;
class StartPage;

enum PageId {
    Page_Start,
    Page_McpConfig,
    Page_McpServers,
    Page_Summary,
    Page_Progress, // every step runs behind it; then the wizard opens on the verdict's step
    // One page per step of the registry, in its order: Page_FirstStep + the step's index.
    Page_FirstStep = 100,
};

// What the user said is wrong, on the start page.
enum class Problem { CantOpen, PortInUse, Mcp };

class DoctorWizard final : public QWizard {
    Q_OBJECT
public:
    explicit DoctorWizard(platform::System& system, QWidget* parent = nullptr);
    ~DoctorWizard() override;

    // A new window on one address (or MCP config) that runs the diagnosis at once and so opens
    // on the failing step: what a click on a tray row does. Deletes itself when closed.
    static DoctorWizard* openOn(platform::System& system, const QString& target, bool mcp);

    // Prefills the start page (command line, tray).
    void setInput(const QString& address, Problem problem);
    void setTimeout(std::chrono::milliseconds timeout) { m_options.timeout = timeout; }
    void setMcpConfigPath(const QString& path) { m_mcpConfigPath = path; }
    QString mcpConfigPath() const { return m_mcpConfigPath; }
    // Starts the tray when an address is to be watched ("Keep an eye on this address"); set by
    // the command that opened the wizard (a second tray only wakes the first). Returns success.
    void setTrayLauncher(std::function<bool()> launcher) { m_trayLauncher = std::move(launcher); }
    const std::function<bool()>& trayLauncher() const { return m_trayLauncher; }
    Problem problem() const;

    // The diagnosis the step pages show. Starting a new one drops the old one's results.
    void startDiagnosis(const wizard::Target& target);
    void cancelDiagnosis();
    bool diagnosisRunning() const { return m_running; }
    bool diagnosisDone() const { return m_report.has_value(); }
    bool diagnosisCancelled() const { return m_cancelled; }
    const wizard::Target& target() const { return m_target; }
    wizard::Options options() const;
    QStringList plannedSteps() const { return m_plan; }
    // The planned steps for a target, with the current options (cheap: nothing runs).
    QStringList planFor(const wizard::Target& target) const;
    std::optional<wizard::StepResult> result(const QString& stepId) const;
    const std::optional<wizard::Report>& report() const { return m_report; }
    // Everything known so far, as a report (the finished one, or the steps that arrived).
    wizard::Report currentReport() const;
    platform::System& system() { return m_system; }
    FixRunner& fixes() { return *m_fixes; }
    McpRunner& mcp() { return *m_mcp; }

    static int pageForStep(const QString& stepId); // -1 when the GUI has no page for it
    static QString stepForPage(int pageId);
    // The next page after a step page: the next planned step's page, else the summary.
    int pageAfter(const QString& stepId) const;
    int firstStepPage(const QStringList& plan) const;
    // The pages after the run, in order: each planned step that has a page, then the summary.
    QList<int> resultPages() const;
    // Where a finished run opens: the verdict's step, else the summary.
    int landingPage() const;
    // Opens any page (the step list, the summary's rows, Back and Next on the result pages).
    void goToPage(int pageId);
    int nextId() const override;
    // Makes the current page's recommended button (property "recommended") the default, so
    // Enter takes the fix rather than Next. Queued: QWizard resets its defaults on page changes.
    void updateDefaultButton();

    // Re-runs the diagnosis on another address (fix.use_port and friends), staying on this page.
    void recheckWith(const QString& input);
    void recheck();

Q_SIGNALS:
    void diagnosisStarted();
    void stepStarted(const QString& stepId);
    void stepResultArrived(const ld::wizard::StepResult& result);
    void diagnosisFinished(const ld::wizard::Report& report);
    // A fix's outcome, in plain words, for the page that asked for it.
    void fixMessage(const QString& stepId, const QString& text, bool success);

public Q_SLOTS:
    void done(int result) override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onStepFinished(quint64 generation, const wizard::StepResult& result);
    void onFinished(quint64 generation, wizard::Diagnosis* diagnosis, const wizard::Report& report);
    void retire(wizard::Diagnosis* diagnosis);
    void goBack();
    void goNext();

    platform::System& m_system;
    wizard::Options m_options;
    QString m_mcpConfigPath;
    std::function<bool()> m_trayLauncher;
    StartPage* m_startPage = nullptr;
    FixRunner* m_fixes = nullptr;
    McpRunner* m_mcp = nullptr;

    wizard::Target m_target;
    QStringList m_plan;
    QList<wizard::StepResult> m_results;
    std::optional<wizard::Report> m_report;
    wizard::Diagnosis* m_diagnosis = nullptr;
    QList<wizard::Diagnosis*> m_retired; // cancelled, still finishing on their threads
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_shownOnce = false;
    mutable int m_jumpTo = -1; // set while goToPage() goes forward through QWizard::next()
};

} // namespace ld::ui
