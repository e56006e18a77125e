#include "platform/privatemodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace ld::platform {
namespace {

QString executableFolder() {
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
}

QStringList candidates(const PrivateModule& module) {
    const QString folder = executableFolder();
    QStringList places{QDir(folder).filePath(module.fileName),
                       QDir::cleanPath(folder + QLatin1Char('/') + module.installedDir + QLatin1Char('/') +
                                       module.fileName)};
    const QString buildRoot = QFileInfo(module.buildRoot).canonicalFilePath();
    if (!buildRoot.isEmpty() && !module.buildPath.isEmpty() &&
        (folder == buildRoot || folder.startsWith(buildRoot + QLatin1Char('/'))))
        places.append(module.buildPath);
    places.removeDuplicates();
    return places;
}

} // namespace

ModuleFunction loadModuleFunction(const PrivateModule& module, const char* symbol) {
    ModuleFunction result;
    for (const QString& candidate : candidates(module)) {
        if (!QFileInfo(candidate).isFile()) {
            result.tried.append(QDir::toNativeSeparators(candidate));
            continue;
        }
        // QLibrary does not unload when it goes away: the module stays for the process.
        QLibrary library(candidate);
        if (!library.load()) {
            result.tried.append(library.errorString());
            continue;
        }
        result.address = library.resolve(symbol);
        if (!result.address) {
            // QLibrary's own message here is "Unknown error".
            result.tried.append(
                QStringLiteral("%1 (no %2)").arg(QDir::toNativeSeparators(candidate), QLatin1String(symbol)));
            library.unload();
            continue;
        }
        result.loadedFrom = candidate;
        return result;
    }
    return result;
}

} // namespace ld::platform
