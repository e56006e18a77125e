#include "ui/evidencetable.h"

#include "ui/evidenceview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMenu>
#include <QSet>
#include <algorithm>
#include <functional>

namespace ld::ui {
namespace {

constexpr int kMaxRows = 50;
constexpr int kMaxListItems = 6;

// A value that lists folders (PATH and its kin): a list of folders, the first few named.
bool looksLikePathList(const QString& key, const QString& text) {
    const QChar separator = text.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(':');
    return (key.compare(QLatin1String("path"), Qt::CaseInsensitive) == 0 ||
            key.endsWith(QLatin1String("_path")) || key.contains(QLatin1String("PATH"))) &&
           text.count(separator) >= 2 && !text.contains(QLatin1String("://"));
}

} // namespace

bool EvidenceTableModel::isMonospaceKey(const QString& key) {
    static const QStringList words = {
        QStringLiteral("address"), QStringLiteral("port"),  QStringLiteral("command"),
        QStringLiteral("url"),     QStringLiteral("pid"),   QStringLiteral("bytes"),
        QStringLiteral("line"),    QStringLiteral("path"),  QStringLiteral("snippet"),
        QStringLiteral("target"),  QStringLiteral("host"),  QStringLiteral("args"),
        QStringLiteral("typed"),   QStringLiteral("_text"), QStringLiteral("candidates")};
    for (const QString& word : words)
        if (key.contains(word, Qt::CaseInsensitive))
            return true;
    return false;
}

QString EvidenceTableModel::cellText(const QString& key, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return EvidenceHtml::tr("unknown");
    case QJsonValue::Bool:
        return value.toBool() ? EvidenceHtml::tr("yes") : EvidenceHtml::tr("no");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == static_cast<double>(static_cast<qint64>(number))
                   ? QString::number(static_cast<qint64>(number))
                   : QString::number(number, 'f', 1);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (!looksLikePathList(key, text))
            return text;
        const QChar separator = text.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(':');
        const QStringList folders = text.split(separator, Qt::SkipEmptyParts);
        QStringList shown = folders.mid(0, kMaxListItems);
        if (folders.size() > kMaxListItems)
            shown << EvidenceHtml::tr("… %n more", "", int(folders.size() - kMaxListItems));
        return shown.join(QStringLiteral(", "));
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return EvidenceHtml::tr("none");
        QStringList items;
        for (const QJsonValue& item : array) {
            if (items.size() == kMaxListItems) {
                items << EvidenceHtml::tr("… %n more", "", int(array.size() - kMaxListItems));
                break;
            }
            items << (item.isObject()
                          ? QString::fromUtf8(QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact))
                          : cellText(key, item));
        }
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

EvidenceTableModel::EvidenceTableModel(const QStringList& keys, const QStringList& headers,
                                       const QList<QStringList>& rows, QObject* parent)
    : QAbstractTableModel(parent)
    , m_keys(keys)
    , m_headers(headers)
    , m_rows(rows)
    , m_tips(rows) {}

EvidenceTableModel* EvidenceTableModel::fromRows(const QJsonArray& rows, QObject* parent) {
    const QStringList columns = EvidenceHtml::columnsOf(rows);
    QStringList headers;
    for (const QString& column : std::as_const(columns))
        headers << EvidenceHtml::keyLabel(column);
    QList<QStringList> cells;
    for (const QJsonValue& row : rows) {
        if (cells.size() == kMaxRows)
            break;
        QStringList line;
        for (const QString& column : std::as_const(columns))
            line << cellText(column, row.toObject().value(column));
        cells << line;
    }
    auto* model = new EvidenceTableModel(columns, headers, cells, parent);
    if (rows.size() > kMaxRows) {
        QStringList more(columns.size());
        more[0] = EvidenceHtml::tr("… and %1 more").arg(rows.size() - kMaxRows);
        model->m_rows << more;
        model->m_tips << more;
    }
    return model;
}

EvidenceTableModel* EvidenceTableModel::fromFacts(const QJsonObject& object, QObject* parent) {
    QStringList keys;
    QList<QStringList> cells;
    QList<QStringList> tips;
    std::function<void(const QJsonObject&, const QString&, const QString&)> add =
        [&](const QJsonObject& from, const QString& prefix, const QString& keyPrefix) {
            for (auto it = from.begin(); it != from.end(); ++it) {
                const QString label = prefix + EvidenceHtml::keyLabel(it.key());
                if (it.value().isObject() && keyPrefix.count(QLatin1Char('.')) < 3) {
                    add(it.value().toObject(), label + QStringLiteral(" › "),
                        keyPrefix + it.key() + QLatin1Char('.'));
                    continue;
                }
                bool rows = it.value().isArray() && !it.value().toArray().isEmpty();
                for (const QJsonValue& item : it.value().toArray())
                    rows = rows && item.isObject();
                if (rows)
                    continue; // a table of its own
                keys << it.key();
                cells << QStringList{label, cellText(it.key(), it.value())};
                const QString full = it.value().isString() ? it.value().toString() : cells.last().at(1);
                tips << QStringList{label, full};
            }
        };
    add(object, QString(), QString());
    auto* model = new EvidenceTableModel(
        {QString(), QString()}, {EvidenceHtml::tr("What"), EvidenceHtml::tr("Value")}, cells, parent);
    model->m_tips = tips;
    model->m_keys = keys; // per row: which key the value came from (decides monospace)
    model->setProperty("facts", true);
    return model;
}

int EvidenceTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant EvidenceTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_rows.at(index.row()).size())
        return {};
    const QString text = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text;
    case Qt::ToolTipRole: {
        const QString tip = m_tips.value(index.row()).value(index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::FontRole: {
        const bool facts = property("facts").toBool();
        const QString key = facts ? (index.column() == 1 ? m_keys.value(index.row()) : QString())
                                  : m_keys.value(index.column());
        if (!key.isEmpty() && isMonospaceKey(key))
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    }
    default:
        return {};
    }
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return m_headers.value(section);
    return {};
}

QString EvidenceTableModel::rowText(int row) const {
    return m_tips.value(row).join(QLatin1Char('\t'));
}

EvidenceTable::EvidenceTable(EvidenceTableModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("evidenceTable"));
    model->setParent(this);
    setModel(model);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setVisible(!model->property("facts").toBool());
    setAccessibleName(tr("Evidence table; Ctrl+C copies the selected row"));
    setCornerButtonEnabled(false);
    for (QAbstractButton* corner : findChildren<QAbstractButton*>())
        corner->setAccessibleName(tr("Select every row"));
    fitColumns();
    // As tall as its rows (up to 10), so several tables read as one page of details.
    const int rows = std::min(model->rowCount(), 10);
    const int header = horizontalHeader()->isVisible() ? horizontalHeader()->sizeHint().height() : 0;
    setFixedHeight(header + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth() +
                   (model->rowCount() > 10 ? 0 : 0) + 4);
    setVerticalScrollBarPolicy(model->rowCount() > 10 ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

void EvidenceTable::fitColumns() {
    // Each column as wide as its header and contents, within bounds: long commands elide (the
    // tooltip has them whole) rather than making the table wider than the page.
    resizeColumnsToContents();
    const QFontMetrics metrics(horizontalHeader()->font());
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int header = metrics.horizontalAdvance(
                               m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
                           24;
        setColumnWidth(column, std::clamp(std::max(columnWidth(column), header), 48, 320));
    }
}

void EvidenceTable::copySelectedRows() {
    QStringList lines;
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    for (const int row : std::as_const(rows))
        lines << m_model->rowText(row);
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void EvidenceTable::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelectedRows();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void EvidenceTable::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Copy row"), this, &EvidenceTable::copySelectedRows);
    menu.exec(event->globalPos());
}

} // namespace ld::ui
