#pragma once

#include "core/hub_entity.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <limits>

namespace bg {

/// Pure aggregations behind the dashboards: time buckets in Seoul hours, energy by trapezoid,
/// parking occupancy over time. No widgets, no store: values in, values out.

/// One point of a chart; `value` is NaN where nothing is known yet.
struct TimeValue {
    QDateTime at;  ///< UTC
    double value = std::numeric_limits<double>::quiet_NaN();
    bool known() const { return !std::isnan(value); }
};

/// The instant (UTC) of 00:00 in Asia/Seoul on the Seoul day of `t`.
QDateTime seoulDayStart(const QDateTime& t);
/// The instant (UTC) at which the Seoul hour of `t` began.
QDateTime seoulHourStart(const QDateTime& t);

/// Energy in kWh of a power curve (kW samples, oldest first) over [from, to], by the trapezoid
/// rule between consecutive samples; the curve is cut (linearly) at `from` and `to` and not
/// extended beyond its first and last sample.
double integrateKwh(const QVector<TelemetryPoint>& kwSamples, const QDateTime& from,
                    const QDateTime& to);

/// The curve on a regular grid from `from` every `stepS` seconds, ending with `to`: at each grid
/// time the mean of the samples in the step that ends there, else the last value before it
/// (held), NaN before the first sample.
QVector<TimeValue> resample(const QVector<TelemetryPoint>& samples, const QDateTime& from,
                            const QDateTime& to, qint64 stepS);

/// One lot's history for `occupancyHistory`.
struct LotHistory {
    int totalSpots = 0;
    QVector<TelemetryPoint> available;  ///< availableSpotNumber samples, oldest first
};
/// Share of spots in use (percent) over all lots, on a grid every `stepS` seconds ending with
/// `to`: at each grid time each lot counts with its last known value; lots with nothing known
/// yet are left out; NaN where no lot is known.
QVector<TimeValue> occupancyHistory(const QVector<LotHistory>& lots, const QDateTime& from,
                                    const QDateTime& to, qint64 stepS);

/// Events counted per Seoul hour and key.
struct HourlyCounts {
    QVector<QDateTime> hours;      ///< start of each hour (UTC), oldest first
    QStringList keys;              ///< one column per key
    QVector<QVector<int>> counts;  ///< [hour][key]
    int total(int hour) const;
    int keyTotal(int key) const;
};
struct KeyedEvent {
    QDateTime at;
    QString key;
};
/// Counts `events` in the `hours` Seoul hours up to and including the one `now` is in. Keys come
/// in `keyOrder` first (all of them, even with no events), then in order of first appearance.
HourlyCounts countPerHour(const QVector<KeyedEvent>& events, const QDateTime& now, int hours,
                          const QStringList& keyOrder = {});

/// A machine needs emptying when its fullest bin reaches the threshold (percent).
inline bool collectionDue(double maxFillPercent, double thresholdPercent) {
    return maxFillPercent >= thresholdPercent;
}

}  // namespace bg
