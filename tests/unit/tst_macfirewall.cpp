// The macOS firewalls' own words: socketfilterfw in every wording recorded from macOS 11 to 26,
// pfctl's status, rules and permission error (tests/fixtures/macos, see its README).

#include "platform/maccommon/macfirewallparse.h"
#include "support/peers.h"

#include <QFile>
#include <QTest>

using namespace ld::platform;
using namespace ld::platform::macfw;

namespace {

QByteArray readFixture(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("macos/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString tri(const std::optional<bool>& value) {
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("?");
}

} // namespace

class TestMacFirewall final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void socketFilter_data();
    void socketFilter();
    void pfInfo_data();
    void pfInfo();
    void pfRules_data();
    void pfRules();
    void pfPorts_data();
    void pfPorts();
};

void TestMacFirewall::socketFilter_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("state"); // "state enabled blockAll stealth"
    QTest::addColumn<int>("appCount");  // -1: not said
    QTest::addColumn<QStringList>("apps");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<bool>("password");

    // Three answers in a row (State 2, 0, 1): the last one is the state now.
    QTest::addRow("macOS 11 states 2 0 1") << "socketfilterfw-globalstate-m-cli-160.txt"
                                           << "1 yes no ?" << -1 << QStringList{} << QStringList{} << false;
    QTest::addRow("macOS 15 state 2 wording")
        << "socketfilterfw-globalstate-state2-blocking.txt"
        << "2 yes yes ?" << -1 << QStringList{} << QStringList{} << false;
    QTest::addRow("four getters with ALF error")
        << "socketfilterfw-four-getters-alf-error-pareto-139.txt"
        << "1 yes no ?" << -1 << QStringList{}
        << QStringList{"ALF: Error, kStealthEnableKey does not return the correct type."} << false;
    QTest::addRow("new block all wording") << "socketfilterfw-globalstate-blockall-disabled.txt"
                                           << "0 no no ?" << -1 << QStringList{} << QStringList{} << false;
    QTest::addRow("new wording, all on") << "socketfilterfw-getters-new-wording.txt"
                                         << "1 yes yes yes" << -1 << QStringList{} << QStringList{} << false;
    QTest::addRow("listapps new format with Password:")
        << "socketfilterfw-listapps-nix-darwin-1705.txt"
        << "? ? ? ?" << 9
        << QStringList{"block /usr/libexec/sshd-session",
                       "block /usr/libexec/sshd-auth",
                       "allow /usr/libexec/remoted",
                       "allow /usr/bin/python3",
                       "allow /usr/bin/ruby",
                       "allow /usr/sbin/cupsd",
                       "allow /usr/libexec/sharingd",
                       "allow /usr/libexec/sshd-keygen-wrapper",
                       "allow /usr/sbin/smbd"}
        << QStringList{} << true;
    QTest::addRow("listapps old format")
        << "socketfilterfw-listapps-old-format.txt"
        << "? ? ? ?" << 2 << QStringList{"allow /Applications/Dropbox.app", "block /usr/local/bin/node"}
        << QStringList{} << false;
    // pf and socketfilterfw in one capture (head -4 cut the list after the second app's path).
    QTest::addRow("macOS 26 runner") << "pfctl-socketfilterfw-macos26-runner.txt"
                                     << "0 no no ?" << 8
                                     << QStringList{"allow /usr/local/libexec/remotepairingdeviced",
                                                    "block /usr/libexec/remoted"}
                                     << QStringList{} << false;
}

void TestMacFirewall::socketFilter() {
    QFETCH(QString, file);
    QFETCH(QString, state);
    QFETCH(int, appCount);
    QFETCH(QStringList, apps);
    QFETCH(QStringList, errors);
    QFETCH(bool, password);
    const QByteArray text = readFixture(file);
    QVERIFY2(!text.isEmpty(), qPrintable(file));
    const AppFirewall fw = parseSocketFilterFw(text.toStdString());
    QCOMPARE(QStringLiteral("%1 %2 %3 %4")
                 .arg(fw.state ? QString::number(*fw.state) : QStringLiteral("?"), tri(fw.enabled),
                      tri(fw.blockAll), tri(fw.stealth)),
             state);
    QCOMPARE(fw.appCount.value_or(-1), appCount);
    QStringList actualApps;
    for (const AppRule& app : fw.apps)
        actualApps << (app.allowed ? QStringLiteral("allow ") : QStringLiteral("block ")) +
                          QString::fromStdString(app.path);
    QCOMPARE(actualApps, apps);
    QStringList actualErrors;
    for (const std::string& error : fw.errors)
        actualErrors << QString::fromStdString(error);
    QCOMPARE(actualErrors, errors);
    QCOMPARE(fw.askedForPassword, password);
    QVERIFY(fw.understood());
}

void TestMacFirewall::pfInfo_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("enabled");
    QTest::addColumn<bool>("needsElevation");

    QTest::addRow("macOS 26 runner: disabled") << "pfctl-socketfilterfw-macos26-runner.txt"
                                               << "no" << false;
    QTest::addRow("not root") << "pfctl-info-permission-denied.txt"
                              << "?" << true;
    QTest::addRow("-sa has no INFO section here") << "pfctl-sa-minikube-host.txt"
                                                  << "?" << false;
}

void TestMacFirewall::pfInfo() {
    QFETCH(QString, file);
    QFETCH(QString, enabled);
    QFETCH(bool, needsElevation);
    const PfStatus status = parsePfInfo(readFixture(file).toStdString());
    QCOMPARE(tri(status.enabled), enabled);
    QCOMPARE(status.needsElevation, needsElevation);
    QCOMPARE(status.error.empty(), !needsElevation);
}

void TestMacFirewall::pfRules_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<int>("translation");
    QTest::addColumn<int>("states");
    QTest::addColumn<bool>("appleOnly");

    QTest::addRow("-sa sections")
        << "pfctl-sa-minikube-host.txt"
        << QStringList{"scrub-anchor \"com.apple/*\" all fragment reassemble",
                       "scrub-anchor \"com.apple.internet-sharing\" all fragment reassemble",
                       "anchor \"com.apple/*\" all", "anchor \"com.apple.internet-sharing\" all"}
        << 4 << 3 << true;
    QTest::addRow("macOS 26 rules among other output")
        << "pfctl-socketfilterfw-macos26-runner.txt"
        << QStringList{"scrub-anchor \"com.apple/*\" all fragment reassemble", "anchor \"com.apple/*\" all"}
        << 0 << 0 << true;
    QTest::addRow("user rules")
        << "pfctl-sr-block-8080.txt"
        << QStringList{"scrub-anchor \"com.apple/*\" all fragment reassemble",
                       "anchor \"com.apple/*\" all",
                       "block drop in quick proto tcp from any to any port = 8080",
                       "pass in quick on lo0 proto tcp from any to any port 8000:8100 flags "
                       "S/SA keep state",
                       "block return in proto tcp from any to any port { 3000 3001 }",
                       "pass out proto tcp from any port > 1024 to any port = 443 flags "
                       "S/SA keep state"}
        << 0 << 0 << false;
    QTest::addRow("not root") << "pfctl-info-permission-denied.txt" << QStringList{} << 0 << 0 << true;
}

void TestMacFirewall::pfRules() {
    QFETCH(QString, file);
    QFETCH(QStringList, filter);
    QFETCH(int, translation);
    QFETCH(int, states);
    QFETCH(bool, appleOnly);
    const PfRules rules = parsePfRules(readFixture(file).toStdString());
    QStringList actual;
    for (const std::string& rule : rules.filter)
        actual << QString::fromStdString(rule);
    QCOMPARE(actual, filter);
    QCOMPARE(int(rules.translation.size()), translation);
    QCOMPARE(int(rules.states.size()), states);
    QCOMPARE(rules.onlyAppleAnchors(), appleOnly);
}

void TestMacFirewall::pfPorts_data() {
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("hits"); // "block RULE" / "pass RULE"

    const QString drop = QStringLiteral("block drop in quick proto tcp from any to any port = 8080");
    const QString range =
        QStringLiteral("pass in quick on lo0 proto tcp from any to any port 8000:8100 flags S/SA "
                       "keep state");
    const QString list = QStringLiteral("block return in proto tcp from any to any port { 3000 3001 }");
    QTest::addRow("8080: the drop and the range") << 8080 << QStringList{"block " + drop, "pass " + range};
    QTest::addRow("8000: the range") << 8000 << QStringList{"pass " + range};
    QTest::addRow("8101: nothing") << 8101 << QStringList{};
    QTest::addRow("3001: the list") << 3001 << QStringList{"block " + list};
    // "from any port > 1024" is the source port; only "to ... port = 443" counts as destination.
    QTest::addRow("2000: not the source-port rule") << 2000 << QStringList{};
    QTest::addRow("443") << 443
                         << QStringList{
                                "pass pass out proto tcp from any port > 1024 to any port = 443 flags S/SA "
                                "keep state"};
}

void TestMacFirewall::pfPorts() {
    QFETCH(int, port);
    QFETCH(QStringList, hits);
    const PfRules rules = parsePfRules(readFixture(QStringLiteral("pfctl-sr-block-8080.txt")).toStdString());
    QStringList actual;
    for (const PfRuleHit& hit : pfRulesForPort(rules, std::uint16_t(port)))
        actual << (hit.blocks ? QStringLiteral("block ") : QStringLiteral("pass ")) +
                      QString::fromStdString(hit.rule);
    QCOMPARE(actual, hits);
}

QTEST_APPLESS_MAIN(TestMacFirewall)
#include "tst_macfirewall.moc"
