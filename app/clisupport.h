#pragma once
// What every command prints and parses with: UTF-8 output, JSON, one command-line parser with
// --help, whole-number options, --lang, the usage error (exit 2) and the failure (exit 3).

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <functional>
#include <optional>

namespace ld::app {

void print(std::FILE* stream, const QString& text);
void printOut(const QString& text);
void printErr(const QString& text);
void printJson(const QJsonObject& object);
// Removes "--lang X" or "--lang=X" from the arguments and returns X (empty when absent).
QString takeLanguageOption(QStringList& arguments);
// Installs the translation for --lang, or for the system locale when it is empty.
void setUpLanguage(const QString& language);

// `localhost-doctor --version`; returns 0.
int printVersion();
// Runs the command `name`: an exception it lets out is logged and said, and the status is 3.
int runGuarded(const QString& name, const std::function<int()>& run);

// Says what was wrong and how to get help for `command` (empty: the whole tool); returns 2.
int usageError(const QString& message, const QString& command);

// A command's parser: its own options plus -h/--help; parse errors are usage errors (exit 2).
struct CommandLine {
    QCommandLineParser parser;
    QString command;
    QString helpEpilogue; // printed after the options by --help (e.g. the exit statuses)

    CommandLine(const QString& name, const QString& description);

    // Parses the full command line (argv[1] is the command's name when it is `command`).
    // Returns -1 to go on, or the exit status to return now (--help: 0; a parse error: 2).
    int parse(const QStringList& arguments);
    // A usage error about this command.
    int usageError(const QString& message) const { return app::usageError(message, command); }
    bool isSet(const QString& name) const { return parser.isSet(name); }
    QString value(const QString& name) const { return parser.value(name); }
};

// The whole number of option --name, nullopt when absent; outside [min, max] or not a number sets
// *error (and returns nullopt).
std::optional<int> intOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                             QString* error);

} // namespace ld::app
