#pragma once

#include "core/alert.h"

#include <QDateTime>
#include <QVector>

namespace bg {

/// One change of an alert's state, with who did it, when and why.
struct AlertTransition {
    QString alertId;
    AlertState from = AlertState::New;
    AlertState to = AlertState::New;
    QString user;
    QDateTime at;  ///< UTC
    QString note;
    friend bool operator==(const AlertTransition&, const AlertTransition&) = default;
};

/// The alert state machine: new → acknowledged → in progress → resolved → closed, with
/// "resolve" allowed straight from acknowledged, and reopen (resolved or closed → in progress).
/// Everything else is illegal.
bool canTransition(AlertState from, AlertState to);

/// The states reachable from `from`, in workflow order.
QVector<AlertState> nextStates(AlertState from);

/// Whether an alert in this state still needs someone (new, acknowledged, in progress).
inline bool isOpen(AlertState s) {
    return s == AlertState::New || s == AlertState::Acknowledged || s == AlertState::InProgress;
}

/// Repeats of the same source and category within `windowMs` of the open alert's last
/// occurrence fold into it (its counter grows) instead of raising a new alert.
struct GroupingPolicy {
    qint64 windowMs = 5 * 60 * 1000;
    bool sameGroup(const Alert& open, const Alert& incoming, const QDateTime& lastSeen) const {
        return isOpen(open.state) && open.category == incoming.category &&
               !open.sourceId.isEmpty() && open.sourceId == incoming.sourceId &&
               lastSeen.isValid() && incoming.raisedAt.isValid() &&
               lastSeen.msecsTo(incoming.raisedAt) <= windowMs &&
               lastSeen.msecsTo(incoming.raisedAt) >= -windowMs;
    }
};

}  // namespace bg
