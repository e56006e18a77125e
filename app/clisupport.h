#pragma once
// What every command prints with: UTF-8 to stdout or stderr, JSON, and the usage error (exit 2).

#include <QJsonObject>
#include <QString>
#include <cstdio>

namespace ld::app {

void print(std::FILE* stream, const QString& text);
void printOut(const QString& text);
void printErr(const QString& text);
void printJson(const QJsonObject& object);
// Says what was wrong and how to get help for `command` (empty: the whole tool); returns 2.
int usageError(const QString& message, const QString& command);

} // namespace ld::app
