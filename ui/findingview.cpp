#include "ui/findingview.h"

#include "ui/fixrunner.h"
#include "ui/statusbadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ld::ui {

FindingView::FindingView(const wizard::Finding& finding, bool primary, QWidget* parent)
    : QWidget(parent)
    , m_finding(finding) {
    setObjectName(QStringLiteral("findingView"));
    setProperty("findingId", finding.id);

    auto* badge = new StatusBadge(this, false);
    badge->setObjectName(QStringLiteral("findingStatus"));
    badge->setStatus(statusOf(finding.severity));

    auto* title = new QLabel(finding.title, this);
    title->setObjectName(QStringLiteral("findingTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* detail = new QLabel(finding.detail, this);
    detail->setObjectName(QStringLiteral("findingDetail"));
    detail->setTextFormat(Qt::PlainText);
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(badge, 0, Qt::AlignTop);
    head->addWidget(title, 1);
    layout->addLayout(head);
    layout->addWidget(detail);
    badge->setVisible(!primary);
    title->setVisible(!primary);
    setProperty("primary", primary);

    if (!finding.fixes.isEmpty()) {
        // Buttons in rows of three, each as wide as its label, so long labels stay readable.
        QHBoxLayout* row = nullptr;
        int index = 0;
        for (const wizard::Fix& fix : finding.fixes) {
            if (index % 3 == 0) {
                if (row)
                    row->addStretch();
                row = new QHBoxLayout;
                layout->addLayout(row);
            }
            QString label = fix.label;
            auto* button = new QPushButton(label.replace(QLatin1Char('&'), QStringLiteral("&&")), this);
            button->setObjectName(fix.id);
            button->setProperty("fixId", fix.id);
            button->setProperty("fixParams", fix.params);
            button->setAccessibleName(fix.label);
            button->setAccessibleDescription(fix.preview.isEmpty() ? finding.title : fix.preview);
            if (!fix.preview.isEmpty())
                button->setToolTip(fix.preview);
            button->setAutoDefault(false);
            if (!FixRunner::supported(fix)) {
                button->setEnabled(false);
                button->setToolTip(tr("The wizard can't do this yet; the details say how to do it by hand."));
            }
            connect(button, &QPushButton::clicked, this, [this, fix] { Q_EMIT fixClicked(fix); });
            row->addWidget(button);
            m_buttons << button;
            ++index;
        }
        row->addStretch();
    }
    setAccessibleName(tr("%1: %2").arg(badge->text(), finding.title));
}

} // namespace ld::ui
