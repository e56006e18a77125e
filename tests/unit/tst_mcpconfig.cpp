// Claude Desktop's config: where it is on each OS, syntax errors pointing at the real culprit
// (exact line and column), and shape errors naming the JSON path.
#include "support/peers.h"
#include "wizard/mcp/mcpconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace ld::wizard;

namespace {

QByteArray readFixture(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("mcp/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

HostContext fakeHost(HostOs os, const QString& home, QMap<QString, QString> env = {}) {
    HostContext host;
    host.os = os;
    host.home = home;
    host.env = std::move(env);
    host.exists = [](const QString&) { return false; };
    host.isExecutableFile = [](const QString&) { return false; };
    host.subdirectories = [](const QString&) { return QStringList(); };
    host.loginShellPath = [] { return std::optional<QString>(); };
    return host;
}

} // namespace

class TestMcpConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void candidates_data() {
        QTest::addColumn<int>("os");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("logs");
        QTest::addRow("macos")
            << int(HostOs::MacOs) << "/Users/ana" << QStringList()
            << QStringList{"/Users/ana/Library/Application Support/Claude/claude_desktop_config.json"}
            << QStringList{"/Users/ana/Library/Logs/Claude"};
        QTest::addRow("windows")
            << int(HostOs::Windows) << "C:\\Users\\ana"
            << QStringList{"appdata=C:\\Users\\ana\\AppData\\Roaming",
                           "LOCALAPPDATA=C:\\Users\\ana\\AppData\\Local"}
            << QStringList{"C:\\Users\\ana\\AppData\\Roaming\\Claude\\claude_desktop_config.json",
                           "C:\\Users\\ana\\AppData\\Local\\Packages\\Claude_"
                           "pzs8sxrjxfjjc\\LocalCache\\Roaming\\Claude\\"
                           "claude_desktop_config.json"}
            << QStringList{"C:\\Users\\ana\\AppData\\Roaming\\Claude\\logs",
                           "C:\\Users\\ana\\AppData\\Local\\Claude\\Logs"};
        QTest::addRow("windows-no-appdata")
            << int(HostOs::Windows) << "C:\\Users\\bo" << QStringList()
            << QStringList{"C:\\Users\\bo\\AppData\\Roaming\\Claude\\claude_desktop_config.json",
                           "C:\\Users\\bo\\AppData\\Local\\Packages\\Claude_"
                           "pzs8sxrjxfjjc\\LocalCache\\Roaming\\Claude\\"
                           "claude_desktop_config.json"}
            << QStringList();
        QTest::addRow("linux") << int(HostOs::Linux) << "/home/ana" << QStringList()
                               << QStringList{"/home/ana/.config/Claude/claude_desktop_config.json"}
                               << QStringList{"/home/ana/.config/Claude/logs"};
        QTest::addRow("linux-xdg") << int(HostOs::Linux) << "/home/ana"
                                   << QStringList{"XDG_CONFIG_HOME=/data/cfg"}
                                   << QStringList{"/data/cfg/Claude/claude_desktop_config.json",
                                                  "/home/ana/.config/Claude/claude_desktop_config.json"}
                                   << QStringList{"/data/cfg/Claude/logs", "/home/ana/.config/Claude/logs"};
    }

    void candidates() {
        QFETCH(int, os);
        QFETCH(QString, home);
        QFETCH(QStringList, env);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, logs);
        QMap<QString, QString> variables;
        for (const QString& pair : env)
            variables.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        const HostContext host = fakeHost(HostOs(os), home, variables);
        QCOMPARE(configCandidates(host), expected);
        QCOMPARE(logDirectoryCandidates(host), logs);
    }

    void missingListsEveryPlace() {
        const HostContext host = fakeHost(HostOs::Linux, "/home/ana", {{"XDG_CONFIG_HOME", "/data/cfg"}});
        const McpConfig config = McpConfigReader::load(host);
        QVERIFY(!config.found);
        QCOMPARE(config.findings.size(), 1);
        QCOMPARE(config.findings.first().id, QStringLiteral("mcp.config_missing"));
        QCOMPARE(config.findings.first().severity, Severity::Error);
        const QJsonArray searched = config.findings.first().evidence.value("searched").toArray();
        QCOMPARE(searched.size(), 2);
        QVERIFY(config.findings.first().detail.contains("/data/cfg/Claude/claude_desktop_config.json"));
        QVERIFY(
            config.findings.first().detail.contains("/home/ana/.config/Claude/claude_desktop_config.json"));
    }

    void overrideIsRead() {
        HostContext host = HostContext::current();
        const QString path = ld::test::fixture("mcp/valid-three-servers.json");
        const McpConfig config = McpConfigReader::load(host, path);
        QVERIFY(config.found);
        QVERIFY(config.givenByUser);
        QCOMPARE(config.searched, QStringList{path});
        QCOMPARE(config.servers.size(), 3);
        const McpConfig missing = McpConfigReader::load(host, "/nonexistent/claude.json");
        QCOMPARE(missing.findings.first().id, QStringLiteral("mcp.config_missing"));
        QCOMPARE(missing.searched, QStringList{"/nonexistent/claude.json"});
    }

    void syntax_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("lineText");
        // The position is the culprit itself: the extra comma, the spot after the value a comma is
        // missing behind, the backslash, the curly quote, the comment's first '/', the second
        // document's first byte, the BOM, the opening quote of a string never closed.
        QTest::addRow("trailing comma")
            << "syntax-trailing-comma.json"
            << "trailing_comma" << 5 << 72
            << "      \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", \"/tmp\"],";
        QTest::addRow("trailing comma in list")
            << "syntax-trailing-comma-array.json"
            << "trailing_comma" << 7 << 50 << "        \"@modelcontextprotocol/server-filesystem\",";
        QTest::addRow("trailing comma crlf")
            << "syntax-trailing-comma-crlf.json"
            << "trailing_comma" << 5 << 72
            << "      \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", \"/tmp\"],";
        QTest::addRow("missing comma") << "syntax-missing-comma.json"
                                       << "missing_comma" << 4 << 23 << "      \"command\": \"npx\"";
        QTest::addRow("missing comma between servers")
            << "syntax-missing-comma-between-servers.json"
            << "missing_comma" << 3 << 99
            << "    \"files\": {\"command\": \"npx\", \"args\": [\"-y\", "
               "\"@modelcontextprotocol/server-filesystem\", \"/tmp\"]}";
        QTest::addRow("windows backslash")
            << "syntax-windows-backslash.json"
            << "unescaped_backslash" << 5 << 68
            << "      \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", "
               "\"C:\\Users\\ana\\Documents\"]";
        QTest::addRow("windows backslash u")
            << "syntax-windows-backslash-u.json"
            << "unescaped_backslash" << 4 << 21 << "      \"command\": \"C:\\users\\ana\\bin\\server.exe\"";
        QTest::addRow("smart quotes")
            << "syntax-smart-quotes.json"
            << "smart_quotes" << 4 << 18 << QString::fromUtf8("      \"command\": “npx”,");
        QTest::addRow("smart quotes after unicode")
            << "syntax-smart-quotes-after-unicode.json"
            << "smart_quotes" << 3 << 57
            << QString::fromUtf8("    \"zöe\": {\"command\": \"npx\", \"args\": [\"/home/zöe/ünï\", ‘-y’]}");
        QTest::addRow("line comment") << "syntax-line-comment.json"
                                      << "comment" << 2 << 3 << "  // my servers";
        QTest::addRow("block comment")
            << "syntax-block-comment.json"
            << "comment" << 3 << 5 << "    /* \"old\": {\"command\": \"node\"}, */";
        QTest::addRow("two objects") << "syntax-two-objects.json"
                                     << "two_documents" << 6 << 1 << "{";
        QTest::addRow("two objects one line")
            << "syntax-two-objects-same-line.json"
            << "two_documents" << 1 << 42
            << "{\"mcpServers\": {\"a\": {\"command\": \"npx\"}}}{\"mcpServers\": {\"b\": {\"command\": "
               "\"uvx\"}}}";
        QTest::addRow("byte order mark") << "syntax-bom.json"
                                         << "byte_order_mark" << 1 << 1 << "{";
        QTest::addRow("unterminated string")
            << "syntax-unterminated-string.json"
            << "unterminated_string" << 4 << 18 << "      \"command\": \"npx,";
        QTest::addRow("truncated") << "syntax-truncated.json"
                                   << "truncated" << 4 << 4 << "  }";
        QTest::addRow("empty") << "syntax-empty.json"
                               << "empty" << 1 << 1 << "";
        QTest::addRow("single quotes") << "syntax-single-quotes.json"
                                       << "single_quotes" << 3 << 5 << "    'files': {\"command\": \"npx\"}";
        QTest::addRow("unquoted key") << "syntax-unquoted-key.json"
                                      << "unquoted_key" << 2 << 3 << "  mcpServers: {}";
        QTest::addRow("missing colon") << "syntax-missing-colon.json"
                                       << "missing_colon" << 2 << 15 << "  \"mcpServers\" {}";
    }

    void syntax() {
        QFETCH(QString, file);
        QFETCH(QString, hint);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, lineText);
        const McpConfig config = McpConfigReader::parse(readFixture(file), file);
        QVERIFY(config.syntaxError.has_value());
        QVERIFY(!config.findings.isEmpty());
        const Finding& finding = config.findings.first();
        QCOMPARE(finding.id, QStringLiteral("mcp.config_syntax_error"));
        QCOMPARE(finding.severity, Severity::Error);
        QCOMPARE(finding.evidence.value("hint").toString(), hint);
        QCOMPARE(finding.evidence.value("line").toInt(), line);
        QCOMPARE(finding.evidence.value("column").toInt(), column);
        QCOMPARE(finding.evidence.value("line_text").toString(), lineText);
        // The caret sits under the column: column-1 blanks, then ^.
        const QString caret = finding.evidence.value("caret").toString();
        QCOMPARE(caret.size(), column);
        QVERIFY(caret.endsWith(QLatin1Char('^')));
        QVERIFY(finding.title.contains(QString::number(line)));
        QVERIFY(finding.detail.contains(lineText));
        QVERIFY(finding.detail.contains(McpConfigReader::hintText(config.bytes, *config.syntaxError)));
        // Qt's own reader would accept some of these (a BOM, "\U"); Claude Desktop's JSON.parse does not.
    }

    void trailingCommaNamesWhereTheParserStopped() {
        const McpConfig config = McpConfigReader::parse(readFixture("syntax-trailing-comma.json"), "x.json");
        const Finding& finding = config.findings.first();
        QCOMPARE(finding.evidence.value("parser_line").toInt(), 6);
        QCOMPARE(finding.evidence.value("parser_column").toInt(), 5);
        QVERIFY(finding.detail.contains(QStringLiteral("line 5, column 72")));
    }

    void bomAloneStillReadsTheServers() {
        const McpConfig config = McpConfigReader::parse(readFixture("syntax-bom.json"), "x.json");
        QCOMPARE(config.findings.size(), 1);
        QCOMPARE(config.findings.first().evidence.value("hint").toString(),
                 QStringLiteral("byte_order_mark"));
        QVERIFY(config.parsed);
        QCOMPARE(config.servers.size(), 1);
        QCOMPARE(config.servers.first().command, QStringLiteral("npx"));
    }

    void bomAndAnotherError() {
        const McpConfig config =
            McpConfigReader::parse(readFixture("syntax-bom-and-trailing-comma.json"), "x.json");
        QCOMPARE(config.findings.size(), 2);
        QCOMPARE(config.findings.at(1).evidence.value("hint").toString(), QStringLiteral("trailing_comma"));
        QCOMPARE(config.findings.at(1).evidence.value("line").toInt(), 2);
        QCOMPARE(config.findings.at(1).evidence.value("column").toInt(), 19);
        QVERIFY(!config.parsed);
    }

    void longLineIsShownAroundTheSpot() {
        const QByteArray bytes = readFixture("syntax-minified-trailing-comma.json");
        const McpConfig config = McpConfigReader::parse(bytes, "x.json");
        const Finding& finding = config.findings.first();
        QCOMPARE(finding.evidence.value("line").toInt(), 1);
        QCOMPARE(finding.evidence.value("column").toInt(), 285);
        const QString text = finding.evidence.value("line_text").toString();
        const QString caret = finding.evidence.value("caret").toString();
        QVERIFY(text.size() < 160);
        QVERIFY(text.startsWith(QStringLiteral("…")));
        QCOMPARE(text.at(caret.size() - 1), QLatin1Char(','));
    }

    void positions_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("caret");
        QTest::addRow("start") << QByteArray("abc") << 0 << 1 << 1 << "^";
        QTest::addRow("lf") << QByteArray("ab\ncd") << 4 << 2 << 2 << " ^";
        QTest::addRow("crlf") << QByteArray("ab\r\ncd\r\nef") << 9 << 3 << 2 << " ^";
        QTest::addRow("cr") << QByteArray("ab\rcd") << 3 << 2 << 1 << "^";
        QTest::addRow("tab") << QByteArray("\t\tx") << 2 << 1 << 3 << "\t\t^";
        QTest::addRow("utf8") << QByteArray("\"é€😀\"x") << 11 << 1 << 6 << "     ^";
        QTest::addRow("bom") << QByteArray("\xEF\xBB\xBF{x") << 4 << 1 << 2 << " ^";
        QTest::addRow("end") << QByteArray("{\n") << 2 << 2 << 1 << "^";
    }

    void positions() {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, caret);
        const TextPosition position = textPosition(text, offset);
        QCOMPARE(position.line, line);
        QCOMPARE(position.column, column);
        QCOMPARE(position.caretLine, caret);
    }

    void shape_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("server"); // empty: a finding of the config itself
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        QTest::addRow("root array") << "shape-root-array.json"
                                    << ""
                                    << ""
                                    << "not_an_object";
        QTest::addRow("no mcpServers") << "shape-no-mcpservers.json"
                                       << ""
                                       << "mcpServers"
                                       << "missing";
        QTest::addRow("mcpServers list") << "shape-mcpservers-array.json"
                                         << ""
                                         << "mcpServers"
                                         << "not_an_object";
        QTest::addRow("server not object") << "shape-server-not-object.json"
                                           << "files"
                                           << "mcpServers.files"
                                           << "not_an_object";
        QTest::addRow("command missing") << "shape-command-missing.json"
                                         << "files"
                                         << "mcpServers.files.command"
                                         << "missing";
        QTest::addRow("command not string") << "shape-command-not-string.json"
                                            << "files"
                                            << "mcpServers.files.command"
                                            << "not_a_string";
        QTest::addRow("args string") << "shape-args-string.json"
                                     << "files"
                                     << "mcpServers.files.args"
                                     << "not_a_list";
        QTest::addRow("args number") << "shape-args-number.json"
                                     << "web"
                                     << "mcpServers.web.args[2]"
                                     << "not_a_string";
        QTest::addRow("env list") << "shape-env-array.json"
                                  << "files"
                                  << "mcpServers.files.env"
                                  << "not_an_object";
        QTest::addRow("env number") << "shape-env-number.json"
                                    << "files"
                                    << "mcpServers.files.env.DEBUG"
                                    << "not_a_string";
        QTest::addRow("url entry") << "shape-url-entry.json"
                                   << "remote"
                                   << "mcpServers.remote.url"
                                   << "remote_entry";
        QTest::addRow("type http") << "shape-type-http.json"
                                   << "remote"
                                   << "mcpServers.remote.type"
                                   << "remote_entry";
        QTest::addRow("name with space") << "shape-name-with-space.json"
                                         << "my files"
                                         << "mcpServers[\"my files\"].command"
                                         << "missing";
    }

    void shape() {
        QFETCH(QString, file);
        QFETCH(QString, server);
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const McpConfig config = McpConfigReader::parse(readFixture(file), file);
        QVERIFY(!config.syntaxError);
        QVERIFY(config.parsed);
        QList<Finding> findings = config.findings;
        if (!server.isEmpty()) {
            QVERIFY(config.findings.isEmpty());
            QCOMPARE(config.servers.size(), 1);
            QCOMPARE(config.servers.first().name, server);
            QVERIFY(!config.servers.first().stdioUsable());
            findings = config.servers.first().findings;
        }
        QCOMPARE(findings.size(), 1);
        const Finding& finding = findings.first();
        QCOMPARE(finding.id, QStringLiteral("mcp.config_invalid"));
        QCOMPARE(finding.severity, Severity::Error);
        QCOMPARE(finding.evidence.value("path").toString(), path);
        QCOMPARE(finding.evidence.value("problem").toString(), problem);
        QVERIFY(!finding.title.contains(QLatin1Char('\n')));
        if (!path.isEmpty())
            QVERIFY2(finding.detail.contains(path) || finding.title.contains(server),
                     qPrintable(finding.detail));
    }

    void remoteEntryOffersTheBridge() {
        const McpConfig config = McpConfigReader::parse(readFixture("shape-url-entry.json"), "x.json");
        const McpServerEntry& entry = config.servers.first();
        QVERIFY(entry.remote);
        QCOMPARE(entry.url, QStringLiteral("http://localhost:3000/mcp"));
        const Finding& finding = entry.findings.first();
        QVERIFY(finding.detail.contains(QStringLiteral("\"mcp-remote\", \"http://localhost:3000/mcp\"")));
        QCOMPARE(finding.fixes.size(), 1);
        QCOMPARE(finding.fixes.first().id, QStringLiteral("fix.use_bridge"));
        QCOMPARE(finding.fixes.first().params.value("args").toStringList(),
                 (QStringList{"mcp-remote", "http://localhost:3000/mcp"}));
    }

    void validKeepsFileOrder() {
        const McpConfig config = McpConfigReader::parse(readFixture("valid-three-servers.json"), "x.json");
        QVERIFY(config.findings.isEmpty());
        QCOMPARE(config.servers.size(), 3);
        QCOMPARE(config.servers.at(0).name, QStringLiteral("zeta"));
        QCOMPARE(config.servers.at(1).name, QStringLiteral("alpha"));
        QCOMPARE(config.servers.at(2).name, QString::fromUtf8("café \"quoted\""));
        QCOMPARE(config.servers.at(1).env.value("GIT_DIR"), QStringLiteral("/tmp/repo"));
        QCOMPARE(config.servers.at(2).args, QStringList{QString::fromUtf8("/opt/café/server.js")});
        for (const McpServerEntry& entry : config.servers)
            QVERIFY(entry.stdioUsable());
    }

    void findValue() {
        const QByteArray bytes = readFixture("valid-three-servers.json");
        const auto command = findJsonValue(bytes, jsonPath({"mcpServers", "alpha", "command"}));
        QVERIFY(command);
        QCOMPARE(bytes.mid(command->begin, command->end - command->begin), QByteArray("\"uvx\""));
        JsonPath argPath = jsonPath({"mcpServers", "zeta", "args"});
        argPath.append(JsonPathPart{QString(), 1});
        const auto arg = findJsonValue(bytes, argPath);
        QVERIFY(arg);
        QCOMPARE(bytes.mid(arg->begin, arg->end - arg->begin),
                 QByteArray("\"@modelcontextprotocol/server-memory\""));
        const auto escapedName =
            findJsonValue(bytes, jsonPath({"mcpServers", QString::fromUtf8("café \"quoted\""), "command"}));
        QVERIFY(escapedName);
        QCOMPARE(bytes.mid(escapedName->begin, escapedName->end - escapedName->begin),
                 QByteArray("\"node\""));
        QVERIFY(!findJsonValue(bytes, jsonPath({"mcpServers", "nope"})));
        QVERIFY(!findJsonValue(QByteArray("{\"a\": 1,}"), jsonPath({"a"})));
    }

    void strings_data() {
        QTest::addColumn<QString>("text");
        QTest::addRow("plain") << "npx";
        QTest::addRow("quote and backslash") << "C:\\Users\\\"ana\"";
        QTest::addRow("control") << "a\nb\tc\x01";
        QTest::addRow("unicode") << QString::fromUtf8("zoë € 😀");
    }

    void strings() {
        QFETCH(QString, text);
        const QByteArray token = encodeJsonString(text);
        QVERIFY(!checkJsonSyntax(token));
        QCOMPARE(decodeJsonString(token), std::optional<QString>(text));
        QCOMPARE(decodeJsonString(QByteArray("\"\\u00e9\\ud83d\\ude00\"")),
                 std::optional<QString>(QString::fromUtf8("é😀")));
    }
};

QTEST_APPLESS_MAIN(TestMcpConfig)
#include "tst_mcpconfig.moc"
