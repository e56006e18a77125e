#pragma once
// Evidence as real tables: a model of text cells (the full value in the tooltip, addresses, ports
// and commands in monospace) and a view that elides instead of breaking words, sizes its columns
// to their contents within bounds, and copies a row (Ctrl+C or the context menu).

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableView>

namespace ld::ui {

class EvidenceTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    EvidenceTableModel(const QStringList& keys, const QStringList& headers, const QList<QStringList>& rows,
                       QObject* parent = nullptr);
    // Rows of objects (listeners, candidates...): one column per key, naming columns first.
    static EvidenceTableModel* fromRows(const QJsonArray& rows, QObject* parent = nullptr);
    // An object's scalar facts as "what / value" rows; nested objects flattened as "A › B".
    static EvidenceTableModel* fromFacts(const QJsonObject& object, QObject* parent = nullptr);
    // What a value reads as in a cell: numbers without ".0", lists joined, PATH-like lists shortened.
    static QString cellText(const QString& key, const QJsonValue& value);
    static bool isMonospaceKey(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QString rowText(int row) const; // tab-separated, for the clipboard

private:
    QStringList m_keys;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<QStringList> m_tips; // full values where the cell shortens them
};

class EvidenceTable final : public QTableView {
    Q_OBJECT
public:
    explicit EvidenceTable(EvidenceTableModel* model, QWidget* parent = nullptr);
    EvidenceTableModel* evidenceModel() const { return m_model; }
    void copySelectedRows();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void fitColumns();
    EvidenceTableModel* m_model;
};

} // namespace ld::ui
