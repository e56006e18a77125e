// Repairing an impossible port: the one-edit variants, ranked by what listens now.

#include "wizard/portrepair.h"

#include <QTest>

using ld::wizard::oneEditApart;
using ld::wizard::repairPort;

class TestPortRepair final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void designExample() {
        const auto candidates = repairPort(QStringLiteral("619009"), {});
        QList<int> ports;
        for (const auto& c : candidates)
            ports << c.port;
        QCOMPARE(ports, (QList<int>{61900, 61909, 61009, 19009}));
    }
    void listeningFirst() {
        const auto candidates = repairPort(QStringLiteral("619009"), {19009});
        QCOMPARE(candidates.first().port, 19009);
        QVERIFY(candidates.first().listening);
        QCOMPARE(candidates.at(1).port, 61900);
    }
    void mentionedAfterListening() {
        const auto candidates = repairPort(QStringLiteral("619009"), {61009}, {61909});
        QCOMPARE(candidates.at(0).port, 61009);
        QCOMPARE(candidates.at(1).port, 61909);
        QVERIFY(candidates.at(1).mentioned);
    }
    void swapsAndChangesForFiveDigits() {
        const auto candidates = repairPort(QStringLiteral("65536"), {});
        QList<int> ports;
        for (const auto& c : candidates)
            ports << c.port;
        QVERIFY(ports.contains(6553));  // dropped
        QVERIFY(ports.contains(56536)); // swapped
        QVERIFY(ports.contains(65535)); // changed
        for (int port : ports)
            QVERIFY(port >= 1 && port <= 65535);
        QCOMPARE(QSet<int>(ports.begin(), ports.end()).size(), ports.size());
    }
    void noLeadingZeroVariants() {
        for (const auto& c : repairPort(QStringLiteral("100000"), {}))
            QVERIFY(c.port >= 10000); // "00000" and friends are never offered
    }
    void negative() {
        const auto candidates = repairPort(QStringLiteral("-8080"), {});
        QVERIFY(!candidates.isEmpty());
        QCOMPARE(candidates.first().port, 8080);
    }
    void hugeInputsGiveNothing() { QVERIFY(repairPort(QString(5000, QLatin1Char('9')), {}).isEmpty()); }
    void oneEdit_data() {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<bool>("expected");
        QTest::addRow("changed digit") << 8080 << 8081 << true;
        QTest::addRow("swapped") << 3000 << 3000 << false;
        QTest::addRow("transposed") << 5173 << 5137 << true;
        QTest::addRow("dropped") << 8080 << 880 << true;
        QTest::addRow("inserted") << 3000 << 30000 << true;
        QTest::addRow("two changes") << 8080 << 9090 << false;
        QTest::addRow("far") << 3000 << 8080 << false;
    }
    void oneEdit() {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(bool, expected);
        QCOMPARE(oneEditApart(a, b), expected);
        QCOMPARE(oneEditApart(b, a), expected);
    }
};

QTEST_APPLESS_MAIN(TestPortRepair)
#include "tst_portrepair.moc"
