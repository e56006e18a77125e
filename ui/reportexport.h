#pragma once
// The report as the summary page copies and saves it: Markdown (for chats and issues), HTML
// (for people), JSON (the contract, from wizard/report.h).

#include "wizard/report/report.h"

#include <QCoreApplication>

namespace ld::ui {

class ReportExport {
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    static QString markdown(const wizard::Report& report);
    static QString html(const wizard::Report& report);
    static QString stepLine(const wizard::StepResult& step); // "✓ Server: Python is listening on 127.0.0.1"
    static QString verdictTitle(const wizard::Report& report);
};

} // namespace ld::ui
