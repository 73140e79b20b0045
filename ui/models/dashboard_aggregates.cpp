#include "ui/models/dashboard_aggregates.h"

#include "core/seoul_time.h"

#include <QHash>

#include <algorithm>

namespace bg {

QDateTime seoulDayStart(const QDateTime& t) {
    const QDateTime local = toSeoul(t);
    return QDateTime(local.date(), QTime(0, 0), seoulTimeZone()).toUTC();
}

QDateTime seoulHourStart(const QDateTime& t) {
    const QDateTime local = toSeoul(t);
    return QDateTime(local.date(), QTime(local.time().hour(), 0), seoulTimeZone()).toUTC();
}

namespace {

double hoursBetween(const QDateTime& a, const QDateTime& b) {
    return double(a.msecsTo(b)) / 3600000.0;
}

// The curve's value at `t` between samples a and b (linear).
double interpolate(const TelemetryPoint& a, const TelemetryPoint& b, const QDateTime& t) {
    const qint64 span = a.at.msecsTo(b.at);
    if (span <= 0) return b.value;
    const double f = double(a.at.msecsTo(t)) / double(span);
    return a.value + (b.value - a.value) * f;
}

// The grid's times: from `from` every `stepS`, and `to` itself as the last one (so that the
// latest value shows even when `to` is between two steps).
QVector<QDateTime> gridTimes(const QDateTime& from, const QDateTime& to, qint64 stepS) {
    QVector<QDateTime> out;
    if (stepS <= 0 || !from.isValid() || !to.isValid() || to < from) return out;
    for (QDateTime t = from; t <= to; t = t.addSecs(stepS)) out.append(t);
    if (out.last() < to) out.append(to);
    return out;
}

}  // namespace

double integrateKwh(const QVector<TelemetryPoint>& kw, const QDateTime& from, const QDateTime& to) {
    double kwh = 0;
    for (int i = 1; i < kw.size(); ++i) {
        const TelemetryPoint& a = kw.at(i - 1);
        const TelemetryPoint& b = kw.at(i);
        if (b.at <= from || a.at >= to || b.at <= a.at) continue;
        const QDateTime start = std::max(a.at, from);
        const QDateTime end = std::min(b.at, to);
        const double v0 = interpolate(a, b, start);
        const double v1 = interpolate(a, b, end);
        kwh += (v0 + v1) / 2 * hoursBetween(start, end);
    }
    return kwh;
}

QVector<TimeValue> resample(const QVector<TelemetryPoint>& samples, const QDateTime& from,
                            const QDateTime& to, qint64 stepS) {
    QVector<TimeValue> out;
    int next = 0;  // first sample not yet used
    double held = std::numeric_limits<double>::quiet_NaN();
    QDateTime previous = from.addSecs(-stepS);
    for (const QDateTime& t : gridTimes(from, to, stepS)) {
        double sum = 0;
        int n = 0;
        while (next < samples.size() && samples.at(next).at <= t) {
            // Samples before the grid's first step only set the held value.
            if (samples.at(next).at > previous) {
                sum += samples.at(next).value;
                ++n;
            }
            held = samples.at(next).value;
            ++next;
        }
        out.append({t, n > 0 ? sum / n : held});
        previous = t;
    }
    return out;
}

QVector<TimeValue> occupancyHistory(const QVector<LotHistory>& lots, const QDateTime& from,
                                    const QDateTime& to, qint64 stepS) {
    QVector<TimeValue> out;
    QVector<int> next(lots.size(), 0);
    QVector<int> known(lots.size(), -1);  // last available count, -1: none yet
    for (const QDateTime& t : gridTimes(from, to, stepS)) {
        qint64 occupied = 0, capacity = 0;
        for (int i = 0; i < lots.size(); ++i) {
            const LotHistory& lot = lots.at(i);
            while (next[i] < lot.available.size() && lot.available.at(next[i]).at <= t)
                known[i] = int(std::lround(lot.available.at(next[i]++).value));
            if (known[i] < 0 || lot.totalSpots <= 0) continue;
            occupied += std::clamp(lot.totalSpots - known[i], 0, lot.totalSpots);
            capacity += lot.totalSpots;
        }
        TimeValue v{t};
        if (capacity > 0) v.value = 100.0 * double(occupied) / double(capacity);
        out.append(v);
    }
    return out;
}

int HourlyCounts::total(int hour) const {
    int n = 0;
    for (int c : counts.value(hour)) n += c;
    return n;
}

int HourlyCounts::keyTotal(int key) const {
    int n = 0;
    for (const QVector<int>& row : counts) n += row.value(key);
    return n;
}

HourlyCounts countPerHour(const QVector<KeyedEvent>& events, const QDateTime& now, int hours,
                          const QStringList& keyOrder) {
    HourlyCounts out;
    if (hours <= 0 || !now.isValid()) return out;
    const QDateTime last = seoulHourStart(now);
    for (int i = hours - 1; i >= 0; --i) out.hours.append(last.addSecs(-3600LL * i));
    out.keys = keyOrder;
    for (const KeyedEvent& e : events)
        if (!out.keys.contains(e.key)) out.keys.append(e.key);
    out.counts = QVector<QVector<int>>(hours, QVector<int>(out.keys.size(), 0));
    const QDateTime first = out.hours.first();
    const QDateTime end = last.addSecs(3600);
    for (const KeyedEvent& e : events) {
        if (!e.at.isValid() || e.at < first || e.at >= end) continue;
        const int hour = int(first.secsTo(e.at) / 3600);
        ++out.counts[hour][int(out.keys.indexOf(e.key))];
    }
    // Keys that were not asked for and fell outside the window add nothing: drop them.
    for (int k = int(out.keys.size()) - 1; k >= int(keyOrder.size()); --k) {
        if (out.keyTotal(k) > 0) continue;
        out.keys.removeAt(k);
        for (QVector<int>& row : out.counts) row.removeAt(k);
    }
    return out;
}

}  // namespace bg
