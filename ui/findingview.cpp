#include "ui/findingview.h"

#include "ui/fixrunner.h"
#include "ui/statusbadge.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
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

    // The detail in paragraphs; a source snippet with a caret under the error ("12 | text" then
    // "   | ^") is drawn in monospace so the caret stands under the exact column.
    static const QRegularExpression gutter(QStringLiteral("^\\s*\\d*\\s\\| "));
    QList<QLabel*> details;
    QStringList prose;
    auto flushProse = [&] {
        if (prose.isEmpty())
            return;
        auto* label = new QLabel(prose.join(QStringLiteral("\n\n")), this);
        label->setObjectName(QStringLiteral("findingDetail"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        details << label;
        prose.clear();
    };
    for (const QString& paragraph : finding.detail.split(QStringLiteral("\n\n"))) {
        const QStringList lines = paragraph.split(QLatin1Char('\n'));
        bool snippet = lines.size() >= 2;
        for (const QString& line : lines)
            snippet = snippet && gutter.match(line).hasMatch();
        if (!snippet) {
            prose << paragraph;
            continue;
        }
        flushProse();
        QString text = paragraph;
        text.replace(QLatin1Char('\t'), QLatin1Char(' ')); // one column per character, as the caret counts
        auto* code = new QLabel(text, this);
        code->setObjectName(QStringLiteral("findingSnippet"));
        code->setTextFormat(Qt::PlainText);
        code->setWordWrap(false);
        code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->setAccessibleName(tr("Where the error is"));
        details << code;
    }
    flushProse();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(badge, 0, Qt::AlignTop);
    head->addWidget(title, 1);
    layout->addLayout(head);
    for (QLabel* detail : std::as_const(details))
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
            // The deciding finding's first fix is what Enter does on this page.
            const bool problem =
                finding.severity == wizard::Severity::Warning || finding.severity == wizard::Severity::Error;
            if (primary && problem && m_buttons.isEmpty() && FixRunner::supported(fix))
                button->setProperty("recommended", true);
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
