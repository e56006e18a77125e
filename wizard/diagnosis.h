#pragma once
// Runs the steps for one target and intent. run() is synchronous (the command line);
// start() runs the same on a worker thread and reports through signals (the GUI).

#include "wizard/report/report.h"
#include "wizard/runworker.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace ld::wizard {

class Diagnosis final : public QObject {
    Q_OBJECT
public:
    Diagnosis(platform::System& system, Target target, Options options, QObject* parent = nullptr);
    ~Diagnosis() override;

    // The steps in wizard order for this target: port, server, firewall, conflict, protocol, proxy
    // (and mcp for MCP targets), as far as they exist.
    static QStringList stepIds(const Target& target, const Options& options);

    Report run();
    void start();
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void stepStarted(const QString& stepId);
    void stepFinished(const ld::wizard::StepResult& result);
    void finished(const ld::wizard::Report& report);

private:
    platform::System& m_system;
    Target m_target;
    Options m_options;
    RunWorker m_worker;
};

} // namespace ld::wizard

Q_DECLARE_METATYPE(ld::wizard::StepResult)
Q_DECLARE_METATYPE(ld::wizard::Report)
