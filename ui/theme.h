#pragma once
// Colours and fonts derived from the system palette, so light and dark themes both read well.
// Status is never shown by colour alone: every status also has a symbol and a word.

#include "wizard/report/finding.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

class QApplication;

namespace ld::ui {

// What a status badge shows: a step's status, a finding's severity, or "still checking".
enum class Status { Checking, Pass, Info, Warn, Fail, Skip, Cancelled };

Status statusOf(wizard::StepStatus status);
Status statusOf(wizard::Severity severity);

class Theme {
    Q_DECLARE_TR_FUNCTIONS(Theme)
public:
    static bool isDark(const QPalette& palette);
    // A colour for the status that keeps enough contrast against the palette's window colour.
    static QColor statusColour(Status status, const QPalette& palette);
    static QString statusSymbol(Status status); // ✓ ! ✗ ...
    static QString statusText(Status status);   // "Passed", "Problem found", ...
    // Fusion with a dark palette: for screenshots and for checking the pages in dark mode.
    static void applyDark(QApplication& app);
    static void applyLight(QApplication& app);
};

} // namespace ld::ui
