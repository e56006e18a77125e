// The firewall step end to end, in a network namespace of its own: a real Python server, real
// nftables rules that drop or reject, and the real binary run inside the namespace.

#include "support/peers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ld::test;

namespace {

QString verdictOf(const QJsonObject& report) {
    return report.value(QStringLiteral("verdict")).toObject().value(QStringLiteral("finding")).toString();
}

QString dump(const RunResult& run) {
    return QString::fromUtf8(run.out.left(6000) + "\n--- stderr\n" + run.err.left(2000));
}

} // namespace

class TestFirewallNetns final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void dropIsFirewallDropping();
    void tcpResetIsFirewallRejecting();
    void unreadableWithoutRoot();
    void noListenerIsNotAFirewallProblem();
    void hungServerIsNotAFirewallProblem();
    void loopbackAcceptBeforePolicyDrop();

private:
    QString why(Netns& ns);
    // python3 -m http.server inside the namespace, waited for by its own "Serving" line.
    bool startHttp(Netns& ns, Peer& peer, quint16 port);
    bool nft(Netns& ns, const QString& script);
    quint16 m_port = 0;
};

void TestFirewallNetns::init() {
    m_port = 18000 + quint16(QRandomGenerator::global()->bounded(2000)); // any: the namespace is empty
}

QString TestFirewallNetns::why(Netns& ns) {
    if (!ns.unavailableReason().isEmpty())
        return ns.unavailableReason();
    if (!haveProgram(QStringLiteral("nft")))
        return QStringLiteral("needs nft (nftables) to add firewall rules in the namespace");
    if (!haveProgram(QStringLiteral("python3")))
        return QStringLiteral("needs python3 for the server peer");
    return {};
}

bool TestFirewallNetns::startHttp(Netns& ns, Peer& peer, quint16 port) {
    if (!peer.start(QStringLiteral("ip"),
                    ns.wrapper().mid(1) + QStringList{QStringLiteral("python3"), QStringLiteral("-u"),
                                                      QStringLiteral("-m"), QStringLiteral("http.server"),
                                                      QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                                      QString::number(port)}))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!peer.output().contains(QLatin1String("Serving HTTP")) && timer.elapsed() < 10000)
        peer.process().waitForReadyRead(100);
    return peer.output().contains(QLatin1String("Serving HTTP"));
}

bool TestFirewallNetns::nft(Netns& ns, const QString& script) {
    QByteArray out;
    const int code = ns.exec({QStringLiteral("nft"), script}, &out);
    if (code != 0)
        qWarning("nft %s: %s", qPrintable(script), out.constData());
    return code == 0;
}

void TestFirewallNetns::dropIsFirewallDropping() {
    Netns ns(QStringLiteral("fwdrop"));
    if (const QString reason = why(ns); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    Peer server;
    QVERIFY2(startHttp(ns, server, m_port), qPrintable(server.output()));
    QVERIFY(nft(
        ns, QStringLiteral("add table inet t; add chain inet t input { type filter hook input priority 0; }; "
                           "add rule inet t input tcp dport %1 drop")
                .arg(m_port)));

    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("800")},
                  30000, ns.wrapper());
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QCOMPARE(verdictOf(report), QStringLiteral("firewall.dropping"));
    QCOMPARE(run.exitCode, 1);
    const QJsonObject dropping = finding(report, QStringLiteral("firewall.dropping"));
    const QJsonObject evidence = dropping.value(QStringLiteral("evidence")).toObject();
    QCOMPARE(evidence.value(QStringLiteral("rule")).toString(),
             QStringLiteral("table inet t chain input: tcp dport %1 drop").arg(m_port));
    QCOMPARE(evidence.value(QStringLiteral("outcome")).toString(), QStringLiteral("timed_out"));
    QVERIFY(dropping.value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("dport %1 drop").arg(m_port)));
    QVERIFY(evidence.value(QStringLiteral("allow_command"))
                .toString()
                .startsWith(QLatin1String("sudo nft insert")));
    // The server itself is fine, and the rules were readable (root in the namespace).
    QVERIFY2(findingIds(report).contains(QStringLiteral("server.listening")), qPrintable(dump(run)));
    QVERIFY(!findingIds(report).contains(QStringLiteral("firewall.unreadable")));
    QCOMPARE(stepStatus(report, QStringLiteral("firewall")), QStringLiteral("fail"));
}

void TestFirewallNetns::tcpResetIsFirewallRejecting() {
    Netns ns(QStringLiteral("fwrst"));
    if (const QString reason = why(ns); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    Peer server;
    QVERIFY2(startHttp(ns, server, m_port), qPrintable(server.output()));
    QVERIFY(nft(ns, QStringLiteral(
                        "add table inet t; add chain inet t output { type filter hook output priority 0; }; "
                        "add rule inet t output tcp dport %1 reject with tcp reset")
                        .arg(m_port)));

    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("800")},
                  30000, ns.wrapper());
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QCOMPARE(verdictOf(report), QStringLiteral("firewall.rejecting"));
    const QJsonObject evidence =
        finding(report, QStringLiteral("firewall.rejecting")).value(QStringLiteral("evidence")).toObject();
    QCOMPARE(evidence.value(QStringLiteral("verdict")).toString(), QStringLiteral("reject-with-tcp-reset"));
    QCOMPARE(evidence.value(QStringLiteral("rule")).toString(),
             QStringLiteral("table inet t chain output: tcp dport %1 reject with tcp reset").arg(m_port));
    QVERIFY(!findingIds(report).contains(QStringLiteral("firewall.dropping")));
}

void TestFirewallNetns::unreadableWithoutRoot() {
    Netns ns(QStringLiteral("fwuser"));
    if (const QString reason = why(ns); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    if (!haveProgram(QStringLiteral("setpriv")))
        QSKIP("needs setpriv (util-linux) to run the check as an unprivileged user");
    Peer server;
    QVERIFY2(startHttp(ns, server, m_port), qPrintable(server.output()));
    QVERIFY(nft(
        ns, QStringLiteral("add table inet t; add chain inet t input { type filter hook input priority 0; }; "
                           "add rule inet t input tcp dport %1 drop")
                .arg(m_port)));
    // nobody must be able to open the engine module (app/corecli.h) the command line loads, and
    // the checkout may sit in a folder only root may enter (mktemp -d): run a copy of the program
    // and the module from a folder everyone may read. sh drops the build tree's path ($0).
    QTemporaryDir readable;
    QVERIFY(readable.isValid());
    QVERIFY(QFile::setPermissions(readable.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                       QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                                       QFile::ExeGroup));
    const QString program = readable.filePath(QStringLiteral("localhost-doctor"));
    const QString built = QFileInfo(QStringLiteral(LD_BINARY)).absolutePath();
    QVERIFY(QFile::copy(QStringLiteral(LD_BINARY), program));
    QVERIFY(QFile::copy(built + QStringLiteral("/liblocalhost-doctor-cli.so"),
                        readable.filePath(QStringLiteral("liblocalhost-doctor-cli.so"))));
    const QStringList asNobody = ns.wrapper() + QStringList{QStringLiteral("setpriv"),
                                                            QStringLiteral("--reuid=65534"),
                                                            QStringLiteral("--regid=65534"),
                                                            QStringLiteral("--clear-groups"),
                                                            QStringLiteral("sh"),
                                                            QStringLiteral("-c"),
                                                            QStringLiteral("exec '%1' \"$@\"").arg(program)};
    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("800")},
                  30000, asNobody, {QStringLiteral("HOME=/tmp")});
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QVERIFY2(!report.isEmpty(), qPrintable(dump(run)));
    QCOMPARE(verdictOf(report), QStringLiteral("firewall.dropping"));
    const QJsonObject unreadable = finding(report, QStringLiteral("firewall.unreadable"));
    QCOMPARE(unreadable.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(
        unreadable.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("command")).toString(),
        QStringLiteral("sudo nft -j list ruleset"));
}

void TestFirewallNetns::noListenerIsNotAFirewallProblem() {
    Netns ns(QStringLiteral("fwnone"));
    if (const QString reason = why(ns); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("800")},
                  30000, ns.wrapper());
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QCOMPARE(verdictOf(report), QStringLiteral("server.not_listening"));
    const QStringList ids = findingIds(report);
    QVERIFY(!ids.contains(QStringLiteral("firewall.dropping")));
    QVERIFY(!ids.contains(QStringLiteral("firewall.rejecting")));
    QVERIFY2(ids.contains(QStringLiteral("firewall.state")), qPrintable(dump(run)));
    QCOMPARE(stepStatus(report, QStringLiteral("firewall")), QStringLiteral("pass"));
}

void TestFirewallNetns::hungServerIsNotAFirewallProblem() {
    Netns ns(QStringLiteral("fwhung"));
    if (const QString reason = why(ns); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    // listen(0) and never accept; one filler connection fills the queue, later SYNs are dropped.
    const QString script =
        QStringLiteral("import socket,sys,time\n"
                       "s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                       "s.bind(('127.0.0.1', %1)); s.listen(0)\n"
                       "f=socket.create_connection(('127.0.0.1', %1), timeout=3)\n"
                       "print('ready', flush=True)\n"
                       "time.sleep(120)\n")
            .arg(m_port);
    Peer hung;
    QVERIFY(hung.start(QStringLiteral("ip"),
                       ns.wrapper().mid(1) +
                           QStringList{QStringLiteral("python3"), QStringLiteral("-c"), script}));
    QElapsedTimer timer;
    timer.start();
    while (!hung.output().contains(QLatin1String("ready")) && timer.elapsed() < 10000)
        hung.process().waitForReadyRead(100);
    QVERIFY2(hung.output().contains(QLatin1String("ready")), qPrintable(hung.output()));

    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("800")},
                  30000, ns.wrapper());
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QCOMPARE(verdictOf(report), QStringLiteral("server.not_accepting"));
    const QStringList ids = findingIds(report);
    QVERIFY2(!ids.contains(QStringLiteral("firewall.dropping")), qPrintable(dump(run)));
    QVERIFY(!ids.contains(QStringLiteral("firewall.rejecting")));
}

void TestFirewallNetns::loopbackAcceptBeforePolicyDrop() {
    Netns ns(QStringLiteral("fwlo"));
    if (const QString reason = why(ns); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    Peer server;
    QVERIFY2(startHttp(ns, server, m_port), qPrintable(server.output()));
    QVERIFY(nft(
        ns, QStringLiteral("add table inet t; add chain inet t input { type filter hook input priority 0; "
                           "policy drop; }; add rule inet t input iifname \"lo\" accept")));
    const RunResult run =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("800")},
                  30000, ns.wrapper());
    QVERIFY(run.finished);
    const QJsonObject report = run.json.object();
    QCOMPARE(verdictOf(report), QStringLiteral("ok"));
    // The connection got through: the rules are not read (no nft, no iptables-save) and the step
    // says why it skipped.
    QVERIFY2(!finding(report, QStringLiteral("firewall.not_needed")).isEmpty(), qPrintable(dump(run)));
    QCOMPARE(stepStatus(report, QStringLiteral("firewall")), QStringLiteral("skip"));

    // A port of the namespace nothing listens on: the connection is refused, so the rules are read,
    // and the lo accept before the policy drop lets 127.0.0.1 through (whatever the port).
    const int idle = m_port == 65535 ? m_port - 1 : m_port + 1;
    const RunResult both =
        runDoctor({QStringLiteral("check"), QStringLiteral("127.0.0.1:%1").arg(idle),
                   QStringLiteral("--json"), QStringLiteral("--timeout-ms"), QStringLiteral("800")},
                  30000, ns.wrapper());
    QVERIFY(both.finished);
    const QJsonObject state = finding(both.json.object(), QStringLiteral("firewall.state"));
    QVERIFY2(
        state.value(QStringLiteral("title")).toString().contains(QLatin1String("nftables (table inet t)")),
        qPrintable(dump(both)));
    const QJsonArray connections =
        state.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("connections")).toArray();
    bool v4Accepted = false;
    for (const QJsonValue& row : connections)
        if (row.toObject().value(QStringLiteral("address")).toString() == QLatin1String("127.0.0.1"))
            v4Accepted =
                row.toObject().value(QStringLiteral("verdict")).toString() == QLatin1String("accept");
    QVERIFY2(v4Accepted, qPrintable(dump(both)));
    QVERIFY(!findingIds(both.json.object()).contains(QStringLiteral("firewall.dropping")));
}

QTEST_GUILESS_MAIN(TestFirewallNetns)
#include "tst_firewall_netns.moc"
