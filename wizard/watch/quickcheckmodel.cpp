#include "wizard/watch/quickcheckmodel.h"

#include <algorithm>

namespace ld::wizard {

QString quickStateName(QuickState state) {
    switch (state) {
    case QuickState::Up:
        return QStringLiteral("up");
    case QuickState::Degraded:
        return QStringLiteral("degraded");
    case QuickState::Down:
        return QStringLiteral("down");
    case QuickState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<QuickState> quickStateFromName(const QString& name) {
    for (QuickState state : {QuickState::Unknown, QuickState::Up, QuickState::Degraded, QuickState::Down})
        if (quickStateName(state) == name)
            return state;
    return std::nullopt;
}

int quickStateBadness(QuickState state) {
    switch (state) {
    case QuickState::Up:
        return 0;
    case QuickState::Unknown:
        return 1;
    case QuickState::Degraded:
        return 2;
    case QuickState::Down:
        return 3;
    }
    return 1;
}

void QuickCheckModel::setEndpoints(const QStringList& names) {
    QList<EndpointStatus> next;
    next.reserve(names.size());
    for (const QString& name : names) {
        if (const EndpointStatus* known = status(name)) {
            next << *known;
        } else {
            EndpointStatus fresh;
            fresh.name = name;
            next << fresh;
        }
    }
    m_statuses = std::move(next);
}

void QuickCheckModel::reset(const QString& name) {
    if (EndpointStatus* status = find(name)) {
        EndpointStatus fresh;
        fresh.name = name;
        *status = fresh;
    }
}

const EndpointStatus* QuickCheckModel::status(const QString& name) const {
    for (const EndpointStatus& status : m_statuses)
        if (status.name == name)
            return &status;
    return nullptr;
}

EndpointStatus* QuickCheckModel::find(const QString& name) {
    for (EndpointStatus& status : m_statuses)
        if (status.name == name)
            return &status;
    return nullptr;
}

StateChange QuickCheckModel::confirm(EndpointStatus& status, qint64 nowMs) {
    StateChange change;
    change.name = status.name;
    change.from = status.state;
    change.to = status.pending;
    change.result = status.latest;
    change.atMs = nowMs;
    status.state = status.pending;
    status.decided = status.latest;
    status.lastChangeMs = nowMs;
    status.pending = QuickState::Unknown;
    status.pendingCount = 0;
    status.pendingSinceMs = 0;
    return change;
}

std::optional<StateChange> QuickCheckModel::record(const QString& name, const QuickResult& result,
                                                   qint64 nowMs) {
    EndpointStatus* status = find(name);
    if (!status || result.state == QuickState::Unknown)
        return std::nullopt;
    status->latest = result;
    status->lastCheckMs = nowMs;

    if (status->state == QuickState::Unknown) {
        status->pending = result.state;
        return confirm(*status, nowMs);
    }
    if (result.state == status->state) {
        // Back to (or still in) the shown state: whatever was pending was a blip.
        status->decided = result;
        status->pending = QuickState::Unknown;
        status->pendingCount = 0;
        status->pendingSinceMs = 0;
        return std::nullopt;
    }
    if (result.state == status->pending) {
        ++status->pendingCount;
    } else {
        status->pending = result.state;
        status->pendingCount = 1;
        status->pendingSinceMs = nowMs;
    }
    if (status->pendingCount >= std::max(1, m_policy.confirmations) ||
        (m_policy.minHoldMs > 0 && nowMs - status->pendingSinceMs >= m_policy.minHoldMs))
        return confirm(*status, nowMs);
    return std::nullopt;
}

QList<StateChange> QuickCheckModel::tick(qint64 nowMs) {
    QList<StateChange> changes;
    if (m_policy.minHoldMs <= 0)
        return changes;
    for (EndpointStatus& status : m_statuses)
        if (status.pendingCount > 0 && nowMs - status.pendingSinceMs >= m_policy.minHoldMs)
            changes << confirm(status, nowMs);
    return changes;
}

QuickState QuickCheckModel::worst() const {
    if (m_statuses.isEmpty())
        return QuickState::Unknown;
    QuickState worst = QuickState::Up;
    for (const EndpointStatus& status : m_statuses)
        if (quickStateBadness(status.state) > quickStateBadness(worst))
            worst = status.state;
    return worst;
}

QMap<QuickState, int> QuickCheckModel::counts() const {
    QMap<QuickState, int> counts;
    for (const EndpointStatus& status : m_statuses)
        ++counts[status.state];
    return counts;
}

bool QuickCheckModel::admitNotification(qint64 nowMs, int* heldBack) {
    if (heldBack)
        *heldBack = 0;
    if (muted(nowMs))
        return false;
    m_sent.removeIf([&](qint64 at) { return nowMs - at >= m_policy.windowMs; });
    if (m_sent.size() >= m_policy.maxNotifications) {
        ++m_heldBack;
        return false;
    }
    m_sent << nowMs;
    if (heldBack)
        *heldBack = m_heldBack;
    m_heldBack = 0;
    return true;
}

} // namespace ld::wizard
