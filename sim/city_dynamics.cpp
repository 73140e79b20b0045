#include "city_dynamics.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sim {

namespace {

using Curve = std::array<double, 24>;  // value at each full hour, interpolated between

// Downtown (충장로, 금남로): lunch and evening peaks, busier at weekends.
constexpr Curve kDowntownWeekday{0.15, 0.12, 0.10, 0.10, 0.10, 0.12, 0.18, 0.30,
                                 0.45, 0.55, 0.62, 0.72, 0.88, 0.85, 0.68, 0.62,
                                 0.62, 0.70, 0.86, 0.90, 0.80, 0.60, 0.40, 0.25};
constexpr Curve kDowntownWeekend{0.20, 0.15, 0.12, 0.10, 0.10, 0.10, 0.12, 0.18,
                                 0.28, 0.40, 0.55, 0.68, 0.82, 0.85, 0.80, 0.78,
                                 0.78, 0.82, 0.90, 0.92, 0.82, 0.62, 0.42, 0.28};
// 대인시장, a daily market: late-morning and late-afternoon peaks.
constexpr Curve kDaeinMarket{0.10, 0.08, 0.06, 0.06, 0.06, 0.08, 0.15, 0.30,
                             0.55, 0.75, 0.88, 0.92, 0.85, 0.78, 0.80, 0.88,
                             0.90, 0.80, 0.60, 0.45, 0.35, 0.25, 0.18, 0.12};
// 남광주시장: early trade every day, a full morning on 5-day market days.
constexpr Curve kNamgwangjuDay{0.10, 0.08, 0.08, 0.10, 0.20, 0.35, 0.45, 0.50,
                               0.55, 0.58, 0.60, 0.60, 0.55, 0.50, 0.48, 0.50,
                               0.52, 0.48, 0.38, 0.25, 0.18, 0.14, 0.12, 0.10};
constexpr Curve kNamgwangjuMarketDay{0.12, 0.10, 0.10, 0.15, 0.35, 0.60, 0.80, 0.92,
                                     0.97, 0.97, 0.95, 0.90, 0.80, 0.70, 0.62, 0.60,
                                     0.60, 0.55, 0.42, 0.28, 0.20, 0.15, 0.12, 0.10};
// 소태역 park-and-ride: commuters on weekdays.
constexpr Curve kStationWeekday{0.05, 0.05, 0.05, 0.05, 0.05, 0.08, 0.25, 0.60,
                                0.85, 0.88, 0.88, 0.86, 0.85, 0.85, 0.85, 0.84,
                                0.82, 0.70, 0.45, 0.25, 0.15, 0.10, 0.07, 0.05};
constexpr Curve kStationWeekend{0.05, 0.05, 0.05, 0.05, 0.05, 0.06, 0.08, 0.12,
                                0.18, 0.22, 0.25, 0.26, 0.26, 0.25, 0.25, 0.24,
                                0.22, 0.20, 0.16, 0.12, 0.10, 0.08, 0.06, 0.05};
constexpr Curve kActivity{0.10, 0.06, 0.04, 0.03, 0.04, 0.08, 0.20, 0.45, 0.65, 0.70, 0.75, 0.85,
                          0.95, 0.90, 0.80, 0.80, 0.85, 0.95, 1.00, 0.90, 0.70, 0.50, 0.30, 0.18};

double at(const Curve& curve, const QTime& t) {
    const double hours = t.hour() + t.minute() / 60.0 + t.second() / 3600.0;
    const int h = int(hours) % 24;
    const double f = hours - std::floor(hours);
    return curve[h] * (1 - f) + curve[(h + 1) % 24] * f;
}

}  // namespace

QDateTime CityDynamics::toKst(const QDateTime& utc) {
    return utc.toOffsetFromUtc(kKstOffsetS);
}

double CityDynamics::solarElevationDeg(const QDateTime& utcTime, double latDeg, double lonDeg) {
    const QDateTime utc = utcTime.toUTC();
    constexpr double kRad = M_PI / 180.0;
    const double hour =
        utc.time().hour() + utc.time().minute() / 60.0 + utc.time().second() / 3600.0;
    const int daysInYear = QDate::isLeapYear(utc.date().year()) ? 366 : 365;
    const double gamma = 2 * M_PI / daysInYear * (utc.date().dayOfYear() - 1 + (hour - 12) / 24);
    const double eqTimeMin =
        229.18 * (0.000075 + 0.001868 * std::cos(gamma) - 0.032077 * std::sin(gamma) -
                  0.014615 * std::cos(2 * gamma) - 0.040849 * std::sin(2 * gamma));
    const double decl = 0.006918 - 0.399912 * std::cos(gamma) + 0.070257 * std::sin(gamma) -
                        0.006758 * std::cos(2 * gamma) + 0.000907 * std::sin(2 * gamma) -
                        0.002697 * std::cos(3 * gamma) + 0.00148 * std::sin(3 * gamma);
    const double trueSolarMin = hour * 60 + eqTimeMin + 4 * lonDeg;
    const double hourAngle = (trueSolarMin / 4 - 180) * kRad;
    const double lat = latDeg * kRad;
    const double cosZenith =
        std::sin(lat) * std::sin(decl) + std::cos(lat) * std::cos(decl) * std::cos(hourAngle);
    return 90.0 - std::acos(std::clamp(cosZenith, -1.0, 1.0)) / kRad;
}

bool CityDynamics::isNamgwangjuMarketDay(const QDate& kstDate) {
    const int last = kstDate.day() % 10;
    return last == 2 || last == 7;
}

double CityDynamics::parkingDemand(const QString& profile, const QDateTime& kst) {
    const QTime t = kst.time();
    const bool weekend = kst.date().dayOfWeek() >= 6;
    if (profile == QLatin1String("daeinMarket")) return at(kDaeinMarket, t);
    if (profile == QLatin1String("namgwangjuMarket"))
        return at(isNamgwangjuMarketDay(kst.date()) ? kNamgwangjuMarketDay : kNamgwangjuDay, t);
    if (profile == QLatin1String("station"))
        return at(weekend ? kStationWeekend : kStationWeekday, t);
    return at(weekend ? kDowntownWeekend : kDowntownWeekday, t);
}

double CityDynamics::activity(const QDateTime& kst) {
    return at(kActivity, kst.time());
}

}  // namespace sim
