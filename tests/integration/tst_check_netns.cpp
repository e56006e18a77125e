// The port and server steps in a network namespace of the test's own, with its own hosts file:
// the resolver order, broken localhost entries and typos, away from this machine's setup.

#include "support/peers.h"

#include <QJsonArray>
#include <QTest>

using namespace ld::test;

namespace {

QJsonObject check(Netns& ns, const QStringList& args, int* exitCode = nullptr) {
    const RunResult run =
        runDoctor(QStringList{QStringLiteral("check")} + args + QStringList{QStringLiteral("--json")}, 30000,
                  ns.wrapper());
    if (exitCode)
        *exitCode = run.exitCode;
    if (!run.json.isObject())
        qWarning("not JSON: %s %s", run.out.constData(), run.err.constData());
    return run.json.object();
}

QString verdict(const QJsonObject& report) {
    return report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString();
}

} // namespace

class TestCheckNetns final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!haveProgram(QStringLiteral("python3")))
            QSKIP("needs python3 for its http.server peer");
    }

    void localhostResolvesToIpv6FirstButServerIsIpv4Only() {
        Netns ns(QStringLiteral("family"));
        if (!ns.unavailableReason().isEmpty())
            QSKIP(qPrintable(ns.unavailableReason()));
        QVERIFY(ns.setHosts("127.0.0.1 localhost\n::1 localhost ip6-localhost\n"));
        const quint16 port = 18080;
        Peer server;
        QVERIFY(server.start(QStringLiteral("ip"),
                             ns.wrapper().mid(1) +
                                 QStringList{QStringLiteral("python3"), QStringLiteral("-u"),
                                             QStringLiteral("-m"), QStringLiteral("http.server"),
                                             QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                             QString::number(port)}));
        QVERIFY2(server.waitForOutput("Serving HTTP"), qPrintable(server.errorString()));

        int exitCode = -1;
        const QJsonObject report = check(ns, {QStringLiteral("localhost:%1").arg(port)}, &exitCode);
        const QJsonObject mismatch = finding(report, QStringLiteral("server.address_family_mismatch"));
        QVERIFY2(!mismatch.isEmpty(), qPrintable(findingIds(report).join(QLatin1Char(' '))));
        const QJsonObject evidence = mismatch.value(QStringLiteral("evidence")).toObject();
        QCOMPARE(evidence.value(QStringLiteral("resolver_order")).toArray().first().toString(),
                 QStringLiteral("::1"));
        QCOMPARE(evidence.value(QStringLiteral("served_address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(mismatch.value(QStringLiteral("detail")).toString().contains(QLatin1String("Node")));
        // The server is fine on IPv4: it's found, and the mismatch is the verdict (a warning: exit 1).
        QVERIFY(!finding(report, QStringLiteral("server.listening")).isEmpty());
        QCOMPARE(verdict(report), QStringLiteral("server.address_family_mismatch"));
        QCOMPARE(exitCode, 1);
    }

    void localhostMappedElsewhere() {
        Netns ns(QStringLiteral("hosts"));
        if (!ns.unavailableReason().isEmpty())
            QSKIP(qPrintable(ns.unavailableReason()));
        QVERIFY(ns.setHosts("# broken on purpose\n10.9.8.7 localhost\n"));
        const QJsonObject report = check(
            ns, {QStringLiteral("localhost:3000"), QStringLiteral("--timeout-ms"), QStringLiteral("300")});
        QCOMPARE(verdict(report), QStringLiteral("host.localhost_broken"));
        const QJsonObject broken = finding(report, QStringLiteral("host.localhost_broken"));
        QVERIFY(broken.value(QStringLiteral("detail")).toString().contains(QLatin1String("10.9.8.7")));
        QCOMPARE(broken.value(QStringLiteral("evidence"))
                     .toObject()
                     .value(QStringLiteral("non_loopback_lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 2);
    }

    void localhostMissing() {
        Netns ns(QStringLiteral("nolocal"));
        if (!ns.unavailableReason().isEmpty())
            QSKIP(qPrintable(ns.unavailableReason()));
        QVERIFY(ns.setHosts("127.0.0.1 myhost\n"));
        const QJsonObject report = check(
            ns, {QStringLiteral("localhost:3000"), QStringLiteral("--timeout-ms"), QStringLiteral("300")});
        QVERIFY2(findingIds(report).contains(QStringLiteral("host.localhost_broken")),
                 qPrintable(findingIds(report).join(QLatin1Char(' '))));
        QCOMPARE(stepStatus(report, QStringLiteral("port")), QStringLiteral("fail"));
    }

    void typoInLocalhost() {
        Netns ns(QStringLiteral("typo"));
        if (!ns.unavailableReason().isEmpty())
            QSKIP(qPrintable(ns.unavailableReason()));
        QVERIFY(ns.setHosts("127.0.0.1 localhost\n::1 localhost\n"));
        int exitCode = -1;
        const QJsonObject report = check(ns, {QStringLiteral("locahost:3000")}, &exitCode);
        QCOMPARE(exitCode, 1);
        QCOMPARE(verdict(report), QStringLiteral("host.unresolvable"));
        const QJsonArray fixes =
            finding(report, QStringLiteral("host.unresolvable")).value(QStringLiteral("fixes")).toArray();
        QVERIFY(!fixes.isEmpty());
        QCOMPARE(fixes.first()
                     .toObject()
                     .value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("host"))
                     .toString(),
                 QStringLiteral("localhost"));
        QCOMPARE(stepStatus(report, QStringLiteral("server")), QStringLiteral("skip"));
    }

    void serverOnAnotherInterface() {
        Netns ns(QStringLiteral("iface"));
        if (!ns.unavailableReason().isEmpty())
            QSKIP(qPrintable(ns.unavailableReason()));
        QVERIFY(ns.setHosts("127.0.0.1 localhost\n::1 localhost\n"));
        // A veth pair with a private address on one end: the server binds there only.
        QCOMPARE(ns.exec({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"),
                          QStringLiteral("v0"), QStringLiteral("type"), QStringLiteral("veth"),
                          QStringLiteral("peer"), QStringLiteral("name"), QStringLiteral("v1")}),
                 0);
        QCOMPARE(ns.exec({QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
                          QStringLiteral("10.77.0.1/24"), QStringLiteral("dev"), QStringLiteral("v0")}),
                 0);
        for (const QString& link : {QStringLiteral("v0"), QStringLiteral("v1")})
            QCOMPARE(ns.exec({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), link,
                              QStringLiteral("up")}),
                     0);
        Peer server;
        QVERIFY(server.start(QStringLiteral("ip"),
                             ns.wrapper().mid(1) +
                                 QStringList{QStringLiteral("python3"), QStringLiteral("-u"),
                                             QStringLiteral("-m"), QStringLiteral("http.server"),
                                             QStringLiteral("--bind"), QStringLiteral("10.77.0.1"),
                                             QStringLiteral("8000")}));
        QVERIFY2(server.waitForOutput("Serving HTTP"), qPrintable(server.errorString()));
        const QJsonObject report = check(ns, {QStringLiteral("127.0.0.1:8000")});
        QCOMPARE(verdict(report), QStringLiteral("server.wrong_interface"));
        QVERIFY(finding(report, QStringLiteral("server.wrong_interface"))
                    .value(QStringLiteral("title"))
                    .toString()
                    .contains(QLatin1String("10.77.0.1")));
    }
};

QTEST_GUILESS_MAIN(TestCheckNetns)
#include "tst_check_netns.moc"
