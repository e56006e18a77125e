// BundleWriter: the zip is made in memory (wizard/bundle/ziparchive.cpp, libzip), then written with
// platform::SafeFile (a temporary file beside the destination, synced and read back, renamed into place on
// success, removed on failure).

#include "wizard/bundle/bundle.h"

#include "platform/log.h"
#include "platform/safefile.h"
#include "wizard/bundle/ziparchive.h"
#include "zipmodule/ldzip.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>
#include <cerrno>
#include <cstring>
#include <spdlog/spdlog.h>

namespace ld::wizard {
namespace {

// Whether the folder lacks room for `needed` bytes (false when that can't be told).
bool tooLittleSpace(const QString& folder, qint64 needed) {
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed;
}

} // namespace

QString BundleWriter::defaultFileName(const QDateTime& when) {
    return QStringLiteral("localhost-doctor-bundle-%1.zip")
        .arg(when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QByteArray BundleWriter::zip(const BundlePlan& plan, QString* error) {
    const qint64 mtime =
        plan.created.isValid() ? plan.created.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch();
    QList<BundleEntry> entries;
    for (const BundleEntry& entry : plan.entries)
        if (entry.included && entry.name != QLatin1String(BundlePlan::manifestName))
            entries.append(entry);
    const int manifest = plan.indexOf(QString::fromLatin1(BundlePlan::manifestName));
    if (manifest >= 0)
        entries.append(plan.entries.at(manifest));
    // The names' UTF-8 and the entries' bytes stay alive until the archive is made.
    QList<QByteArray> names;
    names.reserve(entries.size());
    std::vector<ld_zip_entry> items;
    items.reserve(std::size_t(entries.size()));
    for (const BundleEntry& entry : std::as_const(entries)) {
        names.append(entry.name.toUtf8());
        items.push_back({names.constLast().constData(), entry.data.constData(), uint64_t(entry.data.size())});
    }
    return zipArchive(items, mtime, error);
}

BundleWriteResult BundleWriter::check(const QString& path, bool overwrite) {
    BundleWriteResult result;
    if (path.trimmed().isEmpty()) {
        result.error = BundleError::NoFolder;
        result.message = tr("No file name was given for the bundle.");
        return result;
    }
    const QFileInfo info(path);
    result.path = info.absoluteFilePath();
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (info.isDir()) {
        result.error = BundleError::IsFolder;
        result.message = tr("%1 is a folder. Give a file name for the bundle, such as %2.")
                             .arg(QDir::toNativeSeparators(result.path), defaultFileName());
    } else if (!info.absoluteDir().exists()) {
        result.error = BundleError::NoFolder;
        result.message = tr("The folder %1 does not exist. Choose a folder that does.").arg(folder);
    } else if (info.exists() && !overwrite) {
        result.error = BundleError::Exists;
        result.message = tr("%1 already exists. Replace it, or choose another name.")
                             .arg(QDir::toNativeSeparators(result.path));
    }
    return result;
}

BundleWriteResult BundleWriter::write(const BundlePlan& plan, const QString& path, bool overwrite) {
    auto& log = ld::log::get(ld::log::Area::App);
    BundleWriteResult result = check(path, overwrite);
    if (!result.ok())
        return result;
    const QFileInfo info(result.path);
    const QString folder = QDir::toNativeSeparators(info.absolutePath());

    QString error;
    const QByteArray bytes = zip(plan, &error);
    if (bytes.isEmpty()) {
        result.error = BundleError::Failed;
        result.message = tr("The bundle could not be put together: %1").arg(error);
        return result;
    }
    const auto diskFull = [&] {
        result.error = BundleError::DiskFull;
        result.message =
            tr("There is not enough free space in %1 for the bundle (%2 needed). Free some space or "
               "choose another folder. Nothing was written.")
                .arg(folder, QLocale().formattedDataSize(bytes.size()));
    };
    if (tooLittleSpace(info.absolutePath(), bytes.size())) {
        diskFull();
        return result;
    }

    // The one writer: a temporary file beside the destination, synced, read back, renamed.
    platform::WriteOptions options;
    options.mustNotExist = !overwrite;
    const platform::WriteResult written = platform::SafeFile::write(result.path, bytes, options);
    if (!written.ok()) {
        switch (written.error) {
        case platform::WriteError::NoSpace:
            result.error = BundleError::DiskFull;
            break;
        case platform::WriteError::ReadOnly:
        case platform::WriteError::Denied:
            result.error = BundleError::Unwritable;
            break;
        case platform::WriteError::Exists:
            result.error = BundleError::Exists;
            break;
        case platform::WriteError::NoFolder:
            result.error = BundleError::NoFolder;
            break;
        default:
            result.error = BundleError::Failed;
        }
        result.message = platform::SafeFile::failureMessage(written);
        if (result.error == BundleError::Unwritable)
            result.message += QLatin1Char(' ') + tr("Choose another folder, such as your Documents folder.");
        log.warn("bundle: {}", platform::describeWriteFailure(written));
        return result;
    }
    result.bytes = bytes.size();
    log.info("bundle written: {} ({} bytes)", result.path.toStdString(), result.bytes);
    return result;
}

} // namespace ld::wizard
