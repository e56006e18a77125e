#pragma once
// What the engine objects that run on their own (Diagnosis, McpDiagnosis, BundleBuilder) share:
// the worker thread behind start(), one run at a time, cancellable and waited for; and the one way
// a step is timed and reported (stepStarted, the run, the id and elapsed time, stepFinished).
// The GUI only connects to their signals and keeps no threads of its own.

#include "wizard/report/report.h"

#include <QElapsedTimer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace ld::wizard {

class RunWorker {
public:
    RunWorker() = default;
    RunWorker(const RunWorker&) = delete;
    RunWorker& operator=(const RunWorker&) = delete;
    ~RunWorker() { stopAndWait(); }

    // Runs `work` on a fresh thread unless a run is still going (then nothing happens).
    void start(std::function<void()> work) {
        if (isRunning())
            return;
        join();
        m_cancelled = false;
        m_thread.reset(QThread::create(std::move(work)));
        m_thread->start();
    }
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }
    const std::atomic_bool* cancelFlag() const { return &m_cancelled; }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    // For the owner's destructor, before its members go: the run is cancelled and waited for
    // (every run is bounded by its own timeouts).
    void stopAndWait() {
        if (!m_thread)
            return;
        cancel();
        join();
    }

private:
    void join() {
        if (m_thread) {
            m_thread->wait();
            m_thread.reset();
        }
    }

    std::atomic_bool m_cancelled{false};
    std::unique_ptr<QThread> m_thread;
};

// One step of `owner` (an object with stepStarted(QString) and stepFinished(StepResult) signals):
// announced, run, given its id and elapsed time, reported.
template <typename Owner, typename Run>
StepResult runReportedStep(Owner* owner, const QString& id, Run&& run) {
    Q_EMIT owner->stepStarted(id);
    QElapsedTimer timer;
    timer.start();
    StepResult result = run();
    result.id = id;
    result.elapsedMs = timer.nsecsElapsed() / 1e6;
    Q_EMIT owner->stepFinished(result);
    return result;
}

} // namespace ld::wizard
