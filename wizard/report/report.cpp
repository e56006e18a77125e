#include "wizard/report/report.h"

#include "wizard/report/rootcause.h"
#include "wizard/steps/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ld::wizard {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QJsonObject fixToJson(const Fix& fix) {
    QJsonObject object{{QStringLiteral("id"), fix.id},
                       {QStringLiteral("label"), fix.label},
                       {QStringLiteral("params"), QJsonObject::fromVariantMap(fix.params)},
                       {QStringLiteral("changes_system"), fix.changesSystem},
                       {QStringLiteral("action"), fixActionName(fix.action)}};
    if (!fix.preview.isEmpty())
        object.insert(QStringLiteral("preview"), fix.preview);
    return object;
}

QJsonObject findingToJson(const Finding& finding) {
    QJsonArray fixes;
    for (const Fix& fix : finding.fixes)
        fixes.append(fixToJson(fix));
    QJsonObject object{{QStringLiteral("id"), finding.id},
                       {QStringLiteral("severity"), severityName(finding.severity)},
                       {QStringLiteral("title"), finding.title},
                       {QStringLiteral("detail"), finding.detail},
                       {QStringLiteral("evidence"), finding.evidence},
                       {QStringLiteral("fixes"), fixes}};
    if (!finding.explainedBy.isEmpty())
        object.insert(QStringLiteral("explained_by"), finding.explainedBy);
    if (!finding.explains.isEmpty())
        object.insert(QStringLiteral("explains"), QJsonArray::fromStringList(finding.explains));
    return object;
}

double rounded(double ms) {
    return qRound64(ms * 100.0) / 100.0;
}

} // namespace

void Report::settleVerdict() {
    explainFindings(*this);
    verdict = Verdict{};
    verdict.summary = Tr::tr("Nothing wrong found: %1 answers.").arg(target.authority());
    const StepResult* chosenStep = nullptr;
    const Finding* chosen = rootCause(*this, &chosenStep);
    if (!chosen)
        return;
    verdict.finding = chosen->id;
    verdict.step = chosenStep->id;
    verdict.summary = chosen->title;
    // A root cause is as grave as the worst of what it explains (a forwarder behind a reset).
    verdict.severity = chosen->severity;
    for (const StepResult& step : steps)
        for (const Finding& finding : step.findings)
            if (finding.explainedBy == chosen->id && int(finding.severity) >= int(Severity::Warning) &&
                int(finding.severity) > int(verdict.severity))
                verdict.severity = finding.severity;
    verdict.explains = chosen->explains;
    verdict.nextAction = chosen->fixes.isEmpty() ? QString() : chosen->fixes.first().label;
}

QJsonObject systemJson(const platform::System& system) {
    return {{QStringLiteral("os"), QString::fromStdString(system.osName())},
            {QStringLiteral("os_version"), QString::fromStdString(system.osVersion())},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
}

QJsonObject reportToJson(const Report& report, const platform::System& system) {
    QJsonArray steps;
    for (const StepResult& step : report.steps) {
        QJsonArray findings;
        for (const Finding& finding : step.findings)
            findings.append(findingToJson(finding));
        steps.append(QJsonObject{{QStringLiteral("id"), step.id},
                                 {QStringLiteral("status"), stepStatusName(step.status)},
                                 {QStringLiteral("elapsed_ms"), rounded(step.elapsedMs)},
                                 {QStringLiteral("findings"), findings}});
    }
    const Target& t = report.target;
    const QJsonObject target{{QStringLiteral("input"), t.input},
                             {QStringLiteral("scheme"), t.scheme},
                             {QStringLiteral("host"), t.host},
                             {QStringLiteral("port"), t.port ? QJsonValue(*t.port) : QJsonValue()},
                             {QStringLiteral("path"), t.path},
                             {QStringLiteral("intent"), intentName(report.intent)}};
    QJsonObject verdict{{QStringLiteral("finding"), report.verdict.finding},
                        {QStringLiteral("summary"), report.verdict.summary}};
    if (!report.verdict.step.isEmpty())
        verdict.insert(QStringLiteral("step"), report.verdict.step);
    if (!report.verdict.explains.isEmpty())
        verdict.insert(QStringLiteral("explains"), QJsonArray::fromStringList(report.verdict.explains));
    verdict.insert(QStringLiteral("severity"), severityName(report.verdict.severity));
    return {{QStringLiteral("schema"), QStringLiteral("localhost-doctor/report@1")},
            {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("localhost-doctor")},
                                                 {QStringLiteral("version"), QStringLiteral(LD_VERSION)}}},
            {QStringLiteral("system"), systemJson(system)},
            {QStringLiteral("target"), target},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("elapsed_ms"), rounded(report.elapsedMs)}};
}

namespace {

struct Paint {
    bool on;
    QString operator()(const QString& text, const char* code) const {
        return on ? QStringLiteral("\x1b[%1m%2\x1b[0m").arg(QLatin1String(code), text) : text;
    }
};

QString mark(StepStatus status, const Paint& paint) {
    switch (status) {
    case StepStatus::Pass:
        return paint(QStringLiteral("✓"), "32");
    case StepStatus::Warn:
        return paint(QStringLiteral("!"), "33");
    case StepStatus::Fail:
        return paint(QStringLiteral("✗"), "31");
    case StepStatus::Skip:
        return paint(QStringLiteral("-"), "2");
    }
    return {};
}

QString severityMark(Severity severity, const Paint& paint) {
    switch (severity) {
    case Severity::Ok:
        return paint(QStringLiteral("✓"), "32");
    case Severity::Info:
        return paint(QStringLiteral("•"), "36");
    case Severity::Warning:
        return paint(QStringLiteral("!"), "33");
    case Severity::Error:
        return paint(QStringLiteral("✗"), "31");
    }
    return {};
}

QString evidenceText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == qRound64(number) ? QString::number(qRound64(number)) : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("—");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

void appendIndented(QString& out, const QString& text, const QString& indent) {
    for (const QString& line : text.split(QLatin1Char('\n')))
        out += indent + line + QLatin1Char('\n');
}

} // namespace

QString reportToText(const Report& report, TextStyle style) {
    const Paint paint{style.colour};
    QString out;
    const bool ok = !report.problemFound();
    const QString headline =
        ok ? paint(QStringLiteral("✓ "), "32;1") + report.verdict.summary
           : (report.verdict.severity == Severity::Error ? paint(QStringLiteral("✗ "), "31;1")
                                                         : paint(QStringLiteral("! "), "33;1")) +
                 paint(report.verdict.summary, "1");
    out += headline + QLatin1Char('\n');
    if (!ok) {
        for (const StepResult& step : report.steps) {
            for (const Finding& finding : step.findings) {
                if (finding.id != report.verdict.finding)
                    continue;
                appendIndented(out, finding.detail, QStringLiteral("  "));
                if (!finding.fixes.isEmpty())
                    out += QStringLiteral("  ") +
                           paint(Tr::tr("Next: %1").arg(finding.fixes.first().label), "1") +
                           QLatin1Char('\n');
                break;
            }
        }
    }
    out += QLatin1Char('\n');
    out +=
        Tr::tr("Checked %1 (%2) in %3 ms")
            .arg(report.target.url(), intentName(report.intent), QString::number(report.elapsedMs, 'f', 1)) +
        QLatin1Char('\n');
    for (const StepResult& step : report.steps) {
        QString summary;
        const Finding* worst = nullptr;
        for (const Finding& finding : step.findings)
            if (!worst || finding.severity > worst->severity)
                worst = &finding;
        if (step.status == StepStatus::Skip && !worst)
            summary = paint(Tr::tr("skipped"), "2");
        else if (worst)
            summary = worst->title;
        out += QStringLiteral("[%1] %2: %3\n")
                   .arg(mark(step.status, paint), StepRegistry::name(step.id), summary);
        if (!style.verbose)
            continue;
        for (const Finding& finding : step.findings) {
            out += QStringLiteral("    %1 %2 (%3)\n")
                       .arg(severityMark(finding.severity, paint), finding.title, paint(finding.id, "2"));
            appendIndented(out, finding.detail, QStringLiteral("      "));
            for (auto it = finding.evidence.begin(); it != finding.evidence.end(); ++it)
                out += QStringLiteral("      %1: %2\n").arg(paint(it.key(), "2"), evidenceText(it.value()));
            for (const Fix& fix : finding.fixes)
                out += QStringLiteral("      → %1\n").arg(fix.label);
        }
    }
    if (!style.verbose && report.problemFound())
        out += QLatin1Char('\n') + Tr::tr("Run with --verbose to see the evidence behind each step.") +
               QLatin1Char('\n');
    return out;
}

} // namespace ld::wizard
