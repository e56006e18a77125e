// The redactor: every kind of secret it must take out, the ordinary text it must leave alone,
// consistent placeholders across files, the MCP config's env and headers, home and user name.
// Keys here are made at run time from a seeded generator, so no scanner mistakes them for real.

#include "wizard/bundle/redactor.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace ld::wizard;

namespace {

QString chars(const char* alphabet, int length, quint32 seed) {
    QRandomGenerator random(seed);
    const QString set = QString::fromLatin1(alphabet);
    QString out;
    for (int i = 0; i < length; ++i)
        out += set.at(random.bounded(int(set.size())));
    return out;
}

const char* alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const char* b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const char* b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char* hex = "0123456789abcdef";
const char* upperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

RedactionIdentity testIdentity() {
    RedactionIdentity identity;
    identity.home = QStringLiteral("/home/anaplanted");
    identity.userNames = {QStringLiteral("anaplanted")};
    return identity;
}

} // namespace

class TestRedactor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void secrets_data();
    void secrets();
    void ordinary_data();
    void ordinary();
    void samePlaceholderEverywhere();
    void contextValueTakesShapeKind();
    void mcpConfigEnvAndHeaders();
    void mcpConfigWithSyntaxError();
    void pemBlocks();
    void homeAndUser();
    void genericUserNamesKept();
    void spansPointAtPlaceholders();
    void secondPassChangesNothing();
    void pairAfterAnUnclosedValue();
};

void TestRedactor::secrets_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kind");

    const QString ant = QStringLiteral("sk-ant-api03-") + chars(b64url, 60, 1);
    QTest::addRow("anthropic key") << QStringLiteral("key is %1 ok").arg(ant) << ant << "sk";
    const QString openai = QStringLiteral("sk-proj-") + chars(alnum, 40, 2);
    QTest::addRow("openai key") << QStringLiteral("OPENAI=%1").arg(openai) << openai << "sk";
    const QString stripe = QStringLiteral("sk_live_") + chars(alnum, 24, 3);
    QTest::addRow("stripe key") << QStringLiteral("stripe %1.").arg(stripe) << stripe << "stripe";
    for (const char* prefix : {"ghp_", "gho_", "ghs_", "ghu_"}) {
        const QString token = QString::fromLatin1(prefix) + chars(alnum, 36, 4);
        QTest::addRow("github %s", prefix) << QStringLiteral("push with %1").arg(token) << token << "github";
    }
    const QString pat = QStringLiteral("github_pat_") + chars(alnum, 22, 5) + u'_' + chars(alnum, 59, 6);
    QTest::addRow("github fine-grained") << QStringLiteral("token %1").arg(pat) << pat << "github";
    for (const char* prefix : {"xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"}) {
        const QString token =
            QString::fromLatin1(prefix) + chars("0123456789", 12, 7) + u'-' + chars(alnum, 24, 8);
        QTest::addRow("slack %s", prefix) << QStringLiteral("slack: (%1)").arg(token) << token << "slack";
    }
    const QString akia = QStringLiteral("AKIA") + chars(upperDigits, 16, 9);
    QTest::addRow("aws access key") << QStringLiteral("aws_access %1 x").arg(akia) << akia << "aws";
    const QString asia = QStringLiteral("ASIA") + chars(upperDigits, 16, 10);
    QTest::addRow("aws session key") << QStringLiteral("[%1]").arg(asia) << asia << "aws";
    const QString google = QStringLiteral("AIza") + chars(b64url, 35, 11);
    QTest::addRow("google key") << QStringLiteral("maps %1").arg(google) << google << "google";
    const QString jwt =
        QStringLiteral("eyJhbGciOiJIUzI1NiJ9.") + chars(b64url, 40, 12) + u'.' + chars(b64url, 43, 13);
    QTest::addRow("jwt") << QStringLiteral("got %1 from login").arg(jwt) << jwt << "jwt";
    const QString npm = QStringLiteral("npm_") + chars(alnum, 36, 14);
    QTest::addRow("npm token") << QStringLiteral("//registry.npmjs.org/:_x=%1").arg(npm) << npm << "npm";
    const QString glpat = QStringLiteral("glpat-") + chars(b64url, 20, 15);
    QTest::addRow("gitlab token") << QStringLiteral("gitlab %1").arg(glpat) << glpat << "gitlab";
    const QString longHex = chars(hex, 40, 16);
    QTest::addRow("long hex") << QStringLiteral("session %1 started").arg(longHex) << longHex << "hex";
    const QString longB64 = chars(b64, 44, 17) + QStringLiteral("==");
    QTest::addRow("long base64") << QStringLiteral("blob %1 end").arg(longB64) << longB64 << "base64";
    const QString awsSecret = chars(b64, 40, 18);
    QTest::addRow("aws secret in a path-like shape")
        << QStringLiteral("s=%1;").arg(awsSecret) << awsSecret << "base64";

    QTest::addRow("authorization header") << "Authorization: Bearer abc.def-ghi_123"
                                          << "abc.def-ghi_123"
                                          << "auth-header";
    QTest::addRow("proxy-authorization") << "proxy-authorization: Basic YW5hOnBhc3N3b3Jk"
                                         << "YW5hOnBhc3N3b3Jk"
                                         << "auth-header";
    QTest::addRow("x-api-key json") << R"({"X-Api-Key": "plain-key-value"})"
                                    << "plain-key-value"
                                    << "auth-header";
    QTest::addRow("cookie") << "Cookie: session=abc; theme=dark"
                            << "session=abc; theme=dark"
                            << "cookie";
    QTest::addRow("set-cookie") << "Set-Cookie: sid=31d4d96e407aad42; Path=/"
                                << "sid=31d4d96e407aad42; Path=/"
                                << "cookie";
    QTest::addRow("url password") << "proxy http://ana:hunter2@proxy.corp:3128/"
                                  << "hunter2"
                                  << "url-password";
    QTest::addRow("url password with @") << "http://ana:p@ss@proxy:8080"
                                         << "p@ss"
                                         << "url-password";
    for (const char* key : {"token", "access_token", "key", "api_key", "apikey", "secret", "password",
                            "passwd", "sig", "signature", "code", "auth"}) {
        QTest::addRow("query %s", key)
            << QStringLiteral("GET http://localhost:3000/mcp?x=1&%1=qv%2Z9&y=2")
                   .arg(QString::fromLatin1(key))
                   .arg(QString::fromLatin1(key).size())
            << QStringLiteral("qv%1Z9").arg(QString::fromLatin1(key).size()) << "url-query";
    }
    QTest::addRow("env dump") << "MY_SERVICE_TOKEN=opensesame42"
                              << "opensesame42"
                              << "assignment";
    QTest::addRow("yaml password") << "  password: \"correct horse\""
                                   << "correct horse"
                                   << "assignment";
    QTest::addRow("flag with space") << "server --api-key s3cr3tvalue --port 8080"
                                     << "s3cr3tvalue"
                                     << "assignment";
    QTest::addRow("bearer in prose") << "sending bearer abcdefgh12345 to server"
                                     << "abcdefgh12345"
                                     << "auth-header";

    // Found by context only: the value has no key shape.
    QTest::addRow("flag and value as array items") << R"("args": ["--password", "Tulip-Summer-2024"])"
                                                   << "Tulip-Summer-2024"
                                                   << "assignment";
    const QString uuid = QStringLiteral("3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c");
    QTest::addRow("api-key uuid as array items")
        << QStringLiteral(R"(["--api-key", "%1"])").arg(uuid) << uuid << "assignment";
    QTest::addRow("api-key=uuid") << QStringLiteral(R"(["--api-key=%1"])").arg(uuid) << uuid << "assignment";
    const QString lower = QStringLiteral("k3v9q2m8x7w1z5p4r6t0y2u8i3o7a9s1");
    QTest::addRow("token lowercase as array items")
        << QStringLiteral(R"(["--token", "%1"])").arg(lower) << lower << "assignment";
    QTest::addRow("name api-key") << "api-key=Value-7-x"
                                  << "Value-7-x"
                                  << "auth-header"; // a header name too
    for (const char* name : {"api_key", "apikey", "access-token", "client-secret", "passwd", "pwd",
                             "client_secret", "accessToken", "secret-key"}) {
        QTest::addRow("name %s", name)
            << QStringLiteral("%1=Value-%2-x").arg(QString::fromLatin1(name)).arg(7) << "Value-7-x"
            << "assignment";
    }
    QTest::addRow("cookie in escaped json")
        << R"({"message":"{\"headers\":{\"Cookie\":\"sid=cafe12beef\"}}"})"
        << "sid=cafe12beef"
        << "header"; // under "headers": the JSON rule names it
    QTest::addRow("x-api-key in doubly escaped json")
        << R"({"m":"{\"inner\":\"{\\\"X-Api-Key\\\":\\\"deep-key-value\\\"}\"}"})"
        << "deep-key-value"
        << "auth-header";
    QTest::addRow("url password with escaped slashes") << R"({"proxy":"http:\/\/ana:Rosebud-77@proxy:3128"})"
                                                       << "Rosebud-77"
                                                       << "url-password";
    QTest::addRow("env value in a log line")
        << R"(2024-05-01 [info] launching {"command":"npx","env":{"LICENSE":"plain words here"}})"
        << "plain words here"
        << "env";
}

void TestRedactor::secrets() {
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, kind);
    Redactor redactor(testIdentity());
    const Redacted out = redactor.redactText(text);
    QVERIFY2(!out.text.contains(secret), qPrintable(out.text));
    QVERIFY2(out.text.contains(QStringLiteral("<secret-1:%1>").arg(kind)), qPrintable(out.text));
    QCOMPARE(out.counts.value(kind), 1);
    QCOMPARE(out.distinct.value(kind), 1);
}

void TestRedactor::ordinary_data() {
    QTest::addColumn<QString>("text");
    QTest::addRow("words") << "The server on port 3000 refused the connection; nothing listens there.";
    QTest::addRow("localhost url") << "http://localhost:3000/mcp and https://127.0.0.1:8443/health";
    QTest::addRow("user in url without password") << "git clone ssh://git@github.com/org/repo.git";
    QTest::addRow("paths") << "/usr/lib/x86_64-linux-gnu/libQt6Core.so.6.4.2 and /opt/node-v18.19.0/bin/npx";
    QTest::addRow("long path")
        << "/usr/local/lib/node_modules/@modelcontextprotocol/server-everything/dist/index.js";
    QTest::addRow("windows path") << R"(C:\Program Files\nodejs\node_modules\npm\bin\npx-cli.js)";
    QTest::addRow("versions") << "Qt 6.4.2, node v20.11.1, protocol 2025-06-18, spdlog 1.10.0";
    QTest::addRow("ports") << "--port 8080 PORT=3000 port: 5432 listen 0.0.0.0:27017";
    QTest::addRow("short hex") << "commit bdb118d (2866aa8), id 0x7fffdeadbeef, sha a1b2c3d4e5f6";
    QTest::addRow("uuid") << "request 550e8400-e29b-41d4-a716-446655440000 finished";
    QTest::addRow("identifiers") << "QAbstractSocket::ConnectionRefusedError in QNetworkAccessManagerPrivate";
    QTest::addRow("camel case long") << "createDebugArchiveFileListForSupportEngineers2";
    QTest::addRow("constants") << "LD_LOG_LEVEL=off QT_QPA_PLATFORM=offscreen";
    QTest::addRow("token counts") << R"({"token_count": 12, "tokens": 5, "auth": true, "password": null})";
    QTest::addRow("references") << "API_TOKEN=$API_TOKEN SECRET=${SECRET} PASSWORD=%PASSWORD%";
    QTest::addRow("header names alone") << "Send an Authorization header; cookies are off.";
    QTest::addRow("content type") << "Content-Type: application/json; charset=utf-8";
    QTest::addRow("file names") << "localhost-doctor-bundle-20240101-120000.zip, mcp-server-filesystem.log";
    QTest::addRow("sk words")
        << "task-force-alpha, ask-the-team, risk-assessment-2024-quarterly-report-final";
    QTest::addRow("dates and times") << "2024-05-01T12:30:45.123Z [info] started in 12.5 ms";
}

void TestRedactor::ordinary() {
    QFETCH(QString, text);
    Redactor redactor(testIdentity());
    const Redacted out = redactor.redactText(text);
    QCOMPARE(out.text, text);
    QVERIFY(out.counts.isEmpty());
}

void TestRedactor::samePlaceholderEverywhere() {
    Redactor redactor(testIdentity());
    const QString first = QStringLiteral("ghp_") + chars(alnum, 36, 30);
    const QString second = QStringLiteral("ghp_") + chars(alnum, 36, 31);
    const Redacted a = redactor.redactText(QStringLiteral("a %1 b %2 c %1").arg(first, second));
    const Redacted b = redactor.redactText(QStringLiteral("again: %2 then %1").arg(first, second));
    QCOMPARE(a.text, QStringLiteral("a <secret-1:github> b <secret-2:github> c <secret-1:github>"));
    QCOMPARE(b.text, QStringLiteral("again: <secret-2:github> then <secret-1:github>"));
    QCOMPARE(a.counts.value(QStringLiteral("github")), 3);
    QCOMPARE(a.distinct.value(QStringLiteral("github")), 2);
    QCOMPARE(redactor.secretCount(), 2);
}

void TestRedactor::contextValueTakesShapeKind() {
    Redactor redactor(testIdentity());
    const QString key = QStringLiteral("sk-ant-api03-") + chars(b64url, 50, 40);
    const Redacted header = redactor.redactText(QStringLiteral("Authorization: Bearer %1").arg(key));
    const Redacted url = redactor.redactText(QStringLiteral("http://localhost:1/?token=%1").arg(key));
    QCOMPARE(header.text, QStringLiteral("Authorization: Bearer <secret-1:sk>"));
    QCOMPARE(url.text, QStringLiteral("http://localhost:1/?token=<secret-1:sk>"));
}

void TestRedactor::mcpConfigEnvAndHeaders() {
    Redactor redactor(testIdentity());
    const QString config = QStringLiteral(R"({
  "mcpServers": {
    "files": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-filesystem", "/home/anaplanted/projects"],
      "env": {"API_BASE": "https://api.example.com", "DEBUG": "1", "RETRIES": 3, "NESTED": {"X": "deep-value"}}
    },
    "remote": {
      "command": "npx",
      "args": ["mcp-remote", "http://localhost:3000/mcp"],
      "headers": {"Authorization": "Bearer plainbearer", "X-Team": "blue team"}
    }
  }
})");
    const Redacted out = redactor.redactMcpConfig(config);
    QVERIFY2(out.text.contains(QStringLiteral(R"("API_BASE": "<secret-1:env>")")), qPrintable(out.text));
    QVERIFY(out.text.contains(QStringLiteral(R"("DEBUG": "<secret-2:env>")")));
    QVERIFY(out.text.contains(QStringLiteral(R"("RETRIES": 3)")));
    QVERIFY(out.text.contains(QStringLiteral(R"("X": "<secret-3:env>")")));
    QVERIFY(out.text.contains(QStringLiteral(R"("Authorization": "Bearer <secret-4:header>")")));
    QVERIFY(out.text.contains(QStringLiteral(R"("X-Team": "<secret-5:header>")")));
    QVERIFY(out.text.contains(QStringLiteral(R"("command": "npx")")));
    QVERIFY(out.text.contains(QStringLiteral(R"("~/projects")")));
    QVERIFY(out.text.contains(QStringLiteral("http://localhost:3000/mcp")));
    QCOMPARE(out.counts.value(QStringLiteral("env")), 3);
    QCOMPARE(out.counts.value(QStringLiteral("header")), 2);
    QCOMPARE(out.counts.value(QStringLiteral("home")), 1);
}

void TestRedactor::mcpConfigWithSyntaxError() {
    Redactor redactor(testIdentity());
    // A trailing comma and an unterminated string: Claude Desktop refuses it, support needs it.
    const QString config =
        QStringLiteral("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"env\": {\"K\": \"v1\", "
                       "\"L\": \"v2,}},\n \"b\": {\"env\": {\"M\": \"v3\",},},}}");
    const Redacted out = redactor.redactMcpConfig(config);
    for (const char* value : {"v1", "v2", "v3"})
        QVERIFY2(!out.text.contains(QString::fromLatin1(value)), qPrintable(out.text));
}

void TestRedactor::pemBlocks() {
    Redactor redactor(testIdentity());
    const QString body = chars(b64, 64, 50) + u'\n' + chars(b64, 64, 51);
    const QString pem =
        QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\n%1\n-----END RSA PRIVATE KEY-----").arg(body);
    const Redacted out = redactor.redactText(QStringLiteral("key:\n%1\ndone").arg(pem));
    QCOMPARE(out.text, QStringLiteral("key:\n<secret-1:pem>\ndone"));
    // A log tail cut inside the block still hides the rest.
    const Redacted cut = redactor.redactText(QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nabc def"));
    QCOMPARE(cut.text, QStringLiteral("<secret-2:pem>"));
    // In a JSON string, with escaped line breaks.
    const Redacted json = redactor.redactText(
        QStringLiteral("{\"k\": \"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n\"}"));
    QCOMPARE(json.text, QStringLiteral("{\"k\": \"<secret-3:pem>\\n\"}"));
}

void TestRedactor::homeAndUser() {
    Redactor redactor(testIdentity());
    const Redacted out = redactor.redactText(QStringLiteral(
        "/home/anaplanted/.config/Claude ran by anaplanted (Anaplanted); /home/anaplantedx stays"));
    QCOMPARE(out.text, QStringLiteral("~/.config/Claude ran by <user> (<user>); /home/anaplantedx stays"));
    QCOMPARE(out.counts.value(QStringLiteral("home")), 1);
    QCOMPARE(out.counts.value(QStringLiteral("user")), 2);

    RedactionIdentity windows;
    windows.home = QStringLiteral(R"(C:\Users\Ana)");
    windows.caseInsensitive = true;
    Redactor onWindows(windows);
    QCOMPARE(
        onWindows.redactText(QStringLiteral(R"(C:\Users\Ana\AppData and "c:\\users\\ana\\x" c:/Users/Ana/y)"))
            .text,
        QStringLiteral(R"(~\AppData and "~\\x" ~/y)"));
}

void TestRedactor::genericUserNamesKept() {
    QVERIFY(Redactor::isGenericUserName(QStringLiteral("root")));
    QVERIFY(Redactor::isGenericUserName(QStringLiteral("Runner")));
    QVERIFY(!Redactor::isGenericUserName(QStringLiteral("anaplanted")));
    RedactionIdentity identity;
    identity.home = QStringLiteral("/root");
    Redactor redactor(identity);
    QCOMPARE(redactor.redactText(QStringLiteral("reading it needs root; see /root/x and /rootfs")).text,
             QStringLiteral("reading it needs root; see ~/x and /rootfs"));
}

void TestRedactor::spansPointAtPlaceholders() {
    Redactor redactor(testIdentity());
    const QString key = QStringLiteral("xoxb-") + chars(alnum, 30, 60);
    const Redacted out =
        redactor.redactText(QStringLiteral("in /home/anaplanted/x: %1 and password=letmein").arg(key));
    QCOMPARE(out.spans.size(), 3);
    QStringList seen;
    for (const RedactionSpan& span : out.spans)
        seen << span.kind + u'=' + out.text.mid(span.start, span.length);
    QCOMPARE(seen, (QStringList{"home=~", "slack=<secret-1:slack>", "assignment=<secret-2:assignment>"}));
}

void TestRedactor::secondPassChangesNothing() {
    Redactor redactor(testIdentity());
    const QString text =
        QStringLiteral("Authorization: Bearer %1 http://u:pw1@h/?token=%2 %3")
            .arg(QStringLiteral("sk-") + chars(b64url, 40, 70), chars(alnum, 12, 71), chars(hex, 40, 72));
    const Redacted once = redactor.redactText(text);
    const Redacted twice = redactor.redactText(once.text);
    QCOMPARE(twice.text, once.text);
    QVERIFY(twice.counts.isEmpty());
}

// Found by fuzz_redactor: the first pair's value runs to the next quote, which opens the second
// pair; that pair must still be found.
void TestRedactor::pairAfterAnUnclosedValue() {
    Redactor redactor(testIdentity());
    const QString text = QStringLiteral(R"(["--password", "first [ ["--password", "Second-Pass-91"] x")");
    const Redacted out = redactor.redactText(text);
    QVERIFY2(!out.text.contains(QStringLiteral("Second-Pass-91")), qPrintable(out.text));
    QVERIFY2(!out.text.contains(QStringLiteral("first [")), qPrintable(out.text));
}

QTEST_APPLESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
