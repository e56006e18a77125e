#include "wizard/report/reporthtml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ld::wizard {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)
};

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QString valueText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("—");
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
        .trimmed();
}

QString table(const QJsonObject& object) {
    QString out = QStringLiteral("<table>");
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool block = it.value().isObject() || it.value().isArray();
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                   .arg(esc(it.key()), block ? QStringLiteral("<pre>%1</pre>").arg(esc(valueText(it.value())))
                                             : esc(valueText(it.value())));
    }
    return out + QStringLiteral("</table>");
}

const char* style() {
    return "body{font-family:system-ui,sans-serif;margin:2em;max-width:60em;color:#222;background:#fff}"
           "h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.5em;border-bottom:1px solid #ccc}"
           "table{border-collapse:collapse;margin:.5em 0}th,td{text-align:left;vertical-align:top;"
           "padding:.2em .6em;border:1px solid #ddd}th{background:#f4f4f4;font-weight:600}"
           "pre{white-space:pre-wrap;word-break:break-all;margin:0;font-size:.9em}"
           ".finding{border-left:4px solid #888;padding:.3em .8em;margin:.6em 0;background:#fafafa}"
           ".ok{border-color:#2e7d32}.info{border-color:#0277bd}.warning{border-color:#f9a825}"
           ".error{border-color:#c62828}.badge{font-size:.8em;padding:.1em .5em;border-radius:.6em;"
           "background:#eee;margin-right:.5em}.detail{white-space:pre-wrap}"
           "@media (prefers-color-scheme: dark){body{background:#1e1e1e;color:#ddd}"
           "th{background:#2a2a2a}.finding{background:#252525}.badge{background:#333}}";
}

} // namespace

QString reportToHtml(const QJsonObject& report) {
    const QJsonObject target = report.value(QStringLiteral("target")).toObject();
    const QJsonObject verdict = report.value(QStringLiteral("verdict")).toObject();
    const QString name = target.value(QStringLiteral("input")).toString();
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'\"><title>%1</title><style>%2</style></head><body>\n")
               .arg(esc(Tr::tr("Localhost Doctor report: %1").arg(name)), QString::fromLatin1(style()));
    out += QStringLiteral("<h1>%1</h1>\n").arg(esc(Tr::tr("Localhost Doctor report: %1").arg(name)));
    if (report.contains(QStringLiteral("error"))) {
        out += QStringLiteral("<h2>%1</h2>\n%2\n")
                   .arg(esc(Tr::tr("Error")), table(report.value(QStringLiteral("error")).toObject()));
    }
    out += QStringLiteral("<h2>%1</h2>\n<p><b>%2</b></p>\n")
               .arg(esc(Tr::tr("Verdict")), esc(verdict.value(QStringLiteral("summary")).toString()));
    out += table(verdict) + u'\n';
    out += QStringLiteral("<h2>%1</h2>\n%2\n").arg(esc(Tr::tr("Target")), table(target));
    out += QStringLiteral("<h2>%1</h2>\n%2\n")
               .arg(esc(Tr::tr("System")), table(report.value(QStringLiteral("system")).toObject()));
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Steps")));
    for (const QJsonValue& stepValue : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject step = stepValue.toObject();
        out += QStringLiteral("<h3>%1 <span class=\"badge\">%2</span> <small>%3</small></h3>\n")
                   .arg(esc(step.value(QStringLiteral("id")).toString()),
                        esc(step.value(QStringLiteral("status")).toString()),
                        esc(Tr::tr("%1 ms").arg(valueText(step.value(QStringLiteral("elapsed_ms"))))));
        for (const QJsonValue& findingValue : step.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = findingValue.toObject();
            const QString severity = finding.value(QStringLiteral("severity")).toString();
            out += QStringLiteral("<div class=\"finding %1\"><p><span class=\"badge\">%2</span><b>%3</b> "
                                  "<code>%4</code></p>\n<p class=\"detail\">%5</p>\n")
                       .arg(esc(severity).remove(u' '), esc(severity),
                            esc(finding.value(QStringLiteral("title")).toString()),
                            esc(finding.value(QStringLiteral("id")).toString()),
                            esc(finding.value(QStringLiteral("detail")).toString()));
            const QJsonObject evidence = finding.value(QStringLiteral("evidence")).toObject();
            if (!evidence.isEmpty())
                out += QStringLiteral("<details open><summary>%1</summary>%2</details>\n")
                           .arg(esc(Tr::tr("Evidence")), table(evidence));
            const QJsonArray fixes = finding.value(QStringLiteral("fixes")).toArray();
            if (!fixes.isEmpty()) {
                out += QStringLiteral("<p>%1</p><ul>\n").arg(esc(Tr::tr("Fixes:")));
                for (const QJsonValue& fixValue : fixes) {
                    const QJsonObject fix = fixValue.toObject();
                    out +=
                        QStringLiteral("<li>%1 <code>%2</code>%3</li>\n")
                            .arg(esc(fix.value(QStringLiteral("label")).toString()),
                                 esc(fix.value(QStringLiteral("id")).toString()),
                                 fix.value(QStringLiteral("params")).toObject().isEmpty()
                                     ? QString()
                                     : QStringLiteral(" <code>%1</code>")
                                           .arg(esc(QString::fromUtf8(
                                               QJsonDocument(fix.value(QStringLiteral("params")).toObject())
                                                   .toJson(QJsonDocument::Compact)))));
                }
                out += QStringLiteral("</ul>\n");
            }
            out += QStringLiteral("</div>\n");
        }
    }
    out += QStringLiteral("<p><small>%1</small></p>\n</body></html>\n")
               .arg(esc(Tr::tr("Made by %1 %2 in %3 ms.")
                            .arg(report.value(QStringLiteral("tool"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString(),
                                 report.value(QStringLiteral("tool"))
                                     .toObject()
                                     .value(QStringLiteral("version"))
                                     .toString(),
                                 valueText(report.value(QStringLiteral("elapsed_ms"))))));
    return out;
}

} // namespace ld::wizard
