#pragma once
// Walks every page of the wizard without input and saves one PNG per page: for the README and
// for looking at the pages as a person would. Files: 01-start.png, then NN-STEP.png per step
// page in order (02-port.png, 03-server.png, ...) or NN-mcp-config.png and NN-mcp-servers.png
// on the MCP path, then NN-summary.png; NN-summary-after-fix.png when the summary's recommended
// fix is a corrected address (it is taken), and last NN-bundle.png, the bundle dialog.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace ld::ui {

class DoctorWizard;

class ScreenshotWalker {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotWalker)
public:
    ScreenshotWalker(DoctorWizard& wizard, const QString& directory);
    // Shows the wizard, walks it and saves the pages; false with error() when something failed.
    // Waits for each page's check (bounded by waitMs per page), keeping the event loop running.
    bool run(int waitMs = 60000);
    QStringList files() const { return m_files; }
    QString error() const { return m_error; }

private:
    bool save(const QString& name);
    bool saveBundleDialog(const QString& fileName, int waitMs);

    DoctorWizard& m_wizard;
    QString m_directory;
    QStringList m_files;
    QString m_error;
};

// Processes events until `done` returns true or timeoutMs passes; returns done().
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace ld::ui
