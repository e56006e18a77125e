// `localhost-doctor listeners --json` against iproute2's `ss`, a tool we did not write: both must
// list the same (protocol, port) pairs, and our own listeners with this process as owner.

#include "support/peers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

namespace {

using Pair = QString; // "tcp 8080"

// Local ports from `ss -l{t,u}nH`: "LISTEN 0 128 [::ffff:127.0.0.1]:3000 [::]:*" and the like.
std::optional<QSet<Pair>> ssPairs(QString* error) {
    QSet<Pair> pairs;
    for (const auto& [protocol, flags] : {std::pair{QStringLiteral("tcp"), QStringLiteral("-ltnH")},
                                          std::pair{QStringLiteral("udp"), QStringLiteral("-lunH")}}) {
        QProcess ss;
        ss.start(QStringLiteral("ss"), {flags});
        if (!ss.waitForFinished(10000) || ss.exitCode() != 0) {
            *error =
                QStringLiteral("ss %1 failed: %2").arg(flags, QString::fromUtf8(ss.readAllStandardError()));
            return std::nullopt;
        }
        const auto lines = QString::fromUtf8(ss.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            const QStringList fields = line.simplified().split(u' ');
            if (fields.size() < 5)
                continue;
            const QString& local = fields[3];
            bool ok = false;
            const uint port = local.mid(local.lastIndexOf(u':') + 1).toUInt(&ok);
            if (ok)
                pairs.insert(protocol + u' ' + QString::number(port));
        }
    }
    return pairs;
}

} // namespace

class TestListenersVsSs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsSs();
};

void TestListenersVsSs::sameAsSs() {
    if (!ld::test::haveProgram(QStringLiteral("ss")))
        QSKIP("`ss` (iproute2) is not installed: nothing to compare with");

    // Listeners of our own, so the sets are not empty: two in this process, one in a child we
    // did not write (skipped quietly if python3 is absent).
    QTcpServer tcp;
    QVERIFY(tcp.listen(QHostAddress::LocalHost, 0));
    QUdpSocket udp;
    QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
    ld::test::Peer python;
    quint16 pythonPort = 0;
    if (ld::test::haveProgram(QStringLiteral("python3"))) {
        pythonPort = ld::test::freePort();
        QVERIFY(pythonPort != 0);
        QVERIFY2(python.startListening(QStringLiteral("python3"),
                                       {QStringLiteral("-m"), QStringLiteral("http.server"),
                                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                        QString::number(pythonPort)},
                                       QStringLiteral("127.0.0.1"), pythonPort),
                 qPrintable(python.errorString()));
    }

    // Other programs come and go meanwhile: accept the first round in which ss said the same
    // before and after our binary ran (bounded: 5 rounds).
    QSet<Pair> fromSs;
    QSet<Pair> fromDoctor;
    QJsonArray rows;
    for (int round = 0; round < 5; ++round) {
        QString error;
        const auto before = ssPairs(&error);
        QVERIFY2(before, qPrintable(error));
        const auto run = ld::test::runDoctor({QStringLiteral("listeners"), QStringLiteral("--json")});
        QVERIFY2(run.finished, "localhost-doctor listeners did not finish");
        QVERIFY2(run.json.isObject(), run.out.constData());
        rows = run.json.object().value(QStringLiteral("listeners")).toArray();
        fromDoctor.clear();
        for (const QJsonValue& value : rows) {
            const QJsonObject row = value.toObject();
            fromDoctor.insert(row.value(QStringLiteral("protocol")).toString() + u' ' +
                              QString::number(row.value(QStringLiteral("port")).toInt()));
        }
        const auto after = ssPairs(&error);
        QVERIFY2(after, qPrintable(error));
        fromSs = *after;
        if (*before == *after && fromSs == fromDoctor)
            break;
    }
    QCOMPARE(fromDoctor, fromSs);
    QVERIFY(fromSs.contains(QStringLiteral("tcp %1").arg(tcp.serverPort())));
    QVERIFY(fromSs.contains(QStringLiteral("udp %1").arg(udp.localPort())));

    // Our own listeners carry this process as their owner; python's carries python.
    bool sawTcp = false;
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const int port = row.value(QStringLiteral("port")).toInt();
        const QString protocol = row.value(QStringLiteral("protocol")).toString();
        if (protocol == QStringLiteral("tcp") && port == tcp.serverPort()) {
            sawTcp = true;
            QCOMPARE(row.value(QStringLiteral("address")).toString(), QStringLiteral("127.0.0.1"));
            QCOMPARE(row.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
            QCOMPARE(row.value(QStringLiteral("uid")).toInteger(), qint64(::geteuid()));
        }
        if (pythonPort != 0 && protocol == QStringLiteral("tcp") && port == pythonPort) {
            QCOMPARE(row.value(QStringLiteral("pid")).toInteger(), python.pid());
            QVERIFY(row.value(QStringLiteral("command")).toString().contains(QStringLiteral("http.server")));
        }
    }
    QVERIFY(sawTcp);
}

QTEST_GUILESS_MAIN(TestListenersVsSs)
#include "tst_listeners_vs_ss.moc"
