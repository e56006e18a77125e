#pragma once
// One finding on a page: a status, its one-line title, the plain explanation, and its fix buttons.

#include "wizard/report/finding.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ld::ui {

class StatusBadge;

class FindingView final : public QWidget {
    Q_OBJECT
public:
    // The primary finding's status and title are the page's own headline: it shows neither again.
    explicit FindingView(const wizard::Finding& finding, bool primary = false, QWidget* parent = nullptr);
    const wizard::Finding& finding() const { return m_finding; }
    QList<QPushButton*> fixButtons() const { return m_buttons; }

Q_SIGNALS:
    void fixClicked(const ld::wizard::Fix& fix);

private:
    wizard::Finding m_finding;
    QList<QPushButton*> m_buttons;
};

} // namespace ld::ui
