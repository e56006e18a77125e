#include "app/startup.h"

#include "platform/log.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <spdlog/spdlog.h>

namespace ld::app {

void startup(const QStringList& arguments) {
    QCoreApplication::setOrganizationName(QStringLiteral("localhost-doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("localhost-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LD_VERSION));
    // io.github.localhostdoctor.LocalhostDoctor reversed; the data folders keep the name above.
    QCoreApplication::setOrganizationDomain(QStringLiteral("localhostdoctor.github.io"));

    log::Setup setup;
    setup.directory =
        (QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs"))
            .toStdString();
    setup.toStderr =
        arguments.contains(QStringLiteral("--verbose")) || arguments.contains(QStringLiteral("-v"));
    setup.level = setup.toStderr ? "debug" : "info";
    log::setup(setup);
    log::get(log::Area::App)
        .info("localhost-doctor {} started: {}", LD_VERSION,
              arguments.mid(1).join(QLatin1Char(' ')).toStdString());
}

} // namespace ld::app
