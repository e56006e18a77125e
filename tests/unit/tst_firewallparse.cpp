// The firewall parsers and the rule walk, on rulesets recorded from nft and iptables in a
// network namespace (tests/fixtures/linux/firewall), and ufw texts in ufw's own formats.

#include "platform/firewallparse.h"
#include "support/peers.h"

#include <QFile>
#include <QTest>

using namespace ld::platform;
using namespace ld::platform::firewall;

namespace {

std::string readFixture(const QString& name) {
    QFile file(ld::test::fixture(QStringLiteral("linux/firewall/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

Ruleset load(const QString& name) {
    const std::string text = readFixture(name);
    if (name.endsWith(QLatin1String(".json")))
        return parseNftJson(text);
    return parseIptablesSave(text, name.startsWith(QLatin1String("ip6")) ? Family::V6 : Family::V4);
}

} // namespace

class TestFirewallParse final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void match_data();
    void match();
    void mergeReplacesIptablesNftTables();
    void rulesForPortListsOnlyRelevantRules();
    void brokenInput_data();
    void brokenInput();
    void policies();
    void ufwConf();
    void ufwStatus_data();
    void ufwStatus();
};

void TestFirewallParse::match_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("proto");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("verdict"); // "accept" when nothing blocks
    QTest::addColumn<QString>("hit");     // RuleHit::describe() of the blocking rule
    QTest::addColumn<bool>("byPolicy");

    const QString none;
    QTest::addRow("empty ruleset") << "nft-empty.json"
                                   << "tcp"
                                   << "127.0.0.1" << 8080 << "accept" << none << false;
    QTest::addRow("drop v4") << "nft-drop.json"
                             << "tcp"
                             << "127.0.0.1" << 8080 << "drop"
                             << "table inet filter chain input: tcp dport 8080 drop" << false;
    QTest::addRow("drop v6 in inet table") << "nft-drop.json"
                                           << "tcp"
                                           << "::1" << 8080 << "drop"
                                           << "table inet filter chain input: tcp dport 8080 drop" << false;
    QTest::addRow("drop other port") << "nft-drop.json"
                                     << "tcp"
                                     << "127.0.0.1" << 8081 << "accept" << none << false;
    QTest::addRow("drop is tcp only") << "nft-drop.json"
                                      << "udp"
                                      << "127.0.0.1" << 8080 << "accept" << none << false;
    QTest::addRow("reject icmpx")
        << "nft-reject.json"
        << "tcp"
        << "127.0.0.1" << 8080 << "reject"
        << "table inet filter chain input: tcp dport 8080 reject with icmpx port-unreachable" << false;
    QTest::addRow("tcp reset on output")
        << "nft-reject-tcp-reset.json"
        << "tcp"
        << "127.0.0.1" << 3000 << "reject-with-tcp-reset"
        << "table ip filter chain output: ip daddr 127.0.0.1 tcp dport 3000 reject with tcp reset" << false;
    QTest::addRow("ip table ignores v6") << "nft-reject-tcp-reset.json"
                                         << "tcp"
                                         << "::1" << 3000 << "accept" << none << false;
    QTest::addRow("daddr mismatch") << "nft-reject-tcp-reset.json"
                                    << "tcp"
                                    << "127.0.0.2" << 3000 << "accept" << none << false;
    QTest::addRow("policy drop, lo accepted") << "nft-policy-drop-lo-accept.json"
                                              << "tcp"
                                              << "127.0.0.1" << 8080 << "accept" << none << false;
    QTest::addRow("policy drop") << "nft-policy-drop.json"
                                 << "tcp"
                                 << "127.0.0.1" << 8080 << "drop"
                                 << "table inet filter chain input: policy drop" << true;
    QTest::addRow("policy drop, port allowed") << "nft-policy-drop.json"
                                               << "tcp"
                                               << "127.0.0.1" << 22 << "accept" << none << false;
    QTest::addRow("anonymous set with range")
        << "nft-sets-ranges.json"
        << "tcp"
        << "127.0.0.1" << 8050 << "drop"
        << "table inet filter chain input: tcp dport { 8000-8100, 9000 } ip daddr 127.0.0.0/8 drop" << false;
    QTest::addRow("v6 range reject") << "nft-sets-ranges.json"
                                     << "tcp"
                                     << "::1" << 8100 << "reject"
                                     << "table inet filter chain input: ip6 daddr ::1 tcp dport 8000-8100 "
                                        "reject with icmpx port-unreachable"
                                     << false;
    QTest::addRow("named set") << "nft-sets-ranges.json"
                               << "tcp"
                               << "127.0.0.1" << 6379 << "drop"
                               << "table inet filter chain input: tcp dport @blocked drop" << false;
    QTest::addRow("jump to regular chain")
        << "nft-sets-ranges.json"
        << "tcp"
        << "127.0.0.1" << 7000 << "drop"
        << "table inet filter chain local_checks: tcp dport 7000 counter drop" << false;
    QTest::addRow("return skips the rest") << "nft-sets-ranges.json"
                                           << "tcp"
                                           << "127.0.0.1" << 7002 << "accept" << none << false;
    QTest::addRow("reached after return test")
        << "nft-sets-ranges.json"
        << "tcp"
        << "127.0.0.1" << 7001 << "reject-with-tcp-reset"
        << "table inet filter chain local_checks: meta l4proto tcp reject with tcp reset" << false;
    QTest::addRow("output hook, oifname")
        << "nft-sets-ranges.json"
        << "tcp"
        << "::1" << 4000 << "drop"
        << "table ip6 other chain out: oifname \"lo\" tcp dport 4000 drop" << false;
    QTest::addRow("iif lo accept first") << "nft-lo-accept-before-drop.json"
                                         << "tcp"
                                         << "127.0.0.1" << 8080 << "accept" << none << false;
    QTest::addRow("iptables-nft seen by nft")
        << "nft-iptables-nft.json"
        << "tcp"
        << "127.0.0.1" << 8080 << "drop"
        << "table ip filter chain INPUT: iifname \"lo\" tcp dport 8080 counter drop" << false;
    QTest::addRow("iptables drop on lo")
        << "iptables-nft.txt"
        << "tcp"
        << "127.0.0.1" << 8080 << "drop"
        << "iptables filter INPUT: -A INPUT -i lo -p tcp -m tcp --dport 8080 -j DROP" << false;
    QTest::addRow("iptables lo accept before jump") << "iptables-nft.txt"
                                                    << "tcp"
                                                    << "127.0.0.1" << 8050 << "accept" << none << false;
    QTest::addRow("iptables output drop")
        << "iptables-nft.txt"
        << "tcp"
        << "127.0.0.1" << 9999 << "drop"
        << "iptables filter OUTPUT: -A OUTPUT -o lo -p tcp -m tcp --dport 9999 -j DROP" << false;
    QTest::addRow("iptables udp accepted on lo") << "iptables-nft.txt"
                                                 << "udp"
                                                 << "127.0.0.1" << 8080 << "accept" << none << false;
    QTest::addRow("ip6tables reject") << "ip6tables-nft.txt"
                                      << "tcp"
                                      << "::1" << 8080 << "reject"
                                      << "ip6tables filter INPUT: -A INPUT -p tcp -m tcp --dport 8080 -j "
                                         "REJECT --reject-with icmp6-port-unreachable"
                                      << false;
    QTest::addRow("iptables legacy") << "iptables-legacy.txt"
                                     << "tcp"
                                     << "127.0.0.1" << 6000 << "drop"
                                     << "iptables filter INPUT: -A INPUT -p tcp -m tcp --dport 6000 -j DROP"
                                     << false;
}

void TestFirewallParse::match() {
    QFETCH(QString, file);
    QFETCH(QString, proto);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, verdict);
    QFETCH(QString, hit);
    QFETCH(bool, byPolicy);

    const Ruleset ruleset = load(file);
    QVERIFY2(ruleset.ok, ruleset.error.c_str());
    const auto destination = IpAddress::parse(address.toStdString());
    QVERIFY(destination);
    const Connection connection{proto == QLatin1String("tcp") ? Proto::Tcp : Proto::Udp, *destination,
                                std::uint16_t(port), "lo"};
    const MatchResult result = matchFirewallRules(ruleset, connection);
    if (verdict == QLatin1String("accept")) {
        QVERIFY2(!result.blocking, result.blocking ? result.blocking->describe().c_str() : "");
        return;
    }
    QVERIFY(result.blocking);
    QCOMPARE(QString::fromStdString(std::string(verdictName(result.blocking->verdict))), verdict);
    QCOMPARE(QString::fromStdString(result.blocking->describe()), hit);
    QCOMPARE(result.blocking->byPolicy, byPolicy);
}

void TestFirewallParse::mergeReplacesIptablesNftTables() {
    const Ruleset nft = load(QStringLiteral("nft-iptables-nft.json"));
    const Ruleset v4 = load(QStringLiteral("iptables-nft.txt"));
    const Ruleset v6 = load(QStringLiteral("ip6tables-nft.txt"));
    QVERIFY(v4.viaIptablesNft);
    QVERIFY(!load(QStringLiteral("iptables-legacy.txt")).viaIptablesNft);
    const Ruleset merged = mergeRulesets({nft, v4, v6});
    QVERIFY(merged.ok);
    for (const Chain& chain : merged.chains)
        QVERIFY2(chain.tool != "nftables", chain.label().c_str()); // all shown by iptables instead
    QCOMPARE(merged.chains.size(), v4.chains.size() + v6.chains.size());
    const MatchResult result =
        matchFirewallRules(merged, {Proto::Tcp, IpAddress::v4(127, 0, 0, 1), 8080, "lo"});
    QVERIFY(result.blocking);
    QCOMPARE(result.blocking->rule, std::string("-A INPUT -i lo -p tcp -m tcp --dport 8080 -j DROP"));
}

void TestFirewallParse::rulesForPortListsOnlyRelevantRules() {
    const Ruleset ruleset = load(QStringLiteral("nft-sets-ranges.json"));
    const auto v4 = rulesForPort(ruleset, Proto::Tcp, 8050, Family::V4, IpAddress::v4(127, 0, 0, 1));
    QCOMPARE(v4.size(), std::size_t(1));
    QCOMPARE(v4[0].verdict, Verdict::Drop);
    const auto v6 = rulesForPort(ruleset, Proto::Tcp, 8050, Family::V6, IpAddress::v6Loopback());
    QCOMPARE(v6.size(), std::size_t(1));
    QCOMPARE(v6[0].verdict, Verdict::Reject);
    QVERIFY(rulesForPort(ruleset, Proto::Tcp, 1234, Family::V4, IpAddress::v4(127, 0, 0, 1)).empty());
    QVERIFY(rulesForPort(ruleset, Proto::Udp, 8050, Family::V4, IpAddress::v4(127, 0, 0, 1)).empty());
}

void TestFirewallParse::brokenInput_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("json");
    QTest::addColumn<bool>("ok");
    QTest::addRow("truncated json") << QByteArray("{\"nftables\": [{\"table\"") << true << false;
    QTest::addRow("json without nftables") << QByteArray("{}") << true << false;
    QTest::addRow("error text") << QByteArray("Error: Operation not permitted") << true << false;
    QTest::addRow("rule before its chain")
        << QByteArray("{\"nftables\": [{\"rule\": {\"family\": \"inet\", "
                      "\"table\": \"t\", \"chain\": \"c\", \"expr\": []}}]}")
        << true << true;
    QTest::addRow("empty iptables") << QByteArray("") << false << true;
    QTest::addRow("iptables garbage") << QByteArray("iptables: Permission denied") << false << false;
    QTest::addRow("rule in unknown chain")
        << QByteArray("*filter\n-A NOPE -j DROP\nCOMMIT\n") << false << true;
}

void TestFirewallParse::brokenInput() {
    QFETCH(QByteArray, text);
    QFETCH(bool, json);
    QFETCH(bool, ok);
    const Ruleset ruleset =
        json ? parseNftJson(text.toStdString()) : parseIptablesSave(text.toStdString(), Family::V4);
    QCOMPARE(ruleset.ok, ok);
    QCOMPARE(ruleset.error.empty(), ok);
    QVERIFY(ruleset.empty());
}

void TestFirewallParse::policies() {
    const Ruleset nft = load(QStringLiteral("nft-policy-drop.json"));
    const Chain* input = nft.chain("inet", "filter", "input");
    QVERIFY(input);
    QCOMPARE(input->hook, std::string("input"));
    QCOMPARE(input->policy, std::optional(Verdict::Drop));
    QVERIFY(!nft.empty());
    QVERIFY(load(QStringLiteral("nft-empty.json")).empty());

    const Ruleset ipt = load(QStringLiteral("iptables-nft.txt"));
    const Chain* user = ipt.chain("ip", "filter", "app-rules");
    QVERIFY(user);
    QVERIFY(user->hook.empty());
    QVERIFY(!user->policy);
    QCOMPARE(ipt.chain("ip", "filter", "INPUT")->policy, std::optional(Verdict::Drop));
    QCOMPARE(user->rules.size(), std::size_t(2));
    QCOMPARE(user->rules[0].verdict, Verdict::RejectTcpReset);
}

void TestFirewallParse::ufwConf() {
    UfwState state;
    parseUfwConf(readFixture(QStringLiteral("ufw.conf")), state);
    QCOMPARE(state.enabled, std::optional(true));
    parseUfwDefaults(readFixture(QStringLiteral("default-ufw")), state);
    QCOMPARE(state.defaultInputPolicy, std::string("DROP"));
    QCOMPARE(state.defaultOutputPolicy, std::string("ACCEPT"));

    UfwState off;
    parseUfwConf(readFixture(QStringLiteral("ufw-disabled.conf")), off);
    QCOMPARE(off.enabled, std::optional(false));
    UfwState nothing;
    parseUfwConf("# only comments\n", nothing);
    QVERIFY(!nothing.enabled);
}

void TestFirewallParse::ufwStatus_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("proto");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QStringList>("actions"); // of the rules naming the port, in order
    QTest::addRow("deny v4 and v6") << "ufw-status-verbose.txt"
                                    << "tcp" << 8080 << true << QStringList{"DENY", "REJECT", "DENY"};
    QTest::addRow("range") << "ufw-status-verbose.txt"
                           << "tcp" << 8050 << true << QStringList{"REJECT"};
    QTest::addRow("list") << "ufw-status-verbose.txt"
                          << "tcp" << 443 << true << QStringList{"ALLOW"};
    QTest::addRow("protocol filter") << "ufw-status-verbose.txt"
                                     << "udp" << 8080 << true << QStringList{};
    QTest::addRow("numbered, any protocol") << "ufw-status-numbered.txt"
                                            << "udp" << 3000 << true << QStringList{"DENY", "DENY"};
    QTest::addRow("inactive") << "ufw-status-inactive.txt"
                              << "tcp" << 8080 << false << QStringList{};
}

void TestFirewallParse::ufwStatus() {
    QFETCH(QString, file);
    QFETCH(QString, proto);
    QFETCH(int, port);
    QFETCH(bool, active);
    QFETCH(QStringList, actions);
    UfwState state;
    parseUfwStatus(readFixture(file), state);
    QCOMPARE(state.active, std::optional(active));
    QStringList found;
    for (const UfwRule& rule :
         ufwRulesForPort(state, proto == QLatin1String("tcp") ? Proto::Tcp : Proto::Udp, std::uint16_t(port)))
        found << QString::fromStdString(rule.action);
    QCOMPARE(found, actions);
    if (file == QLatin1String("ufw-status-verbose.txt")) {
        QCOMPARE(state.defaultInputPolicy, std::string("DROP"));
        QCOMPARE(state.defaultOutputPolicy, std::string("ACCEPT"));
        QCOMPARE(state.rules.size(), std::size_t(8));
        QCOMPARE(state.rules[5].to, std::string("Anywhere on lo"));
        QVERIFY(state.rules[7].v6);
    }
}

QTEST_APPLESS_MAIN(TestFirewallParse)
#include "tst_firewallparse.moc"
