// A 1 MB address must not become a 1 MB title: every step that puts the user's host, URL or path
// into a title, a detail or a fix label quotes it (wizard/report/quote.h, 200 characters at most).
// One row per such sentence, on the shared fake system; every finding of the step is measured.

#include "support/steptable.h"

#include <QtTest>

using namespace ld;
using namespace ld::wizard;
using ld::test::bothLoopbacks;
using ld::test::FakeSystem;
using platform::ConnectOutcome;
using platform::IpAddress;

namespace {

const QString kHuge(1024 * 1024, QLatin1Char('a')); // 1 MB of one letter
constexpr qsizetype kMaxTitle = 600;                // a few quoted inputs and the sentence around them
constexpr qsizetype kMaxDetail = 3000;

QString longHost() {
    return kHuge;
}
QString longPathUrl(int port = 3000) {
    return QStringLiteral("http://localhost:%1/").arg(port) + kHuge;
}

struct Row {
    const char* name;
    const char* step;
    std::function<QString()> input;
    std::function<void(FakeSystem&)> arrange;
    ld::test::FactsSeed seed;
    const char* finding; // the finding that embeds the input
};

const std::vector<Row>& rows() {
    static const std::vector<Row> table = {
        {"unresolvable host",
         "port",
         [] { return longHost() + QStringLiteral(":3000"); },
         [](FakeSystem&) {},
         {},
         "host.unresolvable"},
        {"remote host",
         "port",
         [] { return longHost() + QStringLiteral(":3000"); },
         [](FakeSystem& s) { s.names[longHost().toStdString()] = {IpAddress::v4(192, 0, 2, 10)}; },
         {},
         "host.not_local"},
        {"*.localhost",
         "port",
         [] { return QStringLiteral("http://") + longHost() + QStringLiteral(".localhost:3000/"); },
         [](FakeSystem&) {},
         {},
         "host.localhost_subdomain"},
        {"remote host, no answer",
         "server",
         [] { return longHost() + QStringLiteral(":3000"); },
         [](FakeSystem& s) {
             s.names[longHost().toStdString()] = {IpAddress::v4(192, 0, 2, 10)};
             s.outcomes["192.0.2.10"] = ConnectOutcome::TimedOut;
         },
         {},
         "server.unreachable"},
        {"nothing listens",
         "server",
         [] { return QStringLiteral("http://") + longHost() + QStringLiteral(".localhost:3000/"); },
         [](FakeSystem& s) {
             s.names[(longHost() + QStringLiteral(".localhost")).toStdString()] = {
                 IpAddress::v4(127, 0, 0, 1)};
         },
         {},
         "server.not_listening"},
        {"IPv4 only under a long name",
         "server",
         [] { return QStringLiteral("http://") + longHost() + QStringLiteral(".localhost:3000/"); },
         [](FakeSystem& s) {
             s.names[(longHost() + QStringLiteral(".localhost")).toStdString()] = {
                 IpAddress::v6Loopback(), IpAddress::v4(127, 0, 0, 1)};
             s.addListener("127.0.0.1", 3000, 77, "node");
         },
         {},
         "server.address_family_mismatch"},
        {"404 on a long path", "protocol", [] { return longPathUrl(); }, [](FakeSystem&) {},
         [](Facts& facts) { facts.setService(ld::test::httpAnswer(404, "Not Found")); },
         "protocol.http_error"},
        {"TLS behind a long http:// URL", "protocol", [] { return longPathUrl(); }, [](FakeSystem&) {},
         [](Facts& facts) { facts.setService(ld::test::httpAnswer(200, "OK", true)); },
         "protocol.tls_expected"},
        {"a database behind a long URL", "conflict", [] { return longPathUrl(5432); },
         [](FakeSystem& s) { bothLoopbacks(s, 5432, "postgres"); },
         [](Facts& facts) {
             facts.setService(ld::test::greeting(QStringLiteral("postgresql"), "E\x00\x00\x00\x10SFATAL"));
         },
         "conflict.unexpected_program"},
        {"rules need root",
         "firewall",
         [] { return longPathUrl(); },
         [](FakeSystem& s) {
             bothLoopbacks(s, 3000);
             s.outcomes["127.0.0.1"] = ConnectOutcome::TimedOut;
             s.outcomes["::1"] = ConnectOutcome::TimedOut;
             platform::FirewallSource source;
             source.name = "nftables";
             source.command = "nft -j list ruleset";
             source.error = "Operation not permitted";
             source.needsElevation = true;
             s.firewall.sources.push_back(source);
         },
         {},
         "firewall.unreadable"},
        {"proxy for a long host",
         "proxy",
         [] { return QStringLiteral("http://") + longHost() + QStringLiteral(":3000/"); },
         [](FakeSystem& s) {
             s.names[longHost().toStdString()] = {IpAddress::v4(192, 0, 2, 10)};
             s.env["HTTP_PROXY"] = "http://proxy.corp:3128";
         },
         {},
         "proxy.remote_via_proxy"},
        {"no proxy, long host",
         "proxy",
         [] { return QStringLiteral("http://") + longHost() + QStringLiteral(":3000/"); },
         [](FakeSystem& s) { s.names[longHost().toStdString()] = {IpAddress::v4(127, 0, 0, 1)}; },
         {},
         "proxy.none"},
    };
    return table;
}

} // namespace

class TestLongInput final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySentenceStaysShort_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(rows().size()); ++i)
            QTest::addRow("%s", rows()[size_t(i)].name) << i;
    }

    void everySentenceStaysShort() {
        QFETCH(int, index);
        const Row& row = rows()[size_t(index)];
        FakeSystem system;
        system.policy.unprivilegedStart = 1024;
        system.policy.ephemeral = {32768, 60999};
        row.arrange(system);
        const QString input = row.input();
        QVERIFY(input.size() > 1024 * 1024);
        const StepResult result =
            ld::test::runStep(QLatin1String(row.step), system, input, Intent::Connect, row.seed);
        QVERIFY2(ld::test::findingById(result, QLatin1String(row.finding)),
                 qPrintable(QStringLiteral("expected %1, got: %2")
                                .arg(QLatin1String(row.finding), ld::test::findingIds(result).left(300))));
        for (const Finding& finding : result.findings) {
            QVERIFY2(
                finding.title.size() < kMaxTitle,
                qPrintable(
                    QStringLiteral("%1: title of %2 characters").arg(finding.id).arg(finding.title.size())));
            QVERIFY2(finding.detail.size() < kMaxDetail,
                     qPrintable(QStringLiteral("%1: detail of %2 characters")
                                    .arg(finding.id)
                                    .arg(finding.detail.size())));
            for (const Fix& fix : finding.fixes)
                QVERIFY2(
                    fix.label.size() < kMaxTitle,
                    qPrintable(
                        QStringLiteral("%1: fix label of %2 characters").arg(fix.id).arg(fix.label.size())));
        }
    }
};

QTEST_GUILESS_MAIN(TestLongInput)
#include "tst_longinput.moc"
