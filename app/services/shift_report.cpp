#include "services/shift_report.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bg {

namespace {
double median(QVector<double> v) {
    if (v.isEmpty()) return -1;
    std::sort(v.begin(), v.end());
    const int n = int(v.size());
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
double mean(const QVector<double>& v) {
    if (v.isEmpty()) return -1;
    double sum = 0;
    for (double x : v) sum += x;
    return sum / double(v.size());
}
}  // namespace

ShiftReport buildShiftReport(const QVector<Alert>& alerts,
                             const QVector<AlertTransition>& transitions, const QDateTime& from,
                             const QDateTime& to) {
    ShiftReport r;
    r.from = from;
    r.to = to;
    QHash<QString, QDateTime> firstAck;
    QHash<QString, QDateTime> resolvedAt;
    for (const AlertTransition& t : transitions) {
        if (t.at >= to) continue;
        if (t.to == AlertState::Acknowledged && !firstAck.contains(t.alertId))
            firstAck.insert(t.alertId, t.at);
        if (t.to == AlertState::Resolved) resolvedAt.insert(t.alertId, t.at);
        if (t.at >= from) r.actions.append(t);
    }
    QVector<double> ack;
    QVector<double> resolve;
    for (const Alert& a : alerts) {
        if (!a.raisedAt.isValid() || a.raisedAt >= to) continue;
        if (isOpen(a.state)) r.stillOpen.append(a);
        if (a.raisedAt < from) continue;
        ++r.raised;
        ++r.byCategory[a.category];
        ++r.bySeverity[a.severity];
        if (firstAck.contains(a.id)) {
            ++r.acknowledged;
            ack.append(a.raisedAt.msecsTo(firstAck.value(a.id)) / 1000.0);
        }
        if (resolvedAt.contains(a.id)) {
            ++r.resolved;
            resolve.append(a.raisedAt.msecsTo(resolvedAt.value(a.id)) / 1000.0);
        }
    }
    std::sort(r.stillOpen.begin(), r.stillOpen.end(),
              [](const Alert& a, const Alert& b) { return a.raisedAt < b.raisedAt; });
    r.medianAckSeconds = median(ack);
    r.meanAckSeconds = mean(ack);
    r.medianResolveSeconds = median(resolve);
    return r;
}

void addIncidents(ShiftReport& r, const QVector<Incident>& incidents,
                  const QVector<IncidentShare>& shares) {
    const auto inShift = [&r](const QDateTime& t) {
        return t.isValid() && t >= r.from && t < r.to;
    };
    QSet<QString> escalated;
    for (const IncidentShare& s : shares) {
        if (!inShift(s.createdAt)) continue;
        r.escalations.append(s);
        escalated.insert(s.incidentId);
    }
    std::sort(
        r.escalations.begin(), r.escalations.end(),
        [](const IncidentShare& a, const IncidentShare& b) { return a.createdAt < b.createdAt; });
    r.incidentsEscalated = int(escalated.size());
    for (const Incident& i : incidents) {
        if (!i.createdAt.isValid() || i.createdAt >= r.to) continue;
        const bool created = i.createdAt >= r.from;
        const bool open = isOpen(i.state);
        if (created) ++r.incidentsCreated;
        if (open) ++r.incidentsOpen;
        if (created || open) r.incidents.append(i);
    }
    std::sort(r.incidents.begin(), r.incidents.end(),
              [](const Incident& a, const Incident& b) { return a.createdAt < b.createdAt; });
}

}  // namespace bg
