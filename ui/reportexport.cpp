#include "ui/reportexport.h"

#include "ui/evidenceview.h"
#include "ui/theme.h"
#include "wizard/report/quote.h"
#include "wizard/steps/registry.h"

#include <QJsonDocument>

namespace ld::ui {
namespace {

const wizard::Finding* worst(const wizard::StepResult& step) {
    const wizard::Finding* chosen = nullptr;
    for (const wizard::Finding& finding : step.findings)
        if (!chosen || static_cast<int>(finding.severity) > static_cast<int>(chosen->severity))
            chosen = &finding;
    return chosen;
}

QString escapeMarkdown(QString text) {
    for (const char* special : {"\\", "`", "*", "_", "[", "]", "|", "<", ">"})
        text.replace(QLatin1String(special), QLatin1String("\\") + QLatin1String(special));
    return text;
}

} // namespace

QString ReportExport::verdictTitle(const wizard::Report& report) {
    if (!report.problemFound())
        return tr("No problem found");
    return report.verdict.severity == wizard::Severity::Error ? tr("A problem was found")
                                                              : tr("Something needs a look");
}

QString ReportExport::stepLine(const wizard::StepResult& step) {
    const Status status = statusOf(step.status);
    const wizard::Finding* finding = worst(step);
    return tr("%1 %2: %3")
        .arg(Theme::statusSymbol(status), wizard::StepRegistry::shortName(step.id),
             finding ? finding->title : Theme::statusText(status));
}

QString ReportExport::markdown(const wizard::Report& report) {
    QString md;
    md += tr("# Localhost Doctor report for %1").arg(wizard::quoteInput(report.target.input)) +
          QStringLiteral("\n\n");
    md += QStringLiteral("**%1:** %2\n\n").arg(verdictTitle(report), escapeMarkdown(report.verdict.summary));
    if (!report.verdict.nextAction.isEmpty())
        md += QStringLiteral("**%1** %2\n\n")
                  .arg(tr("What to do next:"), escapeMarkdown(report.verdict.nextAction));
    md += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n").arg(tr("Step"), tr("Status"), tr("Finding"));
    for (const wizard::StepResult& step : report.steps) {
        const Status status = statusOf(step.status);
        const wizard::Finding* finding = worst(step);
        md += QStringLiteral("| %1 | %2 %3 | %4 |\n")
                  .arg(wizard::StepRegistry::shortName(step.id), Theme::statusSymbol(status),
                       Theme::statusText(status),
                       finding ? escapeMarkdown(finding->title) + QStringLiteral(" (`%1`)").arg(finding->id)
                               : QString());
    }
    md += QLatin1Char('\n');
    for (const wizard::StepResult& step : report.steps) {
        md += QStringLiteral("## %1\n\n").arg(wizard::StepRegistry::title(step.id));
        for (const wizard::Finding& finding : step.findings) {
            md += QStringLiteral("- %1 **%2** (`%3`)  \n  %4\n")
                      .arg(Theme::statusSymbol(statusOf(finding.severity)), escapeMarkdown(finding.title),
                           finding.id, escapeMarkdown(finding.detail));
            for (const wizard::Fix& fix : finding.fixes)
                md += QStringLiteral("  - %1 %2\n").arg(tr("Fix:"), escapeMarkdown(fix.label));
            if (!finding.evidence.isEmpty())
                md += QStringLiteral("\n  ```json\n  %1\n  ```\n")
                          .arg(QString::fromUtf8(
                              QJsonDocument(finding.evidence).toJson(QJsonDocument::Compact)));
        }
        md += QLatin1Char('\n');
    }
    md += tr("_Made by Localhost Doctor %1 in %2 ms._")
              .arg(QStringLiteral(LD_VERSION))
              .arg(qRound(report.elapsedMs)) +
          QLatin1Char('\n');
    return md;
}

QString ReportExport::html(const wizard::Report& report) {
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;}"
                       "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px;"
                       "text-align:left;vertical-align:top}code{white-space:pre-wrap}</style>"
                       "</head><body>\n")
            .arg(tr("Localhost Doctor report for %1")
                     .arg(wizard::quoteInput(report.target.input))
                     .toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n")
                .arg(tr("Localhost Doctor report for %1")
                         .arg(wizard::quoteInput(report.target.input))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><b>%1:</b> %2</p>\n")
                .arg(verdictTitle(report).toHtmlEscaped(), report.verdict.summary.toHtmlEscaped());
    if (!report.verdict.nextAction.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                    .arg(tr("What to do next:").toHtmlEscaped(), report.verdict.nextAction.toHtmlEscaped());
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(tr("Step").toHtmlEscaped(), tr("Status").toHtmlEscaped(), tr("Finding").toHtmlEscaped());
    for (const wizard::StepResult& step : report.steps) {
        const Status status = statusOf(step.status);
        const wizard::Finding* finding = worst(step);
        html += QStringLiteral("<tr><td>%1</td><td>%2 %3</td><td>%4</td></tr>\n")
                    .arg(wizard::StepRegistry::shortName(step.id).toHtmlEscaped(),
                         Theme::statusSymbol(status), Theme::statusText(status).toHtmlEscaped(),
                         finding ? finding->title.toHtmlEscaped() : QString());
    }
    html += QStringLiteral("</table>\n");
    for (const wizard::StepResult& step : report.steps) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(wizard::StepRegistry::title(step.id).toHtmlEscaped());
        for (const wizard::Finding& finding : step.findings) {
            html += QStringLiteral("<h3>%1 %2</h3><p>%3</p>\n")
                        .arg(Theme::statusSymbol(statusOf(finding.severity)), finding.title.toHtmlEscaped(),
                             finding.detail.toHtmlEscaped());
            html += EvidenceHtml::render(finding.evidence);
        }
    }
    html += QStringLiteral("<p><small>%1</small></p></body></html>\n")
                .arg(tr("Made by Localhost Doctor %1.").arg(QStringLiteral(LD_VERSION)).toHtmlEscaped());
    return html;
}

} // namespace ld::ui
