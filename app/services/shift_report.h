#pragma once

#include "core/alert_workflow.h"
#include "core/incident.h"

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
    int incidentsCreated = 0;          ///< incidents made in the shift
    int incidentsEscalated = 0;        ///< incidents escalated to 112/119 in the shift
    int incidentsOpen = 0;             ///< incidents open or escalated at `to`
    /// Incidents made in the shift or still open at its end, oldest first.
    QVector<Incident> incidents;
    QVector<IncidentShare> escalations;  ///< camera shares created in the shift, in order
};

/// Builds the report of the shift [from, to) from the alerts and the transition trail.
ShiftReport buildShiftReport(const QVector<Alert>& alerts,
                             const QVector<AlertTransition>& transitions, const QDateTime& from,
                             const QDateTime& to);

/// Adds the incidents and the escalations of the shift [report.from, report.to) to the report.
/// An incident's state is its state now.
void addIncidents(ShiftReport& report, const QVector<Incident>& incidents,
                  const QVector<IncidentShare>& shares);

}  // namespace bg
