#include "support/steptable.h"

#include "wizard/steps/registry.h"
#include "wizard/target.h"

#include <QStringList>
#include <QTest>

namespace ld::test {

using namespace ld::wizard;

StepResult runStep(const QString& stepId, FakeSystem& system, const QString& input, Intent intent,
                   const FactsSeed& seed) {
    const StepInfo* row = StepRegistry::find(stepId);
    const TargetParse parsed = TargetParser::parse(input);
    if (!row || !row->make || !parsed.target)
        return {};
    Options options;
    options.intent = intent;
    options.timeout = std::chrono::milliseconds(300);
    Facts facts(system, *parsed.target, options);
    facts.setSystemProxyLookup(
        [](const QUrl&) { return QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::NoProxy)}; });
    if (seed)
        seed(facts);
    StepResult result = row->make()->run(facts);
    result.id = stepId;
    return result;
}

const Finding* findingById(const StepResult& result, const QString& id) {
    for (const Finding& finding : result.findings)
        if (finding.id == id)
            return &finding;
    return nullptr;
}

bool hasFix(const Finding& finding, const QString& fixId) {
    for (const Fix& fix : finding.fixes)
        if (fix.id == fixId)
            return true;
    return false;
}

QString findingIds(const StepResult& result) {
    QStringList ids;
    for (const Finding& finding : result.findings)
        ids << finding.id;
    return ids.join(QStringLiteral(", "));
}

ServiceProbe httpAnswer(int status, const QByteArray& reason, bool tls) {
    ServiceProbe probe;
    probe.ran = true;
    probe.request.port = 0;
    probe.result.connected = true;
    probe.result.tls = tls;
    probe.result.service = tls ? QStringLiteral("https") : QStringLiteral("http");
    HttpHead head;
    head.version = "HTTP/1.1";
    head.status = status;
    head.reason = reason;
    head.headers = {{"Server", "FakeHTTP/1.0"}, {"Content-Length", "0"}};
    head.complete = true;
    probe.result.http = head;
    probe.result.firstBytes = "HTTP/1.1 " + QByteArray::number(status) + " " + reason + "\r\n";
    if (tls) {
        TlsInfo info;
        info.handshakeOk = true;
        info.protocol = QStringLiteral("TLSv1.3");
        probe.result.tlsInfo = info;
    }
    return probe;
}

ServiceProbe greeting(const QString& service, const QByteArray& firstBytes) {
    ServiceProbe probe;
    probe.ran = true;
    probe.result.connected = true;
    probe.result.service = service;
    probe.result.firstBytes = firstBytes;
    probe.result.serviceDetail = QString::fromLatin1(firstBytes.trimmed());
    return probe;
}

void addScenarioRows(const std::vector<StepScenario>& scenarios) {
    QTest::addColumn<int>("index");
    for (int i = 0; i < int(scenarios.size()); ++i)
        QTest::addRow("%s", scenarios[size_t(i)].name) << i;
}

void checkScenario(const QString& step, const std::vector<StepScenario>& scenarios) {
    QFETCH(int, index);
    const StepScenario& row = scenarios[size_t(index)];
    FakeSystem system;
    system.policy.unprivilegedStart = 1024;
    system.policy.ephemeral = {32768, 60999};
    row.arrange(system);
    const StepResult result = runStep(step, system, QString::fromUtf8(row.input), row.intent, row.seed);
    QCOMPARE(result.id, step);
    const Finding* finding = findingById(result, QLatin1String(row.finding));
    QVERIFY2(finding,
             qPrintable(
                 QStringLiteral("expected %1, got: %2").arg(QLatin1String(row.finding), findingIds(result))));
    QCOMPARE(severityName(finding->severity), severityName(row.severity));
    QVERIFY2(!finding->title.isEmpty() && !finding->detail.isEmpty(), row.finding);
    if (row.fix)
        QVERIFY2(hasFix(*finding, QLatin1String(row.fix)),
                 qPrintable(QStringLiteral("%1 offers no %2").arg(finding->id, QLatin1String(row.fix))));
}

void bothLoopbacks(FakeSystem& system, std::uint16_t port, const char* program) {
    system.addListener("127.0.0.1", port, 4312, program);
    system.addListener("::1", port, 4312, program);
}

FactsSeed seedService(ServiceProbe probe) {
    return [probe](Facts& facts) { facts.setService(probe); };
}

} // namespace ld::test
