#pragma once
// Which finding explains which: a table of rules over a finished report. The verdict is then a
// problem before a note (a free port is no verdict while the port needs root), then the finding
// that explains others, then the most severe, then the earliest step.

#include "wizard/report/finding.h"

#include <QList>

namespace ld::wizard {

struct Report;

// Marks Finding::explains and Finding::explainedBy across the report's steps.
void explainFindings(Report& report);
// The finding the verdict names, or nullptr for "ok"; *step gets its step.
const Finding* rootCause(const Report& report, const StepResult** step);

} // namespace ld::wizard
