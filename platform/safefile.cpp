#include "platform/safefile.h"

#include <QDir>
#include <atomic>
#include <mutex>

namespace ld::platform {
namespace {

std::mutex g_faultMutex;
std::string g_faultStep;
int g_faultCode = 0;
std::string g_faultSuffix;

} // namespace

namespace testing {
void injectWriteFault(const std::string& step, int code, const std::string& pathSuffix) {
    const std::lock_guard lock(g_faultMutex);
    g_faultStep = step;
    g_faultCode = code;
    g_faultSuffix = pathSuffix;
}
} // namespace testing

namespace detail {
bool injectedFault(const char* step, const std::string& path, int* code) {
    const std::lock_guard lock(g_faultMutex);
    if (g_faultStep.empty() || g_faultStep != step)
        return false;
    if (!g_faultSuffix.empty() &&
        (path.size() < g_faultSuffix.size() ||
         path.compare(path.size() - g_faultSuffix.size(), g_faultSuffix.size(), g_faultSuffix) != 0))
        return false;
    *code = g_faultCode;
    return true;
}
} // namespace detail

std::string describeWriteFailure(const WriteResult& result) {
    if (result.ok())
        return {};
    std::string out = result.step + " " + result.path + ": " + result.detail;
    if (!result.volume.empty())
        out += " (on " + result.volume + ")";
    return out;
}

WriteResult SafeFile::write(const QString& path, const QByteArray& bytes, const WriteOptions& options) {
    return writeFileSafely(QDir::toNativeSeparators(path).toStdString(),
                           std::string_view(bytes.constData(), std::size_t(bytes.size())), options);
}

QString SafeFile::failureMessage(const WriteResult& result) {
    const QString path = QDir::toNativeSeparators(QString::fromStdString(result.path));
    const QString volume = QDir::toNativeSeparators(QString::fromStdString(result.volume));
    const QString detail = QString::fromStdString(result.detail);
    switch (result.error) {
    case WriteError::None:
        return {};
    case WriteError::NoSpace:
        return tr("No space left on %1: %2 could not be written. Free some space there (or choose "
                  "another place) and try again; the file on disk was not changed.")
            .arg(volume, path);
    case WriteError::ReadOnly:
        return tr("%1 is mounted read-only, so %2 could not be written. Remount it writable or choose "
                  "another place; the file on disk was not changed.")
            .arg(volume, path);
    case WriteError::Denied:
        return tr("%1 could not be written on %2: %3. Check the permissions of the file and its folder "
                  "(and that neither is marked immutable, chattr -i); the file on disk was not changed.")
            .arg(path, volume, detail);
    case WriteError::NoFolder:
        return tr("%1 could not be written: its folder does not exist.").arg(path);
    case WriteError::NotRegular:
        return tr("%1 is not a regular file, so it is not replaced.").arg(path);
    case WriteError::Exists:
        return tr("%1 already exists and is not replaced.").arg(path);
    case WriteError::Verify:
        return tr("%1 could not be written on %2: what reached the disk differs from what was written "
                  "(%3). The disk may be failing or full; the file on disk was not changed.")
            .arg(path, volume, detail);
    case WriteError::Other:
        break;
    }
    return tr("%1 could not be written on %2 (%3: %4); the file on disk was not changed.")
        .arg(path, volume, QString::fromStdString(result.step), detail);
}

} // namespace ld::platform
