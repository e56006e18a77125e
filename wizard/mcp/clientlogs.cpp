#include "wizard/mcp/clientlogs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace ld::wizard {
namespace {

// The last lines of a file, reading at most tailBytes from its end.
QStringList tailLines(const QString& path, qint64 tailBytes) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    const qint64 start = std::max<qint64>(0, size - tailBytes);
    file.seek(start);
    QByteArray bytes = file.read(tailBytes);
    if (start > 0) // the first line is cut
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    QStringList lines;
    for (const QByteArray& line : bytes.split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line.trimmed()).left(500);
    return lines;
}

bool isErrorLine(const QString& line) {
    static const QRegularExpression pattern(
        QStringLiteral("\\[error\\]|\\berror\\b|ENOENT|EACCES|EINVAL|disconnected|exited with code|"
                       "failed|not found|timed out|Unexpected token|command not found|No such file"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(line).hasMatch();
}

} // namespace

QJsonObject clientLogEvidence(const HostContext& host, const ClientProfile& client, const QString& server,
                              int maxLines, qint64 tailBytes) {
    for (const QString& dir : client.logDirectories(host)) {
        if (!host.exists(dir))
            continue;
        QJsonArray lines;
        QStringList files;
        QStringList picked;
        const QString serverLogName = client.serverLogName(server);
        if (!serverLogName.isEmpty()) {
            const QString serverLog = host.join(dir, serverLogName);
            for (const QString& line : tailLines(serverLog, tailBytes))
                if (isErrorLine(line))
                    picked << line;
            if (!picked.isEmpty())
                files << serverLog;
        }
        QStringList mainLogs;
        if (client.id == ClientId::ClaudeDesktop)
            mainLogs << host.join(dir, QStringLiteral("mcp.log"));
        else
            for (const QString& name :
                 QDir(dir).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name))
                mainLogs << host.join(dir, name);
        const QString tag = QStringLiteral("[%1]").arg(server);
        const QString named = QStringLiteral("\"%1\"").arg(server);
        for (const QString& mainLog : mainLogs) {
            bool fromMain = false;
            for (const QString& line : tailLines(mainLog, tailBytes)) {
                if ((line.contains(tag) || line.contains(named)) && isErrorLine(line)) {
                    picked << line;
                    fromMain = true;
                }
            }
            if (fromMain)
                files << mainLog;
        }
        if (picked.isEmpty())
            continue;
        for (const QString& line : picked.mid(std::max<qsizetype>(0, picked.size() - maxLines)))
            lines.append(line);
        return {{QStringLiteral("directory"), dir},
                {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                {QStringLiteral("lines"), lines}};
    }
    return {};
}

} // namespace ld::wizard
