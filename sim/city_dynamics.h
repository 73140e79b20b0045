#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sim {

/// The pure curves the simulated city follows: where the sun is, how full parking gets, how
/// busy the streets are. Times are local (Korea Standard Time, UTC+9) unless named UTC.
struct CityDynamics {
    static constexpr int kKstOffsetS = 9 * 3600;
    static constexpr double kGwangjuLat = 35.15;
    static constexpr double kGwangjuLon = 126.92;

    /// Korea Standard Time of an instant.
    static QDateTime toKst(const QDateTime& utc);
    /// Solar elevation in degrees above the horizon (NOAA approximation, no refraction).
    static double solarElevationDeg(const QDateTime& utc, double latDeg = kGwangjuLat,
                                    double lonDeg = kGwangjuLon);
    /// 남광주시장's 5-day market days: days of the month ending in 2 or 7.
    static bool isNamgwangjuMarketDay(const QDate& kstDate);
    /// Share of spaces occupied (0..1) a lot of this profile tends to at this local time.
    /// Profiles: downtown, daeinMarket, namgwangjuMarket, station (unknown → downtown).
    static double parkingDemand(const QString& profile, const QDateTime& kst);
    /// Street activity (pedestrians, deposits, charging) 0..1 at this local time.
    static double activity(const QDateTime& kst);
};

}  // namespace sim
