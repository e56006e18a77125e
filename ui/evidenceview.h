#pragma once
// The "Show details" area: a finding's evidence JSON rendered for people. Lists of rows (such as
// listeners) become tables, commands and raw bytes are shown verbatim, nested objects (such as
// a certificate) become their own small table.

#include "wizard/report/finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QScrollArea>

class QVBoxLayout;

namespace ld::ui {

class EvidenceHtml {
    Q_DECLARE_TR_FUNCTIONS(EvidenceHtml)
public:
    static QString render(const QJsonObject& evidence);
    static QString render(const QList<wizard::Finding>& findings);
    static QString keyLabel(const QString& key); // "bind_address" -> "Bind address"
    // Every key of the rows, the ones that name a row first (name, protocol, address, port, pid…).
    static QStringList columnsOf(const QJsonArray& rows);

private:
    static QString value(const QString& key, const QJsonValue& value, int depth);
    static QString table(const QJsonArray& rows, int depth);
    static QString object(const QJsonObject& object, int depth);
};

// The "Show details" area of a page: per finding its title, its reference id, its evidence as
// tables (EvidenceTable) and what each fix does. Takes the room the page gives it and scrolls.
class EvidenceView final : public QScrollArea {
    Q_OBJECT
public:
    explicit EvidenceView(QWidget* parent = nullptr);
    void setFindings(const QList<wizard::Finding>& findings);
    void clear();
    QString toPlainText() const; // every title, label and cell, for tests and screen readers

private:
    QWidget* m_content;
    QVBoxLayout* m_layout;
};

} // namespace ld::ui
