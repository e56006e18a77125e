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
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
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
    facts.setCancelFlag(&m_cancelled);
    for (const StepInfo* row : StepRegistry::planned(m_target, m_options)) {
        if (m_cancelled)
            break;
        const QString id = QLatin1String(row->id);
        Q_EMIT stepStarted(id);
        QElapsedTimer timer;
        timer.start();
        StepResult result = row->make()->run(facts);
        result.id = id;
        result.elapsedMs = timer.nsecsElapsed() / 1e6;
        log::get(log::Area::Probe).debug("step {} took {:.2f} ms", result.id.toStdString(), result.elapsedMs);
        report.steps.append(result);
        Q_EMIT stepFinished(result);
    }
    report.settleVerdict();
    report.elapsedMs = total.nsecsElapsed() / 1e6;
    Q_EMIT finished(report);
    return report;
}

void Diagnosis::start() {
    if (isRunning())
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_cancelled = false;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void Diagnosis::cancel() {
    m_cancelled = true;
}

bool Diagnosis::isRunning() const {
    return m_thread && m_thread->isRunning();
}

} // namespace ld::wizard
