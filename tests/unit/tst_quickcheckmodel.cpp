// The tray's state model: the first result is adopted at once, a new state is confirmed only
// after it held (so a flapping server doesn't flood), notifications are rate-limited and muted.

#include "wizard/watch/quickcheckmodel.h"

#include <QTest>

using ld::wizard::QuickCheckModel;
using ld::wizard::QuickResult;
using ld::wizard::QuickState;
using ld::wizard::StateChange;

Q_DECLARE_METATYPE(QuickState)

namespace {

QuickResult result(QuickState state, const QString& finding = {}) {
    QuickResult r;
    r.state = state;
    r.finding = finding.isEmpty() ? ld::wizard::quickStateName(state) : finding;
    r.title = r.finding;
    r.elapsedMs = 1.5;
    return r;
}

QuickCheckModel::Policy policy(int confirmations = 2, qint64 minHoldMs = 0) {
    QuickCheckModel::Policy p;
    p.confirmations = confirmations;
    p.minHoldMs = minHoldMs;
    p.maxNotifications = 3;
    p.windowMs = 60000;
    return p;
}

} // namespace

class TestQuickCheckModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstResultIsAdoptedAtOnce() {
        QuickCheckModel model(policy());
        model.setEndpoints({QStringLiteral("api")});
        QCOMPARE(model.status(QStringLiteral("api"))->state, QuickState::Unknown);
        QCOMPARE(model.status(QStringLiteral("api"))->lastChangeMs, 0);
        const auto change = model.record(QStringLiteral("api"),
                                         result(QuickState::Up, QStringLiteral("protocol.http_ok")), 1000);
        QVERIFY(change);
        QVERIFY(change->initial());
        QCOMPARE(change->to, QuickState::Up);
        QCOMPARE(model.status(QStringLiteral("api"))->state, QuickState::Up);
        QCOMPARE(model.status(QStringLiteral("api"))->lastChangeMs, 1000);
        QCOMPARE(model.status(QStringLiteral("api"))->decided.finding, QStringLiteral("protocol.http_ok"));
    }

    void newStateNeedsTwoChecks() {
        QuickCheckModel model(policy(2));
        model.setEndpoints({QStringLiteral("api")});
        model.record(QStringLiteral("api"), result(QuickState::Up), 1000);
        QVERIFY(!model.record(QStringLiteral("api"),
                              result(QuickState::Down, QStringLiteral("server.not_listening")), 2000));
        const auto* status = model.status(QStringLiteral("api"));
        QCOMPARE(status->state, QuickState::Up); // not confirmed yet
        QCOMPARE(status->pending, QuickState::Down);
        QCOMPARE(status->pendingCount, 1);
        QCOMPARE(status->latest.finding, QStringLiteral("server.not_listening"));
        const auto change = model.record(
            QStringLiteral("api"), result(QuickState::Down, QStringLiteral("server.not_listening")), 3000);
        QVERIFY(change);
        QVERIFY(!change->initial());
        QCOMPARE(change->from, QuickState::Up);
        QCOMPARE(change->to, QuickState::Down);
        QCOMPARE(change->result.finding, QStringLiteral("server.not_listening"));
        QCOMPARE(change->atMs, 3000);
        QCOMPARE(model.status(QStringLiteral("api"))->state, QuickState::Down);
        QCOMPARE(model.status(QStringLiteral("api"))->lastChangeMs, 3000);
        QCOMPARE(model.status(QStringLiteral("api"))->pendingCount, 0);
    }

    void flappingNeverConfirms() {
        QuickCheckModel model(policy(2));
        model.setEndpoints({QStringLiteral("api")});
        model.record(QStringLiteral("api"), result(QuickState::Up), 0);
        int changes = 0;
        for (int i = 1; i <= 20; ++i)
            if (model.record(QStringLiteral("api"), result(i % 2 ? QuickState::Down : QuickState::Up),
                             i * 1000))
                ++changes;
        QCOMPARE(changes, 0);
        QCOMPARE(model.status(QStringLiteral("api"))->state, QuickState::Up);
        QCOMPARE(model.status(QStringLiteral("api"))->lastChangeMs, 0);
    }

    void aDifferentPendingStateStartsOver() {
        QuickCheckModel model(policy(2));
        model.setEndpoints({QStringLiteral("api")});
        model.record(QStringLiteral("api"), result(QuickState::Up), 0);
        QVERIFY(!model.record(QStringLiteral("api"), result(QuickState::Down), 1000));
        QVERIFY(!model.record(QStringLiteral("api"), result(QuickState::Degraded), 2000));
        QCOMPARE(model.status(QStringLiteral("api"))->pending, QuickState::Degraded);
        QCOMPARE(model.status(QStringLiteral("api"))->pendingCount, 1);
        const auto change = model.record(QStringLiteral("api"), result(QuickState::Degraded), 3000);
        QVERIFY(change);
        QCOMPARE(change->to, QuickState::Degraded);
    }

    void minimumHoldTimeConfirmsOnTick() {
        QuickCheckModel model(policy(3, 60000));
        model.setEndpoints({QStringLiteral("files")});
        model.record(QStringLiteral("files"), result(QuickState::Up), 0);
        QVERIFY(!model.record(QStringLiteral("files"), result(QuickState::Down), 1000));
        QVERIFY(model.tick(30000).isEmpty());
        const QList<StateChange> changes = model.tick(61000);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().to, QuickState::Down);
        QCOMPARE(model.status(QStringLiteral("files"))->lastChangeMs, 61000);
        QVERIFY(model.tick(200000).isEmpty()); // confirmed once only
    }

    void minimumHoldTimeAlsoConfirmsOnARecord() {
        QuickCheckModel model(policy(5, 10000));
        model.setEndpoints({QStringLiteral("api")});
        model.record(QStringLiteral("api"), result(QuickState::Up), 0);
        QVERIFY(!model.record(QStringLiteral("api"), result(QuickState::Down), 1000));
        QVERIFY(model.record(QStringLiteral("api"), result(QuickState::Down), 11000));
    }

    void worstState_data() {
        QTest::addColumn<QList<int>>("states");
        QTest::addColumn<QuickState>("worst");
        QTest::addRow("none") << QList<int>{} << QuickState::Unknown;
        QTest::addRow("all up") << QList<int>{int(QuickState::Up), int(QuickState::Up)} << QuickState::Up;
        QTest::addRow("one unknown") << QList<int>{int(QuickState::Up), -1} << QuickState::Unknown;
        QTest::addRow("degraded beats unknown")
            << QList<int>{int(QuickState::Degraded), -1} << QuickState::Degraded;
        QTest::addRow("down beats all")
            << QList<int>{int(QuickState::Up), int(QuickState::Degraded), int(QuickState::Down), -1}
            << QuickState::Down;
    }

    void worstState() {
        QFETCH(QList<int>, states);
        QFETCH(QuickState, worst);
        QuickCheckModel model(policy());
        QStringList names;
        for (int i = 0; i < states.size(); ++i)
            names << QStringLiteral("e%1").arg(i);
        model.setEndpoints(names);
        for (int i = 0; i < states.size(); ++i)
            if (states.at(i) >= 0)
                model.record(names.at(i), result(QuickState(states.at(i))), 1000);
        QCOMPARE(model.worst(), worst);
        int total = 0;
        for (int count : model.counts())
            total += count;
        QCOMPARE(total, states.size());
    }

    void setEndpointsKeepsKnownStates() {
        QuickCheckModel model(policy());
        model.setEndpoints({QStringLiteral("a"), QStringLiteral("b")});
        model.record(QStringLiteral("a"), result(QuickState::Down), 1000);
        model.setEndpoints({QStringLiteral("c"), QStringLiteral("a")});
        QCOMPARE(model.statuses().size(), 2);
        QCOMPARE(model.statuses().at(0).name, QStringLiteral("c"));
        QCOMPARE(model.status(QStringLiteral("a"))->state, QuickState::Down);
        QVERIFY(!model.status(QStringLiteral("b")));
        QVERIFY(!model.record(QStringLiteral("b"), result(QuickState::Up), 2000)); // forgotten
        model.reset(QStringLiteral("a"));
        QCOMPARE(model.status(QStringLiteral("a"))->state, QuickState::Unknown);
    }

    void notificationsAreRateLimited() {
        QuickCheckModel model(policy());
        int heldBack = -1;
        QVERIFY(model.admitNotification(0, &heldBack));
        QCOMPARE(heldBack, 0);
        QVERIFY(model.admitNotification(1000));
        QVERIFY(model.admitNotification(2000));
        QVERIFY(!model.admitNotification(3000)); // 3 per minute
        QVERIFY(!model.admitNotification(4000));
        QVERIFY(model.admitNotification(60001, &heldBack)); // the first one left the window
        QCOMPARE(heldBack, 2);                              // and the next one says what was missed
        QVERIFY(model.admitNotification(61001, &heldBack));
        QCOMPARE(heldBack, 0);
    }

    void muteSilencesForAWhile() {
        QuickCheckModel model(policy());
        const qint64 hour = 3600 * 1000;
        model.muteUntil(4 * hour);
        QVERIFY(model.muted(0));
        QVERIFY(!model.admitNotification(hour));
        QVERIFY(model.muted(4 * hour - 1));
        QVERIFY(!model.muted(4 * hour));
        int heldBack = -1;
        QVERIFY(model.admitNotification(4 * hour, &heldBack));
        QCOMPARE(heldBack, 0); // muted changes are not counted as held back
        model.muteUntil(10 * hour);
        model.unmute();
        QVERIFY(!model.muted(5 * hour));
    }

    void stateNames() {
        for (QuickState state : {QuickState::Unknown, QuickState::Up, QuickState::Degraded, QuickState::Down})
            QCOMPARE(ld::wizard::quickStateFromName(ld::wizard::quickStateName(state)), state);
        QCOMPARE(ld::wizard::quickStateName(QuickState::Degraded), QStringLiteral("degraded"));
        QVERIFY(!ld::wizard::quickStateFromName(QStringLiteral("sideways")));
    }
};

QTEST_APPLESS_MAIN(TestQuickCheckModel)
#include "tst_quickcheckmodel.moc"
