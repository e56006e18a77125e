#pragma once
// The tray's memory of each endpoint: the state it shows, the check that decided it, when it last
// changed. A new state is only confirmed when it held for `confirmations` checks in a row, or for
// `minHoldMs`, so a flapping server doesn't flood the user; notifications are rate-limited and
// can be muted. Pure logic: time is passed in (milliseconds since the epoch), so tests are exact.

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ld::wizard {

// In order of badness for the icon: the worst wins (Down, then Degraded, then Unknown, then Up).
enum class QuickState { Unknown, Up, Degraded, Down };
QString quickStateName(QuickState state); // "unknown", "up", "degraded", "down"
std::optional<QuickState> quickStateFromName(const QString& name);
int quickStateBadness(QuickState state); // Up 0, Unknown 1, Degraded 2, Down 3

// One check's outcome and the finding that decided it.
struct QuickResult {
    QuickState state = QuickState::Unknown;
    QString finding; // a finding id, e.g. "server.not_listening"
    QString title;   // one plain sentence, e.g. "Connection refused: nothing listens on 3001."
    double elapsedMs = 0;
};

struct EndpointStatus {
    QString name;
    QuickState state = QuickState::Unknown; // confirmed: what the icon and the menu show
    QuickResult decided;                    // the check that confirmed it (updated while it holds)
    QuickResult latest;                     // the latest check, even when not confirmed yet
    qint64 lastChangeMs = 0;                // when `state` last changed; 0: never checked
    qint64 lastCheckMs = 0;
    QuickState pending = QuickState::Unknown; // a different state seen, not confirmed yet
    int pendingCount = 0;
    qint64 pendingSinceMs = 0;
};

struct StateChange {
    QString name;
    QuickState from = QuickState::Unknown;
    QuickState to = QuickState::Unknown;
    QuickResult result;
    qint64 atMs = 0;
    bool initial() const { return from == QuickState::Unknown; } // the first result: never notified
};

class QuickCheckModel {
public:
    struct Policy {
        int confirmations = 2;        // checks in a row showing the new state
        qint64 minHoldMs = 120000;    // or this long as the latest observation (see tick())
        int maxNotifications = 3;     // at most this many in...
        qint64 windowMs = 10 * 60000; // ...this window; the rest are counted and summarised
    };

    QuickCheckModel() = default;
    explicit QuickCheckModel(Policy policy)
        : m_policy(policy) {}

    const Policy& policy() const { return m_policy; }
    void setPolicy(const Policy& policy) { m_policy = policy; }

    // The watched names, in display order. Known names keep their state; new ones are Unknown.
    void setEndpoints(const QStringList& names);
    // Forgets what was seen for one endpoint (its target changed, or it was disabled).
    void reset(const QString& name);
    const QList<EndpointStatus>& statuses() const { return m_statuses; }
    const EndpointStatus* status(const QString& name) const;

    // Records a check. Returns the confirmed change it made, if any (the first result of an
    // endpoint is adopted at once as an initial change).
    std::optional<StateChange> record(const QString& name, const QuickResult& result, qint64 nowMs);
    // Confirms pending states that have been the latest observation for minHoldMs.
    QList<StateChange> tick(qint64 nowMs);

    QuickState worst() const; // Unknown when nothing is watched
    QMap<QuickState, int> counts() const;

    // --- notifications ---
    void muteUntil(qint64 untilMs) { m_mutedUntil = untilMs; }
    void unmute() { m_mutedUntil = 0; }
    bool muted(qint64 nowMs) const { return nowMs < m_mutedUntil; }
    qint64 mutedUntil() const { return m_mutedUntil; }
    // Whether a (non-initial) change may be shown now. Counts it against the window; when it
    // may not, it is held back, and *heldBack of the next admitted one says how many were.
    bool admitNotification(qint64 nowMs, int* heldBack = nullptr);

private:
    EndpointStatus* find(const QString& name);
    StateChange confirm(EndpointStatus& status, qint64 nowMs);

    Policy m_policy;
    QList<EndpointStatus> m_statuses;
    QList<qint64> m_sent; // when recent notifications were shown
    int m_heldBack = 0;
    qint64 m_mutedUntil = 0;
};

} // namespace ld::wizard
