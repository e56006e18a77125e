// The mcp report's orchestration with the probes replaced: steps config + server:NAME in file
// order, --no-launch starting nothing, servers probed in parallel, bridge URLs diagnosed, and
// Claude Desktop's log lines (tail only) attached as evidence.
#include "wizard/mcp/mcpdiagnosis.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace ld::wizard;

namespace {

void writeAll(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("can't write %s", qPrintable(path));
    file.write(bytes);
}

HostContext linuxHost(const QString& home) {
    HostContext host = HostContext::current();
    host.os = HostOs::Linux;
    host.home = home;
    host.env = {{"PATH", "/usr/bin:/bin"}, {"HOME", home}};
    host.loginShellPath = [] { return std::optional<QString>(); };
    return host;
}

McpProbeResult okProbe(const QString& name) {
    McpProbeResult result;
    result.findings << Finding{"mcp.ok", Severity::Ok, "ok " + name, {}, {}, {}};
    return result;
}

QStringList ids(const StepResult& step) {
    QStringList out;
    for (const Finding& finding : step.findings)
        out << finding.id;
    return out;
}

// The real system: only its socket table is read, for ranking port repairs.
ld::platform::System& testSystem() {
    static const auto system = ld::platform::createSystem();
    return *system;
}

} // namespace

class TestMcpDiagnosis : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void logEvidence() {
        const QString logs = m_home.path() + "/.config/Claude/logs";
        // A long log: only its tail is read, so the old error at the start is not seen.
        QByteArray serverLog = "2025-01-01T09:00:00Z [files] [error] OLD error, long ago\n";
        serverLog += QByteArray(200 * 1024, 'x') + "\n";
        serverLog += "2025-01-01T10:00:00Z [files] [info] Server started and connected successfully\n"
                     "2025-01-01T10:00:01Z [files] [error] spawn npx ENOENT\n";
        writeAll(logs + "/mcp-server-files.log", serverLog);
        writeAll(logs + "/mcp.log", "2025-01-01T10:00:02Z [info] [files] Client transport closed\n"
                                    "2025-01-01T10:00:02Z [error] [files] Server disconnected.\n"
                                    "2025-01-01T10:00:03Z [error] [memory] Server disconnected.\n");
        const HostContext host = linuxHost(m_home.path());
        const QJsonObject evidence = clientLogEvidence(host, ClientProfile::claudeDesktop(), "files");
        const QJsonArray lines = evidence.value("lines").toArray();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).toString().contains("spawn npx ENOENT"));
        QVERIFY(lines.at(1).toString().contains("[files] Server disconnected"));
        QCOMPARE(evidence.value("files").toArray().size(), 2);
        QVERIFY(clientLogEvidence(host, ClientProfile::claudeDesktop(), "nobody").isEmpty());
        QCOMPARE(
            clientLogEvidence(host, ClientProfile::claudeDesktop(), "memory").value("lines").toArray().size(),
            1);
    }

    void earlierLogErrorsAreANoteWhenAllPasses() {
        // The server starts fine now, but the client's log still holds an error for it.
        const QString home = m_home.path() + "/logged";
        writeAll(home + "/.config/Claude/logs/mcp-server-weather.log",
                 "2025-01-01T10:00:01Z [weather] [error] spawn uvx ENOENT\n");
        const QString config = home + "/weather.json";
        writeAll(config, "{\"mcpServers\": {\"weather\": {\"command\": \"/bin/sh\"}}}");
        McpOptions options;
        options.configPath = config;
        McpDiagnosis diagnosis(testSystem(), linuxHost(home), options);
        diagnosis.setStdioProbe(
            [](const StdioServerSpec& spec, const McpProbeLimits&) { return okProbe(spec.name); });
        const Report report = diagnosis.run();
        QCOMPARE(report.steps.size(), 2);
        const StepResult& step = report.steps.at(1);
        QVERIFY2(ids(step).contains("mcp.log_errors"), qPrintable(ids(step).join(',')));
        for (const Finding& finding : step.findings) {
            if (finding.id != QLatin1String("mcp.log_errors"))
                continue;
            QCOMPARE(finding.severity, Severity::Info);
            QVERIFY(finding.detail.contains("spawn uvx ENOENT"));
            QVERIFY(finding.title.contains("\"weather\""));
        }
        QVERIFY(!report.problemFound());
    }

    void parallelLaunchAndOrder() {
        const QString config = m_home.path() + "/parallel.json";
        QByteArray servers;
        for (int i = 0; i < 4; ++i)
            servers +=
                QByteArray(i ? "," : "") + "\"s" + QByteArray::number(3 - i) +
                "\": {\"command\": \"/bin/sh\", \"args\": [\"-c\", \"true\"], \"env\": {\"K\": \"v\"}}";
        writeAll(config, "{\"mcpServers\": {" + servers + "}}");
        McpOptions options;
        options.configPath = config;
        McpDiagnosis diagnosis(testSystem(), linuxHost(m_home.path() + "/nologs"), options);
        std::atomic_int running{0};
        std::atomic_int peak{0};
        std::atomic_bool envOk{true};
        diagnosis.setStdioProbe([&](const StdioServerSpec& spec, const McpProbeLimits&) {
            const int now = ++running;
            peak = std::max(peak.load(), now);
            envOk = envOk && spec.env.value("K") == "v" && spec.env.value("PATH") == "/usr/bin:/bin" &&
                    spec.command == "/bin/sh";
            QThread::msleep(300);
            --running;
            return okProbe(spec.name);
        });
        QElapsedTimer timer;
        timer.start();
        const Report report = diagnosis.run();
        QVERIFY2(timer.elapsed() < 1000,
                 qPrintable(QString::number(timer.elapsed()))); // 4 x 300 ms in sequence
        QVERIFY(peak > 1);
        QVERIFY(envOk);
        QCOMPARE(report.steps.size(), 5);
        QCOMPARE(report.steps.at(0).id, QStringLiteral("config"));
        QCOMPARE(report.steps.at(1).id, QStringLiteral("server:s3")); // file order, not alphabetical
        QCOMPARE(report.steps.at(4).id, QStringLiteral("server:s0"));
        QCOMPARE(ids(report.steps.at(1)), (QStringList{"mcp.command_found", "mcp.ok"}));
        QVERIFY(!report.problemFound());
        QVERIFY(report.verdict.summary.contains("4"));
    }

    void noLaunchStartsNothing() {
        const QString config = m_home.path() + "/nolaunch.json";
        writeAll(
            config,
            "{\"mcpServers\": {\"a\": {\"command\": \"/bin/sh\"},"
            "\"b\": {\"command\": \"npx\", \"args\": [\"mcp-remote\", \"http://localhost:3000/mcp\"]}}}");
        McpOptions options;
        options.configPath = config;
        options.launch = false;
        McpDiagnosis diagnosis(testSystem(), linuxHost(m_home.path() + "/nologs"), options);
        int calls = 0;
        diagnosis.setStdioProbe([&](const StdioServerSpec&, const McpProbeLimits&) {
            ++calls;
            return McpProbeResult();
        });
        diagnosis.setTargetDiagnoser([&](const Target&, const Options&) {
            ++calls;
            return Report();
        });
        const Report report = diagnosis.run();
        QCOMPARE(calls, 0);
        QCOMPARE(report.steps.size(), 3);
    }

    void bridgeUrlIsDiagnosed() {
        const QString config = m_home.path() + "/bridge.json";
        writeAll(config, "{\"mcpServers\": {\"remote\": {\"command\": \"/bin/sh\", \"args\": [\"-c\", \"x\", "
                         "\"mcp-remote\", \"http://127.0.0.1:3999/mcp\"]}}}");
        McpOptions options;
        options.configPath = config;
        McpDiagnosis diagnosis(testSystem(), linuxHost(m_home.path() + "/nologs"), options);
        QString diagnosed;
        bool mcpOption = false;
        diagnosis.setTargetDiagnoser([&](const Target& target, const Options& o) {
            diagnosed = target.url();
            mcpOption = o.mcp;
            Report report;
            StepResult server;
            server.id = "server";
            server.findings << Finding{"server.not_listening", Severity::Error, "nothing", {}, {}, {}};
            report.steps << server;
            return report;
        });
        QString probed;
        diagnosis.setHttpProbe([&](const QString& url, const McpProbeLimits&) {
            probed = url;
            return McpProbeResult();
        });
        diagnosis.setStdioProbe([](const StdioServerSpec&, const McpProbeLimits&) -> McpProbeResult {
            qFatal("a bridge must not be started");
            return {};
        });
        const Report report = diagnosis.run();
        QCOMPARE(diagnosed, QStringLiteral("http://127.0.0.1:3999/mcp"));
        QVERIFY(mcpOption);
        QCOMPARE(probed, diagnosed); // no mcp step in that report: probed directly
        const StepResult& step = report.steps.at(1);
        QVERIFY(ids(step).contains("server.not_listening"));
        QCOMPARE(step.status, StepStatus::Fail);
        QCOMPARE(report.verdict.finding, QStringLiteral("server.not_listening"));
    }
};

QTEST_GUILESS_MAIN(TestMcpDiagnosis)
#include "tst_mcpdiagnosis.moc"
