// The PATH Claude Desktop gives its servers, emulated for macOS, Windows and Linux over a fake
// home: an nvm tree with several versions, Homebrew, ~/.local/bin, a login shell's PATH.
#include "wizard/mcp/mcppath.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::wizard;

namespace {

// A file tree in memory: files (executable or not), folders implied by them.
struct FakeFs {
    QSet<QString> executables;
    QSet<QString> files;

    void addExecutable(const QString& path) { executables.insert(path); }
    void addFile(const QString& path) { files.insert(path); }

    bool isDirectory(const QString& path, QChar sep) const {
        const QString prefix = path.endsWith(sep) ? path : path + sep;
        for (const QString& file : executables + files)
            if (file.startsWith(prefix))
                return true;
        return false;
    }
};

HostContext fakeHost(HostOs os, const QString& home, std::shared_ptr<FakeFs> fs,
                     QMap<QString, QString> env = {}, std::optional<QString> loginPath = std::nullopt) {
    HostContext host;
    host.os = os;
    host.home = home;
    host.env = std::move(env);
    const QChar sep = os == HostOs::Windows ? QLatin1Char('\\') : QLatin1Char('/');
    host.exists = [fs, sep](const QString& path) {
        return fs->executables.contains(path) || fs->files.contains(path) || fs->isDirectory(path, sep);
    };
    host.isExecutableFile = [fs](const QString& path) { return fs->executables.contains(path); };
    host.subdirectories = [fs, sep](const QString& path) {
        QSet<QString> names;
        const QString prefix = path + sep;
        for (const QString& file : fs->executables + fs->files)
            if (file.startsWith(prefix) && file.indexOf(sep, prefix.size()) > 0)
                names.insert(file.mid(prefix.size()).section(sep, 0, 0));
        QStringList list = names.values();
        list.sort();
        return list;
    };
    host.loginShellPath = [loginPath] { return loginPath; };
    return host;
}

McpServerEntry entry(const QString& name, const QString& command, const QStringList& args = {}) {
    McpServerEntry e;
    e.name = name;
    e.isObject = true;
    e.command = command;
    e.args = args;
    return e;
}

const Finding* findingById(const QList<Finding>& findings, const QString& id) {
    for (const Finding& finding : findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

const QString kMacHome = QStringLiteral("/Users/ana");
const QString kNvm = QStringLiteral("/Users/ana/.nvm/versions/node");

std::shared_ptr<FakeFs> macTree() {
    auto fs = std::make_shared<FakeFs>();
    // Created newest first on purpose: the order must come from the versions, not the listing.
    for (const char* version : {"v22.1.0", "v18.20.0", "v20.11.1"}) {
        fs->addExecutable(kNvm + "/" + version + "/bin/node");
        fs->addExecutable(kNvm + "/" + version + "/bin/npx");
    }
    fs->addExecutable(kNvm + "/v22.1.0/bin/only-in-22");
    fs->addExecutable("/opt/homebrew/bin/uvx");
    fs->addExecutable(kMacHome + "/.local/bin/mcp-server-git");
    fs->addExecutable(kMacHome + "/.cargo/bin/rusty-mcp");
    fs->addExecutable("/custom/shell/bin/shell-only");
    fs->addExecutable("/usr/bin/python3");
    fs->addFile(kMacHome + "/Documents/notes.txt");
    return fs;
}

} // namespace

class TestMcpPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nodeVersions_data() {
        QTest::addColumn<QStringList>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("brief") << QStringList{"v22.1.0", "v18.20.0", "v20.11.1"}
                               << QStringList{"v18.20.0", "v20.11.1", "v22.1.0"};
        QTest::addRow("not lexical") << QStringList{"v10.0.0", "v9.11.2", "v9.2.0"}
                                     << QStringList{"v9.2.0", "v9.11.2", "v10.0.0"};
        QTest::addRow("junk last") << QStringList{"system", "v20.0.0", "v8.0.0"}
                                   << QStringList{"v8.0.0", "v20.0.0", "system"};
    }

    void nodeVersions() {
        QFETCH(QStringList, input);
        QFETCH(QStringList, expected);
        QCOMPARE(sortNodeVersions(input), expected);
    }

    void macPathOrder() {
        const HostContext host =
            fakeHost(HostOs::MacOs, kMacHome, macTree(), {{"PATH", "/should/not/be/used"}});
        QCOMPARE(
            clientServerPath(ClientProfile::claudeDesktop(), host),
            (QStringList{kNvm + "/v18.20.0/bin", kNvm + "/v20.11.1/bin", kNvm + "/v22.1.0/bin",
                         "/usr/local/bin", "/opt/homebrew/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"}));
    }

    void macTakesOldestNvm() {
        const HostContext host = fakeHost(HostOs::MacOs, kMacHome, macTree());
        CommandResolution resolution;
        const QList<Finding> findings =
            McpStaticChecks::check(entry("files", "npx", {"-y", "pkg"}), host, &resolution);
        QCOMPARE(resolution.resolved, kNvm + "/v18.20.0/bin/npx");
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("mcp.command_found"));
        QCOMPARE(findings.first().severity, Severity::Ok);
        QVERIFY(findings.first().detail.contains(kNvm + "/v18.20.0/bin"));
        // A program only the newest version has is still found, later in the PATH.
        QCOMPARE(resolveCommand("only-in-22", host).resolved, kNvm + "/v22.1.0/bin/only-in-22");
    }

    void macHomebrew() {
        const HostContext host = fakeHost(HostOs::MacOs, kMacHome, macTree());
        QCOMPARE(resolveCommand("uvx", host).resolved, QStringLiteral("/opt/homebrew/bin/uvx"));
        QCOMPARE(resolveCommand("python3", host).resolved, QStringLiteral("/usr/bin/python3"));
    }

    void notFound_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("foundAt");
        QTest::addColumn<QString>("via");
        QTest::addRow("local bin") << "mcp-server-git" << kMacHome + "/.local/bin/mcp-server-git"
                                   << "~/.local/bin";
        QTest::addRow("cargo") << "rusty-mcp" << kMacHome + "/.cargo/bin/rusty-mcp"
                               << "~/.cargo/bin";
        QTest::addRow("login shell only") << "shell-only"
                                          << "/custom/shell/bin/shell-only"
                                          << "your login shell's PATH";
        QTest::addRow("nowhere") << "no-such-tool"
                                 << ""
                                 << "";
    }

    void notFound() {
        QFETCH(QString, command);
        QFETCH(QString, foundAt);
        QFETCH(QString, via);
        const HostContext host = fakeHost(HostOs::MacOs, kMacHome, macTree(), {},
                                          QStringLiteral("/custom/shell/bin:/usr/bin:/bin"));
        const QList<Finding> findings = McpStaticChecks::check(entry("srv", command), host);
        const Finding* finding = findingById(findings, "mcp.command_not_found");
        QVERIFY(finding);
        QCOMPARE(finding->severity, Severity::Error);
        QVERIFY(finding->detail.contains("/usr/bin:/bin:/usr/sbin:/sbin"));
        const QJsonArray elsewhere = finding->evidence.value("found_elsewhere").toArray();
        if (foundAt.isEmpty()) {
            QVERIFY(elsewhere.isEmpty());
            QVERIFY(finding->fixes.isEmpty());
            return;
        }
        QCOMPARE(elsewhere.first().toString(), foundAt);
        QCOMPARE(finding->evidence.value("found_via").toArray().first().toString(), via);
        QVERIFY(finding->detail.contains(foundAt));
        QCOMPARE(finding->fixes.size(), 1);
        const Fix& fix = finding->fixes.first();
        QCOMPARE(fix.id, QStringLiteral("fix.use_absolute_command"));
        QCOMPARE(fix.params.value("server").toString(), QStringLiteral("srv"));
        QCOMPARE(fix.params.value("path").toString(), foundAt);
        QVERIFY(fix.changesSystem);
        if (via.contains("shell"))
            QCOMPARE(finding->evidence.value("shell_resolved").toString(), foundAt);
    }

    void nvmNodeWhenNvmIsNotOnLinuxPath() {
        // On Linux Claude Desktop uses the environment's PATH: nvm's folders are "elsewhere".
        auto fs = std::make_shared<FakeFs>();
        fs->addExecutable("/home/ana/.nvm/versions/node/v20.11.1/bin/npx");
        fs->addExecutable("/home/ana/.nvm/versions/node/v22.1.0/bin/npx");
        const HostContext host = fakeHost(HostOs::Linux, "/home/ana", fs, {{"PATH", "/usr/bin:/bin"}});
        const QList<Finding> findings = McpStaticChecks::check(entry("files", "npx"), host);
        const Finding* finding = findingById(findings, "mcp.command_not_found");
        QVERIFY(finding);
        // Newest first among the alternatives: it is the one a user most likely runs.
        QCOMPARE(finding->fixes.first().params.value("path").toString(),
                 QStringLiteral("/home/ana/.nvm/versions/node/v22.1.0/bin/npx"));
        QVERIFY(finding->detail.contains("env: node"));
    }

    void linuxUsesEnvironmentPath() {
        auto fs = std::make_shared<FakeFs>();
        fs->addExecutable("/opt/b/tool");
        fs->addExecutable("/opt/c/tool");
        fs->addFile("/opt/a/tool"); // not executable: skipped
        const HostContext host = fakeHost(HostOs::Linux, "/home/ana", fs, {{"PATH", "/opt/a:/opt/b:/opt/c"}});
        QCOMPARE(clientServerPath(ClientProfile::claudeDesktop(), host),
                 (QStringList{"/opt/a", "/opt/b", "/opt/c"}));
        QCOMPARE(resolveCommand("tool", host).resolved, QStringLiteral("/opt/b/tool"));
        QCOMPARE(resolveCommand("/opt/c/tool", host).resolved, QStringLiteral("/opt/c/tool"));
        QVERIFY(resolveCommand("/opt/a/tool", host).resolved.isEmpty());
    }

    void realHome() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(".local/bin"));
        const QString tool = home.path() + "/.local/bin/my-mcp";
        QFile file(tool);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n");
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
        HostContext host = HostContext::current();
        host.os = HostOs::Linux;
        host.home = home.path();
        host.env = {{"PATH", home.path() + "/nonexistent"}};
        host.loginShellPath = [] { return std::optional<QString>(); };
        const QList<Finding> findings =
            McpStaticChecks::check(entry("mine", "my-mcp", {home.path(), "~/missing"}), host);
        const Finding* notFound = findingById(findings, "mcp.command_not_found");
        QVERIFY(notFound);
        QCOMPARE(notFound->fixes.first().params.value("path").toString(), tool);
        const Finding* missing = findingById(findings, "mcp.path_argument_missing");
        QVERIFY(missing);
        QCOMPARE(missing->evidence.value("path").toString(), home.path() + "/missing");
        QCOMPARE(missing->evidence.value("arg_index").toInt(), 1);
    }

    void windows_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("pathext");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<QString>("resolved");
        QTest::addRow("npx shim") << "npx"
                                  << ""
                                  << "mcp.windows_needs_cmd"
                                  << "";
        QTest::addRow("npx without cmd in PATHEXT") << "npx"
                                                    << ".COM;.EXE"
                                                    << "mcp.windows_needs_cmd"
                                                    << "";
        QTest::addRow("bat via PATHEXT") << "tool"
                                         << ".COM;.EXE;.BAT;.CMD"
                                         << "mcp.windows_needs_cmd"
                                         << "";
        QTest::addRow("explicit cmd file") << "C:\\Program Files\\nodejs\\npx.cmd"
                                           << ""
                                           << "mcp.windows_needs_cmd"
                                           << "C:\\Program Files\\nodejs\\npx.cmd";
        QTest::addRow("node exe") << "node"
                                  << ""
                                  << "mcp.command_found"
                                  << "C:\\Program Files\\nodejs\\node.exe";
        QTest::addRow("uvx exe") << "uvx"
                                 << ""
                                 << "mcp.command_found"
                                 << "C:\\Users\\ana\\.local\\bin\\uvx.exe";
        QTest::addRow("cmd itself") << "cmd"
                                    << ""
                                    << "mcp.command_found"
                                    << "C:\\Windows\\system32\\cmd.exe";
        QTest::addRow("missing") << "nothing"
                                 << ""
                                 << "mcp.command_not_found"
                                 << "";
    }

    void windows() {
        QFETCH(QString, command);
        QFETCH(QString, pathext);
        QFETCH(QString, expectedId);
        QFETCH(QString, resolved);
        auto fs = std::make_shared<FakeFs>();
        fs->addExecutable("C:\\Program Files\\nodejs\\node.exe");
        fs->addExecutable("C:\\Program Files\\nodejs\\npx.cmd");
        fs->addExecutable("C:\\Program Files\\nodejs\\npx"); // the sh script npm also installs
        fs->addExecutable("C:\\Users\\ana\\.local\\bin\\uvx.exe");
        fs->addExecutable("C:\\tools\\tool.bat");
        QMap<QString, QString> env{
            {"Path", "C:\\Windows\\system32;C:\\Program Files\\nodejs;C:\\Users\\ana\\.local\\bin;"
                     "C:\\tools"},
            {"ComSpec", "C:\\Windows\\system32\\cmd.exe"}};
        if (!pathext.isEmpty())
            env.insert("PATHEXT", pathext);
        const HostContext host = fakeHost(HostOs::Windows, "C:\\Users\\ana", fs, env);
        CommandResolution resolution;
        const QList<Finding> findings = McpStaticChecks::check(
            entry("files", command, {"-y", "@modelcontextprotocol/server-filesystem"}), host, &resolution);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().id, expectedId);
        if (!resolved.isEmpty())
            QCOMPARE(resolution.resolved, resolved);
        if (expectedId == QLatin1String("mcp.windows_needs_cmd")) {
            QCOMPARE(findings.first().severity, Severity::Error);
            const Fix& fix = findings.first().fixes.first();
            QCOMPARE(fix.id, QStringLiteral("fix.wrap_in_cmd"));
            QCOMPARE(fix.params.value("command").toString(), QStringLiteral("cmd"));
            QCOMPARE(fix.params.value("args").toStringList(),
                     (QStringList{"/c", command, "-y", "@modelcontextprotocol/server-filesystem"}));
            QVERIFY(fix.preview.contains("\"command\": \"cmd\""));
        }
    }

    void pathArgs_data() {
        QTest::addColumn<int>("os");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected"); // "index:path:exists|missing|relative"
        QTest::addRow("mac") << int(HostOs::MacOs)
                             << QStringList{"-y",
                                            "@modelcontextprotocol/server-filesystem",
                                            "/Users/ana/Documents",
                                            "/Users/ana/Documnets",
                                            "~/Documents/notes.txt",
                                            "./data",
                                            "http://localhost:3000/x",
                                            "--flag"}
                             << QStringList{"2:/Users/ana/Documents:exists", "3:/Users/ana/Documnets:missing",
                                            "4:/Users/ana/Documents/notes.txt:exists", "5:./data:relative"};
        QTest::addRow("windows") << int(HostOs::Windows)
                                 << QStringList{"/c", "npx", "C:\\Users\\ana\\Desktop", "D:/data",
                                                "\\\\nas\\share"}
                                 << QStringList{"2:C:\\Users\\ana\\Desktop:exists", "3:D:/data:missing",
                                                "4:\\\\nas\\share:missing"};
    }

    void pathArgs() {
        QFETCH(int, os);
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        auto fs = macTree();
        fs->addFile("/Users/ana/Documents/x");
        fs->addFile("C:\\Users\\ana\\Desktop\\x");
        const HostContext host =
            fakeHost(HostOs(os), os == int(HostOs::Windows) ? "C:\\Users\\ana" : kMacHome, fs);
        QStringList got;
        for (const PathArgument& path : pathArguments(args, host))
            got << QStringLiteral("%1:%2:%3")
                       .arg(path.index)
                       .arg(path.path, path.relative ? "relative"
                                       : path.exists ? "exists"
                                                     : "missing");
        QCOMPARE(got, expected);
    }

    void pathArgFindings() {
        const HostContext host = fakeHost(HostOs::MacOs, kMacHome, macTree());
        const QList<Finding> findings = McpStaticChecks::check(
            entry("files", "npx", {"-y", "pkg", "/Users/ana/Documnets", "./rel"}), host);
        const Finding* missing = findingById(findings, "mcp.path_argument_missing");
        QVERIFY(missing);
        QCOMPARE(missing->severity, Severity::Error);
        QCOMPARE(missing->evidence.value("arg_index").toInt(), 2);
        const Finding* relative = findingById(findings, "mcp.path_argument_relative");
        QVERIFY(relative);
        QCOMPARE(relative->severity, Severity::Warning);
    }

    void launchEnvironmentIsSmall() {
        const HostContext mac = fakeHost(HostOs::MacOs, kMacHome, macTree(),
                                         {{"HOME", kMacHome},
                                          {"USER", "ana"},
                                          {"SHELL", "/bin/zsh"},
                                          {"AWS_SECRET_ACCESS_KEY", "x"},
                                          {"PATH", "/shell/path"},
                                          {"TMPDIR", "/var/folders/x"},
                                          {"NODE_OPTIONS", "--inspect"}});
        const QMap<QString, QString> env = launchEnvironment(mac, {{"API_KEY", "k"}, {"USER", "override"}});
        QCOMPARE(env.value("HOME"), kMacHome);
        QCOMPARE(env.value("USER"), QStringLiteral("override"));
        QCOMPARE(env.value("API_KEY"), QStringLiteral("k"));
        QCOMPARE(env.value("TMPDIR"), QStringLiteral("/var/folders/x"));
        QVERIFY(!env.contains("AWS_SECRET_ACCESS_KEY"));
        QVERIFY(!env.contains("NODE_OPTIONS"));
        QVERIFY(env.value("PATH").startsWith(kNvm + "/v18.20.0/bin:"));
        QVERIFY(env.value("PATH").endsWith("/usr/bin:/bin:/usr/sbin:/sbin"));

        const HostContext windows = fakeHost(HostOs::Windows, "C:\\Users\\ana", std::make_shared<FakeFs>(),
                                             {{"APPDATA", "C:\\Users\\ana\\AppData\\Roaming"},
                                              {"SystemRoot", "C:\\Windows"},
                                              {"Path", "C:\\a;C:\\b"},
                                              {"SECRET", "x"}});
        const QMap<QString, QString> wenv = launchEnvironment(windows, {});
        QCOMPARE(wenv.value("APPDATA"), QStringLiteral("C:\\Users\\ana\\AppData\\Roaming"));
        QCOMPARE(wenv.value("SYSTEMROOT"), QStringLiteral("C:\\Windows"));
        QCOMPARE(wenv.value("PATH"), QStringLiteral("C:\\a;C:\\b"));
        QVERIFY(!wenv.contains("SECRET"));
    }
};

QTEST_APPLESS_MAIN(TestMcpPath)
#include "tst_mcppath.moc"
