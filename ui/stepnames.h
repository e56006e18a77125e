#pragma once
// The words the wizard uses for each step: a page title (one line) and a short name for lists.

#include <QCoreApplication>
#include <QString>

namespace ld::ui {

class StepNames {
    Q_DECLARE_TR_FUNCTIONS(StepNames)
public:
    static QString title(const QString& stepId);     // "Is the server running?"
    static QString subTitle(const QString& stepId);  // what the step checks, one sentence
    static QString shortName(const QString& stepId); // "Server"
    // Step ids in wizard order, the ones the GUI knows pages for.
    static QStringList order();
};

} // namespace ld::ui
