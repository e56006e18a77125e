#include "app/clisupport.h"

#include "app/cli.h"
#include "platform/log.h"
#include "ui/translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <exception>
#include <spdlog/spdlog.h>

namespace ld::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

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
    // Already UTF-8: written as it is, not through a QString and back.
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

QString takeLanguageOption(QStringList& arguments) {
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return language;
}

void setUpLanguage(const QString& language) {
    ui::installTranslator(language);
}

int printVersion() {
    printOut(QStringLiteral("localhost-doctor %1\n").arg(QStringLiteral(LD_VERSION)));
    return ExitOk;
}

int runGuarded(const QString& name, const std::function<int()>& run) {
    try {
        return run();
    } catch (const std::exception& error) {
        log::get(log::Area::App).error("{} failed: {}", name.toStdString(), error.what());
        printErr(Tr::tr("localhost-doctor: %1 failed: %2").arg(name, QString::fromLocal8Bit(error.what())) +
                 QLatin1Char('\n'));
        return ExitFailed;
    }
}

int usageError(const QString& message, const QString& command) {
    printErr(QStringLiteral("localhost-doctor: %1\n").arg(message));
    printErr(Tr::tr("Run \"localhost-doctor %1--help\" to see how to use it.")
                 .arg(command.isEmpty() ? QString() : command + QLatin1Char(' ')) +
             QLatin1Char('\n'));
    return ExitUsage;
}

CommandLine::CommandLine(const QString& name, const QString& description)
    : command(name) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")});
}

int CommandLine::parse(const QStringList& arguments) {
    QStringList args = arguments;
    if (args.value(1) == command)
        args.removeAt(1);
    // "-1" is a (bad) number the user typed, not an option: hand it over as a positional argument.
    static const QRegularExpression negativeNumber(QStringLiteral("^-[0-9]+$"));
    QStringList negatives;
    for (qsizetype i = args.size() - 1; i >= 1; --i)
        if (negativeNumber.match(args.at(i)).hasMatch())
            negatives.prepend(args.takeAt(i));
    if (!negatives.isEmpty())
        args << QStringLiteral("--") << negatives;
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText()
                     .replace(QCoreApplication::applicationFilePath(),
                              QStringLiteral("localhost-doctor ") + command)
                     .replace(QStringLiteral("localhost-doctor [options]"),
                              QStringLiteral("localhost-doctor %1 [options]").arg(command)) +
                 helpEpilogue);
        return ExitOk;
    }
    return -1;
}

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                             QString* error) {
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const QString text = parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = Tr::tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

} // namespace ld::app
