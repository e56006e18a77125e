#pragma once
// What every command prints and parses with: UTF-8 output, JSON, one command-line parser with
// --help, whole-number options, and the usage error (exit 2).

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <optional>

namespace ld::app {

void print(std::FILE* stream, const QString& text);
void printOut(const QString& text);
void printErr(const QString& text);
void printJson(const QJsonObject& object);
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
