// The small macOS answers: ps rows (identity for the safe stop), dscacheutil's resolver answer,
// the sysctl port range and sw_vers (fixtures modelled on their formats, see the README).

#include "platform/maccommon/macmiscparse.h"
#include "support/peers.h"

#include <QFile>
#include <QTest>

using namespace ld::platform;
using namespace ld::platform::macmisc;

namespace {

QByteArray readFixture(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("macos/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMacMisc final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ps_data();
    void ps();
    void psFixtures();
    void lstart_data();
    void lstart();
    void dscacheutil();
    void portRange_data();
    void portRange();
    void swVers_data();
    void swVers();
};

void TestMacMisc::ps_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected"); // "pid uid key command"

    QTest::addRow("lstart comm") << QByteArray("Tue Dec  1 16:58:05 2026 /opt/homebrew/bin/node\n")
                                 << QStringList{"-1 ? 20261201165805 /opt/homebrew/bin/node"};
    QTest::addRow("pid uid lstart comm with blanks")
        << QByteArray("  942   501 Tue Dec  1 09:03:40 2026 /Applications/Slack.app/Slack Helper\n")
        << QStringList{"942 501 20261201090340 /Applications/Slack.app/Slack Helper"};
    QTest::addRow("a lone number is ambiguous")
        << QByteArray("942 Tue Dec  1 09:03:40 2026 /bin/x\n") << QStringList{};
    QTest::addRow("no command") << QByteArray("Tue Dec  1 09:03:40 2026\n") << QStringList{};
    QTest::addRow("bad date") << QByteArray("Tue Dex  1 09:03:40 2026 /bin/x\n") << QStringList{};
    QTest::addRow("localized date") << QByteArray("mar.  1 déc 09:03:40 2026 /bin/x\n") << QStringList{};
    QTest::addRow("empty: no such pid") << QByteArray() << QStringList{};
    QTest::addRow("crlf") << QByteArray("1 0 Mon Nov 30 08:00:00 2026 /sbin/launchd\r\n")
                          << QStringList{"1 0 20261130080000 /sbin/launchd"};
}

void TestMacMisc::ps() {
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const PsRow& row : parsePs(text.toStdString()))
        actual << QStringLiteral("%1 %2 %3 %4")
                      .arg(row.pid)
                      .arg(row.uid ? QString::number(*row.uid) : QStringLiteral("?"))
                      .arg(row.startKey)
                      .arg(QString::fromStdString(row.command));
    QCOMPARE(actual, expected);
}

void TestMacMisc::psFixtures() {
    const auto rows = parsePs(readFixture(QStringLiteral("ps-identity.txt")).toStdString());
    QCOMPARE(rows.size(), std::size_t(5));
    QCOMPARE(rows[1].pid, std::int64_t(942));
    QCOMPARE(rows[1].command,
             std::string(
                 "/Applications/Slack.app/Contents/Frameworks/Slack Helper.app/Contents/MacOS/Slack Helper"));
    QCOMPARE(rows[4].uid.value_or(0), 74u);
    QCOMPARE(rows[4].started, std::string("Tue Dec  1 09:01:30 2026"));
    const auto single = parsePs(readFixture(QStringLiteral("ps-lstart-comm.txt")).toStdString());
    QCOMPARE(single.size(), std::size_t(1));
    QCOMPARE(single[0].startKey, std::uint64_t(20261201165805));
    const auto args = parsePsArgs(readFixture(QStringLiteral("ps-args.txt")).toStdString());
    QCOMPARE(args.size(), std::size_t(5));
    QCOMPARE(args[2].first, std::int64_t(4312));
    QCOMPARE(args[2].second, std::string("node server.js"));
    QVERIFY(parsePsArgs("  abc def\n").empty());
}

void TestMacMisc::lstart_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qulonglong>("key");

    QTest::addRow("one-digit day") << "Tue Dec  1 17:10:05 2026" << 20261201171005ULL;
    QTest::addRow("two-digit day") << "Sat Feb 28 00:00:00 1970" << 19700228000000ULL;
    QTest::addRow("leap second") << "Wed Dec 31 23:59:60 2025" << 20251231235960ULL;
    QTest::addRow("bad hour") << "Tue Dec  1 24:10:05 2026" << 0ULL;
    QTest::addRow("bad clock") << "Tue Dec  1 1710:05 2026" << 0ULL;
    QTest::addRow("day zero") << "Tue Dec  0 17:10:05 2026" << 0ULL;
    QTest::addRow("four words") << "Tue Dec  1 17:10:05" << 0ULL;
}

void TestMacMisc::lstart() {
    QFETCH(QString, text);
    QFETCH(qulonglong, key);
    QCOMPARE(qulonglong(lstartKey(text.toStdString())), key);
}

void TestMacMisc::dscacheutil() {
    const auto addresses =
        parseDscacheutilHost(readFixture(QStringLiteral("dscacheutil-localhost.txt")).toStdString());
    QStringList actual;
    for (const IpAddress& a : addresses)
        actual << QString::fromStdString(a.toString());
    QCOMPARE(actual, (QStringList{"::1", "127.0.0.1"}));
    const auto kame =
        parseDscacheutilHost(readFixture(QStringLiteral("dscacheutil-localhost-kame.txt")).toStdString());
    QCOMPARE(kame.size(), std::size_t(3));
    QCOMPARE(kame[1].scopeId, 1u);
    QCOMPARE(kame[1], *IpAddress::parse("fe80::1%1"));
    QVERIFY(
        parseDscacheutilHost(readFixture(QStringLiteral("dscacheutil-unknown.txt")).toStdString()).empty());
    // A v6 address under ip_address (or the reverse) and junk are not answers.
    QVERIFY(parseDscacheutilHost("ip_address: ::1\nipv6_address: 127.0.0.1\nip_address: x\n").empty());
    QCOMPARE(parseDscacheutilHost("ipv6_address: fe80::1%lo0\n").size(), std::size_t(1));
}

void TestMacMisc::portRange_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    QTest::addRow("recorded format") << readFixture(QStringLiteral("sysctl-portrange.txt")) << "49152-65535";
    QTest::addRow("-n") << QByteArray("10000\n20000\n") << "10000-20000";
    QTest::addRow("one missing") << QByteArray("net.inet.ip.portrange.first: 49152\n") << "";
    QTest::addRow("reversed")
        << QByteArray("net.inet.ip.portrange.first: 60000\nnet.inet.ip.portrange.last: 50000\n") << "";
    QTest::addRow("too big") << QByteArray(
                                    "net.inet.ip.portrange.first: 1\nnet.inet.ip.portrange.last: 70000\n")
                             << "";
    QTest::addRow("unknown oid") << QByteArray("sysctl: unknown oid 'net.inet.ip.portrange.first'\n") << "";
}

void TestMacMisc::portRange() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto range = parsePortRange(text.toStdString());
    QCOMPARE(range ? QStringLiteral("%1-%2").arg(range->first).arg(range->last) : QString(), expected);
}

void TestMacMisc::swVers_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // "major.minor text"

    QTest::addRow("sw_vers") << readFixture(QStringLiteral("sw-vers-sequoia.txt")) << "15.1 15.1";
    QTest::addRow("-productVersion") << QByteArray("26.0.1\n") << "26.0 26.0.1";
    QTest::addRow("old") << QByteArray("ProductName:\tMac OS X\nProductVersion:\t10.13.6\n")
                         << "10.13 10.13.6";
    QTest::addRow("junk") << QByteArray("BuildVersion: 24B83\n") << "";
}

void TestMacMisc::swVers() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto version = parseSwVers(text.toStdString());
    QCOMPARE(version ? QStringLiteral("%1.%2 %3")
                           .arg(version->major)
                           .arg(version->minor)
                           .arg(QString::fromStdString(version->text))
                     : QString(),
             expected);
}

QTEST_APPLESS_MAIN(TestMacMisc)
#include "tst_macmisc.moc"
