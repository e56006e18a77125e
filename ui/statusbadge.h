#pragma once
// A large status: a symbol (✓ ! ✗) in a colour that reads on the current palette, and a word,
// so the status never depends on colour alone.

#include "ui/theme.h"

#include <QWidget>

class QLabel;

namespace ld::ui {

class StatusBadge final : public QWidget {
    Q_OBJECT
public:
    explicit StatusBadge(QWidget* parent = nullptr, bool large = true);
    void setStatus(Status status, const QString& text = {});
    Status status() const { return m_status; }
    QString text() const; // the word shown, e.g. "Problem found"

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QLabel* m_symbol;
    QLabel* m_text;
    Status m_status = Status::Checking;
    QString m_customText;
    bool m_large;
};

} // namespace ld::ui
