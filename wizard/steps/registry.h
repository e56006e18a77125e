#pragma once
// The step registry: one row per step (id, words, factory, when it applies), in wizard order.
// The diagnosis, the reports, the command line and the wizard's pages all read it.

#include "wizard/facts.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace ld::wizard {

struct StepInfo {
    const char* id;                  // the CLI/JSON name: "port", "server", ...
    const char* name;                // the step's name in the six-step list: "Verify port" (translatable)
    const char* title;               // a page title, one line
    const char* subtitle;            // what the step checks, one sentence
    const char* shortName;           // for lists and the text report
    std::unique_ptr<Step> (*make)(); // nullptr: a step of the MCP config diagnosis, not of Diagnosis
    bool (*applies)(const Target& target, const Options& options); // nullptr: always
};

class StepRegistry {
public:
    // Every row in wizard order: the six steps, mcp, then the MCP config diagnosis's "config".
    static const std::vector<StepInfo>& rows();
    static const StepInfo* find(const QString& id);
    // The rows a diagnosis of this target runs, in order, and their ids.
    static std::vector<const StepInfo*> planned(const Target& target, const Options& options);
    static QStringList plan(const Target& target, const Options& options);
    // Ids of the rows Diagnosis can run (those with a factory), in order.
    static QStringList diagnosisStepIds();

    // Translated words; "server:NAME" (one MCP server entry) gets its own.
    static QString name(const QString& id);
    static QString title(const QString& id);
    static QString subtitle(const QString& id);
    static QString shortName(const QString& id);
};

} // namespace ld::wizard
