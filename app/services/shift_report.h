#pragma once

#include "core/alert_workflow.h"

#include <QMap>
#include <QVector>

namespace bg {

/// What a shift did with its alerts: the handover report's numbers.
struct ShiftReport {
    QDateTime from;  ///< UTC
    QDateTime to;    ///< UTC
    int raised = 0;  ///< alerts raised in the shift
    QMap<AlertCategory, int> byCategory;
    QMap<Severity, int> bySeverity;
    int acknowledged = 0;          ///< of those, acknowledged (in the shift or before now)
    int resolved = 0;              ///< of those, resolved or closed
    double medianAckSeconds = -1;  ///< raised → first acknowledgement; -1 when none
    double meanAckSeconds = -1;
    double medianResolveSeconds = -1;  ///< raised → resolved; -1 when none
    QVector<Alert> stillOpen;          ///< every alert still open at `to`, oldest first
    QVector<AlertTransition> actions;  ///< every transition made in the shift, in order
};

/// Builds the report of the shift [from, to) from the alerts and the transition trail.
ShiftReport buildShiftReport(const QVector<Alert>& alerts,
                             const QVector<AlertTransition>& transitions, const QDateTime& from,
                             const QDateTime& to);

}  // namespace bg
