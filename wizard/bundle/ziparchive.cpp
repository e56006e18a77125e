// Linux: libzip and the libcrypto it needs are the largest libraries the command line would load,
// and relocating them cost about 2.4 ms of every command (docs/performance.md, issue 17) when only
// `bundle` and the bundle dialog write zips. So the writer is a module (platform/privatemodule.h
// says where it is looked for; LD_ZIP_RELATIVE_DIR is the install's folder from the bin folder).
// On Windows (the stored-zip subset in platform/windows/libzip/, a static library) and
// macOS (macdeployqt deploys what the executable links, not a module's dependencies) it is linked.

#include "wizard/bundle/ziparchive.h"

#include "platform/log.h"
#include "platform/privatemodule.h"
#include "zipmodule/ldzip.h"

#include <QCoreApplication>
#include <limits>
#include <spdlog/spdlog.h>

namespace ld::wizard {
namespace {

class ZipArchiveTr {
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
};

void* growInto(void* context, uint64_t size) {
    auto* bytes = static_cast<QByteArray*>(context);
    if (size > uint64_t(std::numeric_limits<qsizetype>::max() / 2))
        return nullptr;
    bytes->resize(qsizetype(size));
    return bytes->data(); // never null, also for 0 bytes
}

#ifdef LD_ZIP_MODULE_FILE
using ArchiveFunction = decltype(&ld_zip_archive_v1);

struct Module {
    ArchiveFunction archive = nullptr;
    QString error;
};

// Loaded once, on first use, and kept.
const Module& module() {
    static const Module loaded = [] {
        const platform::PrivateModule where{QStringLiteral(LD_ZIP_MODULE_FILE),
                                            QStringLiteral(LD_ZIP_RELATIVE_DIR),
                                            QStringLiteral(LD_ZIP_BUILD_PATH), QStringLiteral(LD_BUILD_ROOT)};
        const platform::ModuleFunction found = platform::loadModuleFunction(where, "ld_zip_archive_v1");
        Module result;
        result.archive = reinterpret_cast<ArchiveFunction>(found.address);
        if (result.archive) {
            ld::log::get(ld::log::Area::App)
                .debug("zip writer loaded from {}", found.loadedFrom.toStdString());
            return result;
        }
        result.error =
            ZipArchiveTr::tr("the part of Localhost Doctor that writes zip files (%1) is missing or "
                             "broken; reinstalling Localhost Doctor should bring it back (looked at: %2)")
                .arg(where.fileName, found.tried.join(QStringLiteral("; ")));
        ld::log::get(ld::log::Area::App).error("{}", result.error.toStdString());
        return result;
    }();
    return loaded;
}
#endif

} // namespace

QByteArray zipArchive(const std::vector<ld_zip_entry>& entries, qint64 mtime, QString* error) {
#ifdef LD_ZIP_MODULE_FILE
    const Module& writer = module();
    if (!writer.archive) {
        *error = writer.error;
        return {};
    }
    const ArchiveFunction archive = writer.archive;
#else
    const auto archive = &ld_zip_archive_v1;
#endif
    QByteArray bytes;
    char message[512] = {};
    if (archive(entries.data(), uint64_t(entries.size()), int64_t(mtime), &growInto, &bytes, message,
                sizeof message) != 0) {
        *error = QString::fromUtf8(message);
        return {};
    }
    return bytes;
}

} // namespace ld::wizard
