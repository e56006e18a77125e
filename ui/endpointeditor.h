#pragma once
// A small editor for the watched endpoints: name, address, interval and whether it is checked;
// adds, removes, and imports the servers of Claude Desktop's config. Saves through EndpointStore.

#include "wizard/watch/endpointstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ld::ui {

class EndpointEditor final : public QDialog {
    Q_OBJECT
public:
    explicit EndpointEditor(wizard::EndpointStore& store, QWidget* parent = nullptr);

    // The rows as endpoints, as they would be saved (for tests).
    QList<wizard::WatchedEndpoint> endpoints() const;
    void addRow(const wizard::WatchedEndpoint& endpoint);
    QString errorText() const;

public Q_SLOTS:
    void accept() override;
    void importClaudeConfig();

    // Checks every address with the engine's target parser; says the first problem under the
    // table, marks the cell, and keeps Save disabled while one is wrong. Returns whether all fit.
    bool validateRows();

private:
    void removeSelected();
    QPushButton* m_saveButton = nullptr;

    wizard::EndpointStore& m_store;
    QTableWidget* m_table;
    QLabel* m_error;
    QPushButton* m_remove;
};

} // namespace ld::ui
