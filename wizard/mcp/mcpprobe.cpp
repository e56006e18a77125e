// The stdio probe: launch the server as Claude Desktop would, talk newline-delimited JSON-RPC on
// its stdin/stdout, keep the tail of its stderr, and end it (close stdin, terminate, kill). Every
// read is bounded in bytes and every wait in time. Each call owns its QProcess and event loop, so
// several servers can be probed from several threads at once.

#include "wizard/mcp/mcpprobe.h"

#include "wizard/mcp/clientprofile.h"

#include "platform/childgroup.h"
#include "platform/log.h"
#include "platform/processgroup.h"
#include "wizard/mcp/mcpsession.h"
#include "wizard/mcp/stdioshutdown.h"
#include "wizard/mcp/stdiotext.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <functional>
#include <map>
#include <spdlog/spdlog.h>

namespace ld::wizard {

namespace {

constexpr int kStderrTailLines = 20;
constexpr int kStderrLineChars = 400;
class StdioChannel final : public McpChannel {
    Q_DECLARE_TR_FUNCTIONS(StdioChannel)
public:
    StdioChannel(const StdioServerSpec& spec, const McpProbeLimits& limits)
        : m_spec(spec)
        , m_limits(limits) {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { readStdout(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] { readStderr(); });
        QObject::connect(&m_process, &QProcess::finished, &m_process,
                         [this](int code, QProcess::ExitStatus status) {
                             m_exited = true;
                             m_exitCode = code;
                             m_crashed = status == QProcess::CrashExit;
                             readStdout();
                             readStderr();
                             m_waiter.wake();
                         });
        QObject::connect(&m_process, &QProcess::started, &m_process, [this] {
            m_group = m_process.processId(); // kept: processId() is 0 once the leader is gone
            platform::trackGroup(m_group);
            m_waiter.wake();
        });
        QObject::connect(&m_process, &QProcess::errorOccurred, &m_process,
                         [this](QProcess::ProcessError error) {
                             if (error == QProcess::FailedToStart) {
                                 m_failedToStart = true;
                                 m_waiter.wake();
                             }
                         });
    }

    ~StdioChannel() override { shutdown(); }

    bool start() {
        if (m_spec.env.isEmpty()) {
            m_process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        } else {
            QProcessEnvironment env; // exactly the given variables, nothing inherited
            for (auto it = m_spec.env.begin(); it != m_spec.env.end(); ++it)
                env.insert(it.key(), it.value());
            m_process.setProcessEnvironment(env);
        }
        if (!m_spec.workingDirectory.isEmpty())
            m_process.setWorkingDirectory(m_spec.workingDirectory);
        platform::startInOwnGroup(m_process); // POSIX: its own session and process group
        // Windows: everything the server starts stays in one job object that ends with it.
        m_tree.prepare(m_process);
        m_process.start(m_spec.command, m_spec.args);
        if (m_process.state() == QProcess::Running)
            m_tree.adopt(m_process);
        m_waiter.until(
            [this] { return m_process.state() == QProcess::Running || m_failedToStart || m_exited; },
            m_limits.wait());
        return m_process.state() == QProcess::Running || m_exited;
    }

    Finding launchFailed() const {
        Finding finding{
            QStringLiteral("mcp.launch_failed"),
            Severity::Error,
            tr("The MCP server's command could not be started"),
            tr("Starting \"%1\" failed: %2. MCP clients fail the same way (their logs say "
               "\"spawn ... ENOENT\" or \"EACCES\"). Check that the command exists, is executable, "
               "and is written as a full path in the config.")
                .arg(m_spec.command, m_process.errorString()),
            evidence(),
            {}};
        finding.evidence.insert(QStringLiteral("error"), m_process.errorString());
        return finding;
    }

    RpcReply call(const QJsonObject& request, std::chrono::milliseconds timeout) override {
        const int id = request.value(QStringLiteral("id")).toInt();
        if (!write(request))
            return failure();
        m_waiter.until([&] { return m_responses.count(id) || stopped(); }, timeout);
        auto found = m_responses.find(id);
        if (found != m_responses.end()) {
            RpcReply reply;
            reply.message = found->second;
            reply.kind = reply.message.contains(QStringLiteral("error")) ? RpcReply::Kind::Error
                                                                         : RpcReply::Kind::Result;
            m_responses.erase(found);
            return reply;
        }
        if (stopped())
            return failure();
        RpcReply reply;
        reply.kind = RpcReply::Kind::TimedOut;
        return reply;
    }

    void notify(const QJsonObject& notification, std::chrono::milliseconds timeout) override {
        Q_UNUSED(timeout);
        write(notification);
    }

    QString transport() const override { return QStringLiteral("stdio"); }

    QJsonObject evidence() const override {
        QJsonObject evidence{{QStringLiteral("command"), m_spec.command},
                             {QStringLiteral("args"), QJsonArray::fromStringList(m_spec.args)},
                             {QStringLiteral("stdout_bytes"), m_stdoutBytes},
                             {QStringLiteral("stderr_bytes"), m_stderrBytes},
                             {QStringLiteral("stderr_tail"), QJsonArray::fromStringList(stderrTail())}};
        if (m_process.processId() > 0)
            evidence.insert(QStringLiteral("pid"), m_process.processId());
        if (m_notifications)
            evidence.insert(QStringLiteral("notifications_received"), m_notifications);
        if (!m_shutdown.isEmpty())
            evidence.insert(QStringLiteral("shutdown"), m_shutdown);
        if (m_groupEnded)
            evidence.insert(QStringLiteral("group_members_ended"), m_groupEnded);
        if (m_left)
            evidence.insert(QStringLiteral("processes_left"), m_left);
        return evidence;
    }

    QList<Finding> sideFindings() const override {
        QList<Finding> findings;
        if (m_stdoutFlood) {
            findings << floodFinding();
            if (!m_firstPollution.isNull())
                findings << outputFloodFinding(); // named as a flood too, whatever it was made of
        } else if (!m_firstPollution.isNull()) {
            findings << pollutionFinding();
        }
        if (m_stderrBytes > m_limits.maxStderrBytes)
            findings << stderrFloodFinding();
        return findings;
    }

    // Ends the server and its whole process group (stdioshutdown.cpp). Returns how it ended.
    QString shutdown() {
        if (m_shutdownDone || m_group <= 0)
            return m_shutdown;
        m_shutdownDone = true;
        const StdioGroupEnding ending =
            endStdioGroup(m_process, m_group, m_waiter, [this] { return m_exited; });
        platform::untrackGroup(m_group);
        m_shutdown = ending.how;
        m_groupEnded = ending.othersEnded;
        m_left = ending.left;
        // What the server started and left behind on Windows (npx's node under cmd /c) ends with it.
        if (const int left = m_tree.endAll(); left > 0) {
            m_groupEnded += left;
            ld::log::get(ld::log::Area::Mcp)
                .debug("stdio server {}: {} process(es) of its tree ended", m_spec.name.toStdString(), left);
        }
        if (!m_shutdown.isEmpty())
            ld::log::get(ld::log::Area::Mcp)
                .debug("stdio server {} {} ({} more of its processes ended, {} left)",
                       m_spec.name.toStdString(), m_shutdown.toStdString(), m_groupEnded, m_left);
        return m_shutdown;
    }

    int groupMembersEnded() const { return m_groupEnded; }
    int processesLeft() const { return m_left; }

    bool exitedBeforeShutdown() const { return m_exited && m_shutdown.isEmpty(); }

private:
    bool stopped() const { return m_exited || m_stdoutFlood || m_failedToStart; }

    bool write(const QJsonObject& message) {
        if (m_process.state() != QProcess::Running || m_stdoutFlood)
            return false;
        QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
        line.append('\n');
        return m_process.write(line) == line.size();
    }

    RpcReply failure() const {
        RpcReply reply;
        reply.kind = RpcReply::Kind::Failed;
        if (m_stdoutFlood)
            reply.failure = floodFinding();
        else if (m_failedToStart)
            reply.failure = launchFailed();
        else
            reply.failure = exitedFinding();
        return reply;
    }

    void readStdout() {
        while (!m_stdoutFlood) {
            const QByteArray chunk = m_process.readAllStandardOutput();
            if (chunk.isEmpty())
                break;
            m_stdoutBytes += chunk.size();
            m_line.append(chunk);
            qsizetype start = 0;
            for (qsizetype nl = m_line.indexOf('\n'); nl >= 0; nl = m_line.indexOf('\n', start)) {
                takeLine(m_line.mid(start, nl - start));
                start = nl + 1;
            }
            m_line.remove(0, start);
            if (m_stdoutBytes > m_limits.maxStdoutBytes) {
                // Enough: a server that floods stdout is stopped, not read to the end.
                if (m_firstPollution.isNull() && !m_line.isEmpty())
                    m_firstPollution = m_line.left(kOutputQuoteChars * 4);
                m_stdoutFlood = true;
                m_line.clear();
                m_process.kill();
                m_waiter.wake();
            }
        }
        m_waiter.wake();
    }

    void takeLine(QByteArray line) {
        ++m_lines;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            return;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QList<QJsonObject> messages;
        if (doc.isObject())
            messages << doc.object();
        else if (doc.isArray()) // a batch (revision 2025-03-26)
            for (const QJsonValue& value : doc.array())
                messages << value.toObject();
        bool rpc = !messages.isEmpty();
        for (const QJsonObject& message : std::as_const(messages))
            rpc = rpc && message.value(QStringLiteral("jsonrpc")).toString() == QLatin1String("2.0");
        if (!rpc) {
            ++m_pollutedLines;
            if (m_firstPollution.isNull()) {
                m_firstPollution = line.left(kOutputQuoteChars * 4);
                m_firstPollutionLine = m_lines;
            }
            return;
        }
        for (const QJsonObject& message : std::as_const(messages)) {
            const bool hasMethod = message.contains(QStringLiteral("method"));
            const QJsonValue id = message.value(QStringLiteral("id"));
            if (!hasMethod && (id.isDouble() || id.isString())) {
                m_responses[id.toInt()] = message;
                ++m_answers;
            } else if (hasMethod && !id.isUndefined() && !id.isNull()) {
                // A request from the server (roots, sampling...): we offer none of it.
                write(QJsonObject{
                    {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), -32601},
                                 {QStringLiteral("message"), QStringLiteral("Method not found")}}}});
            } else {
                ++m_notifications; // logs and list_changed before a response are normal
            }
        }
    }

    void readStderr() {
        for (;;) {
            const QByteArray chunk = m_process.readAllStandardError();
            if (chunk.isEmpty())
                break;
            // Drained so the server never blocks on a full pipe; only the tail is kept.
            m_stderrBytes += chunk.size();
            m_errLine.append(chunk);
            qsizetype start = 0;
            for (qsizetype nl = m_errLine.indexOf('\n'); nl >= 0; nl = m_errLine.indexOf('\n', start)) {
                keepStderrLine(m_errLine.mid(start, qMin<qsizetype>(nl - start, kStderrLineChars * 4)));
                start = nl + 1;
            }
            m_errLine.remove(0, start);
            if (m_errLine.size() > kStderrLineChars * 4)
                m_errLine = m_errLine.right(kStderrLineChars * 4);
        }
    }

    void keepStderrLine(const QByteArray& line) {
        QString text = QString::fromUtf8(line).trimmed().left(kStderrLineChars);
        if (text.isEmpty())
            return;
        m_stderr << text;
        while (m_stderr.size() > kStderrTailLines)
            m_stderr.removeFirst();
    }

    QStringList stderrTail() const {
        QStringList tail = m_stderr;
        const QString partial = QString::fromUtf8(m_errLine).trimmed().left(kStderrLineChars);
        if (!partial.isEmpty())
            tail << partial;
        while (tail.size() > kStderrTailLines)
            tail.removeFirst();
        return tail;
    }

    Finding exitedFinding() const {
        const QString how =
            m_crashed ? tr("killed by signal %1").arg(m_exitCode) : tr("exit code %1").arg(m_exitCode);
        const QStringList tail = stderrTail();
        Finding finding{
            QStringLiteral("mcp.server_exited"),
            Severity::Error,
            tr("The MCP server exited before the handshake finished (%1)").arg(how),
            tr("MCP clients start it the same way and then show \"Server disconnected\". The last "
               "lines it wrote on stderr usually say why: a missing module or file, a missing API key "
               "in \"env\", a wrong Node.js or Python version. Run the same command in a terminal to "
               "see the whole message.") +
                (tail.isEmpty() ? QString()
                                : QStringLiteral("\n\n") + tr("It said: %1").arg(stderrHeadline(tail))),
            evidence(),
            {}};
        finding.evidence.insert(m_crashed ? QStringLiteral("signal") : QStringLiteral("exit_code"),
                                m_exitCode);
        return finding;
    }

    Finding pollutionFinding() const {
        const QString line = quoteOutput(m_firstPollution);
        Finding finding{
            QStringLiteral("mcp.stdout_pollution"),
            Severity::Error,
            m_stdoutFlood ? tr("The MCP server flooded stdout with output that is not MCP")
                          : tr("The MCP server printed something that is not MCP on stdout"),
            tr("stdout is reserved for JSON-RPC messages, one per line. A client reads every "
               "line as one, fails on this one and logs a parse error (\"Unexpected token\"): \"%1\". "
               "Typical causes: a startup banner, console.log or print calls, a progress bar from npx "
               "or pip. Write logs to stderr instead (console.error in Node.js, "
               "print(..., file=sys.stderr) or logging in Python), or use the server's quiet option.")
                .arg(line),
            evidence(),
            {}};
        finding.evidence.insert(QStringLiteral("first_line"), line);
        finding.evidence.insert(QStringLiteral("line_number"), m_firstPollutionLine);
        finding.evidence.insert(QStringLiteral("polluted_lines"), m_pollutedLines);
        finding.evidence.insert(QStringLiteral("flood"), m_stdoutFlood);
        return finding;
    }

    Finding floodFinding() const {
        if (!m_firstPollution.isNull()) {
            Finding finding = pollutionFinding();
            finding.evidence.insert(QStringLiteral("limit_bytes"), m_limits.maxStdoutBytes);
            finding.detail += QStringLiteral("\n\n") +
                              tr("It wrote more than %1 MB without a valid answer, so it was stopped.")
                                  .arg(megabytes(m_limits.maxStdoutBytes));
            return finding;
        }
        return outputFloodFinding();
    }

    Finding outputFloodFinding() const {
        const QString limit = megabytes(m_limits.maxStdoutBytes);
        Finding finding{QStringLiteral("mcp.output_flood"), Severity::Error, {}, {}, evidence(), {}};
        if (m_answers > 0) {
            finding.title = tr("The MCP server flooded stdout after answering: more than %1 MB").arg(limit);
            finding.detail =
                tr("It answered %n request(s), then wrote far more than any answer needs, so it was "
                   "stopped and what it would have answered next (its tools, resources and prompts) was "
                   "not read. MCP clients stall or run out of memory the same way. Look for a loop that "
                   "writes notifications or log messages to stdout.",
                   nullptr, m_answers);
        } else {
            finding.title = tr("The MCP server sent more than %1 MB before answering").arg(limit);
            finding.detail =
                tr("Its messages were valid, but far too many: it was stopped before the handshake "
                   "finished. MCP clients struggle the same way. Look for a loop sending "
                   "notifications or log messages at start.");
        }
        finding.evidence.insert(QStringLiteral("limit_bytes"), m_limits.maxStdoutBytes);
        finding.evidence.insert(QStringLiteral("answers_before"), m_answers);
        return finding;
    }

    Finding stderrFloodFinding() const {
        Finding finding{
            QStringLiteral("mcp.stderr_flood"),
            Severity::Warning,
            tr("The MCP server wrote %1 MB of logs on stderr while starting").arg(megabytes(m_stderrBytes)),
            tr("That much logging is not an error, but clients copy all of it into their logs "
               "(%1: mcp-server-NAME.log), which then grow fast, and it slows the server down. Lower the "
               "server's log level (often an env entry such as LOG_LEVEL or DEBUG).")
                .arg(ClientProfile::claudeDesktop().displayName),
            evidence(),
            {}};
        finding.evidence.insert(QStringLiteral("limit_bytes"), m_limits.maxStderrBytes);
        return finding;
    }

    StdioServerSpec m_spec;
    McpProbeLimits m_limits;
    platform::ChildGroup m_tree; // destroyed after m_process: ends what the server left running (Windows)
    QProcess m_process;
    EventWaiter m_waiter;
    std::map<int, QJsonObject> m_responses;
    QByteArray m_line;
    QByteArray m_errLine;
    QStringList m_stderr;
    QByteArray m_firstPollution;
    int m_firstPollutionLine = 0;
    int m_pollutedLines = 0;
    int m_lines = 0;
    int m_notifications = 0;
    int m_answers = 0;
    qint64 m_stdoutBytes = 0;
    qint64 m_stderrBytes = 0;
    bool m_stdoutFlood = false;
    bool m_exited = false;
    bool m_crashed = false;
    bool m_failedToStart = false;
    int m_exitCode = 0;
    QString m_shutdown;
    bool m_shutdownDone = false;
    qint64 m_group = 0;   // the leader's pid: the id of its process group
    int m_groupEnded = 0; // its other processes ended at shutdown
    int m_left = 0;       // processes of the group still alive after the forced kill
};

} // namespace

McpProbeResult probeStdioServerOnce(const StdioServerSpec& spec, const McpProbeLimits& limits) {
    QElapsedTimer timer;
    timer.start();
    auto& log = ld::log::get(ld::log::Area::Mcp);
    log.debug("probing stdio server {}: {}", spec.name.toStdString(), spec.command.toStdString());

    mcp::ensureEventDispatcher();
    McpProbeLimits budget = limits;
    budget.startBudget();
    McpProbeResult result;
    StdioChannel channel(spec, budget);
    if (!channel.start()) {
        result.findings << channel.launchFailed();
    } else {
        McpSession session(channel, budget);
        result = budget.era == McpEra::Modern ? session.discoverOnly() : session.run();
        const double handshakeMs = timer.nsecsElapsed() / 1e6;
        const bool exitedEarly = channel.exitedBeforeShutdown();
        const QString ended = channel.shutdown();
        for (Finding& finding : result.findings) {
            finding.evidence.insert(QStringLiteral("handshake_ms"), qRound(handshakeMs * 10) / 10.0);
            if (!ended.isEmpty()) {
                finding.evidence.insert(QStringLiteral("shutdown"), ended);
                finding.evidence.insert(QStringLiteral("group_members_ended"), channel.groupMembersEnded());
                finding.evidence.insert(QStringLiteral("processes_left"), channel.processesLeft());
            }
        }
        if (!exitedEarly && (ended == QLatin1String("killed") || ended == QLatin1String("unkillable")))
            result.findings << slowShutdownFinding(channel.evidence());
    }
    result.elapsedMs = timer.nsecsElapsed() / 1e6;
    log.debug("stdio server {} probed in {:.1f} ms", spec.name.toStdString(), result.elapsedMs);
    return result;
}

} // namespace ld::wizard
