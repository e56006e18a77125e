#include "app/guientry.h"

#include "app/cli.h"
#include "app/clisupport.h"
#include "platform/runinstead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

GuiEntry& entry() {
    static GuiEntry registered;
    return registered;
}

} // namespace

void setGuiEntry(const GuiEntry& value) {
    entry() = value;
}

const GuiEntry& guiEntry() {
    return entry();
}

int noGuiHere() {
    printErr(Tr::tr("localhost-doctor: the wizard and the tray run in localhost-doctor-gui, not here.") +
             QLatin1Char('\n'));
    return ExitFailed;
}

QString guiExecutable() {
    // Both from CMake: the file name (".exe" on Windows) and where the install puts it.
    const QString name = QStringLiteral(LD_GUI_FILE_NAME);
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QDir::cleanPath(here.filePath(QStringLiteral(LD_GUI_RELATIVE_DIR) + QLatin1Char('/') + name));
}

int launchGui(const QStringList& arguments) {
    const QString program = guiExecutable();
    QString error;
    const int status = platform::runInstead(program, arguments.mid(1), &error);
    if (status >= 0)
        return status;
    printErr(Tr::tr("localhost-doctor: could not start the wizard and tray program %1: %2")
                 .arg(QDir::toNativeSeparators(program), error) +
             QLatin1Char('\n'));
    return ExitFailed;
}

} // namespace ld::app
