#include "ui/endpointeditor.h"

#include "wizard/target.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ld::ui {

namespace {

enum Column { NameColumn, TargetColumn, IntervalColumn, EnabledColumn, SourceColumn, ColumnCount };
enum Role { KindRole = Qt::UserRole + 1, SourceRole, ConfigRole };

} // namespace

EndpointEditor::EndpointEditor(wizard::EndpointStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_error(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this)) {
    setObjectName(QStringLiteral("endpointEditor"));
    setWindowTitle(tr("Watched addresses"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("The tray checks these addresses in the background and tells you when one stops "
                      "answering. The interval is in seconds."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("endpointTable"));
    m_table->setAccessibleName(tr("Watched addresses"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Address"), tr("Interval (s)"), tr("Checked"), tr("From")});
    m_table->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAccessibleName(tr("Problem with the addresses"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        wizard::WatchedEndpoint endpoint;
        endpoint.name = tr("new");
        endpoint.target = QStringLiteral("localhost:3000");
        addRow(endpoint);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, NameColumn));
    });
    m_remove->setObjectName(QStringLiteral("removeButton"));
    connect(m_remove, &QPushButton::clicked, this, &EndpointEditor::removeSelected);
    auto* import = new QPushButton(tr("&Import from Claude Desktop"), this);
    import->setObjectName(QStringLiteral("importButton"));
    import->setToolTip(
        tr("Adds the MCP servers of Claude Desktop's config: a bridge's URL is checked like any "
           "address, a local server is started and asked to shake hands every few minutes."));
    connect(import, &QPushButton::clicked, this, &EndpointEditor::importClaudeConfig);
    row->addWidget(add);
    row->addWidget(m_remove);
    row->addWidget(import);
    row->addStretch();
    layout->addLayout(row);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &EndpointEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndpointEditor::reject);
    layout->addWidget(buttons);

    for (const wizard::WatchedEndpoint& endpoint : m_store.endpoints())
        addRow(endpoint);
    if (!m_store.problem().isEmpty()) {
        m_error->setText(m_store.problem());
        m_error->show();
    }
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == TargetColumn || item->column() == IntervalColumn)
            validateRows();
    });
    validateRows();
    resize(720, 360);
}

bool EndpointEditor::validateRows() {
    QString problem;
    const QSignalBlocker block(m_table); // marking a cell changes it
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem* name = m_table->item(row, NameColumn);
        QTableWidgetItem* target = m_table->item(row, TargetColumn);
        if (!name || !target)
            continue;
        QString error;
        if (wizard::EndpointKind(name->data(KindRole).toInt()) != wizard::EndpointKind::McpStdio) {
            const wizard::TargetParse parsed = wizard::TargetParser::parse(target->text().trimmed());
            if (!parsed.target)
                error = parsed.error;
            else if (parsed.target->portProblem == wizard::PortProblem::OutOfRange)
                error = tr("Port %1 doesn't exist: ports go from 1 to 65535.").arg(parsed.target->portText);
            else if (parsed.target->portProblem == wizard::PortProblem::NotANumber)
                error = tr("\"%1\" is not a port: a port is a number from 1 to 65535.")
                            .arg(parsed.target->portText);
            else if (parsed.target->portProblem == wizard::PortProblem::Zero)
                error = tr("Port 0 can't be checked: nothing listens on port 0 itself.");
        }
        target->setData(Qt::ForegroundRole,
                        error.isEmpty() ? QVariant() : QVariant(QColor(0xc6, 0x28, 0x28)));
        target->setToolTip(error);
        target->setData(Qt::AccessibleDescriptionRole, error);
        if (problem.isEmpty() && !error.isEmpty())
            problem = tr("%1: %2").arg(name->text().trimmed(), error);
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
    } else if (m_store.problem().isEmpty() || m_error->text() != m_store.problem()) {
        m_error->clear();
        m_error->hide();
    }
    if (m_saveButton)
        m_saveButton->setEnabled(problem.isEmpty());
    return problem.isEmpty();
}

void EndpointEditor::addRow(const wizard::WatchedEndpoint& endpoint) {
    const QSignalBlocker block(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(endpoint.name);
    name->setData(KindRole, int(endpoint.kind));
    name->setData(SourceRole, int(endpoint.source));
    name->setData(ConfigRole, endpoint.configPath);
    m_table->setItem(row, NameColumn, name);
    auto* target = new QTableWidgetItem(endpoint.target);
    if (endpoint.kind == wizard::EndpointKind::McpStdio) {
        target->setFlags(target->flags() & ~Qt::ItemIsEditable);
        target->setToolTip(
            tr("The MCP server of this name in Claude Desktop's config: it is started and asked to "
               "shake hands."));
    }
    m_table->setItem(row, TargetColumn, target);
    m_table->setItem(row, IntervalColumn, new QTableWidgetItem(QString::number(endpoint.intervalSeconds)));
    auto* enabled = new QTableWidgetItem;
    enabled->setFlags((enabled->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    enabled->setCheckState(endpoint.enabled ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, EnabledColumn, enabled);
    auto* source = new QTableWidgetItem(
        endpoint.source == wizard::EndpointSource::ClaudeConfig ? tr("Claude Desktop") : tr("You"));
    source->setFlags(source->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, SourceColumn, source);
    if (m_saveButton)
        QMetaObject::invokeMethod(this, &EndpointEditor::validateRows, Qt::QueuedConnection);
}

QList<wizard::WatchedEndpoint> EndpointEditor::endpoints() const {
    QList<wizard::WatchedEndpoint> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        wizard::WatchedEndpoint endpoint;
        const QTableWidgetItem* name = m_table->item(row, NameColumn);
        endpoint.name = name->text().trimmed();
        endpoint.kind = wizard::EndpointKind(name->data(KindRole).toInt());
        endpoint.source = wizard::EndpointSource(name->data(SourceRole).toInt());
        endpoint.configPath = name->data(ConfigRole).toString();
        endpoint.target = m_table->item(row, TargetColumn)->text().trimmed();
        bool ok = false;
        endpoint.intervalSeconds = m_table->item(row, IntervalColumn)->text().trimmed().toInt(&ok);
        if (!ok)
            endpoint.intervalSeconds = -1; // validate() says what is wrong
        endpoint.enabled = m_table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        result << endpoint;
    }
    return result;
}

QString EndpointEditor::errorText() const {
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void EndpointEditor::accept() {
    if (!validateRows())
        return;
    QString error;
    if (!m_store.replaceAll(endpoints(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void EndpointEditor::importClaudeConfig() {
    const QList<wizard::WatchedEndpoint> imported = wizard::EndpointStore::fromClaudeConfig();
    QStringList names;
    for (const wizard::WatchedEndpoint& endpoint : endpoints())
        names << endpoint.name;
    int added = 0;
    for (wizard::WatchedEndpoint endpoint : imported) {
        if (names.contains(endpoint.name))
            continue;
        addRow(endpoint);
        ++added;
    }
    m_error->setText(imported.isEmpty()
                         ? tr("No MCP servers were found in Claude Desktop's config.")
                         : tr("%n server(s) added from Claude Desktop's config.", nullptr, added));
    m_error->show();
}

void EndpointEditor::removeSelected() {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_table->removeRow(row);
}

} // namespace ld::ui
