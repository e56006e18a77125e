#include "support/peers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace ld::test {

quint16 freePort() {
    for (int attempt = 0; attempt < 50; ++attempt) {
        QTcpServer v4;
        if (!v4.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = v4.serverPort();
        QTcpServer v6;
        // ::1 may be missing (IPv6 off); then the IPv4 port is good enough.
        if (v6.listen(QHostAddress::LocalHostIPv6, port) ||
            v6.serverError() != QAbstractSocket::AddressInUseError)
            return port;
    }
    return 0;
}

bool haveProgram(const QString& program) {
    return !QStandardPaths::findExecutable(program).isEmpty();
}

bool isRoot() {
    return ::geteuid() == 0;
}

QString fixture(const QString& relativePath) {
    return QStringLiteral(LD_FIXTURES) + QLatin1Char('/') + relativePath;
}

static bool accepts(const QString& host, quint16 port) {
    QTcpSocket socket;
    socket.connectToHost(host, port);
    const bool ok = socket.waitForConnected(200);
    socket.abort();
    return ok;
}

bool waitForListening(const QString& host, quint16 port, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (accepts(host, port))
            return true;
        QThread::msleep(20); // polling a condition, bounded by timeoutMs
    }
    return false;
}

bool waitForNotListening(const QString& host, quint16 port, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (!accepts(host, port))
            return true;
        QThread::msleep(20);
    }
    return false;
}

Peer::~Peer() {
    stop();
}

bool Peer::start(const QString& program, const QStringList& args, const QStringList& extraEnv) {
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& pair : extraEnv) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    m_process->setProcessEnvironment(env);
    // Its own process group, so stop() also ends whatever it spawned.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000)) {
        m_error = m_process->errorString();
        return false;
    }
    return true;
}

bool Peer::startListening(const QString& program, const QStringList& args, const QString& host, quint16 port,
                          const QStringList& extraEnv, int timeoutMs) {
    if (!start(program, args, extraEnv))
        return false;
    if (!waitForListening(host, port, timeoutMs)) {
        m_error = QStringLiteral("%1 did not listen on %2:%3 within %4 ms; it printed: %5")
                      .arg(program, host)
                      .arg(port)
                      .arg(timeoutMs)
                      .arg(output());
        return false;
    }
    return true;
}

bool Peer::waitForOutput(const QByteArray& text, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (m_process && timer.elapsed() < timeoutMs) {
        if (m_process->peek(m_process->bytesAvailable()).contains(text))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
    }
    m_error = QStringLiteral("did not print \"%1\" within %2 ms; it printed: %3")
                  .arg(QString::fromUtf8(text))
                  .arg(timeoutMs)
                  .arg(output());
    return false;
}

void Peer::stop() {
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGTERM);
    if (!m_process->waitForFinished(3000)) {
        if (pid > 0)
            ::kill(-static_cast<pid_t>(pid), SIGKILL);
        m_process->waitForFinished(3000);
    }
}

qint64 Peer::pid() const {
    return m_process ? m_process->processId() : -1;
}

QString Peer::output() const {
    return m_process ? QString::fromUtf8(m_process->peek(m_process->bytesAvailable())) : QString();
}

RunResult runDoctor(const QStringList& args, int timeoutMs, const QStringList& wrapper,
                    const QStringList& extraEnv) {
    RunResult result;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_LOG_LEVEL"), QStringLiteral("off"));
    for (const QString& pair : extraEnv) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    QStringList command = wrapper;
    command << QStringLiteral(LD_BINARY) << args;
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(3000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.json = QJsonDocument::fromJson(result.out);
    return result;
}

QStringList findingIds(const QJsonObject& report) {
    QStringList ids;
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray())
        for (const QJsonValue& finding : step.toObject().value(QStringLiteral("findings")).toArray())
            ids << finding.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QJsonObject finding(const QJsonObject& report, const QString& id) {
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray())
        for (const QJsonValue& finding : step.toObject().value(QStringLiteral("findings")).toArray())
            if (finding.toObject().value(QStringLiteral("id")).toString() == id)
                return finding.toObject();
    return {};
}

QString stepStatus(const QJsonObject& report, const QString& stepId) {
    for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray())
        if (step.toObject().value(QStringLiteral("id")).toString() == stepId)
            return step.toObject().value(QStringLiteral("status")).toString();
    return {};
}

static int runQuiet(const QStringList& command, QByteArray* output = nullptr, int timeoutMs = 10000) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(5000))
        return -1;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

Netns::Netns(const QString& hint) {
    static int counter = 0;
    m_name = QStringLiteral("ldt-%1-%2-%3").arg(hint).arg(::getpid()).arg(++counter);
    if (!isRoot()) {
        m_reason = QStringLiteral("needs root to create a network namespace (ip netns add); CI runs as root");
        return;
    }
    if (!haveProgram(QStringLiteral("ip"))) {
        m_reason = QStringLiteral("needs `ip` from iproute2 to create a network namespace");
        return;
    }
    QByteArray out;
    if (runQuiet({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), m_name}, &out) != 0) {
        m_reason = QStringLiteral("`ip netns add` failed: %1").arg(QString::fromUtf8(out).trimmed());
        return;
    }
    m_created = true;
    if (exec({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
              QStringLiteral("up")},
             &out) != 0)
        m_reason = QStringLiteral("could not bring up lo in the namespace: %1").arg(QString::fromUtf8(out));
}

Netns::~Netns() {
    if (m_created)
        runQuiet({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("delete"), m_name});
    QDir(QStringLiteral("/etc/netns/") + m_name).removeRecursively();
}

int Netns::exec(const QStringList& command, QByteArray* output, int timeoutMs) {
    return runQuiet(wrapper() + command, output, timeoutMs);
}

bool Netns::setHosts(const QByteArray& content) {
    const QString dir = QStringLiteral("/etc/netns/") + m_name;
    if (!QDir().mkpath(dir))
        return false;
    QFile file(dir + QStringLiteral("/hosts"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

} // namespace ld::test
