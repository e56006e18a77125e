#include "wizard/diagnosis.h"

#include "platform/log.h"
#include "wizard/steps/registry.h"

#include <QElapsedTimer>
#include <spdlog/spdlog.h>

namespace ld::wizard {

Diagnosis::Diagnosis(platform::System& system, Target target, Options options, QObject* parent)
    : QObject(parent)
    , m_system(system)
    , m_target(std::move(target))
    , m_options(options) {
    qRegisterMetaType<ld::wizard::StepResult>();
    qRegisterMetaType<ld::wizard::Report>();
}

Diagnosis::~Diagnosis() {
    m_worker.stopAndWait();
}

QStringList Diagnosis::stepIds(const Target& target, const Options& options) {
    return StepRegistry::plan(target, options);
}

Report Diagnosis::run() {
    QElapsedTimer total;
    total.start();
    Report report;
    report.target = m_target;
    report.intent = m_options.intent;
    Facts facts(m_system, m_target, m_options);
    facts.setCancelFlag(m_worker.cancelFlag());
    for (const StepInfo* row : StepRegistry::planned(m_target, m_options)) {
        if (m_worker.cancelled())
            break;
        const StepResult result =
            runReportedStep(this, QLatin1String(row->id), [&] { return row->make()->run(facts); });
        log::get(log::Area::Probe).debug("step {} took {:.2f} ms", result.id.toStdString(), result.elapsedMs);
        report.steps.append(result);
    }
    report.settleVerdict();
    report.elapsedMs = total.nsecsElapsed() / 1e6;
    Q_EMIT finished(report);
    return report;
}

void Diagnosis::start() {
    m_worker.start([this] { run(); });
}

void Diagnosis::cancel() {
    m_worker.cancel();
}

bool Diagnosis::isRunning() const {
    return m_worker.isRunning();
}

} // namespace ld::wizard
