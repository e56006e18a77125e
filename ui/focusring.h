#pragma once
// A visible focus ring for keyboard users: a QFocusFrame that follows the focused control of one
// window, drawn by the style in the palette's highlight colour (Fusion's own focus rect is faint).

#include <QFocusFrame>

namespace ld::ui {

class FocusRing final : public QFocusFrame {
    Q_OBJECT
public:
    explicit FocusRing(QWidget* window);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void follow(QWidget* now);
    QWidget* m_window;
};

} // namespace ld::ui
