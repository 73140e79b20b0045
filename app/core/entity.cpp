#include "core/entity.h"

namespace bg {

namespace {

class Checker {
public:
    Checker(EntityKind kind, const QString& id)
        : m_prefix(QStringLiteral("%1 %2: ").arg(enumName(kind),
                                                 id.isEmpty() ? QStringLiteral("(no id)") : id)) {}

    void require(bool ok, const QString& problem) {
        if (!ok) m_problems << m_prefix + problem;
    }
    void range(double v, double lo, double hi, const char* field) {
        require(v >= lo && v <= hi, QStringLiteral("%1 %2 is outside %3..%4")
                                        .arg(QLatin1String(field))
                                        .arg(v)
                                        .arg(lo)
                                        .arg(hi));
    }
    QStringList take() { return std::move(m_problems); }

private:
    QString m_prefix;
    QStringList m_problems;
};

void checkBase(Checker& c, const EntityBase& b, bool needsLocation) {
    c.require(!b.id.isEmpty(), QStringLiteral("id is empty"));
    c.require(
        b.id.isEmpty() || b.id.contains(u':'),
        QStringLiteral("id '%1' is not a URI (expected urn:ngsi-ld:Type:local-id)").arg(b.id));
    if (needsLocation)
        c.require(b.location.isValid(), QStringLiteral("location (%1, %2) is not a WGS84 lon/lat")
                                            .arg(b.location.lon)
                                            .arg(b.location.lat));
}

void checkStreamUrl(Checker& c, const QUrl& url, const char* field) {
    if (url.isEmpty()) return;
    const QString scheme = url.scheme();
    c.require(url.isValid() && (scheme == u"rtsp" || scheme == u"rtsps" || scheme == u"http" ||
                                scheme == u"https"),
              QStringLiteral("%1 '%2' is not an rtsp:// or http(s):// URL")
                  .arg(QLatin1String(field), url.toString(QUrl::RemoveUserInfo)));
}

void checkBin(Checker& c, const MaterialBin& bin, const char* field) {
    c.range(bin.fillPercent, 0, 100, field);
    c.require(bin.itemsToday >= 0,
              QStringLiteral("%1 item count is negative").arg(QLatin1String(field)));
}

}  // namespace

QStringList validate(const Entity& e) {
    Checker c(kindOf(e), idOf(e));
    std::visit(
        [&c](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            constexpr bool kLocated = !std::is_same_v<T, Incident> && !std::is_same_v<T, Alert>;
            checkBase(c, v, kLocated);
            if constexpr (std::is_same_v<T, Camera>) {
                checkStreamUrl(c, v.mainStreamUrl, "mainStreamUrl");
                checkStreamUrl(c, v.subStreamUrl, "subStreamUrl");
                c.range(v.headingDeg, 0, 360, "headingDeg");
                c.range(v.fovDeg, 1, 360, "fovDeg");
                c.require(v.rangeM > 0, QStringLiteral("rangeM must be positive"));
            } else if constexpr (std::is_same_v<T, ParkingLot>) {
                c.require(v.totalSpots >= 0, QStringLiteral("totalSpots is negative"));
                c.require(v.availableSpots >= 0, QStringLiteral("availableSpots is negative"));
                c.require(v.availableSpots <= v.totalSpots,
                          QStringLiteral("availableSpots %1 exceeds totalSpots %2")
                              .arg(v.availableSpots)
                              .arg(v.totalSpots));
            } else if constexpr (std::is_same_v<T, ChargingStation>) {
                for (const auto& con : v.connectors) {
                    c.require(!con.id.isEmpty(), QStringLiteral("a connector has no id"));
                    c.require(con.powerKw >= 0 && con.drawKw >= 0,
                              QStringLiteral("connector %1 has negative power").arg(con.id));
                }
            } else if constexpr (std::is_same_v<T, SolarArray>) {
                c.require(v.peakKw >= 0, QStringLiteral("peakKw is negative"));
                c.require(v.powerKw >= 0, QStringLiteral("powerKw is negative"));
                c.require(v.energyTodayKwh >= 0, QStringLiteral("energyTodayKwh is negative"));
            } else if constexpr (std::is_same_v<T, Crosswalk>) {
                c.require(v.pedestriansOnCrossing >= 0,
                          QStringLiteral("pedestriansOnCrossing is negative"));
                c.require(v.approachingSpeedKmh >= 0,
                          QStringLiteral("approachingSpeedKmh is negative"));
            } else if constexpr (std::is_same_v<T, SmartPole>) {
                c.range(v.lightLevelPercent, 0, 100, "lightLevelPercent");
            } else if constexpr (std::is_same_v<T, RecyclingMachine>) {
                checkBin(c, v.pet, "pet");
                checkBin(c, v.can, "can");
                checkBin(c, v.paper, "paper");
            } else if constexpr (std::is_same_v<T, Alert>) {
                c.require(v.raisedAt.isValid(), QStringLiteral("raisedAt is missing"));
                c.require(v.repeatCount >= 1, QStringLiteral("repeatCount must be at least 1"));
            } else if constexpr (std::is_same_v<T, Incident>) {
                c.require(!v.title.trimmed().isEmpty(), QStringLiteral("title is empty"));
                c.require(v.createdAt.isValid(), QStringLiteral("createdAt is missing"));
            }
        },
        e);
    return c.take();
}

}  // namespace bg
