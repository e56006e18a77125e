// Bridges that carry a URL to Claude Desktop (mcp-remote, supergateway, mcp-proxy): finding the
// package and its URL among the arguments, and repairing an impossible port.
#include "wizard/mcp/mcppath.h"

#include <QJsonArray>
#include <QTest>

using namespace ld::wizard;

class TestMcpBridge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void find_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("package"); // empty: no bridge
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("argIndex");
        QTest::addColumn<QString>("transport");
        QTest::addRow("mcp-remote") << "npx" << QStringList{"-y", "mcp-remote", "http://localhost:3000/mcp"}
                                    << "mcp-remote"
                                    << "http://localhost:3000/mcp" << 2 << "";
        QTest::addRow("mcp-remote versioned with header")
            << "npx"
            << QStringList{"mcp-remote@latest", "https://example.com/sse", "--header", "Authorization: x"}
            << "mcp-remote"
            << "https://example.com/sse" << 1 << "sse";
        QTest::addRow("mcp-remote flags first")
            << "npx" << QStringList{"-y", "mcp-remote", "--allow-http", "HTTP://127.0.0.1:8080/mcp"}
            << "mcp-remote"
            << "HTTP://127.0.0.1:8080/mcp" << 3 << "";
        QTest::addRow("windows cmd") << "cmd"
                                     << QStringList{"/c", "npx", "-y", "mcp-remote",
                                                    "http://localhost:619009/mcp"}
                                     << "mcp-remote"
                                     << "http://localhost:619009/mcp" << 4 << "";
        QTest::addRow("scoped") << "npx"
                                << QStringList{"-y", "@acme/mcp-remote@1.2.0", "http://localhost:3000/mcp"}
                                << "@acme/mcp-remote"
                                << "http://localhost:3000/mcp" << 2 << "";
        QTest::addRow("command is the bridge")
            << "/usr/local/bin/mcp-remote" << QStringList{"http://localhost:3000/mcp"} << "mcp-remote"
            << "http://localhost:3000/mcp" << 0 << "";
        QTest::addRow("supergateway sse")
            << "npx" << QStringList{"-y", "supergateway", "--sse", "http://localhost:8000/sse"}
            << "supergateway"
            << "http://localhost:8000/sse" << 3 << "sse";
        QTest::addRow("supergateway streamable")
            << "npx"
            << QStringList{"-y",         "supergateway", "--streamableHttp", "http://localhost:8000/mcp",
                           "--logLevel", "none"}
            << "supergateway"
            << "http://localhost:8000/mcp" << 3 << "streamableHttp";
        QTest::addRow("supergateway equals")
            << "npx" << QStringList{"-y", "supergateway", "--sse=http://localhost:8000/sse"} << "supergateway"
            << "http://localhost:8000/sse" << 2 << "sse";
        QTest::addRow("supergateway stdio is no bridge")
            << "npx"
            << QStringList{"-y", "supergateway", "--stdio", "npx -y @modelcontextprotocol/server-memory"}
            << ""
            << "" << -1 << "";
        QTest::addRow("mcp-proxy") << "uvx"
                                   << QStringList{"mcp-proxy", "--transport=streamablehttp",
                                                  "http://localhost:8080/mcp"}
                                   << "mcp-proxy"
                                   << "http://localhost:8080/mcp" << 2 << "";
        QTest::addRow("plain server")
            << "npx" << QStringList{"-y", "@modelcontextprotocol/server-memory"} << ""
            << "" << -1 << "";
        QTest::addRow("bridge without url") << "npx" << QStringList{"-y", "mcp-remote"} << "mcp-remote"
                                            << "" << -1 << "";
    }

    void find() {
        QFETCH(QString, command);
        QFETCH(QStringList, args);
        QFETCH(QString, package);
        QFETCH(QString, url);
        QFETCH(int, argIndex);
        QFETCH(QString, transport);
        const auto bridge = findBridge(command, args);
        if (package.isEmpty()) {
            QVERIFY(!bridge);
            return;
        }
        QVERIFY(bridge);
        QCOMPARE(bridge->package, package);
        QCOMPARE(bridge->url, url);
        QCOMPARE(bridge->argIndex, argIndex);
        QCOMPARE(bridge->transport, transport);
        if (argIndex >= 0)
            QCOMPARE(bridge->value, args.at(argIndex));
    }

    void packageNames_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("name");
        QTest::addRow("plain") << "mcp-remote"
                               << "mcp-remote";
        QTest::addRow("version") << "mcp-remote@0.1.29"
                                 << "mcp-remote";
        QTest::addRow("scoped version") << "@scope/pkg@latest"
                                        << "@scope/pkg";
        QTest::addRow("windows shim") << "C:\\Users\\ana\\AppData\\Roaming\\npm\\mcp-remote.cmd"
                                      << "mcp-remote";
        QTest::addRow("path") << "/opt/bin/supergateway"
                              << "supergateway";
    }

    void packageNames() {
        QFETCH(QString, token);
        QFETCH(QString, name);
        QCOMPARE(packageName(token), name);
    }

    void impossiblePortIsRepaired() {
        const auto bridge = findBridge("npx", {"-y", "mcp-remote", "http://localhost:619009/mcp"});
        QVERIFY(bridge);
        // Something listens on 61900: it comes first, and says so.
        const auto finding = remoteUrlProblem("remote", *bridge, {61900, 5432});
        QVERIFY(finding);
        QCOMPARE(finding->id, QStringLiteral("mcp.remote_url_invalid"));
        QCOMPARE(finding->severity, Severity::Error);
        QVERIFY(!finding->title.contains(QLatin1Char('\n')));
        QVERIFY(!finding->fixes.isEmpty());
        const Fix& first = finding->fixes.first();
        QCOMPARE(first.id, QStringLiteral("fix.use_port"));
        QCOMPARE(first.params.value("port").toInt(), 61900);
        QCOMPARE(first.params.value("value").toString(), QStringLiteral("http://localhost:61900/mcp"));
        QCOMPARE(first.params.value("arg_index").toInt(), 2);
        QCOMPARE(first.params.value("key").toString(), QStringLiteral("args"));
        QVERIFY(first.changesSystem);
        QVERIFY(first.label.contains("61900"));
        QVERIFY(first.preview.contains("619009") && first.preview.contains("61900/mcp"));
        QVERIFY(
            finding->evidence.value("candidates").toArray().first().toObject().value("listening").toBool());

        // A listener on 19009 moves that repair to the front.
        const auto other = remoteUrlProblem("remote", *bridge, {19009});
        QCOMPARE(other->fixes.first().params.value("port").toInt(), 19009);
        QCOMPARE(other->fixes.first().params.value("value").toString(),
                 QStringLiteral("http://localhost:19009/mcp"));
    }

    void otherProblems_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("invalid");
        QTest::addRow("valid") << "http://localhost:3000/mcp" << false;
        QTest::addRow("default port") << "https://example.com/mcp" << false;
        QTest::addRow("zero") << "http://localhost:0/mcp" << true;
        QTest::addRow("letters") << "http://localhost:30o0/mcp" << true;
        QTest::addRow("not web") << "ftp://localhost:21/" << true;
    }

    void otherProblems() {
        QFETCH(QString, url);
        QFETCH(bool, invalid);
        BridgeInfo bridge;
        bridge.package = "mcp-remote";
        bridge.url = url;
        bridge.value = url;
        bridge.argIndex = 1;
        QCOMPARE(remoteUrlProblem("s", bridge, {}).has_value(), invalid);
    }

    void noUrl() {
        const auto bridge = findBridge("npx", {"-y", "mcp-remote"});
        const auto finding = remoteUrlProblem("s", *bridge, {});
        QVERIFY(finding);
        QCOMPARE(finding->id, QStringLiteral("mcp.remote_url_invalid"));
    }

    void portReplacement_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << "http://localhost:619009/mcp"
                               << "http://localhost:619009/mcp"
                               << "http://localhost:61900/mcp";
        QTest::addRow("equals") << "--sse=http://127.0.0.1:80800/sse?x=1"
                                << "http://127.0.0.1:80800/sse?x=1"
                                << "--sse=http://127.0.0.1:8080/sse?x=1";
        QTest::addRow("ipv6") << "http://[::1]:619009/mcp"
                              << "http://[::1]:619009/mcp"
                              << "http://[::1]:61900/mcp";
        QTest::addRow("no path") << "http://localhost:619009"
                                 << "http://localhost:619009"
                                 << "http://localhost:61900";
    }

    void portReplacement() {
        QFETCH(QString, value);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        BridgeInfo bridge;
        bridge.value = value;
        bridge.url = url;
        const int port = expected.contains("8080") ? 8080 : 61900;
        QCOMPARE(withPort(bridge, port), expected);
    }
};

QTEST_APPLESS_MAIN(TestMcpBridge)
#include "tst_mcpbridge.moc"
