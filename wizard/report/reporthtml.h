#pragma once
// A report as one self-contained HTML page (inline style, no scripts, no links out), readable
// offline by support staff. Made from the contract's JSON, so it renders exactly what report.json
// holds (after redaction) and every value is escaped.

#include <QJsonObject>
#include <QString>

namespace ld::wizard {

QString reportToHtml(const QJsonObject& report);

} // namespace ld::wizard
