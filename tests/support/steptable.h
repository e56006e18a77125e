#pragma once
// Runs one registered step on a fake system: the heart of the per-step table tests (facts in,
// findings out). Seeds replace facts that would need the network (the service probe, the proxy).

#include "support/fakesystem.h"
#include "wizard/facts.h"

#include <functional>
#include <vector>

namespace ld::test {

using FactsSeed = std::function<void(wizard::Facts&)>;

// The step's result for `input` (parsed as the user would type it), with its registry id set.
wizard::StepResult runStep(const QString& stepId, FakeSystem& system, const QString& input,
                           wizard::Intent intent = wizard::Intent::Connect, const FactsSeed& seed = {});
// The finding with that id, or nullptr.
const wizard::Finding* findingById(const wizard::StepResult& result, const QString& id);
bool hasFix(const wizard::Finding& finding, const QString& fixId);
QString findingIds(const wizard::StepResult& result); // "a, b", for failure messages

// Service probe results as the probe would record them.
wizard::ServiceProbe httpAnswer(int status, const QByteArray& reason = "OK", bool tls = false);
wizard::ServiceProbe greeting(const QString& service, const QByteArray& firstBytes);

// One row of a step's table: the situation (input, intent, fake system, seeded facts) and what the
// step must conclude (finding id, severity, a fix it must offer or nullptr).
struct StepScenario {
    const char* name;
    const char* input;
    wizard::Intent intent;
    std::function<void(FakeSystem&)> arrange;
    FactsSeed seed;
    const char* finding;
    wizard::Severity severity;
    const char* fix;
};

// The data rows (one "index" column) and the check of one row, for a test's _data() and body.
void addScenarioRows(const std::vector<StepScenario>& scenarios);
void checkScenario(const QString& step, const std::vector<StepScenario>& scenarios);

// Situations many rows share.
void bothLoopbacks(FakeSystem& system, std::uint16_t port, const char* program = "node");
FactsSeed seedService(wizard::ServiceProbe probe);

} // namespace ld::test
