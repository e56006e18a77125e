#include "platform/runinstead.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <unistd.h>
#include <vector>

namespace ld::platform {

int runInstead(const QString& program, const QStringList& arguments, QString* error) {
    const std::string path = program.toLocal8Bit().toStdString();
    std::vector<std::string> storage;
    storage.reserve(static_cast<size_t>(arguments.size()) + 1);
    storage.push_back(path);
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit().toStdString());
    std::vector<char*> argv;
    argv.reserve(storage.size() + 1);
    for (std::string& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(path.c_str(), argv.data());
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    return -1;
}

} // namespace ld::platform
