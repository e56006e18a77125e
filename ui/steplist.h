#pragma once
// The list beside the result pages: every planned step with its status icon, then the summary.
// A click opens that page; "Step 3 of 6" above says where the user is.

#include "ui/theme.h"

#include <QIcon>
#include <QWidget>

class QLabel;
class QListWidget;

namespace ld::ui {

class DoctorWizard;

// The status as an icon told apart by shape as well as colour (the tray's icons).
QIcon statusIcon(Status status);

class StepList final : public QWidget {
    Q_OBJECT
public:
    explicit StepList(DoctorWizard* wizard);

    QListWidget* list() const { return m_list; }
    QString positionText() const; // "Step 3 of 6"
    // The row's page id, -1 when there is no such row.
    int pageAt(int row) const;
    int rowOf(int pageId) const;

private:
    void rebuild();
    void refresh();

    DoctorWizard* m_wizard;
    QLabel* m_position;
    QListWidget* m_list;
};

} // namespace ld::ui
