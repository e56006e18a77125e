// Who is left in a process group, from /proc: kill(-pgid, 0) would also count zombies that a
// non-reaping PID 1 (containers) never collects.
#include "platform/processgroup.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

namespace ld::platform {

int groupMembersAlive(qint64 leader) {
    if (leader <= 1)
        return 0;
    int alive = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // gone meanwhile
        const QByteArray text = stat.read(1024);
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so from the last ')'.
        const qsizetype close = text.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() < 3)
            continue;
        if (fields.at(0) == "Z" || fields.at(0) == "X")
            continue;
        if (fields.at(2).toLongLong() == leader)
            ++alive;
    }
    return alive;
}

} // namespace ld::platform
