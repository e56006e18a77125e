#pragma once
// A visible focus ring for keyboard users: a frame in the palette's highlight colour around the
// focused control of one window (Fusion's own focus rect is faint). A child of the window, never
// of the control's parent, so it survives the pages rebuilding their content.

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace ld::ui {

class FocusRing final : public QWidget {
    Q_OBJECT
public:
    explicit FocusRing(QWidget* window);
    QWidget* target() const { return m_target; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow(QWidget* now);
    void place();
    void watchChain(bool on);

    QWidget* m_window;
    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_chain; // the target and its ancestors: any of them moving moves it
    QTimer m_placeLater;
};

} // namespace ld::ui
