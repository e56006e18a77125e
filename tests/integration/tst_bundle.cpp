// The diagnostic bundle, end to end with the real binary: 50 secrets planted across a Claude
// Desktop config, its MCP logs, the environment, a listener's command line and the target URLs;
// `localhost-doctor bundle` with HOME pointed at a temporary home; the zip unpacked with the system
// `unzip` and every file searched byte by byte. Also: the manifest's counts per kind, consistent
// placeholders, `unzip -t` and Python's zipfile. The bad destinations are tst_bundledest.

#include "support/peers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::test;

namespace {

const char* alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const char* b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const char* b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char* hex = "0123456789abcdef";
const char* upperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const char* lower = "abcdefghijklmnopqrstuvwxyz";

const QString userName = QStringLiteral("anaplanted");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

bool writeFile(const QString& path, const QByteArray& data) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesIn(const QString& directory) {
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

int runTool(const QStringList& command, QByteArray* output = nullptr, int timeoutMs = 30000) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(3000);
        return -1;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestBundle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretSurvives();
    void manifestCountsMatchWhatWasPlanted();
    void samePlaceholderAcrossFiles();
    void htmlHasTheJsonPlaceholders();
    void homeAndUserHidden();
    void zipIsValid();
    void listWritesNothing();

private:
    QString plant(const QString& value, const QString& file, const QString& kind);
    Run runBundle(const QStringList& args, const QString& home = {});
    QString chars(const char* alphabet, int length);

    QTemporaryDir m_root;
    QString m_home;
    QString m_config;
    QString m_zip;
    QString m_unpacked;
    QMap<QString, QString> m_env; // the planted environment
    QStringList m_secrets;
    QMap<QString, QMap<QString, QSet<QString>>> m_expected; // file -> kind -> secrets
    QString m_anthropic;
    Peer m_listener;
    QRandomGenerator m_random{20240501};
    Run m_run;
};

QString TestBundle::chars(const char* alphabet, int length) {
    const QString set = QString::fromLatin1(alphabet);
    QString out;
    for (int i = 0; i < length; ++i)
        out += set.at(m_random.bounded(int(set.size())));
    return out;
}

QString TestBundle::plant(const QString& value, const QString& file, const QString& kind) {
    if (!m_secrets.contains(value))
        m_secrets << value;
    if (!file.isEmpty())
        m_expected[file][kind].insert(value);
    return value;
}

Run TestBundle::runBundle(const QStringList& args, const QString& home) {
    QProcessEnvironment env; // clean: only what the test gives
    const QString useHome = home.isEmpty() ? m_home : home;
    env.insert(QStringLiteral("HOME"), useHome);
    env.insert(QStringLiteral("USER"), userName);
    env.insert(QStringLiteral("LOGNAME"), userName);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PATH"),
               useHome + QStringLiteral("/.local/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"));
    env.insert(QStringLiteral("LD_LOG_LEVEL"), QStringLiteral("info"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (auto it = m_env.begin(); it != m_env.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_root.path());
    process.start(QStringLiteral(LD_BINARY), QStringList{QStringLiteral("bundle")} + args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(3000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestBundle::initTestCase() {
    QVERIFY(m_root.isValid());
    if (!haveProgram(QStringLiteral("unzip")))
        QSKIP("needs the system unzip (Debian: unzip; scripts/deps.sh test installs it)");
    if (!haveProgram(QStringLiteral("python3")))
        QSKIP("needs python3 for the listener and for zipfile");
    m_home = m_root.filePath(QStringLiteral("home/") + userName);
    const QString claude = m_home + QStringLiteral("/.config/Claude");
    m_config = claude + QStringLiteral("/claude_desktop_config.json");
    const QString cfg = QStringLiteral("claude/claude_desktop_config.json");

    // --- the config: env, headers, args with URLs ---
    const QString pem = QStringLiteral("-----BEGIN PRIVATE KEY-----\\n%1\\n%2\\n-----END PRIVATE KEY-----\\n")
                            .arg(chars(b64, 64), chars(b64, 40));
    plant(pem.section(QStringLiteral("\\n"), 1, 1), cfg, QStringLiteral("pem")); // a line of its body
    m_anthropic = QStringLiteral("sk-ant-api03-") + chars(b64url, 60);
    const QString config =
        QStringLiteral(R"({
  "mcpServers": {
    "files": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "%1/projects"],
      "env": {
        "GITHUB_TOKEN": "%2", "OPENAI_API_KEY": "%3", "PLAIN_SETTING": "%4", "SLACK_BOT_TOKEN": "%5",
        "AWS_ACCESS_KEY_ID": "%6", "AWS_SECRET_ACCESS_KEY": "%7", "DB_PASSWORD": "%8"
      }
    },
    "remote": {
      "command": "npx",
      "args": ["mcp-remote", "http://localhost:3000/mcp?token=%9&api_key=%10", "--header", "Authorization: Bearer %11"],
      "headers": {"Authorization": "Bearer %12", "X-Api-Key": "%13"}
    },
    "proxied": {
      "command": "node", "args": ["server.js", "--proxy", "http://ana:%14@proxy.example:3128"],
      "env": {"NPM_TOKEN": "%15", "GOOGLE_KEY": "%16", "ANTHROPIC_API_KEY": "%17"}
    },
    "keyed": {"command": "node", "args": ["tls.js"], "env": {"TLS_KEY": "%18", "SESSION_SECRET": "%19"}}
  }
})")
            .arg(m_home)
            .arg(plant(QStringLiteral("ghp_") + chars(alnum, 36), cfg, QStringLiteral("github")))
            .arg(plant(QStringLiteral("sk-proj-") + chars(alnum, 48), cfg, QStringLiteral("sk")))
            .arg(plant(QStringLiteral("plain-") + chars(lower, 10), cfg, QStringLiteral("env")))
            .arg(plant(QStringLiteral("xoxb-") + chars("0123456789", 12) + u'-' + chars(alnum, 24), cfg,
                       QStringLiteral("slack")))
            .arg(plant(QStringLiteral("AKIA") + chars(upperDigits, 16), cfg, QStringLiteral("aws")))
            .arg(plant(chars(b64, 40), cfg, QStringLiteral("env")))
            .arg(plant(QStringLiteral("pw-") + chars(alnum, 12), cfg, QStringLiteral("env")))
            .arg(plant(chars(alnum, 16), cfg, QStringLiteral("url-query")))
            .arg(plant(chars(alnum, 20), cfg, QStringLiteral("url-query")))
            .arg(plant(QStringLiteral("eyJhbGciOiJSUzI1NiJ9.") + chars(b64url, 40) + u'.' + chars(b64url, 43),
                       cfg, QStringLiteral("jwt")))
            .arg(plant(QStringLiteral("glpat-") + chars(b64url, 20), cfg, QStringLiteral("gitlab")))
            .arg(plant(QStringLiteral("key-") + chars(alnum, 20), cfg, QStringLiteral("header")))
            .arg(plant(chars(alnum, 14), cfg, QStringLiteral("url-password")))
            .arg(plant(QStringLiteral("npm_") + chars(alnum, 36), cfg, QStringLiteral("npm")))
            .arg(plant(QStringLiteral("AIza") + chars(b64url, 35), cfg, QStringLiteral("google")))
            .arg(plant(m_anthropic, cfg, QStringLiteral("sk")))
            .arg(pem)
            .arg(plant(chars(hex, 40), cfg, QStringLiteral("env")));
    QVERIFY(writeFile(m_config, config.toUtf8()));

    // --- the MCP logs: 700 lines, the planted ones in the last 500 ---
    const QString mcpLog = QStringLiteral("claude/logs/mcp.log");
    QStringList lines;
    for (int i = 0; i < 700; ++i)
        lines << QStringLiteral("2024-05-01T12:%1:00.000Z [info] [files] Message from server: "
                                "{\"jsonrpc\":\"2.0\",\"id\":%2,\"result\":{}}")
                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                     .arg(i);
    lines[10] = QStringLiteral("old line with ") + plant(QStringLiteral("ghp_") + chars(alnum, 36), {}, {});
    const QStringList planted{
        QStringLiteral("Authorization: Bearer %1").arg(m_anthropic),
        QStringLiteral("Cookie: session=%1; theme=dark")
            .arg(plant(chars(alnum, 16), mcpLog, QStringLiteral("cookie"))),
        QStringLiteral("Set-Cookie: sid=%1; Path=/; HttpOnly").arg(plant(chars(alnum, 20), {}, {})),
        QStringLiteral("GET http://localhost:6277/callback?code=%1&state=abc")
            .arg(plant(chars(alnum, 24), mcpLog, QStringLiteral("url-query"))),
        QStringLiteral("slack user token %1")
            .arg(plant(QStringLiteral("xoxp-") + chars("0123456789", 12) + u'-' + chars(alnum, 24), mcpLog,
                       QStringLiteral("slack"))),
        QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\n%1\n%2\n-----END OPENSSH PRIVATE KEY-----")
            .arg(plant(chars(b64, 70), mcpLog, QStringLiteral("pem")), chars(b64, 30)),
        QStringLiteral("temporary credentials %1")
            .arg(plant(QStringLiteral("ASIA") + chars(upperDigits, 16), mcpLog, QStringLiteral("aws"))),
        QStringLiteral("fine-grained %1")
            .arg(plant(QStringLiteral("github_pat_") + chars(alnum, 22) + u'_' + chars(alnum, 59), mcpLog,
                       QStringLiteral("github"))),
        QStringLiteral("oauth %1")
            .arg(plant(QStringLiteral("gho_") + chars(alnum, 36), mcpLog, QStringLiteral("github"))),
        QStringLiteral("billing %1")
            .arg(plant(QStringLiteral("sk_live_") + chars(alnum, 24), mcpLog, QStringLiteral("stripe"))),
        QStringLiteral("trace id %1").arg(plant(chars(hex, 64), mcpLog, QStringLiteral("hex"))),
        QStringLiteral("blob %1 end").arg(plant(chars(b64, 48), mcpLog, QStringLiteral("base64"))),
        QStringLiteral("login with password=%1")
            .arg(plant(QStringLiteral("hunter-") + chars(alnum, 10), mcpLog, QStringLiteral("assignment"))),
        QStringLiteral("serving %1/projects/app").arg(m_home),
    };
    // Set-Cookie's value is all of "sid=...; Path=/; HttpOnly": one more cookie secret.
    m_expected[mcpLog][QStringLiteral("cookie")].insert(QStringLiteral("set-cookie line"));
    m_expected[mcpLog][QStringLiteral("sk")].insert(m_anthropic);
    for (int i = 0; i < planted.size(); ++i)
        lines[600 + i * 5] = planted.at(i);
    QVERIFY(writeFile(claude + QStringLiteral("/logs/mcp.log"), lines.join(u'\n').toUtf8() + '\n'));

    const QString serverLog = QStringLiteral("claude/logs/mcp-server-files.log");
    const QStringList serverLines{
        QStringLiteral(R"({"jsonrpc":"2.0","method":"init","params":{"apiKey":"%1"}})")
            .arg(plant(chars(alnum, 24), serverLog, QStringLiteral("assignment"))),
        QStringLiteral("session %1")
            .arg(plant(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + chars(b64url, 30) + u'.' + chars(b64url, 43),
                       serverLog, QStringLiteral("jwt"))),
        QStringLiteral("user %1 server %2")
            .arg(plant(QStringLiteral("ghu_") + chars(alnum, 36), serverLog, QStringLiteral("github")),
                 plant(QStringLiteral("ghs_") + chars(alnum, 36), serverLog, QStringLiteral("github"))),
        QStringLiteral("legacy %1")
            .arg(plant(QStringLiteral("xoxa-") + chars("0123456789", 12) + u'-' + chars(alnum, 24), serverLog,
                       QStringLiteral("slack"))),
        QStringLiteral("key id %1")
            .arg(plant(QStringLiteral("AKIA") + chars(upperDigits, 16), serverLog, QStringLiteral("aws"))),
        QStringLiteral("connecting to https://deploy:%1@git.example.com/repo.git")
            .arg(plant(chars(alnum, 12), serverLog, QStringLiteral("url-password"))),
        QStringLiteral("fetch https://api.example.com/v1/items?page=2&access_token=%1")
            .arg(plant(chars(alnum, 20), serverLog, QStringLiteral("url-query"))),
        QStringLiteral("request headers: X-Api-Key: %1")
            .arg(plant(chars(alnum, 20), serverLog, QStringLiteral("auth-header"))),
    };
    QVERIFY(writeFile(claude + QStringLiteral("/logs/mcp-server-files.log"),
                      serverLines.join(u'\n').toUtf8() + '\n'));

    // --- context only: values with no key shape, found by the name or place they sit in ---
    const QString ctxLog = QStringLiteral("claude/logs/mcp-server-ctx.log");
    const auto uuid = [&] {
        return chars(hex, 8) + u'-' + chars(hex, 4) + QStringLiteral("-4") + chars(hex, 3) +
               QStringLiteral("-a") + chars(hex, 3) + u'-' + chars(hex, 12);
    };
    const auto word = [&] { return QStringLiteral("Tulip-") + chars(lower, 8) + QStringLiteral("-2024"); };
    QStringList ctxLines;
    ctxLines
        << QStringLiteral(
               R"(2024-05-01T12:00:00.000Z [info] launching {"command":"npx","args":["srv", "--password", "%1"]})")
               .arg(plant(word(), ctxLog, QStringLiteral("assignment")));
    ctxLines << QStringLiteral(R"(2024-05-01T12:00:01.000Z [info] launching {"args":["--api-key", "%1"]})")
                    .arg(plant(uuid(), ctxLog, QStringLiteral("assignment")));
    ctxLines << QStringLiteral(R"(2024-05-01T12:00:02.000Z [info] launching {"args":["--api-key=%1"]})")
                    .arg(plant(uuid(), ctxLog, QStringLiteral("assignment")));
    ctxLines << QStringLiteral(R"(2024-05-01T12:00:03.000Z [info] launching {"args":["--token", "%1"]})")
                    .arg(plant(chars("abcdefghijklmnopqrstuvwxyz0123456789", 32), ctxLog,
                               QStringLiteral("assignment")));
    for (const char* name : {"api_key", "apikey", "access-token", "client-secret", "passwd", "pwd",
                             "client_secret", "secret-key", "auth_token", "private-key"})
        ctxLines << QStringLiteral("2024-05-01T12:00:04.000Z [info] config %1=%2")
                        .arg(QString::fromLatin1(name), plant(QStringLiteral("v-") + chars(lower, 9), ctxLog,
                                                              QStringLiteral("assignment")));
    // JSON inside a JSON string (escaped quotes), and once more inside that.
    ctxLines
        << QStringLiteral(
               R"(2024-05-01T12:00:05.000Z [info] Message from server: {"jsonrpc":"2.0","method":"notifications/message","params":{"data":"{\"request\":{\"Cookie\":\"sid=%1\",\"X-Api-Key\":\"%2\"}}"}})")
               .arg(plant(chars(lower, 14), ctxLog, QStringLiteral("cookie")),
                    plant(chars(lower, 15), ctxLog, QStringLiteral("auth-header")));
    ctxLines
        << QStringLiteral(
               R"(2024-05-01T12:00:06.000Z [info] Message from server: {"params":{"data":"{\"outer\":\"{\\\"Cookie\\\":\\\"sid=%1\\\",\\\"x-api-key\\\":\\\"%2\\\"}\"}"}})")
               .arg(plant(chars(lower, 13), ctxLog, QStringLiteral("cookie")),
                    plant(chars(lower, 16), ctxLog, QStringLiteral("auth-header")));
    ctxLines
        << QStringLiteral(
               R"(2024-05-01T12:00:07.000Z [info] Message from server: {"params":{"data":"{\"env\":{\"LICENSE\":\"%1\"},\"headers\":{\"X-Team-Secret\":\"%2\"}}"}})")
               .arg(plant(QStringLiteral("plain words ") + chars(lower, 6), ctxLog, QStringLiteral("env")),
                    plant(QStringLiteral("team ") + chars(lower, 7), ctxLog, QStringLiteral("header")));
    ctxLines << QStringLiteral(
                    R"(2024-05-01T12:00:08.000Z [info] proxy {"url":"http:\/\/ana:%1@proxy.corp:3128"})")
                    .arg(plant(QStringLiteral("Rose-") + chars(lower, 7), ctxLog,
                               QStringLiteral("url-password")));
    ctxLines << QStringLiteral("2024-05-01T12:00:09.000Z [info] fetching ftp://bob:%1@files.example/x")
                    .arg(plant(QStringLiteral("Bud-") + chars(lower, 7), ctxLog,
                               QStringLiteral("url-password")));
    QVERIFY(
        writeFile(claude + QStringLiteral("/logs/mcp-server-ctx.log"), ctxLines.join(u'\n').toUtf8() + '\n'));

    // --- the environment the tool sees ---
    const QString proxy = QStringLiteral("proxy.txt");
    m_env.insert(QStringLiteral("HTTP_PROXY"),
                 QStringLiteral("http://ana:%1@proxy.corp:3128")
                     .arg(plant(chars(alnum, 14), proxy, QStringLiteral("url-password"))));
    m_env.insert(QStringLiteral("https_proxy"),
                 QStringLiteral("http://u2:%1@proxy2.corp:8080")
                     .arg(plant(chars(alnum, 14), proxy, QStringLiteral("url-password"))));
    m_env.insert(QStringLiteral("ALL_PROXY"),
                 QStringLiteral("socks5://s:%1@socks.corp:1080")
                     .arg(plant(chars(alnum, 14), proxy, QStringLiteral("url-password"))));
    m_env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("example.org"));
    m_env.insert(QStringLiteral("NPM_CONFIG_REGISTRY"),
                 QStringLiteral("https://r:%1@registry.example.com/")
                     .arg(plant(QStringLiteral("npm_") + chars(alnum, 36), QStringLiteral("system.json"),
                                QStringLiteral("npm"))));
    m_env.insert(QStringLiteral("NODE_OPTIONS"), QStringLiteral("--require %1/hook.js").arg(m_home));
    m_env.insert(QStringLiteral("GITHUB_TOKEN"), plant(QStringLiteral("ghp_") + chars(alnum, 36), {}, {}));
    m_env.insert(QStringLiteral("OPENAI_API_KEY"), plant(QStringLiteral("sk-") + chars(alnum, 48), {}, {}));

    // --- a listener with a key on its command line, and target URLs with tokens ---
    const quint16 port = freePort();
    const QString listenerKey = plant(QStringLiteral("sk-proj-") + chars(alnum, 40), {}, {});
    QVERIFY2(
        m_listener.startListening(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import http.server,sys; http.server.HTTPServer(('127.0.0.1', int(sys.argv[1])), "
                            "http.server.SimpleHTTPRequestHandler).serve_forever()"),
             QString::number(port), listenerKey},
            QStringLiteral("127.0.0.1"), port),
        qPrintable(m_listener.errorString()));
    const quint16 closed = freePort();
    const QString firstReport = QStringLiteral("targets/1-127.0.0.1-%1/report.json").arg(closed);
    const QString target1 = QStringLiteral("http://127.0.0.1:%1/mcp?token=%2&sig=%3")
                                .arg(closed)
                                .arg(plant(chars(alnum, 20), firstReport, QStringLiteral("url-query")),
                                     plant(chars(alnum, 24), firstReport, QStringLiteral("url-query")));
    const QString target2 =
        QStringLiteral("127.0.0.1:%1/?api_key=%2").arg(port).arg(plant(chars(alnum, 20), {}, {}));

    QVERIFY2(m_secrets.size() >= 60, qPrintable(QString::number(m_secrets.size())));

    m_zip = m_root.filePath(QStringLiteral("out/bundle.zip"));
    QVERIFY(QDir().mkpath(QFileInfo(m_zip).absolutePath()));
    m_run = runBundle({QStringLiteral("-o"), m_zip, QStringLiteral("--target"), target1,
                       QStringLiteral("--target"), target2, QStringLiteral("--config"), m_config,
                       QStringLiteral("--timeout-ms"), QStringLiteral("1000")});
    QVERIFY2(m_run.exitCode == 0, m_run.err.constData());
    QVERIFY(QFileInfo::exists(m_zip));
    m_unpacked = m_root.filePath(QStringLiteral("unpacked"));
    QByteArray output;
    QCOMPARE(runTool({QStringLiteral("unzip"), QStringLiteral("-q"), QStringLiteral("-o"), m_zip,
                      QStringLiteral("-d"), m_unpacked},
                     &output),
             0);
}

void TestBundle::noSecretSurvives() {
    const QStringList files = filesIn(m_unpacked);
    QVERIFY(files.size() >= 10);
    for (const QString& file : files) {
        const QByteArray bytes = readFile(file);
        for (const QString& secret : std::as_const(m_secrets)) {
            // Its distinctive middle too: a half-replaced secret is not redacted.
            const QString middle = secret.mid(secret.size() / 3, std::max<qsizetype>(6, secret.size() / 3));
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !bytes.contains(middle.toUtf8()),
                     qPrintable(QStringLiteral("%1 holds %2 (%3)").arg(file, secret, middle)));
        }
    }
    // Every file the issue names is there.
    for (const char* name : {"manifest.json", "system.json", "sockets.txt", "firewall.txt", "proxy.txt",
                             "claude/claude_desktop_config.json", "claude/logs/mcp.log",
                             "claude/logs/mcp-server-files.log", "app/localhost-doctor.log"})
        QVERIFY2(QFileInfo::exists(m_unpacked + u'/' + QString::fromLatin1(name)), name);
    QCOMPARE(
        QDir(m_unpacked + QStringLiteral("/targets")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    // The listener's key was in the socket table's command line before redaction.
    QVERIFY(readFile(m_unpacked + QStringLiteral("/sockets.txt")).contains(":sk>"));
}

void TestBundle::manifestCountsMatchWhatWasPlanted() {
    const QJsonObject manifest =
        QJsonDocument::fromJson(readFile(m_unpacked + QStringLiteral("/manifest.json"))).object();
    QCOMPARE(manifest.value(QStringLiteral("schema")).toString(),
             QStringLiteral("localhost-doctor/bundle-manifest@1"));
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray())
        byName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    // Every file but the manifest is listed with its real size and checksum.
    for (const QString& file : filesIn(m_unpacked)) {
        const QString name = QDir(m_unpacked).relativeFilePath(file);
        if (name == QLatin1String("manifest.json"))
            continue;
        QVERIFY2(byName.contains(name), qPrintable(name));
        const QByteArray bytes = readFile(file);
        QCOMPARE(byName[name].value(QStringLiteral("bytes")).toInteger(), bytes.size());
        QCOMPARE(byName[name].value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    // The files whose whole content the test planted: distinct secrets per kind, exactly.
    for (auto file = m_expected.begin(); file != m_expected.end(); ++file) {
        QVERIFY2(byName.contains(file.key()), qPrintable(file.key()));
        QJsonObject expected;
        for (auto kind = file.value().begin(); kind != file.value().end(); ++kind)
            expected.insert(kind.key(), int(kind.value().size()));
        const QJsonObject actual = byName[file.key()].value(QStringLiteral("distinct_secrets")).toObject();
        if (file.key() == QLatin1String("system.json") || file.key().startsWith(QLatin1String("targets/"))) {
            // Other content is the machine's own: only the planted kinds are compared.
            for (auto it = expected.begin(); it != expected.end(); ++it)
                QVERIFY2(actual.value(it.key()) == it.value(),
                         qPrintable(file.key() + u' ' + it.key() + QStringLiteral(": ") +
                                    QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact))));
            continue;
        }
        QVERIFY2(actual == expected,
                 qPrintable(file.key() + QStringLiteral(": got ") +
                            QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)) +
                            QStringLiteral(" planted ") +
                            QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact))));
    }
    // Each report is listed with the intent it was made with.
    const QJsonArray reports = manifest.value(QStringLiteral("reports")).toArray();
    QCOMPARE(reports.size(), 2);
    for (const QJsonValue& report : reports) {
        QCOMPARE(report.toObject().value(QStringLiteral("intent")).toString(), QStringLiteral("connect"));
        QVERIFY(report.toObject().value(QStringLiteral("folder")).toString().startsWith("targets/"));
    }
    // The manifest never holds a secret (checked with all files above) and says what it did.
    QVERIFY(!manifest.value(QStringLiteral("about_redaction")).toString().isEmpty());
    QVERIFY(manifest.value(QStringLiteral("redactions"))
                .toObject()
                .value(QStringLiteral("distinct_secrets"))
                .toObject()
                .size() >= 10);
}

void TestBundle::samePlaceholderAcrossFiles() {
    const QJsonObject config =
        QJsonDocument::fromJson(readFile(m_unpacked + QStringLiteral("/claude/claude_desktop_config.json")))
            .object();
    const QString placeholder = config.value(QStringLiteral("mcpServers"))
                                    .toObject()
                                    .value(QStringLiteral("proxied"))
                                    .toObject()
                                    .value(QStringLiteral("env"))
                                    .toObject()
                                    .value(QStringLiteral("ANTHROPIC_API_KEY"))
                                    .toString();
    QVERIFY2(QRegularExpression(QStringLiteral(R"(\A<secret-[0-9]+:sk>\z)")).match(placeholder).hasMatch(),
             qPrintable(placeholder));
    const QByteArray log = readFile(m_unpacked + QStringLiteral("/claude/logs/mcp.log"));
    QVERIFY(log.contains("Authorization: Bearer " + placeholder.toUtf8()));
    // Two proxies' passwords differ, so their placeholders differ; each appears once per mention.
    const QByteArray proxy = readFile(m_unpacked + QStringLiteral("/proxy.txt"));
    QVERIFY(proxy.contains("HTTP_PROXY=http://ana:<secret-"));
    // A target's token in report.json and report.html is the same placeholder.
    const QString folder =
        m_unpacked + QStringLiteral("/targets/") +
        QDir(m_unpacked + QStringLiteral("/targets")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
    const QJsonObject report =
        QJsonDocument::fromJson(readFile(folder + QStringLiteral("/report.json"))).object();
    const QString input =
        report.value(QStringLiteral("target")).toObject().value(QStringLiteral("input")).toString();
    const auto match = QRegularExpression(QStringLiteral("token=(<secret-[0-9]+:url-query>)")).match(input);
    QVERIFY2(match.hasMatch(), qPrintable(input));
    QVERIFY(readFile(folder + QStringLiteral("/report.html"))
                .contains(match.captured(1).toHtmlEscaped().toUtf8()));
    QVERIFY(readFile(m_unpacked + QStringLiteral("/app/localhost-doctor.log"))
                .contains(match.captured(1).toUtf8()));
}

// report.html is not redacted a second time: it shows report.json's placeholders (escaped) and no
// others, and the manifest's counts are the placeholders each file really holds.
void TestBundle::htmlHasTheJsonPlaceholders() {
    static const QRegularExpression plain(QStringLiteral(R"(<secret-[0-9]+:[a-z0-9-]+>)"));
    static const QRegularExpression escaped(QStringLiteral(R"(&lt;(secret-[0-9]+:[a-z0-9-]+)&gt;)"));
    const QJsonObject manifest =
        QJsonDocument::fromJson(readFile(m_unpacked + QStringLiteral("/manifest.json"))).object();
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& value : manifest.value(QStringLiteral("files")).toArray())
        byName.insert(value.toObject().value(QStringLiteral("name")).toString(), value.toObject());
    const QString targets = m_unpacked + QStringLiteral("/targets");
    int checked = 0;
    for (const QString& folder : QDir(targets).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QSet<QString> inJson;
        for (auto it =
                 plain.globalMatch(QString::fromUtf8(readFile(targets + u'/' + folder + "/report.json")));
             it.hasNext();)
            inJson.insert(it.next().captured());
        const QString html = QString::fromUtf8(readFile(targets + u'/' + folder + "/report.html"));
        QSet<QString> inHtml;
        int occurrences = 0;
        for (auto it = escaped.globalMatch(html); it.hasNext(); ++occurrences)
            inHtml.insert(u'<' + it.next().captured(1) + u'>');
        QVERIFY2(!plain.match(html).hasMatch(), "report.html has a placeholder of its own");
        QVERIFY2(inHtml.subtract(inJson).isEmpty(), qPrintable(folder));
        int counted = 0;
        const QJsonObject redactions =
            byName.value(QStringLiteral("targets/") + folder + "/report.html").value("redactions").toObject();
        for (auto it = redactions.begin(); it != redactions.end(); ++it)
            if (it.key() != QLatin1String("user") && it.key() != QLatin1String("home"))
                counted += it.value().toInt();
        QCOMPARE(counted, occurrences);
        ++checked;
    }
    QCOMPARE(checked, 2);
    // Across the bundle: the manifest's distinct secrets are the distinct placeholders in its files.
    QSet<QString> all;
    for (const QString& file : filesIn(m_unpacked)) {
        if (file.endsWith(QLatin1String("/manifest.json")))
            continue;
        const QString text = QString::fromUtf8(readFile(file));
        for (auto it = plain.globalMatch(text); it.hasNext();)
            all.insert(it.next().captured());
        for (auto it = escaped.globalMatch(text); it.hasNext();)
            all.insert(u'<' + it.next().captured(1) + u'>');
    }
    int distinct = 0;
    for (const QJsonValue value :
         manifest.value("redactions").toObject().value("distinct_secrets").toObject())
        distinct += value.toInt();
    QCOMPARE(distinct, int(all.size()));
    QVERIFY2(distinct >= 60, qPrintable(QString::number(distinct)));
}

void TestBundle::homeAndUserHidden() {
    for (const QString& file : filesIn(m_unpacked)) {
        const QByteArray bytes = readFile(file);
        QVERIFY2(!bytes.contains(m_home.toUtf8()), qPrintable(file));
        QVERIFY2(!bytes.contains(userName.toUtf8()), qPrintable(file));
    }
    QVERIFY(readFile(m_unpacked + QStringLiteral("/claude/claude_desktop_config.json"))
                .contains("\"~/projects\""));
    QVERIFY(readFile(m_unpacked + QStringLiteral("/system.json")).contains("--require ~/hook.js"));
    QVERIFY(readFile(m_unpacked + QStringLiteral("/claude/logs/mcp.log")).contains("serving ~/projects/app"));
}

void TestBundle::zipIsValid() {
    QByteArray output;
    QCOMPARE(runTool({QStringLiteral("unzip"), QStringLiteral("-t"), m_zip}, &output), 0);
    QVERIFY2(output.contains("No errors detected"), output.constData());
    QCOMPARE(runTool({QStringLiteral("python3"), QStringLiteral("-c"),
                      QStringLiteral(
                          "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); "
                          "sys.exit(0 if z.testzip() is None and 'manifest.json' in z.namelist() else 1)"),
                      m_zip},
                     &output),
             0);
    // The HTML page is self-contained: no scripts, nothing fetched from elsewhere.
    const QString folder =
        m_unpacked + QStringLiteral("/targets/") +
        QDir(m_unpacked + QStringLiteral("/targets")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).first();
    const QByteArray html = readFile(folder + QStringLiteral("/report.html"));
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("src="));
    QVERIFY(!html.contains("http-equiv=\"refresh"));
}

void TestBundle::listWritesNothing() {
    QDir here(m_root.path());
    const QStringList before = here.entryList(QDir::Files);
    const Run run = runBundle({QStringLiteral("--list"), QStringLiteral("--config"), m_config});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("claude/claude_desktop_config.json"));
    QVERIFY(run.out.contains("manifest.json"));
    QVERIFY(run.out.contains("github"));
    for (const QString& secret : std::as_const(m_secrets))
        QVERIFY(!run.out.contains(secret.toUtf8()));
    QCOMPARE(here.entryList(QDir::Files), before);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
