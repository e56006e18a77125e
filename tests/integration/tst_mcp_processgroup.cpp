// No process outlives the diagnosis: stdio MCP servers that leave descendants behind (a forked
// child holding stdout, a server ignoring SIGTERM, an npx-like wrapper whose node child starts the
// server) are probed for real, through the engine and through `mcp --config`, and /proc is then
// searched for any process carrying the test's marker in its argv: none may be left.

#include "support/peers.h"
#include "wizard/mcp/mcpprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace ld::wizard;
using namespace std::chrono_literals;

namespace {

QString peer(const QString& name) {
    return QStringLiteral(LD_PEERS) + QLatin1Char('/') + name;
}

QString python() {
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

QString node() {
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

// Live processes (not zombies) whose argv holds `marker`.
QList<qint64> withMarker(const QString& marker) {
    QList<qint64> found;
    const QByteArray needle = marker.toUtf8();
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(needle))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        if (close > 0 && text.mid(close + 2, 1) != "Z")
            found << pid;
    }
    return found;
}

// Ends what a failed test left behind (only processes carrying our own marker).
void killLeftovers(const QString& marker) {
    for (qint64 pid : withMarker(marker))
        ::kill(pid_t(pid), SIGKILL);
}

QString pidList(const QList<qint64>& pids) {
    QStringList out;
    for (qint64 pid : pids)
        out << QString::number(pid);
    return out.join(QLatin1Char(' '));
}

struct Server {
    QString command;
    QStringList args;
};

// The three hostile shapes, each carrying `marker` in its argv (and its descendants' argv).
Server server(const QString& kind, const QString& marker) {
    const QStringList hostile{peer(QStringLiteral("mcp_hostile.py"))};
    if (kind == QLatin1String("fork-child"))
        return {python(),
                hostile + QStringList{QStringLiteral("fork-child"), QStringLiteral("--marker"), marker}};
    if (kind == QLatin1String("ignores-sigterm"))
        return {python(),
                hostile + QStringList{QStringLiteral("slow-exit"), QStringLiteral("--marker"), marker}};
    // npx-like: sh runs node (not exec'd: "; exit"), whose child is the server; SIGTERM to the
    // wrapper alone would orphan the server, which outlives its stdin closing.
    return {QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("\"$0\" \"$@\"; exit $?"), node(),
             peer(QStringLiteral("npx_like.mjs")), python(), hostile.first(), QStringLiteral("linger"),
             QStringLiteral("--marker"), marker}};
}

QString quoted(const QString& text) {
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

class TestMcpProcessGroup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (python().isEmpty())
            QSKIP("python3 is not installed; the test servers are Python scripts");
        if (!QFileInfo(QStringLiteral("/proc/self/stat")).exists())
            QSKIP("no /proc to look for processes left behind");
    }

    void probeLeavesNothing_data() {
        QTest::addColumn<QString>("kind");
        QTest::addRow("forks a child holding stdout") << "fork-child";
        QTest::addRow("ignores SIGTERM") << "ignores-sigterm";
        QTest::addRow("npx-like wrapper") << "npx-like";
    }

    void probeLeavesNothing() {
        QFETCH(QString, kind);
        if (kind == QLatin1String("npx-like") && node().isEmpty())
            QSKIP("node is not installed; the npx-like wrapper is a Node.js script");
        const QString marker = QStringLiteral("ldmark-") + QUuid::createUuid().toString(QUuid::Id128);
        const Server s = server(kind, marker);
        StdioServerSpec spec;
        spec.name = kind;
        spec.command = s.command;
        spec.args = s.args;
        McpProbeLimits limits;
        limits.handshakeTimeout = 3s;
        limits.era = McpEra::Legacy;
        const McpProbeResult result = probeStdioServer(spec, limits);
        const QList<qint64> left = withMarker(marker);
        killLeftovers(marker);
        QStringList ids;
        for (const Finding& f : result.findings)
            ids << f.id;
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left running: %1 (findings %2)")
                                                .arg(pidList(left), ids.join(QLatin1Char(',')))));
        QVERIFY2(!result.findings.isEmpty() && result.findings.first().id == QLatin1String("mcp.ok"),
                 qPrintable(ids.join(QLatin1Char(','))));
        const QJsonObject evidence = result.findings.first().evidence;
        if (kind != QLatin1String("ignores-sigterm"))
            QVERIFY2(evidence.value(QStringLiteral("group_members_ended")).toInt() >= 1,
                     qPrintable(QJsonDocument(evidence).toJson()));
        QCOMPARE(evidence.value(QStringLiteral("processes_left")).toInt(), 0);
        QVERIFY(!evidence.value(QStringLiteral("shutdown")).toString().isEmpty());
    }

    // The whole command: after `mcp --config` exits, none of its servers' processes is left.
    void mcpCommandLeavesNothing() {
        const QString marker = QStringLiteral("ldmark-") + QUuid::createUuid().toString(QUuid::Id128);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QStringList kinds{QStringLiteral("fork-child"), QStringLiteral("ignores-sigterm")};
        if (!node().isEmpty())
            kinds << QStringLiteral("npx-like");
        QStringList entries;
        for (const QString& kind : std::as_const(kinds)) {
            const Server s = server(kind, marker);
            QStringList args;
            for (const QString& arg : s.args)
                args << quoted(arg);
            entries << QStringLiteral("\"%1\": {\"command\": %2, \"args\": [%3]}")
                           .arg(kind, quoted(s.command), args.join(QStringLiteral(", ")));
        }
        const QString config = home.filePath(QStringLiteral("claude_desktop_config.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("{\"mcpServers\": {%1}}\n").arg(entries.join(QStringLiteral(", "))).toUtf8());
        file.close();

        constexpr int kTimeoutMs = 3000;
        QElapsedTimer timer;
        timer.start();
        const auto run = ld::test::runDoctor(
            {"mcp", "--config", config, "--json", "--timeout-ms", QString::number(kTimeoutMs)}, 30000, {},
            {QStringLiteral("HOME=") + home.path()});
        const qint64 took = timer.elapsed();
        const QList<qint64> left = withMarker(marker);
        killLeftovers(marker);
        QVERIFY2(run.finished, run.err.constData());
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left running: ") + pidList(left)));
        const QJsonObject report = run.json.object();
        for (const QString& kind : std::as_const(kinds)) {
            QStringList ids;
            for (const QJsonValue& step : report.value(QStringLiteral("steps")).toArray())
                if (step.toObject().value(QStringLiteral("id")).toString() ==
                    QStringLiteral("server:") + kind)
                    for (const QJsonValue& f : step.toObject().value(QStringLiteral("findings")).toArray())
                        ids << f.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(ids.contains(QStringLiteral("mcp.ok")),
                     qPrintable(kind + QLatin1Char(' ') + ids.join(',')));
        }
        // A hang guard only: the budget itself is measured by tests/bench/bench_mcp_shutdown.sh.
        QVERIFY2(took < 3 * kTimeoutMs, qPrintable(QStringLiteral("%1 ms").arg(took)));
    }

    // Interrupted mid-diagnosis (Ctrl+C in the terminal, which no longer reaches a server in its
    // own session), the doctor still ends the groups it started before it dies.
    void interruptedCommandLeavesNothing() {
        const QString marker = QStringLiteral("ldmark-") + QUuid::createUuid().toString(QUuid::Id128);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString config = home.filePath(QStringLiteral("claude_desktop_config.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("{\"mcpServers\": {\"silent\": {\"command\": %1, \"args\": [%2, "
                                  "\"silent\", \"--marker\", %3]}}}\n")
                       .arg(quoted(python()), quoted(peer(QStringLiteral("mcp_hostile.py"))), quoted(marker))
                       .toUtf8());
        file.close();
        QProcess doctor;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        doctor.setProcessEnvironment(env);
        doctor.start(QStringLiteral(LD_BINARY),
                     {QStringLiteral("mcp"), QStringLiteral("--config"), config, QStringLiteral("--json"),
                      QStringLiteral("--timeout-ms"), QStringLiteral("20000")});
        QVERIFY(doctor.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!withMarker(marker).isEmpty(), 10000); // the server is up
        // SIGTERM, not SIGINT: a shell starting the suite in the background hands SIGINT down ignored.
        ::kill(pid_t(doctor.processId()), SIGTERM);
        const bool ended = doctor.waitForFinished(5000);
        if (!ended)
            doctor.kill();
        QTRY_VERIFY_WITH_TIMEOUT(withMarker(marker).isEmpty(), 3000);
        killLeftovers(marker);
        QVERIFY2(ended, "the doctor did not end on SIGTERM");
        QCOMPARE(doctor.exitStatus(), QProcess::CrashExit); // died of the signal, as before
    }
};

QTEST_GUILESS_MAIN(TestMcpProcessGroup)
#include "tst_mcp_processgroup.moc"
