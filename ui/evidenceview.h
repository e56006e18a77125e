#pragma once
// The "Show details" area: a finding's evidence JSON rendered for people. Lists of rows (such as
// listeners) become tables, commands and raw bytes are shown verbatim, nested objects (such as
// a certificate) become their own small table.

#include "wizard/report/finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextBrowser>

namespace ld::ui {

class EvidenceHtml {
    Q_DECLARE_TR_FUNCTIONS(EvidenceHtml)
public:
    static QString render(const QJsonObject& evidence);
    static QString render(const QList<wizard::Finding>& findings);
    static QString keyLabel(const QString& key); // "bind_address" -> "Bind address"

private:
    static QString value(const QString& key, const QJsonValue& value, int depth);
    static QString table(const QJsonArray& rows, int depth);
    static QString object(const QJsonObject& object, int depth);
};

class EvidenceView final : public QTextBrowser {
    Q_OBJECT
public:
    explicit EvidenceView(QWidget* parent = nullptr);
    void setFindings(const QList<wizard::Finding>& findings);
};

} // namespace ld::ui
