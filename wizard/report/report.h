#pragma once
// A finished diagnosis, and its renderings: the JSON of the contract, and text for people.

#include "wizard/facts.h"
#include "wizard/report/finding.h"

#include <QJsonObject>
#include <QList>

namespace ld::wizard {

struct Verdict {
    QString finding = QStringLiteral("ok"); // the deciding finding's id, or "ok"
    QString step;
    QString summary;
    QString nextAction; // the first fix's label, or what to do next
    Severity severity = Severity::Ok;
};

struct Report {
    Target target;
    Intent intent = Intent::Connect;
    QList<StepResult> steps;
    Verdict verdict;
    double elapsedMs = 0;

    // The first error in step order, else the first warning, else ok.
    void settleVerdict();
    bool problemFound() const { return verdict.finding != QLatin1String("ok"); }
};

QJsonObject systemJson(const platform::System& system);
QJsonObject reportToJson(const Report& report, const platform::System& system);

struct TextStyle {
    bool colour = false;
    bool verbose = false;
};
// In the style of `flutter doctor`: the verdict and the next thing to do, then a line per step.
QString reportToText(const Report& report, TextStyle style);

} // namespace ld::wizard
