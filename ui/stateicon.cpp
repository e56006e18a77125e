#include "ui/stateicon.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace ld::ui {

using wizard::QuickState;

QPixmap StateIcon::pixmap(QuickState state, int size, qreal devicePixelRatio, bool muted) {
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const auto at = [s](qreal x, qreal y) { return QPointF(x * s, y * s); };
    const qreal stroke = std::max<qreal>(1.5, s * 0.13);
    QPen mark(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case QuickState::Up: { // a green disc with a tick
        painter.setPen(QPen(QColor(0x1b, 0x5e, 0x20), std::max<qreal>(1, s * 0.04)));
        painter.setBrush(QColor(0x2e, 0x9d, 0x3a));
        painter.drawEllipse(QRectF(at(0.05, 0.05), at(0.95, 0.95)));
        painter.setPen(mark);
        painter.drawPolyline(QPolygonF({at(0.28, 0.52), at(0.44, 0.68), at(0.73, 0.35)}));
        break;
    }
    case QuickState::Degraded: { // an amber triangle with "!"
        painter.setPen(QPen(QColor(0x8a, 0x5a, 0x00), std::max<qreal>(1, s * 0.04), Qt::SolidLine,
                            Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(QColor(0xf0, 0xa8, 0x1a));
        painter.drawPolygon(QPolygonF({at(0.5, 0.05), at(0.96, 0.92), at(0.04, 0.92)}));
        mark.setColor(QColor(0x21, 0x21, 0x21));
        painter.setPen(mark);
        painter.drawLine(at(0.5, 0.36), at(0.5, 0.6));
        painter.drawPoint(at(0.5, 0.77));
        break;
    }
    case QuickState::Down: { // a red square with a cross
        painter.setPen(QPen(QColor(0x7f, 0x10, 0x10), std::max<qreal>(1, s * 0.04)));
        painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter.drawRoundedRect(QRectF(at(0.07, 0.07), at(0.93, 0.93)), s * 0.1, s * 0.1);
        painter.setPen(mark);
        painter.drawLine(at(0.32, 0.32), at(0.68, 0.68));
        painter.drawLine(at(0.68, 0.32), at(0.32, 0.68));
        break;
    }
    case QuickState::Unknown: { // a grey ring with "?"
        const QColor grey(0x80, 0x80, 0x80);
        const qreal ring = std::max<qreal>(1.5, s * 0.1);
        painter.setPen(QPen(grey, ring));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(
            QRectF(at(0.05, 0.05), at(0.95, 0.95)).adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2));
        QFont font;
        font.setBold(true);
        font.setPixelSize(std::max(6, int(s * 0.55)));
        painter.setFont(font);
        painter.setPen(grey);
        painter.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    }
    if (muted) {
        // A badge in the corner: a dark disc with a bell and a slash through it.
        const QRectF badge(at(0.48, 0.48), at(1.0, 1.0));
        painter.setPen(QPen(Qt::white, std::max<qreal>(1, s * 0.04)));
        painter.setBrush(QColor(0x30, 0x30, 0x30));
        painter.drawEllipse(badge);
        const QPointF c = badge.center();
        const qreal r = badge.width() / 2;
        QPainterPath bell;
        bell.moveTo(c + QPointF(-r * 0.45, r * 0.3));
        bell.quadTo(c + QPointF(-r * 0.4, -r * 0.55), c + QPointF(0, -r * 0.55));
        bell.quadTo(c + QPointF(r * 0.4, -r * 0.55), c + QPointF(r * 0.45, r * 0.3));
        bell.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPath(bell);
        painter.setPen(
            QPen(QColor(0xff, 0x80, 0x80), std::max<qreal>(1, s * 0.06), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(c + QPointF(-r * 0.6, -r * 0.6), c + QPointF(r * 0.6, r * 0.6));
    }
    return pixmap;
}

QIcon StateIcon::icon(QuickState state, bool muted) {
    // Drawn once per state: the menu shows one per endpoint, and a round updates them all.
    static QHash<int, QIcon> cache;
    const int key = int(state) * 2 + (muted ? 1 : 0);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QIcon icon;
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(pixmap(state, size, ratio, muted));
    cache.insert(key, icon);
    return icon;
}

} // namespace ld::ui
