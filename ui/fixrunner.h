#pragma once
// Carries out the fixes the pages offer. Fixes that only suggest something copy it or re-check
// another address; fixes that change the system ask first (through MessageBox) and run their
// engine call on a worker thread, then re-check.

#include "wizard/report/finding.h"

#include <QObject>

class QWidget;

namespace ld::ui {

class DoctorWizard;

class FixRunner final : public QObject {
    Q_OBJECT
public:
    explicit FixRunner(DoctorWizard& wizard);

    // Whether the GUI knows how to carry out this fix.
    static bool supported(const wizard::Fix& fix);
    void run(const wizard::Fix& fix, const QString& stepId, QWidget* dialogParent);
    bool busy() const { return m_busy; }

    // Restores the config from the backup a config fix made, then checks the servers again.
    void undoConfigEdit(const QString& stepId, const QString& configPath, const QString& backupPath);

Q_SIGNALS:
    // Emitted when a fix that runs in the background is done (stop process).
    void fixFinished(const QString& fixId, bool success);
    // A config fix was written; backupPath holds the bytes before it (for Undo).
    void configEdited(const QString& stepId, const QString& configPath, const QString& backupPath);

private:
    void configFix(const wizard::Fix& fix, const QString& stepId, QWidget* dialogParent);
    void stopProcess(const wizard::Fix& fix, const QString& stepId, QWidget* dialogParent);
    void copy(const QString& text, const QString& stepId, const QString& message);

    DoctorWizard& m_wizard;
    bool m_busy = false;
};

} // namespace ld::ui
