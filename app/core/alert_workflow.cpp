#include "core/alert_workflow.h"

namespace bg {

bool canTransition(AlertState from, AlertState to) {
    switch (from) {
        case AlertState::New:
            return to == AlertState::Acknowledged;
        case AlertState::Acknowledged:
            return to == AlertState::InProgress || to == AlertState::Resolved;
        case AlertState::InProgress:
            return to == AlertState::Resolved;
        case AlertState::Resolved:
            return to == AlertState::Closed || to == AlertState::InProgress;
        case AlertState::Closed:
            return to == AlertState::InProgress;
    }
    return false;
}

QVector<AlertState> nextStates(AlertState from) {
    QVector<AlertState> out;
    for (AlertState to : {AlertState::New, AlertState::Acknowledged, AlertState::InProgress,
                          AlertState::Resolved, AlertState::Closed})
        if (canTransition(from, to)) out.append(to);
    return out;
}

}  // namespace bg
