#include "ui/focusring.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>

namespace ld::ui {

namespace {
constexpr int kMargin = 3;
}

FocusRing::FocusRing(QWidget* window)
    : QWidget(window)
    , m_window(window) {
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    // Placed after the event that moved the focus: showing the ring inside a mouse press would
    // come between the press and its release.
    m_placeLater.setSingleShot(true);
    m_placeLater.setInterval(0);
    connect(&m_placeLater, &QTimer::timeout, this, &FocusRing::place);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) { follow(now); });
}

void FocusRing::watchChain(bool on) {
    for (const QPointer<QWidget>& widget : std::as_const(m_chain))
        if (widget)
            widget->removeEventFilter(this);
    m_chain.clear();
    if (!on || !m_target)
        return;
    for (QWidget* widget = m_target; widget && widget != m_window; widget = widget->parentWidget()) {
        widget->installEventFilter(this);
        m_chain << widget;
    }
}

void FocusRing::follow(QWidget* now) {
    const bool ours = now && now->window() == m_window && now != this &&
                      (qobject_cast<QAbstractButton*>(now) || qobject_cast<QLineEdit*>(now) ||
                       qobject_cast<QAbstractItemView*>(now));
    m_target = ours ? now : nullptr;
    watchChain(ours);
    m_placeLater.start();
}

void FocusRing::place() {
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    const QPoint topLeft = m_target->mapTo(m_window, QPoint(0, 0));
    setGeometry(QRect(topLeft, m_target->size()).adjusted(-kMargin, -kMargin, kMargin, kMargin));
    // The frame covers the control: only its border is painted, so the control shows through.
    setMask(QRegion(rect()).subtracted(QRegion(rect().adjusted(kMargin, kMargin, -kMargin, -kMargin))));
    show();
    raise();
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        m_placeLater.start();
        break;
    case QEvent::Destroy:
        if (watched == m_target)
            hide();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}

} // namespace ld::ui
