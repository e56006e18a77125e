// The hosts-file parser and the checks that explain a broken `localhost`.

#include "platform/hostsfile.h"

#include <QFile>
#include <QStringList>
#include <QTest>

using namespace ld::platform;

namespace {

std::optional<QByteArray> readFixture(const QString& name) {
    QFile file(QStringLiteral(LD_FIXTURES "/linux/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

HostsFile parse(const QByteArray& text) {
    return parseHostsFile(std::string_view(text.constData(), std::size_t(text.size())), "/etc/hosts");
}

// "line: address name name"
QStringList describe(const HostsFile& hosts) {
    QStringList out;
    for (const auto& entry : hosts.entries) {
        QString line =
            QString::number(entry.line) + QStringLiteral(": ") + QString::fromStdString(entry.address);
        for (const auto& name : entry.names)
            line += u' ' + QString::fromStdString(name);
        out << line;
    }
    return out;
}

QStringList describe(const std::vector<HostsAnomaly>& anomalies) {
    QStringList out;
    for (const auto& anomaly : anomalies) {
        out << (anomaly.kind == HostsAnomaly::LocalhostMissing
                    ? QStringLiteral("missing")
                    : QStringLiteral("not-loopback %1 line %2")
                          .arg(QString::fromStdString(anomaly.address))
                          .arg(anomaly.line));
    }
    return out;
}

} // namespace

class TestHostsFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void inlineText_data();
    void inlineText();
    void unreadableHasNoAnomalies();
};

void TestHostsFile::fixtures_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("anomalies");

    QTest::newRow("recorded here") << "hosts-recorded.txt"
                                   << QStringList{"1: 127.0.0.1 localhost", "2: 127.0.0.1 runsc",
                                                  "3: 127.0.0.1 vm"}
                                   << QStringList{};
    QTest::newRow("debian default") << "hosts-debian.txt"
                                    << QStringList{"1: 127.0.0.1 localhost",
                                                   "2: 127.0.1.1 devbox.example.org devbox",
                                                   "5: ::1 localhost ip6-localhost ip6-loopback",
                                                   "6: ff02::1 ip6-allnodes", "7: ff02::2 ip6-allrouters"}
                                    << QStringList{};
    QTest::newRow("crlf, tabs, trailing comment")
        << "hosts-crlf.txt"
        << QStringList{"2: 127.0.0.1 localhost", "3: ::1 localhost ip6-localhost",
                       "4: 192.168.0.10 nas.lan nas"}
        << QStringList{};
    // Windows' own default: everything commented out (its resolver answers localhost itself).
    QTest::newRow("windows default with BOM")
        << "hosts-windows-default.txt" << QStringList{} << QStringList{"missing"};
    // An unparsable address is skipped by the resolver, and so by the check; an address with
    // no name is no entry. LOCALHOST. (any case, trailing dot) is still localhost.
    QTest::newRow("broken") << "hosts-broken.txt"
                            << QStringList{"2: 192.168.1.50 localhost myhost",
                                           "3: ::1 ip6-localhost ip6-loopback", "4: fe00::0 ip6-localnet",
                                           "5: 0.0.0.0 LOCALHOST.", "6: not-an-address localhost"}
                            << QStringList{"not-loopback 192.168.1.50 line 2", "not-loopback 0.0.0.0 line 5"};
}

void TestHostsFile::fixtures() {
    QFETCH(QString, file);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, anomalies);

    const auto text = readFixture(file);
    QVERIFY2(text, qPrintable(file));
    const HostsFile hosts = parse(*text);
    QVERIFY(hosts.readable);
    QCOMPARE(hosts.path, std::string("/etc/hosts"));
    QCOMPARE(describe(hosts), entries);
    QCOMPARE(describe(hostsAnomalies(hosts)), anomalies);
}

void TestHostsFile::inlineText_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("anomalies");

    QTest::newRow("empty") << QByteArray() << QStringList{} << QStringList{"missing"};
    QTest::newRow("only comments") << QByteArray("# nothing\n   # indented\n") << QStringList{}
                                   << QStringList{"missing"};
    QTest::newRow("no final newline")
        << QByteArray("127.0.0.1 localhost") << QStringList{"1: 127.0.0.1 localhost"} << QStringList{};
    QTest::newRow("comment glued to name")
        << QByteArray("127.0.0.1 localhost#main\n") << QStringList{"1: 127.0.0.1 localhost"} << QStringList{};
    QTest::newRow("only ipv6 loopback")
        << QByteArray("::1 localhost\n") << QStringList{"1: ::1 localhost"} << QStringList{};
    QTest::newRow("other loopback address")
        << QByteArray("127.0.1.1 localhost\n") << QStringList{"1: 127.0.1.1 localhost"} << QStringList{};
    QTest::newRow("mapped loopback") << QByteArray("::ffff:127.0.0.1 localhost\n")
                                     << QStringList{"1: ::ffff:127.0.0.1 localhost"} << QStringList{};
    QTest::newRow("localhost only as alias")
        << QByteArray("127.0.0.1 localhost.localdomain\n")
        << QStringList{"1: 127.0.0.1 localhost.localdomain"} << QStringList{"missing"};
    QTest::newRow("good and bad") << QByteArray("127.0.0.1 localhost\n10.0.0.5 localhost\n")
                                  << QStringList{"1: 127.0.0.1 localhost", "2: 10.0.0.5 localhost"}
                                  << QStringList{"not-loopback 10.0.0.5 line 2"};
    QTest::newRow("ipv6 non-loopback")
        << QByteArray("\n\n2001:db8::5\tfoo localhost\n") << QStringList{"3: 2001:db8::5 foo localhost"}
        << QStringList{"not-loopback 2001:db8::5 line 3"};
    QTest::newRow("blank lines and CR only") << QByteArray("\r\n\r\n \t \r\n127.0.0.1 localhost\r\n")
                                             << QStringList{"4: 127.0.0.1 localhost"} << QStringList{};
    QTest::newRow("NUL inside") << QByteArray("127.0.0.1 local\0host\n", 22)
                                << QStringList{QStringLiteral("1: 127.0.0.1 local") + QChar(0) +
                                               QStringLiteral("host")}
                                << QStringList{"missing"};
}

void TestHostsFile::inlineText() {
    QFETCH(QByteArray, text);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, anomalies);
    const HostsFile hosts = parse(text);
    QCOMPARE(describe(hosts), entries);
    QCOMPARE(describe(hostsAnomalies(hosts)), anomalies);
}

void TestHostsFile::unreadableHasNoAnomalies() {
    HostsFile hosts;
    hosts.path = "/etc/hosts";
    hosts.readable = false;
    QVERIFY(hostsAnomalies(hosts).empty());
}

QTEST_APPLESS_MAIN(TestHostsFile)
#include "tst_hostsfile.moc"
