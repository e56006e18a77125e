// The MCP client profiles: every client's files found in fake homes (and Claude Desktop's MSIX
// package folder, named as the file read), the client guessed from a file, the PATH each client
// gives servers (a Linux desktop session's, not the terminal's).
#include "wizard/mcp/clientprofile.h"
#include "wizard/mcp/configshape.h"
#include "wizard/mcp/mcppath.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::wizard;

namespace {

void touch(const QString& path, const QByteArray& bytes = "{\"mcpServers\": {}}") {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("can't write %s", qPrintable(path));
    file.write(bytes);
}

HostContext realHome(const QString& home) {
    HostContext host;
    host.os = HostOs::Linux;
    host.home = home;
    host.exists = [](const QString& path) { return QFileInfo::exists(path); };
    host.isExecutableFile = [](const QString& path) { return QFileInfo(path).isExecutable(); };
    host.subdirectories = [](const QString&) { return QStringList(); };
    host.loginShellPath = [] { return std::optional<QString>(); };
    return host;
}

HostContext windowsHost(const QSet<QString>& existing) {
    HostContext host;
    host.os = HostOs::Windows;
    host.home = QStringLiteral("C:\\Users\\ana");
    host.env = {{QStringLiteral("APPDATA"), QStringLiteral("C:\\Users\\ana\\AppData\\Roaming")},
                {QStringLiteral("LOCALAPPDATA"), QStringLiteral("C:\\Users\\ana\\AppData\\Local")},
                {QStringLiteral("USERPROFILE"), QStringLiteral("C:\\Users\\ana")}};
    host.exists = [existing](const QString& path) { return existing.contains(path); };
    host.isExecutableFile = [](const QString&) { return false; };
    host.subdirectories = [](const QString&) { return QStringList(); };
    host.loginShellPath = [] { return std::optional<QString>(); };
    return host;
}

const QString kPackage = QStringLiteral("C:\\Users\\ana\\AppData\\Local\\Packages\\Claude_pzs8sxrjxfjjc");
const QString kMsixConfig =
    kPackage + QStringLiteral("\\LocalCache\\Roaming\\Claude\\claude_desktop_config.json");
const QString kClassicConfig =
    QStringLiteral("C:\\Users\\ana\\AppData\\Roaming\\Claude\\claude_desktop_config.json");

} // namespace

class TestMcpClients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void profilesAreRows() {
        QStringList keys;
        for (const ClientProfile& client : ClientProfile::all())
            keys << client.key;
        QCOMPARE(keys, (QStringList{"claude-desktop", "claude-code", "cursor", "vscode", "windsurf"}));
        QCOMPARE(ClientProfile::all().first().displayName, QStringLiteral("Claude Desktop"));
        QCOMPARE(ClientProfile::byKey("VS Code")->key, QStringLiteral("vscode"));
        QVERIFY(!ClientProfile::byKey("emacs"));
        for (const ClientProfile& client : ClientProfile::all())
            QVERIFY2(!client.restartHint().isEmpty(), qPrintable(client.key));
        QVERIFY(!ClientProfile::claudeDesktop().urlEntriesNative);
        QVERIFY(ClientProfile::get(ClientId::Cursor).urlEntriesNative);
        QCOMPARE(ClientProfile::get(ClientId::VsCode).serversKey, QStringLiteral("servers"));
        QCOMPARE(ClientProfile::get(ClientId::Windsurf).urlKey, QStringLiteral("serverUrl"));
    }

    void discoversEveryClientInAFakeHome() {
        QTemporaryDir home;
        QTemporaryDir project;
        const QString h = home.path();
        touch(h + "/.config/Claude/claude_desktop_config.json");
        touch(h + "/.claude.json");
        touch(h + "/.claude/settings.json", "{\"mcpServers\": {\"x\": {\"command\": \"npx\"}}}");
        touch(h + "/.cursor/mcp.json");
        touch(h + "/.config/Code/User/settings.json", "{\"mcp\": {\"servers\": {}}}");
        touch(h + "/.codeium/windsurf/mcp_config.json");
        touch(project.path() + "/.mcp.json");
        touch(project.path() + "/.cursor/mcp.json");
        touch(project.path() + "/.vscode/mcp.json", "{\"servers\": {}}");
        const QList<DiscoveredConfig> found = discoverConfigs(realHome(h), project.path());
        QStringList seen;
        for (const DiscoveredConfig& config : found)
            seen << config.client->key + QLatin1Char(' ') + QDir(h).relativeFilePath(config.location.path) +
                        (config.location.ignored ? QStringLiteral(" ignored") : QString()) +
                        (config.location.project ? QStringLiteral(" project") : QString());
        const QString p = QDir(h).relativeFilePath(project.path());
        QCOMPARE(seen, (QStringList{"claude-desktop .config/Claude/claude_desktop_config.json",
                                    "claude-code .claude.json", "claude-code " + p + "/.mcp.json project",
                                    "claude-code .claude/settings.json ignored", "cursor .cursor/mcp.json",
                                    "cursor " + p + "/.cursor/mcp.json project",
                                    "vscode .config/Code/User/settings.json",
                                    "vscode " + p + "/.vscode/mcp.json project",
                                    "windsurf .codeium/windsurf/mcp_config.json"}));
        for (const DiscoveredConfig& config : found)
            if (config.location.path.endsWith(QLatin1String("settings.json")) &&
                config.client->key == "vscode")
                QCOMPARE(config.location.serversKey, QStringLiteral("mcp.servers"));
    }

    void msixIsTheFileRead() {
        const HostContext host = windowsHost({kPackage, kMsixConfig, kClassicConfig});
        const QList<ConfigLocation> locations = ClientProfile::claudeDesktop().locations(host);
        QCOMPARE(locations.size(), 2);
        QCOMPARE(locations.at(0).path, kMsixConfig);
        QVERIFY(locations.at(0).read);
        QCOMPARE(locations.at(1).path, kClassicConfig);
        QVERIFY(!locations.at(1).read);
        QCOMPARE(locations.at(1).shadowedBy, kMsixConfig);
        QVERIFY(locations.at(1).note.contains(kMsixConfig));
        QCOMPARE(configCandidates(host).first(), kMsixConfig);
        QCOMPARE(ClientProfile::claudeDesktop().logDirectories(host).first(),
                 kPackage + QStringLiteral("\\LocalCache\\Roaming\\Claude\\logs"));
        // Discovery finds both, the MSIX one named as the one read.
        const QList<DiscoveredConfig> found = discoverConfigs(host);
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).location.read && found.at(0).location.path == kMsixConfig);
        QVERIFY(!found.at(1).location.read);
    }

    void classicWithoutPackage() {
        const HostContext host = windowsHost({kClassicConfig});
        const QList<ConfigLocation> locations = ClientProfile::claudeDesktop().locations(host);
        QCOMPARE(locations.first().path, kClassicConfig);
        QVERIFY(locations.first().read);
        QVERIFY(!locations.at(1).read);
    }

    void bothFilesDiffer() {
        const ClientProfile& client = ClientProfile::claudeDesktop();
        ConfigLocation ignoredAt;
        ignoredAt.path = kClassicConfig;
        ignoredAt.serversKey = QStringLiteral("mcpServers");
        ignoredAt.read = false;
        ignoredAt.shadowedBy = kMsixConfig;
        const McpConfig read = McpConfigReader::parse(
            R"({"mcpServers": {"a": {"command": "npx"}, "b": {"command": "uvx"}}})", kMsixConfig, &client);
        const McpConfig ignored =
            McpConfigReader::parse(R"({"mcpServers": {"a": {"command": "node"}, "c": {"command": "npx"}}})",
                                   kClassicConfig, &client, &ignoredAt);
        const Finding finding = shadowingFinding(read, ignored);
        QCOMPARE(finding.id, QStringLiteral("mcp.config_wrong_file"));
        QCOMPARE(finding.severity, Severity::Warning);
        QCOMPARE(finding.evidence.value("only_in_ignored").toArray().first().toString(), QStringLiteral("c"));
        QCOMPARE(finding.evidence.value("only_in_read").toArray().first().toString(), QStringLiteral("b"));
        QCOMPARE(finding.evidence.value("different").toArray().first().toString(), QStringLiteral("a"));
        QCOMPARE(finding.evidence.value("read").toString(), kMsixConfig);
        const Finding same = shadowingFinding(read, read);
        QCOMPARE(same.severity, Severity::Info);
    }

    void guess_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ignored");
        QTest::addRow("desktop") << "/x/claude_desktop_config.json" << QByteArray("{}") << "claude-desktop"
                                 << "mcpServers" << false;
        QTest::addRow("code user") << "/home/a/.claude.json" << QByteArray("{}") << "claude-code"
                                   << "mcpServers" << false;
        QTest::addRow("code project") << "/p/.mcp.json" << QByteArray("{}") << "claude-code"
                                      << "mcpServers" << false;
        QTest::addRow("code settings") << "/home/a/.claude/settings.json" << QByteArray("{}") << "claude-code"
                                       << "mcpServers" << true;
        QTest::addRow("code mcp.json") << "/home/a/.claude/mcp.json" << QByteArray("{}") << "claude-code"
                                       << "mcpServers" << true;
        QTest::addRow("cursor") << "/home/a/.cursor/mcp.json" << QByteArray("{}") << "cursor"
                                << "mcpServers" << false;
        QTest::addRow("vscode workspace") << "/p/.vscode/mcp.json" << QByteArray("{}") << "vscode"
                                          << "servers" << false;
        QTest::addRow("vscode settings") << "/c/Code/User/settings.json" << QByteArray("{}") << "vscode"
                                         << "mcp.servers" << false;
        QTest::addRow("windsurf") << "/home/a/.codeium/windsurf/mcp_config.json" << QByteArray("{}")
                                  << "windsurf"
                                  << "mcpServers" << false;
        QTest::addRow("shape servers") << "/tmp/pasted.json" << QByteArray(R"({"servers": {}})") << "vscode"
                                       << "servers" << false;
        QTest::addRow("shape mcpServers")
            << "/tmp/pasted.json" << QByteArray(R"({"mcpServers": {}})") << "claude-desktop"
            << "mcpServers" << false;
        QTest::addRow("windows backslashes")
            << "C:\\Users\\a\\.cursor\\mcp.json" << QByteArray("{}") << "cursor"
            << "mcpServers" << false;
    }

    void guess() {
        QFETCH(QString, path);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, client);
        QFETCH(QString, key);
        QFETCH(bool, ignored);
        const ClientGuess guess = guessClient(path, bytes, realHome(QStringLiteral("/home/a")));
        QCOMPARE(guess.client->key, client);
        QCOMPARE(guess.location.serversKey, key);
        QCOMPARE(guess.location.ignored, ignored);
        QVERIFY(!guess.reason.isEmpty());
    }

    // The PATH of a Linux desktop session, never the terminal's additions from .bashrc.
    void linuxDesktopSessionPath() {
        HostContext host = realHome(QStringLiteral("/home/ana"));
        const QString own = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PATH"));
        host.env.insert(QStringLiteral("PATH"), own);
        host.sessionPath = [] {
            return std::optional<QString>(QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
        };
        const QStringList session = clientServerPath(ClientProfile::claudeDesktop(), host);
        QCOMPARE(session, (QStringList{"/usr/local/bin", "/usr/bin", "/bin"}));
        QVERIFY(session.join(QLatin1Char(':')) != own);
        // Claude Code runs in the terminal: the terminal's PATH is the one it gives.
        QCOMPARE(clientServerPath(ClientProfile::get(ClientId::ClaudeCode), host),
                 cleanPath(own.split(QLatin1Char(':'), Qt::SkipEmptyParts), host, false));
    }

    void linuxWithoutSessionDropsShellAdditions() {
        HostContext host = realHome(QStringLiteral("/root"));
        host.env.insert(QStringLiteral("PATH"),
                        QStringLiteral("/root/.cargo/bin:/root/.nvm/versions/node/v20.1.0/bin:/usr/local/bin:"
                                       "/root/.pyenv/shims:/usr/bin:/root/.cargo/bin:/usr/bin:/bin"));
        host.sessionPath = [] { return std::optional<QString>(); };
        QCOMPARE(clientServerPath(ClientProfile::claudeDesktop(), host),
                 (QStringList{"/usr/local/bin", "/usr/bin", "/bin"}));
        QCOMPARE(cleanPath({"/a", "/b/", "/a", "/b"}, host, false), (QStringList{"/a", "/b/"}));
    }

    void environmentListing() {
        QCOMPARE(HostContext::pathFromEnvironmentListing("HOME=/home/ana\nPATH=/usr/bin:/bin\nLANG=C\n"),
                 std::optional<QString>(QStringLiteral("/usr/bin:/bin")));
        QCOMPARE(HostContext::pathFromEnvironmentListing("HOME=/home/ana\n"), std::optional<QString>());
    }
};

QTEST_APPLESS_MAIN(TestMcpClients)
#include "tst_mcpclients.moc"
