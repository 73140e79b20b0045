#pragma once
// A recorded day of Dong-gu for the dashboards' tests: entities in the store and their history
// in the cache, generated from known curves so that the expected numbers can be worked out by
// hand (see the comments). "Now" is 2026-11-25 15:00 in Seoul.
#include "core/cache_port.h"
#include "core/entity_store.h"
#include "core/seoul_time.h"

#include <algorithm>

namespace bg::test {

// 2026-11-25 15:00 in Seoul.
inline const QDateTime kNow(QDate(2026, 11, 25), QTime(6, 0), Qt::UTC);

inline QDateTime seoul(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), seoulTimeZone()).toUTC();
}

// PV output of a clear day as a triangle: 0 kW at 06:00, 100 kW at 12:00, 0 kW at 18:00 (Seoul),
// a sample every 10 minutes up to `until`.
inline QVector<TelemetryPoint> triangleDay(const QDateTime& until) {
    QVector<TelemetryPoint> out;
    for (QDateTime t = seoul(25, 6); t <= until; t = t.addSecs(600)) {
        const double h = double(seoul(25, 6).secsTo(t)) / 3600.0;
        const double kw = h <= 6 ? h / 6 * 100 : std::max(0.0, (12 - h) / 6 * 100);
        out.append({QStringLiteral("activePower"), t, kw});
    }
    return out;
}

inline ParkingLot lot(const QString& id, const QString& name, int total, int available) {
    ParkingLot l;
    l.id = id;
    l.name.ko = name;
    l.name.en = name;
    l.location = {126.92, 35.14};
    l.dong = QStringLiteral("충장동");
    l.totalSpots = total;
    l.availableSpots = available;
    return l;
}

inline RecyclingMachine machine(const QString& id, const QString& name, double pet, double can,
                                double paper) {
    RecyclingMachine m;
    m.id = id;
    m.name.ko = name;
    m.location = {126.92, 35.14};
    m.pet.fillPercent = pet;
    m.can.fillPercent = can;
    m.paper.fillPercent = paper;
    m.pet.itemsToday = 10;
    m.can.itemsToday = 5;
    m.paper.itemsToday = 1;
    m.status = MachineStatus::Ok;
    return m;
}

inline Alert alert(const QString& id, AlertCategory c, const QDateTime& at,
                   const QString& source = {}) {
    Alert a;
    a.id = id;
    a.category = c;
    a.severity = defaultSeverity(c);
    a.raisedAt = at;
    a.sourceId = source.isEmpty() ? QStringLiteral("urn:ngsi-ld:Camera:1") : source;
    a.location = {126.92, 35.14};
    return a;
}

struct DashboardFixture {
    Crosswalk x1;  ///< 중앙초 앞 (child zone), with a camera
    Crosswalk x2;  ///< 대인시장 앞 (elderly zone)
};

/// Parking: 가 100 spots (50 free for a day, 20 since 14:30), 나 50 (45 free), 다 200 (10 free):
/// 78.57 % now, 70 % an hour ago. RE100: PV a triangle 0–100–0 kW over 06–12–18 h (525 kWh by
/// 15:00), charging 30 kW since 09:00 (180 kWh), one connector faulted. Recycling: machines 1
/// and 3 due (85 %, 95 %), 2 not. Alerts: two pedestrians on red at crosswalk 1 in the 14 o'clock
/// hour, one at crosswalk 2 and one illegal parking at 15:00, one illegal parking a day before.
inline DashboardFixture recordDashboardHistory(EntityStore& store, CachePort& cache) {
    // Lot A: 50 of 100 free for a day, 20 free since 14:30; B and C unchanged all day.
    const QString a = QStringLiteral("urn:ngsi-ld:OffStreetParking:A");
    const QString b = QStringLiteral("urn:ngsi-ld:OffStreetParking:B");
    const QString c = QStringLiteral("urn:ngsi-ld:OffStreetParking:C");
    const QString attr = QStringLiteral("availableSpotNumber");
    cache.storeTelemetry(a, {{attr, kNow.addSecs(-24 * 3600), 50}, {attr, seoul(25, 14, 30), 20}});
    cache.storeTelemetry(b, {{attr, kNow.addSecs(-24 * 3600), 45}});
    cache.storeTelemetry(c, {{attr, kNow.addSecs(-24 * 3600), 10}});
    store.upsert(lot(a, QStringLiteral("가 주차장"), 100, 20));
    store.upsert(lot(b, QStringLiteral("나 주차장"), 50, 45));
    store.upsert(lot(c, QStringLiteral("다 주차장"), 200, 10));

    // The RE100 station: PV as a triangle; charging 30 kW since 09:00.
    ChargingStation mega;
    mega.id = QStringLiteral("urn:ngsi-ld:EVChargingStation:re100");
    mega.name.ko = QStringLiteral("RE100 메가스테이션");
    mega.location = {126.93, 35.12};
    mega.megaStation = true;
    mega.connectors = {
        {QStringLiteral("1"), QStringLiteral("DC-Combo"), 100, 15, ConnectorState::Charging},
        {QStringLiteral("2"), QStringLiteral("DC-Combo"), 100, 15, ConnectorState::Charging},
        {QStringLiteral("3"), QStringLiteral("AC"), 7, 0, ConnectorState::Faulted}};
    ChargingStation other;
    other.id = QStringLiteral("urn:ngsi-ld:EVChargingStation:x");
    other.name.ko = QStringLiteral("동구청 충전소");
    other.location = {126.92, 35.14};
    other.connectors = {
        {QStringLiteral("1"), QStringLiteral("AC"), 7, 0, ConnectorState::Available}};
    store.upsert(mega);
    store.upsert(other);
    cache.storeTelemetry(mega.id, {{QStringLiteral("powerConsumption"), seoul(25, 9), 30},
                                   {QStringLiteral("powerConsumption"), seoul(25, 12), 30}});
    SolarArray pv;
    pv.id = QStringLiteral("urn:ngsi-ld:PhotovoltaicMeasurement:re100-pv");
    pv.name.ko = QStringLiteral("태양광");
    pv.location = mega.location;
    pv.peakKw = 120;
    pv.powerKw = 50;
    pv.stationId = mega.id;
    store.upsert(pv);
    cache.storeTelemetry(pv.id, triangleDay(kNow));

    // Recycling: two machines due (a bin at 80 % or more), one not.
    store.upsert(machine(QStringLiteral("urn:ngsi-ld:WasteContainer:1"), QStringLiteral("자판기 1"),
                         85, 10, 20));
    store.upsert(machine(QStringLiteral("urn:ngsi-ld:WasteContainer:2"), QStringLiteral("자판기 2"),
                         50, 50, 50));
    store.upsert(machine(QStringLiteral("urn:ngsi-ld:WasteContainer:3"), QStringLiteral("자판기 3"),
                         10, 20, 95));

    // Crosswalks and alerts.
    Crosswalk x1;
    x1.id = QStringLiteral("urn:ngsi-ld:Crosswalk:1");
    x1.name.ko = QStringLiteral("중앙초 앞");
    x1.location = {126.91, 35.15};
    x1.zone = ProtectionZone::Child;
    x1.cameraId = QStringLiteral("urn:ngsi-ld:Camera:9");
    Crosswalk x2 = x1;
    x2.id = QStringLiteral("urn:ngsi-ld:Crosswalk:2");
    x2.name.ko = QStringLiteral("대인시장 앞");
    x2.zone = ProtectionZone::Elderly;
    x2.cameraId.clear();
    store.upsert(x1);
    store.upsert(x2);
    store.upsert(alert(QStringLiteral("urn:ngsi-ld:Alert:1"), AlertCategory::CrosswalkRedLight,
                       seoul(25, 14, 10), x1.id));
    // Raised by the analysed camera of crosswalk 1: counts for crosswalk 1.
    store.upsert(alert(QStringLiteral("urn:ngsi-ld:Alert:2"), AlertCategory::CrosswalkRedLight,
                       seoul(25, 14, 50), x1.cameraId));
    store.upsert(alert(QStringLiteral("urn:ngsi-ld:Alert:3"), AlertCategory::CrosswalkRedLight,
                       seoul(25, 15, 0), x2.id));
    store.upsert(alert(QStringLiteral("urn:ngsi-ld:Alert:4"), AlertCategory::IllegalParking, kNow));
    store.upsert(alert(QStringLiteral("urn:ngsi-ld:Alert:5"), AlertCategory::IllegalParking,
                       seoul(24, 10, 0)));  // more than a day ago

    return {x1, x2};
}

}  // namespace bg::test
