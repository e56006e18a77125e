// The target grammar: what people type into the address box, good and bad.

#include "wizard/target.h"

#include <QTest>

using ld::wizard::PortProblem;
using ld::wizard::TargetParser;

Q_DECLARE_METATYPE(PortProblem)

class TestTarget final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void portProblems_data();
    void portProblems();
    void normalisedUrl();
};

void TestTarget::accepted_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port"); // -1: none usable
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("ipv6");

    QTest::addRow("host:port") << "localhost:3000"
                               << "http"
                               << "localhost" << 3000 << "/" << false;
    QTest::addRow(":port") << ":3000"
                           << "http"
                           << "localhost" << 3000 << "/" << false;
    QTest::addRow("port only") << "3000"
                               << "http"
                               << "localhost" << 3000 << "/" << false;
    QTest::addRow("host only") << "localhost"
                               << "http"
                               << "localhost" << 80 << "/" << false;
    QTest::addRow("url with path") << "http://localhost:3000/mcp"
                                   << "http"
                                   << "localhost" << 3000 << "/mcp" << false;
    QTest::addRow("https default port") << "https://127.0.0.1"
                                        << "https"
                                        << "127.0.0.1" << 443 << "/" << false;
    QTest::addRow("ipv6 bracketed") << "[::1]:8080"
                                    << "http"
                                    << "::1" << 8080 << "/" << true;
    QTest::addRow("ipv6 url with path") << "http://[::1]:8080/x"
                                        << "http"
                                        << "::1" << 8080 << "/x" << true;
    QTest::addRow("upper-case scheme") << "HTTP://localhost:3000"
                                       << "http"
                                       << "localhost" << 3000 << "/" << false;
    QTest::addRow("upper-case https") << "HTTPS://LOCALHOST:8443/"
                                      << "https"
                                      << "localhost" << 8443 << "/" << false;
    QTest::addRow("surrounding spaces") << "   localhost:3000  "
                                        << "http"
                                        << "localhost" << 3000 << "/" << false;
    QTest::addRow("surrounding tab and newline") << "\tlocalhost:3000\n"
                                                 << "http"
                                                 << "localhost" << 3000 << "/" << false;
    QTest::addRow("trailing slash") << "localhost:3000/"
                                    << "http"
                                    << "localhost" << 3000 << "/" << false;
    QTest::addRow("trailing slashes on path") << "http://localhost:3000/mcp/"
                                              << "http"
                                              << "localhost" << 3000 << "/mcp/" << false;
    QTest::addRow("ipv6 no port") << "[::1]"
                                  << "http"
                                  << "::1" << 80 << "/" << true;
    QTest::addRow("ipv6 full form") << "[0:0:0:0:0:0:0:1]:9000"
                                    << "http"
                                    << "::1" << 9000 << "/" << true;
    QTest::addRow("ws scheme") << "ws://localhost:8080/socket"
                               << "ws"
                               << "localhost" << 8080 << "/socket" << false;
    QTest::addRow("wss default") << "wss://localhost"
                                 << "wss"
                                 << "localhost" << 443 << "/" << false;
    QTest::addRow("query string") << "localhost:3000?x=1"
                                  << "http"
                                  << "localhost" << 3000 << "/?x=1" << false;
    QTest::addRow("port with path, no host") << "3000/mcp"
                                             << "http"
                                             << "localhost" << 3000 << "/mcp" << false;
    QTest::addRow("host name with dots") << "app.localhost:5173"
                                         << "http"
                                         << "app.localhost" << 5173 << "/" << false;
    QTest::addRow("trailing dot host") << "localhost.:3000"
                                       << "http"
                                       << "localhost" << 3000 << "/" << false;
    QTest::addRow("leading zeros") << "localhost:03000"
                                   << "http"
                                   << "localhost" << 3000 << "/" << false;
    QTest::addRow("userinfo dropped") << "http://user:secret@localhost:3000/"
                                      << "http"
                                      << "localhost" << 3000 << "/" << false;
    QTest::addRow("highest port") << "localhost:65535"
                                  << "http"
                                  << "localhost" << 65535 << "/" << false;
    QTest::addRow("port 1") << "127.0.0.1:1"
                            << "http"
                            << "127.0.0.1" << 1 << "/" << false;
    QTest::addRow("empty port uses default") << "localhost:"
                                             << "http"
                                             << "localhost" << 80 << "/" << false;
    QTest::addRow("http scheme, empty host") << "http://:3000"
                                             << "http"
                                             << "localhost" << 3000 << "/" << false;
    QTest::addRow("mixed case host") << "LocalHost:3000"
                                     << "http"
                                     << "localhost" << 3000 << "/" << false;
}

void TestTarget::accepted() {
    QFETCH(QString, input);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(bool, ipv6);
    const auto parsed = TargetParser::parse(input);
    QVERIFY2(parsed.target.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.target->scheme, scheme);
    QCOMPARE(parsed.target->host, host);
    QCOMPARE(parsed.target->port.value_or(-1), port);
    QCOMPARE(parsed.target->path, path);
    QCOMPARE(parsed.target->hostIsIpv6Literal, ipv6);
    QCOMPARE(parsed.target->input, input);
}

void TestTarget::refused_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("mentions"); // the message must say what was wrong

    QTest::addRow("empty") << ""
                           << "empty";
    QTest::addRow("only spaces") << "    "
                                 << "empty";
    QTest::addRow("control byte") << QStringLiteral("local\x01host:3000") << "control character";
    QTest::addRow("escape byte") << QStringLiteral("localhost:30\x1b"
                                                   "00")
                                 << "control character";
    QTest::addRow("zero-width space") << QStringLiteral("localhost:3000\u200b") << "control character";
    QTest::addRow("NUL") << QString::fromLatin1("localhost\0:80", 12) << "control character";
    QTest::addRow("missing ]") << "[::1:8080"
                               << "]";
    QTest::addRow("missing ] in url") << "http://[::1/mcp"
                                      << "]";
    QTest::addRow("not ipv6 in brackets") << "[localhost]:80"
                                          << "IPv6";
    QTest::addRow("junk after ]") << "[::1]8080"
                                  << "after the IPv6";
    QTest::addRow("two ports") << "localhost:80:90"
                               << "more than one port";
    QTest::addRow("two ports, url") << "http://localhost:3000:4000/"
                                    << "more than one port";
    QTest::addRow("unbracketed ipv6") << "::1"
                                      << "brackets";
    QTest::addRow("unbracketed ipv6 with port") << "fe80::1:8080"
                                                << "brackets";
    QTest::addRow("space inside") << "local host:3000"
                                  << "space";
    QTest::addRow("unknown scheme") << "gopher://localhost:70"
                                    << "gopher";
    QTest::addRow("comma in host") << "localhost,:3000"
                                   << ",";
    QTest::addRow("bad host char") << "local*host:3000"
                                   << "*";
}

void TestTarget::refused() {
    QFETCH(QString, input);
    QFETCH(QString, mentions);
    const auto parsed = TargetParser::parse(input);
    QVERIFY2(!parsed.target.has_value(), qPrintable(QStringLiteral("accepted: %1").arg(input)));
    QVERIFY2(parsed.error.contains(mentions, Qt::CaseInsensitive), qPrintable(parsed.error));
    QVERIFY(parsed.errorPosition >= 0);
}

void TestTarget::portProblems_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<PortProblem>("problem");
    QTest::addColumn<QString>("portText");

    QTest::addRow("619009") << "localhost:619009" << PortProblem::OutOfRange << "619009";
    QTest::addRow("65536") << "localhost:65536" << PortProblem::OutOfRange << "65536";
    QTest::addRow("negative") << "-1" << PortProblem::OutOfRange << "-1";
    QTest::addRow("negative after host") << "localhost:-8080" << PortProblem::OutOfRange << "-8080";
    QTest::addRow("5000 digits") << QStringLiteral("localhost:") + QString(5000, QLatin1Char('9'))
                                 << PortProblem::OutOfRange << QString(5000, QLatin1Char('9'));
    QTest::addRow("80a") << "80a" << PortProblem::NotANumber << "80a";
    QTest::addRow("letters") << "localhost:abc" << PortProblem::NotANumber << "abc";
    QTest::addRow("letter O for zero") << "localhost:3OOO" << PortProblem::NotANumber << "3OOO";
    QTest::addRow("fullwidth digits")
        << QStringLiteral("localhost:３０００") << PortProblem::NotANumber << QStringLiteral("３０００");
    QTest::addRow("decimal") << "localhost:80.5" << PortProblem::NotANumber << "80.5";
    QTest::addRow("zero") << "localhost:0" << PortProblem::Zero << "0";
    QTest::addRow("zeros") << ":0000" << PortProblem::Zero << "0000";
    QTest::addRow("missing") << "localhost" << PortProblem::Missing << "";
    QTest::addRow("missing https") << "https://localhost/" << PortProblem::Missing << "";
    QTest::addRow("fine") << "localhost:8080" << PortProblem::None << "8080";
}

void TestTarget::portProblems() {
    QFETCH(QString, input);
    QFETCH(PortProblem, problem);
    QFETCH(QString, portText);
    const auto parsed = TargetParser::parse(input);
    QVERIFY2(parsed.target.has_value(), qPrintable(parsed.error));
    QCOMPARE(parsed.target->portProblem, problem);
    QCOMPARE(parsed.target->portText, portText);
    const bool usable = problem == PortProblem::None || problem == PortProblem::Missing;
    QCOMPARE(parsed.target->port.has_value(), usable);
}

void TestTarget::normalisedUrl() {
    QCOMPARE(TargetParser::parse(QStringLiteral("[::1]:8080")).target->url(),
             QStringLiteral("http://[::1]:8080/"));
    QCOMPARE(TargetParser::parse(QStringLiteral("3000/mcp")).target->url(),
             QStringLiteral("http://localhost:3000/mcp"));
    QCOMPARE(TargetParser::parse(QStringLiteral("HTTPS://Example.test")).target->url(),
             QStringLiteral("https://example.test:443/"));
    // Credentials typed into the address are never kept.
    QVERIFY(!TargetParser::parse(QStringLiteral("http://u:secret@localhost:1/"))
                 .target->url()
                 .contains(QLatin1String("secret")));
}

QTEST_APPLESS_MAIN(TestTarget)
#include "tst_target.moc"
