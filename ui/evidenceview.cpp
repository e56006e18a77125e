#include "ui/evidenceview.h"

#include "ui/evidencetable.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>
#include <algorithm>

namespace ld::ui {
namespace {

bool looksLikeCommand(const QString& key) {
    return key.contains(QLatin1String("command")) || key.contains(QLatin1String("bytes")) ||
           key.contains(QLatin1String("line")) || key == QLatin1String("snippet") ||
           key.endsWith(QLatin1String("path")) || key.endsWith(QLatin1String("_text"));
}

QString code(const QString& text) {
    return QStringLiteral("<code>%1</code>").arg(text.toHtmlEscaped());
}

} // namespace

QString EvidenceHtml::keyLabel(const QString& key) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("port"), QT_TR_NOOP("Port")},
        {QStringLiteral("pid"), QT_TR_NOOP("Process id")},
        {QStringLiteral("program"), QT_TR_NOOP("Program")},
        {QStringLiteral("command"), QT_TR_NOOP("Command line")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("uid"), QT_TR_NOOP("User id")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("addresses"), QT_TR_NOOP("Addresses")},
        {QStringLiteral("bind_address"), QT_TR_NOOP("Listens on")},
        {QStringLiteral("protocol"), QT_TR_NOOP("Protocol")},
        {QStringLiteral("listeners"), QT_TR_NOOP("Programs listening")},
        {QStringLiteral("era"), QT_TR_NOOP("MCP handshake")},
        {QStringLiteral("speaks"), QT_TR_NOOP("MCP revision it speaks")},
        {QStringLiteral("does_not_speak"), QT_TR_NOOP("MCP revision it does not speak")},
        {QStringLiteral("attempts"), QT_TR_NOOP("Attempts")},
        {QStringLiteral("listeners_nearby"), QT_TR_NOOP("Listening on nearby ports")},
        {QStringLiteral("certificate"), QT_TR_NOOP("Certificate")},
        {QStringLiteral("subject"), QT_TR_NOOP("Issued to")},
        {QStringLiteral("issuer"), QT_TR_NOOP("Issued by")},
        {QStringLiteral("not_before"), QT_TR_NOOP("Valid from")},
        {QStringLiteral("not_after"), QT_TR_NOOP("Valid until")},
        {QStringLiteral("self_signed"), QT_TR_NOOP("Self-signed")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("server"), QT_TR_NOOP("Server")},
        {QStringLiteral("first_bytes"), QT_TR_NOOP("First bytes received")},
        {QStringLiteral("typed"), QT_TR_NOOP("You typed")},
        {QStringLiteral("candidates"), QT_TR_NOOP("Ports one typo away")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("connects"), QT_TR_NOOP("Connection attempts")},
        {QStringLiteral("elapsed_ms"), QT_TR_NOOP("Time (ms)")},
        {QStringLiteral("url"), QT_TR_NOOP("Address")},
        {QStringLiteral("source"), QT_TR_NOOP("Read from")},
    };
    if (const auto it = labels.constFind(key); it != labels.constEnd())
        return tr(it.value());
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString EvidenceHtml::value(const QString& key, const QJsonValue& value, int depth) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("<i>%1</i>").arg(tr("unknown"));
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number))
                   ? QString::number(static_cast<qint64>(number))
                   : QString::number(number, 'f', 1);
    }
    case QJsonValue::String:
        return looksLikeCommand(key) ? code(value.toString()) : value.toString().toHtmlEscaped();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("<i>%1</i>").arg(tr("none"));
        bool rows = true;
        for (const QJsonValue& item : array)
            rows = rows && item.isObject();
        if (rows)
            return table(array, depth + 1);
        QStringList items;
        for (const QJsonValue& item : array)
            items << EvidenceHtml::value(key, item, depth + 1);
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        if (depth > 4)
            return code(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        return object(value.toObject(), depth + 1);
    }
    return {};
}

QStringList EvidenceHtml::columnsOf(const QJsonArray& rows) {
    // JSON objects sort their keys; put the columns that name a row first (port, pid, program...).
    static const QStringList first = {QStringLiteral("name"),    QStringLiteral("protocol"),
                                      QStringLiteral("address"), QStringLiteral("port"),
                                      QStringLiteral("pid"),     QStringLiteral("program"),
                                      QStringLiteral("user"),    QStringLiteral("command")};
    QStringList columns;
    QSet<QString> seen;
    for (const QJsonValue& row : rows)
        for (const QString& key : row.toObject().keys())
            if (!seen.contains(key)) {
                seen.insert(key);
                columns << key;
            }
    std::stable_sort(columns.begin(), columns.end(), [](const QString& a, const QString& b) {
        const qsizetype ia = first.indexOf(a) < 0 ? first.size() : first.indexOf(a);
        const qsizetype ib = first.indexOf(b) < 0 ? first.size() : first.indexOf(b);
        return ia < ib;
    });
    return columns;
}

QString EvidenceHtml::table(const QJsonArray& rows, int depth) {
    const QStringList columns = EvidenceHtml::columnsOf(rows);
    // Listener rows are always a table (the shape of `listeners`); other wide rows become blocks.
    if (columns.size() > 5 && !columns.contains(QStringLiteral("pid"))) {
        // Too wide for a table in a narrow page: one small block per row instead.
        QString html;
        int count = 0;
        for (const QJsonValue& row : rows) {
            if (++count > 20) {
                html += QStringLiteral("<p>%1</p>").arg(tr("… and %1 more").arg(rows.size() - 20));
                break;
            }
            html += object(row.toObject(), depth) + QStringLiteral("<hr>");
        }
        return html;
    }
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString& column : columns)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(keyLabel(column).toHtmlEscaped());
    html += QStringLiteral("</tr>");
    int count = 0;
    for (const QJsonValue& row : rows) {
        if (++count > 50) {
            html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>")
                        .arg(columns.size())
                        .arg(tr("… and %1 more").arg(rows.size() - 50));
            break;
        }
        html += QStringLiteral("<tr>");
        const QJsonObject object = row.toObject();
        for (const QString& column : columns)
            html += QStringLiteral("<td>%1</td>").arg(value(column, object.value(column), depth));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString EvidenceHtml::object(const QJsonObject& object, int depth) {
    if (object.isEmpty())
        return QStringLiteral("<i>%1</i>").arg(tr("none"));
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (auto it = object.begin(); it != object.end(); ++it)
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(keyLabel(it.key()).toHtmlEscaped(), value(it.key(), it.value(), depth));
    return html + QStringLiteral("</table>");
}

QString EvidenceHtml::render(const QJsonObject& evidence) {
    return object(evidence, 0);
}

QString EvidenceHtml::render(const QList<wizard::Finding>& findings) {
    QString html;
    for (const wizard::Finding& finding : findings) {
        html += QStringLiteral("<h4>%1</h4><p><small>%2: <code>%3</code></small></p>")
                    .arg(finding.title.toHtmlEscaped(), tr("Reference"), finding.id.toHtmlEscaped());
        html += render(finding.evidence);
        for (const wizard::Fix& fix : finding.fixes)
            if (!fix.preview.isEmpty())
                html += QStringLiteral("<p>%1 <code>%2</code></p>")
                            .arg(tr("What \"%1\" does:").arg(fix.label).toHtmlEscaped(),
                                 fix.preview.toHtmlEscaped());
    }
    return html;
}

EvidenceView::EvidenceView(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content)) {
    setObjectName(QStringLiteral("evidenceView"));
    setAccessibleName(tr("Details: the evidence behind this step"));
    setWidgetResizable(true);
    setWidget(m_content);
    setMinimumHeight(120);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->addStretch();
}

void EvidenceView::clear() {
    while (m_layout->count() > 1) {
        QLayoutItem* item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

void EvidenceView::setFindings(const QList<wizard::Finding>& findings) {
    clear();
    int at = 0;
    auto add = [this, &at](QWidget* widget) { m_layout->insertWidget(at++, widget); };
    auto label = [](const QString& text, bool bold = false, bool small = false) {
        auto* label = new QLabel(text);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont font = label->font();
        font.setBold(bold);
        if (small)
            font.setPointSizeF(font.pointSizeF() * 0.9);
        label->setFont(font);
        return label;
    };
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const wizard::Finding& finding : findings) {
        add(label(finding.title, true));
        QLabel* reference = label(tr("Reference: %1").arg(finding.id), false, true);
        reference->setObjectName(QStringLiteral("findingReference"));
        reference->setForegroundRole(QPalette::PlaceholderText);
        add(reference);
        EvidenceTableModel* facts = EvidenceTableModel::fromFacts(finding.evidence);
        if (facts->rowCount() > 0)
            add(new EvidenceTable(facts));
        else
            delete facts;
        for (auto it = finding.evidence.begin(); it != finding.evidence.end(); ++it) {
            if (!it.value().isArray() || it.value().toArray().isEmpty())
                continue;
            bool rows = true;
            for (const QJsonValue& item : it.value().toArray())
                rows = rows && item.isObject();
            if (!rows)
                continue;
            add(label(EvidenceHtml::keyLabel(it.key())));
            add(new EvidenceTable(EvidenceTableModel::fromRows(it.value().toArray())));
        }
        for (const wizard::Fix& fix : finding.fixes)
            if (!fix.preview.isEmpty()) {
                add(label(tr("What \"%1\" does:").arg(fix.label)));
                QLabel* preview = label(fix.preview);
                preview->setFont(fixed);
                add(preview);
            }
    }
}

QString EvidenceView::toPlainText() const {
    QStringList lines;
    for (QWidget* widget : m_content->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        if (auto* text = qobject_cast<QLabel*>(widget))
            lines << text->text();
        else if (auto* table = qobject_cast<EvidenceTable*>(widget)) {
            const EvidenceTableModel* model = table->evidenceModel();
            QStringList header;
            for (int column = 0; column < model->columnCount(); ++column)
                header << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
            lines << header.join(QLatin1Char('\t'));
            for (int row = 0; row < model->rowCount(); ++row)
                lines << model->rowText(row);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ld::ui
