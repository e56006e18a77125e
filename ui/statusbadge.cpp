#include "ui/statusbadge.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace ld::ui {

StatusBadge::StatusBadge(QWidget* parent, bool large)
    : QWidget(parent)
    , m_symbol(new QLabel(this))
    , m_text(new QLabel(this))
    , m_large(large) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(large ? 10 : 6);
    m_symbol->setObjectName(QStringLiteral("statusSymbol"));
    m_text->setObjectName(QStringLiteral("statusText"));
    m_symbol->setAlignment(Qt::AlignCenter);
    m_symbol->setMinimumWidth(large ? 36 : 18);
    layout->addWidget(m_symbol);
    layout->addWidget(m_text);
    layout->addStretch();
    refresh();
}

void StatusBadge::setStatus(Status status, const QString& text) {
    m_status = status;
    m_customText = text;
    refresh();
}

QString StatusBadge::text() const {
    return m_text->text();
}

void StatusBadge::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        refresh();
}

void StatusBadge::refresh() {
    const QColor colour = Theme::statusColour(m_status, palette());
    QFont symbolFont = font();
    symbolFont.setBold(true);
    QFont textFont = font();
    textFont.setBold(true);
    if (m_large) {
        symbolFont.setPointSizeF(font().pointSizeF() * 2.4);
        textFont.setPointSizeF(font().pointSizeF() * 1.4);
    }
    // Set directly on the labels: a palette change here must not loop back into changeEvent.
    m_symbol->setFont(symbolFont);
    m_text->setFont(textFont);
    QPalette labelPalette = m_symbol->palette();
    labelPalette.setColor(QPalette::WindowText, colour);
    m_symbol->setPalette(labelPalette);
    m_text->setPalette(labelPalette);
    m_symbol->setText(Theme::statusSymbol(m_status));
    m_text->setText(m_customText.isEmpty() ? Theme::statusText(m_status) : m_customText);
    setAccessibleName(tr("Status: %1").arg(m_text->text()));
}

} // namespace ld::ui
