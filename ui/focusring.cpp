#include "ui/focusring.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace ld::ui {

FocusRing::FocusRing(QWidget* window)
    : QFocusFrame(window)
    , m_window(window) {
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
}

void FocusRing::follow(QWidget* now) {
    // Only this window's controls; lists and text fields draw their own focus well enough inside,
    // but a ring around them still says where the keyboard is.
    const bool ours = now && now->window() == m_window &&
                      (qobject_cast<QAbstractButton*>(now) || qobject_cast<QLineEdit*>(now) ||
                       qobject_cast<QAbstractItemView*>(now));
    setWidget(ours ? now : nullptr);
    setVisible(ours);
}

void FocusRing::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight), 2);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 3, 3);
}

} // namespace ld::ui
