// A corpus of MCP configs in the shapes people paste, for every client and from Windows, macOS
// and Linux: each with the findings it must give (a data table), and every config fix applied
// to a copy, the result read again by the client's rules.
#include "platform/system.h"
#include "support/peers.h"
#include "wizard/mcp/configedit.h"
#include "wizard/mcp/mcpdiagnosis.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::wizard;

namespace {

struct FakeFs {
    QSet<QString> executables;
    QSet<QString> files; // files and folders that exist but are not executable
    QString realRoot;    // paths below it are asked of the real file system
};

HostContext fakeHost(HostOs os, const std::shared_ptr<FakeFs>& fs) {
    HostContext host;
    host.os = os;
    host.home = os == HostOs::MacOs ? QStringLiteral("/Users/ana") : QStringLiteral("/home/ana");
    host.env = {{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")}};
    host.exists = [fs](const QString& path) {
        if (path.startsWith(fs->realRoot))
            return QFileInfo::exists(path);
        return fs->executables.contains(path) || fs->files.contains(path);
    };
    host.isExecutableFile = [fs](const QString& path) { return fs->executables.contains(path); };
    host.subdirectories = [](const QString& path) {
        return path.endsWith(QLatin1String("/.nvm/versions/node")) ? QStringList{QStringLiteral("v20.0.0")}
                                                                   : QStringList();
    };
    host.loginShellPath = [] { return std::optional<QString>(); };
    host.sessionPath = [] { return std::optional<QString>(); };
    return host;
}

std::shared_ptr<FakeFs> machine(HostOs os, const QString& realRoot) {
    auto fs = std::make_shared<FakeFs>();
    fs->realRoot = realRoot;
    if (os == HostOs::MacOs) {
        for (const char* path :
             {"/usr/local/bin/npx", "/usr/local/bin/node", "/opt/homebrew/bin/uvx", "/usr/local/bin/docker",
              "/Users/ana/.nvm/versions/node/v20.0.0/bin/mcp-nvm-only"})
            fs->executables << QString::fromUtf8(path);
        fs->files << QStringLiteral("/Users/ana/Documents");
        return fs;
    }
    for (const char* path : {"/usr/bin/npx", "/usr/bin/node", "/usr/bin/uvx", "/usr/bin/docker",
                             "/home/ana/.local/bin/mcp-server-git"})
        fs->executables << QString::fromUtf8(path);
    for (const char* path :
         {"/home/ana/server.js", "/home/ana/notes", "/home/ana/bin/server.sh", "/home/ana/proj"})
        fs->files << QString::fromUtf8(path);
    return fs;
}

ld::platform::System& testSystem() {
    static const auto system = ld::platform::createSystem();
    return *system;
}

QByteArray fixtureBytes(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("mcp/clients/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

Report diagnose(const HostContext& host, const QString& path, const QString& client) {
    McpOptions options;
    options.configPath = path;
    options.client = client;
    options.launch = false;
    McpDiagnosis diagnosis(testSystem(), host, options);
    return diagnosis.run();
}

QStringList findingIds(const Report& report) {
    QSet<QString> ids;
    for (const StepResult& step : report.steps)
        for (const Finding& finding : step.findings)
            ids << finding.id;
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

// The expected finding ids, sorted (written out in full, so a search for an id finds its test).
QStringList mcp(std::initializer_list<const char*> names) {
    QStringList ids;
    for (const char* name : names)
        ids << QString::fromUtf8(name);
    ids.sort();
    return ids;
}

} // namespace

class TestMcpCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void corpus_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");  // the copy's name below the temporary folder
        QTest::addColumn<QString>("client"); // empty: guessed from the name and shape
        QTest::addColumn<int>("os");
        QTest::addColumn<QStringList>("expected");
        const int linux = int(HostOs::Linux);
        const int mac = int(HostOs::MacOs);
        const auto row = [](const char* file, const char* where, const char* client, int os,
                            QStringList ids) {
            QTest::addRow("%s", file) << QString::fromUtf8(file) << QString::fromUtf8(where)
                                      << QString::fromUtf8(client) << os << ids;
        };
        const char* cd = "claude-desktop";
        const char* desktop = "Claude/claude_desktop_config.json";
        row("cd-mac-ok.json", desktop, cd, mac, mcp({"mcp.config_ok", "mcp.command_found"}));
        row("cd-mac-nvm-only.json", desktop, cd, mac, mcp({"mcp.config_ok", "mcp.command_found"}));
        row("cd-mac-homebrew-uvx.json", desktop, cd, mac, mcp({"mcp.config_ok", "mcp.command_found"}));
        row("cd-win-npx-no-cmd.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.windows_needs_cmd", "mcp.command_not_checked"}));
        row("cd-win-cmd-ok.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.command_not_checked"}));
        row("cd-win-program-files-node.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.command_not_checked"}));
        row("cd-win-uvx.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.windows_needs_cmd", "mcp.command_not_checked"}));
        row("cd-win-appdata-var.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.command_not_checked"}));
        row("cd-win-wsl-cd.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.command_not_checked"}));
        row("cd-bare-member.json", desktop, cd, linux, mcp({"mcp.config_syntax_error"}));
        row("cd-bare-member-comma.json", desktop, cd, linux, mcp({"mcp.config_syntax_error"}));
        row("cd-vscode-servers-key.json", desktop, cd, linux, mcp({"mcp.config_other_client"}));
        row("cd-vscode-settings-shape.json", desktop, cd, linux, mcp({"mcp.config_other_client"}));
        row("cd-bare-server.json", desktop, cd, linux, mcp({"mcp.config_other_client"}));
        row("cd-unwrapped-servers.json", desktop, cd, linux, mcp({"mcp.config_other_client"}));
        row("cd-transport-url.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_invalid", "mcp.bridge_url"}));
        row("cd-url-entry.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_invalid", "mcp.bridge_url"}));
        row("cd-placeholder-braces.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.placeholder_literal", "mcp.command_found"}));
        row("cd-placeholder-dollar.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.placeholder_literal", "mcp.command_found"}));
        row("cd-cwd-ignored.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.key_ignored", "mcp.command_found"}));
        row("cd-docker-localhost-linux.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.container_localhost", "mcp.command_found"}));
        row("cd-docker-127-mac.json", desktop, cd, mac,
            mcp({"mcp.config_ok", "mcp.container_localhost", "mcp.command_found"}));
        row("cd-docker-volume-paths.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_found", "mcp.path_argument_missing"}));
        row("cd-docker-host-internal.json", desktop, cd, linux, mcp({"mcp.config_ok", "mcp.command_found"}));
        row("cd-mcp-remote.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_found", "mcp.bridge_url"}));
        row("cd-mcp-remote-bad-port.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_found", "mcp.remote_url_invalid"}));
        row("cd-supergateway.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_found", "mcp.bridge_url"}));
        row("cd-linux-node-ok.json", desktop, cd, linux, mcp({"mcp.config_ok", "mcp.command_found"}));
        row("cd-not-executable.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_not_executable"}));
        row("cd-full-path-missing.json", desktop, cd, linux, mcp({"mcp.config_ok", "mcp.command_not_found"}));
        row("cd-local-bin-elsewhere.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_not_found"}));
        row("cd-mac-path-on-linux.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.command_not_checked"}));
        row("cd-relative-path.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_found", "mcp.path_argument_relative"}));
        row("cd-trailing-comma.json", desktop, cd, linux, mcp({"mcp.config_syntax_error"}));
        row("cd-builtin-node.json", desktop, cd, linux,
            mcp({"mcp.config_ok", "mcp.command_found", "mcp.builtin_node", "mcp.bridge_url"}));
        row("cd-guessed.json", "Claude/claude_desktop_config.json", "", linux,
            mcp({"mcp.client_guessed", "mcp.config_ok", "mcp.command_found"}));
        row("cc-user.json", ".claude.json", "claude-code", linux,
            mcp({"mcp.config_ok", "mcp.command_found"}));
        row("cc-project-http.json", "proj/.mcp.json", "claude-code", linux,
            mcp({"mcp.config_ok", "mcp.bridge_url"}));
        row("cc-settings-ignored.json", ".claude/settings.json", "", linux,
            mcp({"mcp.client_guessed", "mcp.config_wrong_file", "mcp.command_found"}));
        row("cc-placeholder-expanded.json", ".claude.json", "claude-code", linux,
            mcp({"mcp.config_ok", "mcp.command_found"}));
        row("cu-jsonc.json", ".cursor/mcp.json", "", linux,
            mcp({"mcp.client_guessed", "mcp.config_ok", "mcp.command_found"}));
        row("cu-url.json", ".cursor/mcp.json", "cursor", linux, mcp({"mcp.config_ok", "mcp.bridge_url"}));
        row("cu-servers-key.json", ".cursor/mcp.json", "cursor", linux, mcp({"mcp.config_other_client"}));
        row("vs-workspace.json", "proj/.vscode/mcp.json", "vscode", linux,
            mcp({"mcp.config_ok", "mcp.command_found"}));
        row("vs-settings.json", "Code/User/settings.json", "", linux,
            mcp({"mcp.client_guessed", "mcp.config_ok", "mcp.command_found"}));
        row("vs-mcpservers-key.json", "proj/.vscode/mcp.json", "vscode", linux,
            mcp({"mcp.config_other_client"}));
        row("vs-cwd-honoured.json", "proj/.vscode/mcp.json", "vscode", linux,
            mcp({"mcp.config_ok", "mcp.command_found"}));
        row("ws-config.json", ".codeium/windsurf/mcp_config.json", "windsurf", linux,
            mcp({"mcp.config_ok", "mcp.bridge_url", "mcp.command_found"}));
        row("ws-windows.json", ".codeium/windsurf/mcp_config.json", "windsurf", linux,
            mcp({"mcp.config_ok", "mcp.config_os", "mcp.windows_needs_cmd", "mcp.command_not_checked"}));
    }

    void corpus() {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, client);
        QFETCH(int, os);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const HostContext host = fakeHost(HostOs(os), machine(HostOs(os), dir.path()));
        const QString path = dir.path() + QLatin1Char('/') + where;
        const QByteArray bytes = fixtureBytes(
            file == QLatin1String("cd-guessed.json") ? QStringLiteral("cd-linux-node-ok.json") : file);
        writeAll(path, bytes);
        const Report report = diagnose(host, path, client);
        QCOMPARE(findingIds(report), expected);

        // Every fix that edits the config, applied to a fresh copy: the result is read by the
        // client's rules again, and the finding that offered the fix is gone.
        int applied = 0;
        for (const StepResult& step : report.steps) {
            for (const Finding& finding : step.findings) {
                for (const Fix& fix : finding.fixes) {
                    if (!ConfigEditor::canApply(fix.id))
                        continue;
                    QTemporaryDir copyDir;
                    const QString copy = copyDir.path() + QLatin1Char('/') + where;
                    writeAll(copy, bytes);
                    const HostContext copyHost = fakeHost(HostOs(os), machine(HostOs(os), copyDir.path()));
                    const ConfigEditResult preview = ConfigEditor::preview(copy, fix.id, fix.params);
                    QVERIFY2(preview.ok, qPrintable(fix.id + QStringLiteral(": ") + preview.error));
                    QCOMPARE(fix.preview, preview.diff); // the exact change was shown
                    const ConfigEditResult result = ConfigEditor::apply(copy, fix.id, fix.params);
                    QVERIFY2(result.ok, qPrintable(fix.id + QStringLiteral(": ") + result.error));
                    const Report after = diagnose(copyHost, copy, client);
                    QVERIFY2(!findingIds(after).contains(finding.id) ||
                                 finding.id == QLatin1String("mcp.config_ok"),
                             qPrintable(fix.id + QStringLiteral(" left ") + finding.id));
                    QVERIFY(!findingIds(after).contains(QStringLiteral("mcp.config_syntax_error")));
                    ++applied;
                }
            }
        }
        if (file.contains(QLatin1String("bare-")) || file.contains(QLatin1String("servers-key")) ||
            file.contains(QLatin1String("settings-shape")) || file.contains(QLatin1String("unwrapped")) ||
            file.contains(QLatin1String("npx-no-cmd")) || file.contains(QLatin1String("docker-localhost")) ||
            file.contains(QLatin1String("elsewhere")) || file.contains(QLatin1String("bad-port")))
            QVERIFY2(applied > 0, "a fix was expected");
    }

    void corpusIsLarge() {
        const QStringList files = QDir(ld::test::fixture(QStringLiteral("mcp/clients")))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY2(files.size() >= 40, qPrintable(QString::number(files.size())));
    }
};

QTEST_GUILESS_MAIN(TestMcpCorpus)
#include "tst_mcpcorpus.moc"
