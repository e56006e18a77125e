// BundlePlan: the entries, what is included, and the manifest made from them.
#include "wizard/bundle/bundle.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace ld::wizard {
namespace {

QJsonObject countsJson(const QMap<QString, int>& counts) {
    QJsonObject object;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QMap<QString, int> BundleEntry::distinctSecrets() const {
    QMap<QString, int> out;
    static const QRegularExpression kind(QStringLiteral(R"(:([a-z0-9-]+)>\z)"));
    for (const QString& placeholder : placeholders)
        ++out[kind.match(placeholder).captured(1)];
    return out;
}

int BundlePlan::indexOf(const QString& name) const {
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).name == name)
            return i;
    return -1;
}

bool BundlePlan::setIncluded(const QString& name, bool included) {
    const int index = indexOf(name);
    if (index < 0 || (!entries.at(index).optional && !included))
        return false;
    entries[index].included = included;
    refreshManifest();
    return true;
}

qint64 BundlePlan::includedBytes() const {
    qint64 total = 0;
    for (const BundleEntry& entry : entries)
        if (entry.included)
            total += entry.bytes();
    return total;
}

QJsonObject BundlePlan::manifest() const {
    QJsonArray files;
    QJsonArray leftOut;
    QMap<QString, int> total;
    QMap<QString, QSet<QString>> distinct;
    for (const BundleEntry& entry : entries) {
        if (entry.name == QLatin1String(manifestName))
            continue;
        if (!entry.included) {
            leftOut.append(
                QJsonObject{{QStringLiteral("name"), entry.name}, {QStringLiteral("source"), entry.source}});
            continue;
        }
        for (auto it = entry.redactions.begin(); it != entry.redactions.end(); ++it)
            total[it.key()] += it.value();
        static const QRegularExpression kind(QStringLiteral(R"(:([a-z0-9-]+)>\z)"));
        for (const QString& placeholder : entry.placeholders)
            distinct[kind.match(placeholder).captured(1)].insert(placeholder);
        files.append(QJsonObject{
            {QStringLiteral("name"), entry.name},
            {QStringLiteral("source"), entry.source},
            {QStringLiteral("bytes"), entry.bytes()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(entry.data, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("optional"), entry.optional},
            {QStringLiteral("redactions"), countsJson(entry.redactions)},
            {QStringLiteral("distinct_secrets"), countsJson(entry.distinctSecrets())},
        });
    }
    QMap<QString, int> distinctCounts;
    for (auto it = distinct.begin(); it != distinct.end(); ++it)
        distinctCounts.insert(it.key(), int(it.value().size()));
    return {{QStringLiteral("schema"), QStringLiteral("localhost-doctor/bundle-manifest@1")},
            {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("localhost-doctor")},
                                                 {QStringLiteral("version"), QStringLiteral(LD_VERSION)}}},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("about_redaction"),
             BundleBuilder::tr(
                 "Secrets were replaced before anything was written: each by a placeholder such as "
                 "<secret-3:sk> (number and kind), the same secret by the same placeholder in every "
                 "file. The home folder is shown as ~ and the user name as <user>. The secrets "
                 "themselves are not in this bundle.")},
            {QStringLiteral("reports"), QJsonArray::fromVariantList([&] {
                 QVariantList list;
                 for (const QJsonObject& report : reports)
                     list << report.toVariantMap();
                 return list;
             }())},
            {QStringLiteral("files"), files},
            {QStringLiteral("left_out"), leftOut},
            {QStringLiteral("redactions"),
             QJsonObject{{QStringLiteral("total"), countsJson(total)},
                         {QStringLiteral("distinct_secrets"), countsJson(distinctCounts)}}},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

void BundlePlan::refreshManifest() {
    BundleEntry entry;
    entry.name = QString::fromLatin1(manifestName);
    entry.source =
        BundleBuilder::tr("the list of files in this bundle, their sizes, checksums and redactions");
    entry.data = QJsonDocument(manifest()).toJson(QJsonDocument::Indented);
    const int index = indexOf(entry.name);
    if (index >= 0)
        entries[index] = entry;
    else
        entries.append(entry);
}

} // namespace ld::wizard
