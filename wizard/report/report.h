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
    QStringList explains; // the findings the verdict explains (why it won)
};

struct Report {
    Target target;
    Intent intent = Intent::Connect;
    QList<StepResult> steps;
    Verdict verdict;
    double elapsedMs = 0;

    // The root cause: the finding that explains others, then the most severe, then the earliest.
    void settleVerdict();
    // A warning or an error decides; a good outcome that explains the rest (a free port to serve on) does
    // not.
    bool problemFound() const {
        return verdict.severity == Severity::Warning || verdict.severity == Severity::Error;
    }
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
