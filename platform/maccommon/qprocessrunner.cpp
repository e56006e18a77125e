#include "platform/maccommon/qprocessrunner.h"

#include "platform/log.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <spdlog/spdlog.h>

namespace ld::platform {

namespace {

void append(std::string& sink, const QByteArray& bytes, std::size_t limit, bool& truncated) {
    const std::size_t room = limit - std::min(limit, sink.size());
    if (std::size_t(bytes.size()) > room)
        truncated = true;
    sink.append(bytes.constData(), std::min(std::size_t(bytes.size()), room));
}

} // namespace

CommandResult QProcessRunner::run(const Command& command, const CommandLimits& limits) {
    CommandResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(QLatin1String("LC_")) || key.startsWith(QLatin1String("LANG")))
            env.remove(key);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    QStringList args;
    for (const std::string& arg : command.args)
        args << QString::fromStdString(arg);
    QDeadlineTimer deadline(limits.timeout);
    process.start(QString::fromStdString(command.program), args, QIODevice::ReadOnly);
    if (!process.waitForStarted(int(std::max<qint64>(1, deadline.remainingTime())))) {
        result.startError = process.errorString().toStdString();
        log::get(log::Area::Platform).debug("could not start {}: {}", command.text(), result.startError);
        return result;
    }
    result.started = true;
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            result.timedOut = true;
            process.kill();
            process.waitForFinished(1000);
            break;
        }
        process.waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 100)));
        append(result.out, process.readAllStandardOutput(), limits.maxOutput, result.truncated);
        append(result.err, process.readAllStandardError(), limits.maxOutput, result.truncated);
    }
    append(result.out, process.readAllStandardOutput(), limits.maxOutput, result.truncated);
    append(result.err, process.readAllStandardError(), limits.maxOutput, result.truncated);
    if (!result.timedOut && process.exitStatus() == QProcess::NormalExit)
        result.exitCode = process.exitCode();
    log::get(log::Area::Platform)
        .debug("{}: exit {}, {} bytes out, {} bytes err{}", command.text(), result.exitCode,
               result.out.size(), result.err.size(), result.timedOut ? ", timed out" : "");
    return result;
}

} // namespace ld::platform
