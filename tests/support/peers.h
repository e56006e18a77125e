#pragma once
// Shared helpers for tests that talk to real peers: free ports, child servers that are waited
// for (bounded), the real binary run with arguments, and a network-namespace fixture.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ld::test {

// A TCP port that is free on 127.0.0.1 and ::1 right now.
quint16 freePort();
bool haveProgram(const QString& program);
bool isRoot();
QString fixture(const QString& relativePath);

// Waits (bounded by timeoutMs, polling) until host:port accepts a TCP connection.
bool waitForListening(const QString& host, quint16 port, int timeoutMs = 10000);
bool waitForNotListening(const QString& host, quint16 port, int timeoutMs = 10000);

// A child process that is killed (group and all) when this goes out of scope.
class Peer {
public:
    Peer() = default;
    Peer(const Peer&) = delete;
    Peer& operator=(const Peer&) = delete;
    ~Peer();
    // Starts program with args; returns false (with errorString) if it could not start.
    bool start(const QString& program, const QStringList& args, const QStringList& extraEnv = {});
    // start(), then wait until host:port accepts.
    bool startListening(const QString& program, const QStringList& args, const QString& host, quint16 port,
                        const QStringList& extraEnv = {}, int timeoutMs = 10000);
    // Waits (bounded) until the peer has printed `text`; for peers that can't be probed from here.
    bool waitForOutput(const QByteArray& text, int timeoutMs = 10000);
    void stop();
    qint64 pid() const;
    QProcess& process() { return *m_process; }
    QString errorString() const { return m_error; }
    QString output() const; // what it printed so far (stdout and stderr merged)

private:
    std::unique_ptr<QProcess> m_process;
    QString m_error;
};

struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json; // parsed stdout when it is JSON
    bool finished = false;
};

// Runs the built localhost-doctor with args (and an optional wrapper like "ip netns exec N").
RunResult runDoctor(const QStringList& args, int timeoutMs = 30000, const QStringList& wrapper = {},
                    const QStringList& extraEnv = {});

QStringList findingIds(const QJsonObject& report);
QJsonObject finding(const QJsonObject& report, const QString& id); // empty when absent
QString stepStatus(const QJsonObject& report, const QString& stepId);

// A network namespace made for one test, deleted after it. Needs root and `ip`.
class Netns {
public:
    explicit Netns(const QString& hint);
    ~Netns();
    Netns(const Netns&) = delete;
    Netns& operator=(const Netns&) = delete;
    // Empty when usable; otherwise why not (for QSKIP).
    QString unavailableReason() const { return m_reason; }
    QString name() const { return m_name; }
    QStringList wrapper() const {
        return {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), m_name};
    }
    // Runs a command inside the namespace, waits for it; returns exit code (-1 on failure to start).
    int exec(const QStringList& command, QByteArray* output = nullptr, int timeoutMs = 10000);
    // Writes /etc/netns/NAME/hosts, seen by processes started with wrapper().
    bool setHosts(const QByteArray& content);

private:
    QString m_name;
    QString m_reason;
    bool m_created = false;
};

} // namespace ld::test
