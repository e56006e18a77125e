#include "app/clisupport.h"

#include "app/cli.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace ld::app {

void print(std::FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void printOut(const QString& text) {
    print(stdout, text);
}

void printErr(const QString& text) {
    print(stderr, text);
}

void printJson(const QJsonObject& object) {
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int usageError(const QString& message, const QString& command) {
    printErr(QStringLiteral("localhost-doctor: %1\n").arg(message));
    printErr(QCoreApplication::translate("Cli", "Run \"localhost-doctor %1--help\" to see how to use it.")
                 .arg(command.isEmpty() ? QString() : command + QLatin1Char(' ')) +
             QLatin1Char('\n'));
    return ExitUsage;
}

} // namespace ld::app
