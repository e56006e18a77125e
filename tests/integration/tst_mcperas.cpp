// Protocol eras against real peers, each era in a fresh process: the legacy
// @modelcontextprotocol/server-everything (initialize only) and tests/peers/mcp_modern.py
// (server/discover only, exits on initialize). Both are classified, both versions named.
#include "support/peers.h"
#include "wizard/mcp/mcpprobe.h"
#include "wizard/mcp/mcpsession.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace ld::wizard;

namespace {

QString peer(const QString& name) {
    return QStringLiteral(LD_PEERS) + QLatin1Char('/') + name;
}

const Finding* byId(const McpProbeResult& result, const QString& id) {
    for (const Finding& finding : result.findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

StdioServerSpec spec(const QString& name, const QString& command, const QStringList& args) {
    StdioServerSpec s;
    s.name = name;
    s.command = command;
    s.args = args;
    s.env = {{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")}};
    return s;
}

} // namespace

class TestMcpEras : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modernPeer() {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed; the modern peer is a Python script");
        McpProbeLimits limits;
        limits.handshakeTimeout = std::chrono::milliseconds(10000);
        const McpProbeResult result =
            probeStdioServer(spec("modern", python, {peer("mcp_modern.py")}), limits);
        QVERIFY(byId(result, "mcp.ok"));
        QCOMPARE(result.protocolVersion, mcp::modernVersion());
        QCOMPARE(result.serverName, QStringLiteral("modern-peer"));
        const Finding* era = byId(result, "mcp.era_mismatch");
        QVERIFY(era);
        QCOMPARE(era->severity, Severity::Warning);
        QCOMPARE(era->evidence.value("speaks").toString(), QStringLiteral("2026-07-28"));
        QCOMPARE(era->evidence.value("does_not_speak").toString(), mcp::newestLegacyVersion());
        QVERIFY(era->title.contains("2026-07-28") && era->title.contains(mcp::newestLegacyVersion()));
        const QJsonArray attempts = era->evidence.value("attempts").toArray();
        QCOMPARE(attempts.size(), 2);
        // The initialize attempt ended the process, as this server does on a message it doesn't know.
        QCOMPARE(attempts.at(0).toObject().value("request").toString(), QStringLiteral("initialize"));
        QCOMPARE(attempts.at(0).toObject().value("finding").toString(), QStringLiteral("mcp.server_exited"));
        QVERIFY(attempts.at(1).toObject().value("answered").toBool());
    }

    void legacyPeer() {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString everything = peer("node_modules/@modelcontextprotocol/server-everything/dist/index.js");
        if (node.isEmpty())
            QSKIP("node is not installed; run scripts/install-test-peers.sh");
        if (!QFileInfo::exists(everything))
            QSKIP("@modelcontextprotocol/server-everything is missing; run scripts/install-test-peers.sh");
        McpProbeLimits limits;
        limits.handshakeTimeout = std::chrono::milliseconds(15000);
        const McpProbeResult result = probeStdioServer(spec("everything", node, {everything}), limits);
        QVERIFY(byId(result, "mcp.ok"));
        QVERIFY(mcp::legacyVersions().contains(result.protocolVersion));
        // Initialize-only is what every client still speaks: classified in the evidence, no finding.
        QVERIFY(!byId(result, "mcp.era_mismatch"));
        const Finding* era = byId(result, "mcp.ok");
        QCOMPARE(era->evidence.value("era").toString(), QStringLiteral("initialize only"));
        QCOMPARE(era->evidence.value("speaks").toString(), result.protocolVersion);
        QCOMPARE(era->evidence.value("does_not_speak").toString(), mcp::modernVersion());
        const QJsonArray attempts = era->evidence.value("attempts").toArray();
        QCOMPARE(attempts.at(1).toObject().value("request").toString(), QStringLiteral("server/discover"));
        QVERIFY(!attempts.at(1).toObject().value("answered").toBool());
    }

    void oneEraOnly() {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed; the modern peer is a Python script");
        McpProbeLimits limits;
        limits.era = McpEra::Legacy;
        const McpProbeResult legacy =
            probeStdioServer(spec("modern", python, {peer("mcp_modern.py")}), limits);
        QVERIFY(!byId(legacy, "mcp.ok"));
        QVERIFY(byId(legacy, "mcp.server_exited"));
        QVERIFY(!byId(legacy, "mcp.era_mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestMcpEras)
#include "tst_mcperas.moc"
