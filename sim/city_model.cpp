#include "city_model.h"

#include "city_dynamics.h"
#include "context_store.h"
#include "geo_query.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace sim {

namespace {

const QString kDistrict = QStringLiteral("KR-29110");
const QString kPublicDataCctv = QStringLiteral(
    "광주광역시 CCTV (data.go.kr 15084631, 2026-06-30), 광주광역시, 공공데이터포털, "
    "KOGL type 1");
const QString kSimulatedSource = QStringLiteral("bitgoeul-sim scenario donggu.json (simulated)");

QJsonObject prop(const QJsonValue& value) {
    return {{QStringLiteral("type"), QStringLiteral("Property")}, {QStringLiteral("value"), value}};
}

QJsonObject rel(const QString& id) {
    return {{QStringLiteral("type"), QStringLiteral("Relationship")},
            {QStringLiteral("object"), id}};
}

QJsonObject point(const GeoPoint& p) {
    return {{QStringLiteral("type"), QStringLiteral("Point")},
            {QStringLiteral("coordinates"), QJsonArray{p.lon, p.lat}}};
}

QJsonObject geo(const GeoPoint& p) {
    return {{QStringLiteral("type"), QStringLiteral("GeoProperty")},
            {QStringLiteral("value"), point(p)}};
}

QJsonObject address(const QString& street) {
    // Old data says 광주광역시; the locality is the first word of a "동구 …" style address.
    QString full = street.trimmed();
    QString locality = QStringLiteral("동구");
    const QStringList words = full.split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.first() != QStringLiteral("광주광역시")) {
        if (words.first().endsWith(u'구')) locality = words.first();
        full = QStringLiteral("광주광역시 ") + full;
    } else if (words.size() > 1 && words[1].endsWith(u'구')) {
        locality = words[1];
    }
    return prop(QJsonObject{{QStringLiteral("addressCountry"), QStringLiteral("KR")},
                            {QStringLiteral("addressRegion"), QStringLiteral("광주광역시")},
                            {QStringLiteral("addressLocality"), locality},
                            {QStringLiteral("streetAddress"), full}});
}

GeoPoint pointOf(const QJsonValue& coordinates) {
    const QJsonArray c = coordinates.toArray();
    return GeoPoint{c.at(0).toDouble(), c.at(1).toDouble()};
}

QString entityId(const QString& type, const QString& local) {
    return QStringLiteral("urn:ngsi-ld:%1:%2:%3").arg(type, kDistrict, local);
}

double round2(double v) {
    return std::round(v * 100) / 100;
}

/// The FIWARE socketType of the Korean connector names of the EV standard data.
QStringList socketTypes(const QString& korean) {
    QStringList out;
    if (korean.contains(QStringLiteral("차데모"))) out << QStringLiteral("CHAdeMO");
    if (korean.contains(QStringLiteral("AC3상"))) out << QStringLiteral("Type2");
    if (korean.contains(QStringLiteral("콤보"))) out << QStringLiteral("CCS/SAE");
    if (out.isEmpty()) out << QStringLiteral("Other");
    return out;
}

}  // namespace

CityModel::CityModel(const CityData& data, ContextStore* store, const Options& options)
    : m_data(data),
      m_store(store),
      m_options(options),
      m_rng(options.seed),
      m_time(options.start.toUTC()) {
    const QJsonObject capacity =
        m_data.scenario.value(QLatin1String("recyclingCapacityItems")).toObject();
    for (auto it = capacity.begin(); it != capacity.end(); ++it)
        m_machineCapacity.insert(it.key(), it.value().toDouble(100));
}

double CityModel::uniform(double lo, double hi) {
    return lo + (hi - lo) * m_rng.generateDouble();
}

int CityModel::poisson(double lambda) {
    // Knuth's method: lambda is small here (a few events per minute at most).
    if (lambda <= 0) return 0;
    const double limit = std::exp(-std::min(lambda, 50.0));
    int k = 0;
    double p = 1;
    do {
        ++k;
        p *= m_rng.generateDouble();
    } while (p > limit);
    return k - 1;
}

QString CityModel::now() const {
    return m_time.toString(Qt::ISODateWithMs);
}

QJsonObject CityModel::observed(const QJsonValue& value) const {
    QJsonObject o = prop(value);
    o.insert(QLatin1String("observedAt"), now());
    return o;
}

void CityModel::write(const QString& id, const QJsonObject& attributes) {
    // Only attributes whose value moved are written: a new observedAt alone is no news, and
    // would cost a notification and a history slot.
    const QJsonObject current = m_store->entity(id);
    if (current.isEmpty()) return;  // deleted through the API: leave it deleted
    QJsonObject changed;
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const QJsonObject was = current.value(it.key()).toObject();
        const QJsonObject is = it.value().toObject();
        if (was.value(QLatin1String("value")) == is.value(QLatin1String("value")) &&
            was.value(QLatin1String("object")) == is.value(QLatin1String("object")) &&
            current.contains(it.key()))
            continue;
        changed.insert(it.key(), it.value());
    }
    if (!changed.isEmpty()) m_store->updateAttributes(id, changed, m_time, false);
}

void CityModel::populate() {
    m_meteringStarted = QDateTime(CityDynamics::toKst(m_time).date(), QTime(0, 0),
                                  Qt::OffsetFromUTC, CityDynamics::kKstOffsetS)
                            .toUTC();
    buildCameras();
    buildParking();
    buildStations();
    buildPoles();
    buildCrosswalks();
    buildMachines();
    stepSolar();
    // A hub is never found empty of alerts: start with the first minute's worth, so a newcomer
    // sees the queue work at once instead of a minute later (deterministic for a seed).
    raiseRandomAlerts();
}

void CityModel::step() {
    const QDate dayBefore = CityDynamics::toKst(m_time).date();
    m_time = m_time.addSecs(60);
    if (CityDynamics::toKst(m_time).date() != dayBefore) {
        m_energyTodayKWh = 0;
        m_meteringStarted = QDateTime(CityDynamics::toKst(m_time).date(), QTime(0, 0),
                                      Qt::OffsetFromUTC, CityDynamics::kKstOffsetS)
                                .toUTC();
    }
    stepCameras();
    stepParking();
    stepStations();
    stepSolar();
    stepPoles();
    stepCrosswalks();
    stepMachines();
    raiseRandomAlerts();
}

// ---- cameras ----------------------------------------------------------------------------

int CityModel::addCamera(const GeoPoint& at, const QJsonObject& attributes, bool simulated) {
    const int n = int(m_cameras.size()) + 1;
    const QString local = QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
    const QString id = simulated
                           ? entityId(QStringLiteral("Camera"), QStringLiteral("sim-") + local)
                           : QStringLiteral("urn:ngsi-ld:Camera:GJ-CCTV:") + local;
    QJsonObject e = attributes;
    e.insert(QLatin1String("id"), id);
    e.insert(QLatin1String("type"), QStringLiteral("Camera"));
    e.insert(QLatin1String("location"), geo(at));
    const QString base =
        QStringLiteral("rtsp://127.0.0.1:%1/cam/%2/").arg(m_options.rtspPort).arg(n);
    e.insert(QLatin1String("streamURL"), prop(base + QStringLiteral("main")));
    e.insert(QLatin1String("subStreamURL"), prop(base + QStringLiteral("sub")));
    e.insert(QLatin1String("streamName"), prop(QStringLiteral("cam/%1").arg(n)));
    e.insert(QLatin1String("on"), observed(true));
    e.insert(QLatin1String("simulated"), prop(simulated));
    m_store->create(e, m_time);
    m_cameras.push_back(Camera{id, at, true, 0});
    return n;
}

void CityModel::buildCameras() {
    for (const CctvSiteRecord& site : m_data.cctvSites) {
        for (int k = 1; k <= site.cameras; ++k) {
            const QString siteId =
                QStringLiteral("GJ-CCTV-site-%1").arg(site.row, 3, 10, QLatin1Char('0'));
            QJsonObject a{
                {QStringLiteral("name"),
                 prop(QStringLiteral("방범 CCTV %1 #%2")
                          .arg(site.roadAddress.isEmpty() ? site.lotAddress : site.roadAddress)
                          .arg(k))},
                {QStringLiteral("cameraName"), prop(QStringLiteral("%1-%2").arg(siteId).arg(k))},
                {QStringLiteral("cameraUsage"), prop(QStringLiteral("security"))},
                // 360도 in the list: rotating cameras, i.e. PTZ.
                {QStringLiteral("cameraType"),
                 prop(site.view.contains(QStringLiteral("360")) ? QStringLiteral("PTZ")
                                                                : QStringLiteral("FIXED"))},
                {QStringLiteral("cameraNum"), prop(k)},
                {QStringLiteral("siteId"), prop(siteId)},
                {QStringLiteral("camerasAtSite"), prop(site.cameras)},
                {QStringLiteral("resolution"), prop(site.pixels + QStringLiteral(" 화소"))},
                {QStringLiteral("retention"), prop(site.retention)},
                {QStringLiteral("installedYear"), prop(site.year)},
                {QStringLiteral("address"),
                 address(site.roadAddress.isEmpty() ? site.lotAddress : site.roadAddress)},
                {QStringLiteral("dataProvider"), prop(site.agency)},
                {QStringLiteral("source"), prop(kPublicDataCctv)}};
            addCamera(site.at, a, false);
        }
    }
    // Simulated cameras where the security list does not reach: protection zones, markets and
    // public lots outside its area, and one on every smart pole, crosswalk and the RE100 site.
    const QJsonObject area = m_data.scenario.value(QLatin1String("cctvArea")).toObject();
    const auto outside = [&area](const GeoPoint& p) {
        return p.lon < area.value(QLatin1String("west")).toDouble() ||
               p.lon > area.value(QLatin1String("east")).toDouble() ||
               p.lat < area.value(QLatin1String("south")).toDouble() ||
               p.lat > area.value(QLatin1String("north")).toDouble();
    };
    const auto simCamera = [this](const GeoPoint& at, const QString& name, const QString& usage,
                                  const QString& basis) {
        addCamera(at,
                  QJsonObject{{QStringLiteral("name"), prop(name)},
                              {QStringLiteral("cameraName"), prop(name)},
                              {QStringLiteral("cameraUsage"), prop(usage)},
                              {QStringLiteral("cameraType"), prop(QStringLiteral("DOME"))},
                              {QStringLiteral("cameraNum"), prop(1)},
                              {QStringLiteral("placementBasis"), prop(basis)},
                              {QStringLiteral("source"), prop(kSimulatedSource)}},
                  true);
    };
    for (const ProtectionZoneRecord& z : m_data.protectionZones)
        if (outside(z.at))
            simCamera(z.at, QStringLiteral("어린이보호구역 %1 CCTV (모의)").arg(z.name),
                      QStringLiteral("childProtection"),
                      QStringLiteral("child protection zone %1 (2026 data), outside the security-"
                                     "CCTV area")
                          .arg(z.name));
    for (const QJsonValue& m : m_data.scenario.value(QLatin1String("markets")).toArray()) {
        const GeoPoint at = pointOf(m.toObject().value(QLatin1String("coordinates")));
        const QString name = m.toObject().value(QLatin1String("name")).toString();
        if (outside(at))
            simCamera(at, QStringLiteral("%1 CCTV (모의)").arg(name), QStringLiteral("market"),
                      QStringLiteral("market %1, outside the security-CCTV area").arg(name));
    }
    for (const ParkingLotRecord& lot : m_data.parkingLots)
        if (outside(lot.at))
            simCamera(
                lot.at, QStringLiteral("%1 CCTV (모의)").arg(lot.name), QStringLiteral("parking"),
                QStringLiteral("public lot %1, outside the security-CCTV area").arg(lot.code));
    for (const QJsonValue& v : m_data.scenario.value(QLatin1String("smartPoles")).toArray()) {
        const QJsonObject p = v.toObject();
        simCamera(pointOf(p.value(QLatin1String("coordinates"))),
                  p.value(QLatin1String("name")).toString() + QStringLiteral(" 카메라 (모의)"),
                  QStringLiteral("smartPole"), p.value(QLatin1String("basis")).toString());
    }
    for (const QJsonValue& v : m_data.scenario.value(QLatin1String("crosswalks")).toArray()) {
        const QJsonObject c = v.toObject();
        simCamera(pointOf(c.value(QLatin1String("coordinates"))),
                  c.value(QLatin1String("name")).toString() + QStringLiteral(" 카메라 (모의)"),
                  QStringLiteral("crosswalk"), c.value(QLatin1String("basis")).toString());
    }
    const QJsonObject re100 = m_data.scenario.value(QLatin1String("re100")).toObject();
    simCamera(pointOf(re100.value(QLatin1String("coordinates"))),
              re100.value(QLatin1String("name")).toString() + QStringLiteral(" 카메라"),
              QStringLiteral("chargingStation"), re100.value(QLatin1String("basis")).toString());
}

QString CityModel::nearestCamera(const GeoPoint& at) const {
    QString best;
    double bestM = std::numeric_limits<double>::max();
    for (const Camera& c : m_cameras) {
        const double d = GeoQuery::distanceMeters(at.lon, at.lat, c.at.lon, c.at.lat);
        if (d < bestM) {
            bestM = d;
            best = c.id;
        }
    }
    return best;
}

void CityModel::stepCameras() {
    for (Camera& c : m_cameras) {
        if (c.on || --c.offMinutes > 0) continue;
        c.on = true;
        write(c.id, {{QStringLiteral("on"), observed(true)}});
    }
    // About one camera outage (network, power) every half hour across the district.
    if (chance(1.0 / 30)) {
        Camera& c = m_cameras[size_t(pick(int(m_cameras.size())))];
        if (c.on) {
            c.on = false;
            c.offMinutes = 5 + pick(26);
            write(c.id, {{QStringLiteral("on"), observed(false)}});
        }
    }
}

// ---- parking ----------------------------------------------------------------------------

QJsonObject CityModel::lotAttributes(const Lot& lot) const {
    const int available = lot.capacity - lot.occupied;
    const double occupancy = double(lot.occupied) / lot.capacity;
    const QString status = available == 0     ? QStringLiteral("full")
                           : occupancy >= 0.9 ? QStringLiteral("almostFull")
                                              : QStringLiteral("spacesAvailable");
    return {{QStringLiteral("availableSpotNumber"), observed(available)},
            {QStringLiteral("occupiedSpotNumber"), observed(lot.occupied)},
            {QStringLiteral("occupancy"), observed(round2(occupancy))},
            {QStringLiteral("status"), observed(QJsonArray{status})}};
}

void CityModel::buildParking() {
    const QDateTime kst = CityDynamics::toKst(m_time);
    for (const ParkingLotRecord& r : m_data.parkingLots) {
        Lot lot{entityId(QStringLiteral("OffStreetParking"), r.code), r.profile, r.capacity, 0};
        lot.occupied =
            std::clamp(int(std::lround(CityDynamics::parkingDemand(r.profile, kst) * r.capacity)),
                       0, r.capacity);
        QJsonArray category{QStringLiteral("public")};
        category.append(r.fee == QStringLiteral("무료") ? QStringLiteral("free")
                                                        : QStringLiteral("feeCharged"));
        QJsonObject e{
            {QStringLiteral("id"), lot.id},
            {QStringLiteral("type"), QStringLiteral("OffStreetParking")},
            {QStringLiteral("name"), prop(r.name)},
            {QStringLiteral("category"), prop(category)},
            {QStringLiteral("allowedVehicleType"), prop(QJsonArray{QStringLiteral("car")})},
            {QStringLiteral("totalSpotNumber"), prop(r.capacity)},
            {QStringLiteral("openingHours"),
             prop(QStringLiteral("Mo-Fr %1-%2").arg(r.weekdayOpen, r.weekdayClose))},
            {QStringLiteral("occupancyDetectionType"),
             prop(QJsonArray{QStringLiteral("balancing")})},
            {QStringLiteral("parkingSiteId"), prop(r.code)},
            {QStringLiteral("address"),
             address(r.roadAddress.isEmpty() ? r.lotAddress : r.roadAddress)},
            {QStringLiteral("location"), geo(r.at)},
            {QStringLiteral("demandProfile"), prop(r.profile)},
            {QStringLiteral("dataProvider"), prop(QStringLiteral("광주광역시 동구"))},
            {QStringLiteral("source"),
             prop(QStringLiteral("전국주차장정보표준데이터 %1 (data.go.kr, KOGL type 1)")
                      .arg(r.dataDate))},
            // The lot is real; only its occupancy is simulated (and, for four lots, the place).
            {QStringLiteral("simulated"), prop(false)},
            {QStringLiteral("simulatedAttributes"),
             prop(QJsonArray{QStringLiteral("availableSpotNumber"),
                             QStringLiteral("occupiedSpotNumber"), QStringLiteral("occupancy"),
                             QStringLiteral("status")})}};
        if (r.placed) {
            e.insert(QLatin1String("simulatedLocation"), prop(true));
            e.insert(QLatin1String("placementBasis"), prop(r.placementBasis));
        }
        const QJsonObject dynamic = lotAttributes(lot);
        for (auto it = dynamic.begin(); it != dynamic.end(); ++it) e.insert(it.key(), it.value());
        m_store->create(e, m_time);
        m_lots << lot;
    }

    for (const QJsonValue& v : m_data.scenario.value(QLatin1String("parkingStreets")).toArray()) {
        const QJsonObject s = v.toObject();
        const QList<GeoPoint> line = m_data.roads.value(s.value(QLatin1String("road")).toString());
        Street street;
        street.id =
            entityId(QStringLiteral("OnStreetParking"), s.value(QLatin1String("id")).toString());
        // Spots 6 m apart from 30 % along the road's longest ITS link.
        QList<double> cumulative{0};
        for (int i = 1; i < line.size(); ++i)
            cumulative << cumulative.last() + GeoQuery::distanceMeters(line[i - 1].lon,
                                                                       line[i - 1].lat, line[i].lon,
                                                                       line[i].lat);
        const auto along = [&](double m) {
            for (int i = 1; i < line.size(); ++i) {
                if (m <= cumulative[i] || i == line.size() - 1) {
                    const double seg = cumulative[i] - cumulative[i - 1];
                    const double f =
                        seg > 0 ? std::clamp((m - cumulative[i - 1]) / seg, 0.0, 1.0) : 0;
                    return GeoPoint{line[i - 1].lon + f * (line[i].lon - line[i - 1].lon),
                                    line[i - 1].lat + f * (line[i].lat - line[i - 1].lat)};
                }
            }
            return line.first();
        };
        const int count = s.value(QLatin1String("spots")).toInt(8);
        const double start =
            std::max(0.0, std::min(cumulative.last() * 0.3, cumulative.last() - 6.0 * count));
        street.at = along(start + 3.0 * count);
        street.cameraId = nearestCamera(street.at);
        const double demand =
            CityDynamics::parkingDemand(QStringLiteral("downtown"), CityDynamics::toKst(m_time));
        QJsonArray spotIds;
        for (int k = 1; k <= count; ++k) {
            Spot spot{entityId(QStringLiteral("ParkingSpot"),
                               QStringLiteral("%1-%2")
                                   .arg(s.value(QLatin1String("id")).toString())
                                   .arg(k, 2, 10, QLatin1Char('0'))),
                      chance(demand)};
            spotIds.append(spot.id);
            m_store->create(
                QJsonObject{
                    {QStringLiteral("id"), spot.id},
                    {QStringLiteral("type"), QStringLiteral("ParkingSpot")},
                    {QStringLiteral("name"),
                     prop(QStringLiteral("%1 %2번")
                              .arg(s.value(QLatin1String("name")).toString())
                              .arg(k))},
                    {QStringLiteral("location"), geo(along(start + 6.0 * (k - 1)))},
                    {QStringLiteral("status"),
                     observed(spot.occupied ? QStringLiteral("occupied") : QStringLiteral("free"))},
                    {QStringLiteral("category"), prop(QJsonArray{QStringLiteral("onStreet")})},
                    {QStringLiteral("refParkingSite"), rel(street.id)},
                    {QStringLiteral("simulated"), prop(true)},
                    {QStringLiteral("placementBasis"),
                     prop(QStringLiteral("along the longest ITS link of %1 (국가표준노드링크)")
                              .arg(s.value(QLatin1String("road")).toString()))},
                    {QStringLiteral("source"), prop(kSimulatedSource)}},
                m_time);
            street.spots << spot;
        }
        int free = 0;
        for (const Spot& sp : street.spots) free += sp.occupied ? 0 : 1;
        m_store->create(
            QJsonObject{
                {QStringLiteral("id"), street.id},
                {QStringLiteral("type"), QStringLiteral("OnStreetParking")},
                {QStringLiteral("name"), prop(s.value(QLatin1String("name")).toString())},
                {QStringLiteral("location"), geo(street.at)},
                {QStringLiteral("category"),
                 prop(QJsonArray{QStringLiteral("public"), QStringLiteral("feeCharged")})},
                {QStringLiteral("allowedVehicleType"), prop(QJsonArray{QStringLiteral("car")})},
                {QStringLiteral("totalSpotNumber"), prop(count)},
                {QStringLiteral("availableSpotNumber"), observed(free)},
                {QStringLiteral("occupancyDetectionType"),
                 prop(QJsonArray{QStringLiteral("singleSpaceDetection")})},
                {QStringLiteral("refParkingSpot"), prop(spotIds)},
                {QStringLiteral("refCamera"), rel(street.cameraId)},
                {QStringLiteral("simulated"), prop(true)},
                {QStringLiteral("source"), prop(kSimulatedSource)}},
            m_time);
        m_streets << street;
    }
}

void CityModel::stepParking() {
    const QDateTime kst = CityDynamics::toKst(m_time);
    for (Lot& lot : m_lots) {
        const double target = CityDynamics::parkingDemand(lot.profile, kst) * lot.capacity;
        // Drift a fifth of the way to the demand each minute, with arrivals' and leavers' noise.
        const double noise = (uniform() + uniform() + uniform() - 1.5) * 0.02 * lot.capacity;
        const int next = int(std::lround(lot.occupied + (target - lot.occupied) * 0.2 + noise));
        lot.occupied = std::clamp(next, 0, lot.capacity);
        write(lot.id, lotAttributes(lot));
    }
    const double demand =
        std::clamp(CityDynamics::parkingDemand(QStringLiteral("downtown"), kst), 0.02, 0.98);
    for (Street& street : m_streets) {
        int free = 0;
        for (Spot& spot : street.spots) {
            // Stays average 45 min; arrivals balance them so occupancy settles at the demand.
            const double leave = 1.0 / 45;
            const double arrive = leave * demand / (1 - demand);
            const bool was = spot.occupied;
            spot.occupied = was ? !chance(leave) : chance(arrive);
            if (spot.occupied != was)
                write(spot.id, {{QStringLiteral("status"),
                                 observed(spot.occupied ? QStringLiteral("occupied")
                                                        : QStringLiteral("free"))}});
            free += spot.occupied ? 0 : 1;
        }
        write(street.id, {{QStringLiteral("availableSpotNumber"), observed(free)}});
    }
}

// ---- EV charging and the RE100 station ---------------------------------------------------

QJsonObject CityModel::stationAttributes(const Station& station) const {
    QJsonArray connectors;
    int available = 0, broken = 0;
    bool faulted = false;
    double power = 0;
    for (int i = 0; i < station.points.size(); ++i) {
        const ChargePoint& p = station.points[i];
        QJsonArray sockets;
        for (const QString& s : p.socketTypes) sockets.append(s);
        connectors.append(QJsonObject{{QStringLiteral("id"), QString::number(i + 1)},
                                      {QStringLiteral("socketTypes"), sockets},
                                      {QStringLiteral("maxPowerKw"), p.maxPowerKw},
                                      {QStringLiteral("state"), p.state},
                                      {QStringLiteral("powerKw"), round2(p.powerKw)}});
        available += p.state == QLatin1String("available") ? 1 : 0;
        broken +=
            p.state == QLatin1String("faulted") || p.state == QLatin1String("offline") ? 1 : 0;
        faulted = faulted || p.state == QLatin1String("faulted");
        power += p.powerKw;
    }
    const QString status = broken == station.points.size() ? QStringLiteral("outOfService")
                           : faulted                       ? QStringLiteral("withIncidence")
                                                           : QStringLiteral("working");
    return {{QStringLiteral("availableCapacity"), observed(available)},
            {QStringLiteral("status"), observed(status)},
            {QStringLiteral("connectors"), observed(connectors)},
            {QStringLiteral("powerConsumption"), observed(round2(power))}};
}

void CityModel::buildStations() {
    const auto create = [this](Station& s, QJsonObject e) {
        QJsonArray sockets;
        int socketCount = 0;
        for (const ChargePoint& p : s.points) {
            socketCount += int(p.socketTypes.size());
            for (const QString& t : p.socketTypes)
                if (!sockets.contains(t)) sockets.append(t);
        }
        s.cameraId = s.cameraId.isEmpty() ? nearestCamera(s.at) : s.cameraId;
        e.insert(QLatin1String("id"), s.id);
        e.insert(QLatin1String("type"), QStringLiteral("EVChargingStation"));
        e.insert(QLatin1String("location"), geo(s.at));
        e.insert(QLatin1String("capacity"), prop(int(s.points.size())));
        e.insert(QLatin1String("socketNumber"), prop(socketCount));
        e.insert(QLatin1String("socketType"), prop(sockets));
        e.insert(QLatin1String("allowedVehicleType"), prop(QJsonArray{QStringLiteral("car")}));
        e.insert(QLatin1String("refCamera"), rel(s.cameraId));
        const QJsonObject dynamic = stationAttributes(s);
        for (auto it = dynamic.begin(); it != dynamic.end(); ++it) e.insert(it.key(), it.value());
        m_store->create(e, m_time);
        m_stations << s;
    };
    for (const EvStationRecord& r : m_data.evStations) {
        Station s;
        s.id = entityId(QStringLiteral("EVChargingStation"), r.code);
        s.at = r.at;
        for (int i = 0; i < r.slowChargers; ++i)
            s.points << ChargePoint{{QStringLiteral("J-1772")}, 7};
        for (int i = 0; i < r.fastChargers; ++i)
            s.points << ChargePoint{socketTypes(r.fastType), 50};
        if (s.points.isEmpty()) s.points << ChargePoint{{QStringLiteral("Other")}, 7};
        QString source = r.slowChargers > 0 ? QStringLiteral("AC 완속") : r.fastType;
        create(s,
               QJsonObject{
                   {QStringLiteral("name"), prop(r.name)},
                   {QStringLiteral("operator"), prop(r.operatorName)},
                   {QStringLiteral("openingHours"), prop(QStringLiteral("Mo-Su 00:00-24:00"))},
                   {QStringLiteral("address"), address(r.roadAddress)},
                   {QStringLiteral("socketTypeSource"), prop(source)},
                   {QStringLiteral("dataProvider"), prop(QStringLiteral("광주광역시 동구"))},
                   {QStringLiteral("source"),
                    prop(QStringLiteral("전국전기차충전소표준데이터 %1 (data.go.kr, KOGL type 1)")
                             .arg(r.dataDate))},
                   {QStringLiteral("simulated"), prop(false)},
                   {QStringLiteral("simulatedAttributes"),
                    prop(QJsonArray{QStringLiteral("availableCapacity"), QStringLiteral("status"),
                                    QStringLiteral("connectors"),
                                    QStringLiteral("powerConsumption")})}});
    }
    const QJsonObject re = m_data.scenario.value(QLatin1String("re100")).toObject();
    Station s;
    s.re100 = true;
    s.id = entityId(QStringLiteral("EVChargingStation"), re.value(QLatin1String("id")).toString());
    s.at = pointOf(re.value(QLatin1String("coordinates")));
    for (const QJsonValue& v : re.value(QLatin1String("chargePoints")).toArray()) {
        ChargePoint p;
        for (const QJsonValue& t : v.toObject().value(QLatin1String("socketTypes")).toArray())
            p.socketTypes << t.toString();
        p.maxPowerKw = v.toObject().value(QLatin1String("maxPowerKw")).toDouble(50);
        s.points << p;
    }
    const QString pvId =
        entityId(QStringLiteral("PhotovoltaicMeasurement"), QStringLiteral("re100-pv"));
    const QString pvDeviceId =
        entityId(QStringLiteral("PhotovoltaicDevice"), QStringLiteral("re100-pv"));
    const QString basis = re.value(QLatin1String("basis")).toString();
    create(s,
           QJsonObject{
               {QStringLiteral("name"), prop(re.value(QLatin1String("name")))},
               {QStringLiteral("operator"), prop(QStringLiteral("광주광역시 동구 (모의)"))},
               {QStringLiteral("openingHours"), prop(QStringLiteral("Mo-Su 00:00-24:00"))},
               {QStringLiteral("address"), address(re.value(QLatin1String("address")).toString())},
               {QStringLiteral("refPhotovoltaicMeasurement"), rel(pvId)},
               {QStringLiteral("simulated"), prop(true)},
               {QStringLiteral("placementBasis"), prop(basis)},
               {QStringLiteral("source"), prop(kSimulatedSource)}});
    const double peak = re.value(QLatin1String("pvPeakKw")).toDouble(300);
    m_store->create(
        QJsonObject{
            {QStringLiteral("id"), pvDeviceId},
            {QStringLiteral("type"), QStringLiteral("PhotovoltaicDevice")},
            {QStringLiteral("name"),
             prop(QStringLiteral("RE100 메가스테이션 태양광 캐노피 (모의)"))},
            {QStringLiteral("location"), geo(s.at)},
            {QStringLiteral("dateLastReported"), prop(now())},
            {QStringLiteral("NominalPower"), prop(peak)},
            {QStringLiteral("application"), prop(QJsonArray{QStringLiteral("electric")})},
            {QStringLiteral("cellType"), prop(QJsonArray{QStringLiteral("monocrystalline")})},
            {QStringLiteral("typeOfUse"), prop(QJsonArray{QStringLiteral("outdoor")})},
            {QStringLiteral("installationMode"), prop(QJsonArray{QStringLiteral("other")})},
            {QStringLiteral("simulated"), prop(true)},
            {QStringLiteral("placementBasis"), prop(basis)},
            {QStringLiteral("source"), prop(kSimulatedSource)}},
        m_time);
    m_store->create(QJsonObject{{QStringLiteral("id"), pvId},
                                {QStringLiteral("type"), QStringLiteral("PhotovoltaicMeasurement")},
                                {QStringLiteral("name"),
                                 prop(QStringLiteral("RE100 메가스테이션 태양광 발전량 (모의)"))},
                                {QStringLiteral("location"), geo(s.at)},
                                {QStringLiteral("refPhotovoltaicDevice"), rel(pvDeviceId)},
                                {QStringLiteral("refEVChargingStation"), rel(s.id)},
                                {QStringLiteral("nominalPeakPowerGeneration"), prop(peak)},
                                {QStringLiteral("dateObserved"), prop(now())},
                                {QStringLiteral("dateEnergyMeteringStarted"),
                                 prop(m_meteringStarted.toString(Qt::ISODateWithMs))},
                                {QStringLiteral("temperature"), prop(0.0)},
                                {QStringLiteral("activePower"), observed(0.0)},
                                {QStringLiteral("simulated"), prop(true)},
                                {QStringLiteral("placementBasis"), prop(basis)},
                                {QStringLiteral("source"), prop(kSimulatedSource)}},
                    m_time);
}

void CityModel::stepStations() {
    const double activity = CityDynamics::activity(CityDynamics::toKst(m_time));
    for (Station& s : m_stations) {
        for (ChargePoint& p : s.points) {
            const bool fast = p.maxPowerKw > 22;
            if (p.state == QLatin1String("available")) {
                // Rare communication losses; otherwise a car arrives with the day's activity.
                if (chance(0.0002)) {
                    p.state = QStringLiteral("offline");
                    p.minutesLeft = 10 + pick(51);
                } else if (chance(activity * (fast ? (s.re100 ? 0.06 : 0.04) : 0.01))) {
                    p.state = QStringLiteral("charging");
                    p.minutesLeft = fast ? 20 + pick(31) : 120 + pick(241);
                    p.powerKw = fast ? p.maxPowerKw * uniform(0.55, 0.9)
                                     : std::min(p.maxPowerKw, uniform(5.5, 7.0));
                }
            } else if (--p.minutesLeft <= 0) {
                p.state = QStringLiteral("available");  // session over, repaired or back online
                p.powerKw = 0;
            }
        }
        write(s.id, stationAttributes(s));
    }
}

void CityModel::stepSolar() {
    const QJsonObject re = m_data.scenario.value(QLatin1String("re100")).toObject();
    const QString pvId =
        entityId(QStringLiteral("PhotovoltaicMeasurement"), QStringLiteral("re100-pv"));
    const double peak = re.value(QLatin1String("pvPeakKw")).toDouble(300);
    const GeoPoint at = pointOf(re.value(QLatin1String("coordinates")));
    const double elevation = CityDynamics::solarElevationDeg(m_time, at.lat, at.lon);
    // Clouds drift slowly around a third of the sky.
    m_cloud = std::clamp(m_cloud + (uniform() - 0.5) * 0.06 + (0.35 - m_cloud) * 0.01, 0.0, 1.0);
    const double sun = elevation > 0 ? std::pow(std::sin(elevation * M_PI / 180), 1.2) : 0.0;
    const double irradiance = 1000 * sun * (1 - 0.75 * m_cloud);
    const double power = peak * irradiance / 1000 * 0.85;
    m_energyTodayKWh += power / 60;
    // Gwangju: about 1 °C in January, 27 °C in August, a few degrees warmer in the afternoon.
    const QDateTime kst = CityDynamics::toKst(m_time);
    const double season = std::cos(2 * M_PI * (kst.date().dayOfYear() - 213) / 365.0);
    const double hours = kst.time().hour() + kst.time().minute() / 60.0;
    const double ambient = 14 + 13 * season + 4 * std::cos(2 * M_PI * (hours - 15) / 24);
    // The SDM schema has temperature >= 0: a frozen panel at night reads 0.
    const double panel = std::max(0.0, ambient + 25 * irradiance / 1000);
    double demand = 0;
    for (const Station& s : m_stations)
        if (s.re100)
            for (const ChargePoint& p : s.points) demand += p.powerKw;
    const double self = std::min(power, demand);
    QJsonObject attributes{
        {QStringLiteral("activePower"), observed(round2(power))},
        {QStringLiteral("irradiance"), observed(std::round(irradiance))},
        {QStringLiteral("solarElevation"), observed(std::round(elevation * 10) / 10)},
        {QStringLiteral("cloudCover"), observed(round2(m_cloud))},
        {QStringLiteral("temperature"), prop(std::round(panel * 10) / 10)},
        {QStringLiteral("energyTodayKWh"), observed(std::round(m_energyTodayKWh * 10) / 10)},
        {QStringLiteral("chargerDemandKw"), observed(round2(demand))},
        {QStringLiteral("selfConsumptionKw"), observed(round2(self))},
        {QStringLiteral("gridExportKw"), observed(round2(power - self))},
        {QStringLiteral("gridImportKw"), observed(round2(demand - self))},
        {QStringLiteral("dateEnergyMeteringStarted"),
         prop(m_meteringStarted.toString(Qt::ISODateWithMs))},
        {QStringLiteral("dateObserved"), prop(now())}};
    write(pvId, attributes);
}

// ---- smart poles, crosswalks, recycling machines -----------------------------------------

QJsonObject CityModel::poleAttributes(const Pole& pole) const {
    const double elevation = CityDynamics::solarElevationDeg(m_time, pole.at.lat, pole.at.lon);
    const int hour = CityDynamics::toKst(m_time).time().hour();
    // Lit from sunset to sunrise, dimmed to half in the small hours.
    const bool dark = elevation < -0.833;
    const bool dimmed = dark && hour < 5;
    const double level = dark ? (dimmed ? 0.5 : 1.0) : 0.0;
    return {{QStringLiteral("powerState"), observed(!dark    ? QStringLiteral("off")
                                                    : dimmed ? QStringLiteral("low")
                                                             : QStringLiteral("on"))},
            {QStringLiteral("illuminanceLevel"), observed(level)},
            {QStringLiteral("powerConsumption"), observed(150 * level)},
            {QStringLiteral("emergencyBell"),
             observed(pole.bellMinutes > 0 ? QStringLiteral("pressed") : QStringLiteral("idle"))}};
}

void CityModel::buildPoles() {
    for (const QJsonValue& v : m_data.scenario.value(QLatin1String("smartPoles")).toArray()) {
        const QJsonObject p = v.toObject();
        Pole pole;
        pole.id = entityId(QStringLiteral("Streetlight"), p.value(QLatin1String("id")).toString());
        pole.at = pointOf(p.value(QLatin1String("coordinates")));
        pole.cameraId = nearestCamera(pole.at);  // its own simulated camera, at the same place
        QJsonObject e{{QStringLiteral("id"), pole.id},
                      {QStringLiteral("type"), QStringLiteral("Streetlight")},
                      {QStringLiteral("name"), prop(p.value(QLatin1String("name")))},
                      {QStringLiteral("location"), geo(pole.at)},
                      {QStringLiteral("status"), prop(QStringLiteral("ok"))},
                      {QStringLiteral("locationCategory"), prop(QStringLiteral("sidewalk"))},
                      {QStringLiteral("controllingMethod"), prop(QStringLiteral("individual"))},
                      {QStringLiteral("powerRating"), prop(150)},
                      {QStringLiteral("refCamera"), rel(pole.cameraId)},
                      {QStringLiteral("simulated"), prop(true)},
                      {QStringLiteral("placementBasis"), prop(p.value(QLatin1String("basis")))},
                      {QStringLiteral("source"), prop(kSimulatedSource)}};
        const QJsonObject dynamic = poleAttributes(pole);
        for (auto it = dynamic.begin(); it != dynamic.end(); ++it) e.insert(it.key(), it.value());
        m_store->create(e, m_time);
        m_poles << pole;
    }
}

void CityModel::stepPoles() {
    for (Pole& pole : m_poles) {
        if (pole.bellMinutes > 0) --pole.bellMinutes;
        write(pole.id, poleAttributes(pole));
    }
}

void CityModel::buildCrosswalks() {
    for (const QJsonValue& v : m_data.scenario.value(QLatin1String("crosswalks")).toArray()) {
        const QJsonObject c = v.toObject();
        Crosswalk x;
        x.id = entityId(QStringLiteral("SmartCrosswalk"), c.value(QLatin1String("id")).toString());
        x.at = pointOf(c.value(QLatin1String("coordinates")));
        x.zoneType = c.value(QLatin1String("zoneType")).toString();
        x.cameraId = nearestCamera(x.at);
        m_store->create(
            QJsonObject{{QStringLiteral("id"), x.id},
                        {QStringLiteral("type"), QStringLiteral("SmartCrosswalk")},
                        {QStringLiteral("name"), prop(c.value(QLatin1String("name")))},
                        {QStringLiteral("location"), geo(x.at)},
                        {QStringLiteral("zoneType"), prop(x.zoneType)},
                        {QStringLiteral("speedLimit"), prop(30)},
                        {QStringLiteral("signalPhase"), observed(QStringLiteral("red"))},
                        {QStringLiteral("pedestriansOnCrossing"), observed(0)},
                        {QStringLiteral("vehicleApproaching"), observed(false)},
                        {QStringLiteral("approachingSpeed"), observed(0.0)},
                        {QStringLiteral("refCamera"), rel(x.cameraId)},
                        {QStringLiteral("simulated"), prop(true)},
                        {QStringLiteral("placementBasis"), prop(c.value(QLatin1String("basis")))},
                        {QStringLiteral("source"), prop(kSimulatedSource)}},
            m_time);
        m_crosswalks << x;
    }
}

void CityModel::stepCrosswalks() {
    const double activity = CityDynamics::activity(CityDynamics::toKst(m_time));
    for (Crosswalk& x : m_crosswalks) {
        if (x.violationMinutes > 0) {
            --x.violationMinutes;  // the alert's scene lasts a little while
            continue;
        }
        // One sample of the signal cycle per minute: red most of the time.
        const double r = uniform();
        const QString phase = r < 0.55   ? QStringLiteral("red")
                              : r < 0.90 ? QStringLiteral("green")
                                         : QStringLiteral("flashingGreen");
        const double crowd = x.zoneType == QLatin1String("elderly") ? 4 : 3;
        const int pedestrians = phase == QLatin1String("red")     ? 0
                                : phase == QLatin1String("green") ? poisson(activity * crowd)
                                                                  : poisson(activity);
        const bool vehicle = chance(0.2 + 0.4 * activity);
        write(x.id, {{QStringLiteral("signalPhase"), observed(phase)},
                     {QStringLiteral("pedestriansOnCrossing"), observed(pedestrians)},
                     {QStringLiteral("vehicleApproaching"), observed(vehicle)},
                     {QStringLiteral("approachingSpeed"),
                      observed(vehicle ? std::round(uniform(12, 42) * 10) / 10 : 0.0)}});
    }
}

QJsonObject CityModel::machineAttributes(const Machine& machine) const {
    QJsonObject levels;
    double highest = 0;
    for (auto it = machine.items.begin(); it != machine.items.end(); ++it) {
        const double level =
            round2(std::min(1.0, it.value() / m_machineCapacity.value(it.key(), 100)));
        levels.insert(it.key(), level);
        highest = std::max(highest, level);
    }
    return {{QStringLiteral("fillingLevel"), observed(highest)},
            {QStringLiteral("materialFillingLevel"), observed(levels)}};
}

void CityModel::buildMachines() {
    double totalItems = 0;
    QJsonObject capacities;
    for (auto it = m_machineCapacity.begin(); it != m_machineCapacity.end(); ++it) {
        totalItems += it.value();
        capacities.insert(it.key(), it.value());
    }
    for (const QJsonValue& v :
         m_data.scenario.value(QLatin1String("recyclingMachines")).toArray()) {
        const QJsonObject o = v.toObject();
        Machine m;
        m.id = entityId(QStringLiteral("WasteContainer"), o.value(QLatin1String("id")).toString());
        m.at = pointOf(o.value(QLatin1String("coordinates")));
        m.cameraId = nearestCamera(m.at);
        for (auto it = m_machineCapacity.begin(); it != m_machineCapacity.end(); ++it)
            m.items.insert(it.key(), std::floor(it.value() * uniform(0.05, 0.4)));
        QJsonObject e{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("type"), QStringLiteral("WasteContainer")},
            {QStringLiteral("name"), prop(o.value(QLatin1String("name")))},
            {QStringLiteral("description"),
             prop(QStringLiteral("AI 재활용 자판기: 페트병(PET), 캔(CAN), 종이팩(paper)"))},
            {QStringLiteral("location"), geo(m.at)},
            {QStringLiteral("category"), prop(QJsonArray{QStringLiteral("fixed")})},
            {QStringLiteral("storedWasteOrigin"), prop(QStringLiteral("municipal"))},
            {QStringLiteral("status"), observed(QStringLiteral("ok"))},
            {QStringLiteral("binCapacity"), prop(totalItems)},
            {QStringLiteral("materialCapacityItems"), prop(capacities)},
            {QStringLiteral("dateLastEmptying"), prop(now())},
            {QStringLiteral("refCamera"), rel(m.cameraId)},
            {QStringLiteral("simulated"), prop(true)},
            {QStringLiteral("placementBasis"), prop(o.value(QLatin1String("basis")))},
            {QStringLiteral("source"), prop(kSimulatedSource)}};
        const QJsonObject dynamic = machineAttributes(m);
        for (auto it = dynamic.begin(); it != dynamic.end(); ++it) e.insert(it.key(), it.value());
        m_store->create(e, m_time);
        m_machines << m;
    }
}

void CityModel::stepMachines() {
    const QDateTime kst = CityDynamics::toKst(m_time);
    const double activity = CityDynamics::activity(kst);
    // Deposits per minute at the busiest hour, per material.
    static const QMap<QString, double> kPeakPerMin{{QStringLiteral("PET"), 0.6},
                                                   {QStringLiteral("CAN"), 0.4},
                                                   {QStringLiteral("paper"), 0.15}};
    const bool collection =
        kst.time().minute() == 0 && (kst.time().hour() == 7 || kst.time().hour() == 16);
    for (Machine& m : m_machines) {
        QJsonObject extra;
        double highest = 0;
        for (auto it = m.items.begin(); it != m.items.end(); ++it) {
            const double capacity = m_machineCapacity.value(it.key(), 100);
            it.value() = std::min(
                capacity, it.value() + poisson(activity * kPeakPerMin.value(it.key(), 0.2)));
            highest = std::max(highest, it.value() / capacity);
        }
        if (collection && highest > 0.5) {
            for (auto it = m.items.begin(); it != m.items.end(); ++it) it.value() = 0;
            m.fullReported = false;
            extra.insert(QLatin1String("dateLastEmptying"), prop(now()));
            highest = 0;
        }
        QJsonObject attributes = machineAttributes(m);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            attributes.insert(it.key(), it.value());
        write(m.id, attributes);
        if (highest >= 0.9 && !m.fullReported) {
            m.fullReported = true;
            raiseAlert(QStringLiteral("binFull"), m.id, m.cameraId, m.at,
                       QStringLiteral("재활용 자판기 수거함이 가득 찼습니다"));
        }
    }
}

// ---- alerts -------------------------------------------------------------------------------

void CityModel::raiseRandomAlerts() {
    const int n = poisson(m_options.alertRatePerMin);
    for (int i = 0; i < n; ++i) {
        const double r = uniform();
        if (r < 0.25 && !m_crosswalks.isEmpty()) {
            Crosswalk& x = m_crosswalks[pick(int(m_crosswalks.size()))];
            x.violationMinutes = 2;
            const double speed = std::round(uniform(20, 45) * 10) / 10;
            write(x.id, {{QStringLiteral("signalPhase"), observed(QStringLiteral("red"))},
                         {QStringLiteral("pedestriansOnCrossing"), observed(1 + pick(3))},
                         {QStringLiteral("vehicleApproaching"), observed(true)},
                         {QStringLiteral("approachingSpeed"), observed(speed)}});
            raiseAlert(QStringLiteral("pedestrianOnRed"), x.id, x.cameraId, x.at,
                       QStringLiteral("적색 신호에 보행자가 횡단 중입니다 (접근 차량 %1 km/h)")
                           .arg(speed));
        } else if (r < 0.55) {
            // A camera near a parking street or a crosswalk sees a car stopped where it must not.
            const bool street = !m_streets.isEmpty() && (m_crosswalks.isEmpty() || chance(0.5));
            if (street) {
                const Street& s = m_streets[pick(int(m_streets.size()))];
                raiseAlert(QStringLiteral("illegalParking"), s.cameraId, s.cameraId, s.at,
                           QStringLiteral("노상주차 구역 밖 불법 주정차"));
            } else if (!m_crosswalks.isEmpty()) {
                const Crosswalk& x = m_crosswalks[pick(int(m_crosswalks.size()))];
                raiseAlert(QStringLiteral("illegalParking"), x.cameraId, x.cameraId, x.at,
                           QStringLiteral("보호구역 횡단보도 앞 불법 주정차"));
            }
        } else if (r < 0.70 && !m_stations.isEmpty()) {
            Station& s = m_stations[pick(int(m_stations.size()))];
            ChargePoint& p = s.points[pick(int(s.points.size()))];
            p.state = QStringLiteral("faulted");
            p.powerKw = 0;
            p.minutesLeft = 120 + pick(241);
            write(s.id, stationAttributes(s));
            raiseAlert(QStringLiteral("chargerFault"), s.id, s.cameraId, s.at,
                       QStringLiteral("충전기 고장 (커넥터 %1)")
                           .arg(p.socketTypes.join(QLatin1Char('/'))));
        } else if (r < 0.85 && !m_machines.isEmpty()) {
            Machine& m = m_machines[pick(int(m_machines.size()))];
            const QStringList materials = m.items.keys();
            const QString material = materials.value(pick(int(materials.size())));
            m.items[material] =
                std::floor(m_machineCapacity.value(material, 100) * uniform(0.92, 1.0));
            write(m.id, machineAttributes(m));
            m.fullReported = true;
            raiseAlert(QStringLiteral("binFull"), m.id, m.cameraId, m.at,
                       QStringLiteral("재활용 자판기 %1 수거함이 가득 찼습니다").arg(material));
        } else if (!m_poles.isEmpty()) {
            Pole& p = m_poles[pick(int(m_poles.size()))];
            p.bellMinutes = 5 + pick(11);
            write(p.id, poleAttributes(p));
            raiseAlert(QStringLiteral("emergencyBell"), p.id, p.cameraId, p.at,
                       QStringLiteral("스마트폴 비상벨 호출"));
        }
    }
}

void CityModel::raiseAlert(const QString& type, const QString& sourceId, const QString& cameraId,
                           const GeoPoint& at, const QString& description) {
    struct Kind {
        const char* category;
        const char* subCategory;  // only where the SDM enum has a fitting value
        const char* severity;
    };
    static const QMap<QString, Kind> kKinds{
        {QStringLiteral("pedestrianOnRed"), {"traffic", "pedestrianOnRoad", "high"}},
        {QStringLiteral("illegalParking"), {"traffic", "carStopped", "low"}},
        {QStringLiteral("chargerFault"), {"traffic", nullptr, "medium"}},
        {QStringLiteral("binFull"), {"environment", nullptr, "low"}},
        {QStringLiteral("emergencyBell"), {"security", nullptr, "critical"}}};
    const Kind kind = kKinds.value(type, Kind{"security", nullptr, "medium"});
    const QString id =
        entityId(QStringLiteral("Alert"),
                 QStringLiteral("%1-%2").arg(++m_alertSeq, 6, 10, QLatin1Char('0')).arg(type));
    QJsonObject e{{QStringLiteral("id"), id},
                  {QStringLiteral("type"), QStringLiteral("Alert")},
                  {QStringLiteral("alertType"), prop(type)},
                  // The console's workflow state; operators' PATCHes update it.
                  {QStringLiteral("status"), prop(QStringLiteral("new"))},
                  {QStringLiteral("category"), prop(QString::fromLatin1(kind.category))},
                  {QStringLiteral("severity"), prop(QString::fromLatin1(kind.severity))},
                  {QStringLiteral("alertSource"), rel(sourceId)},
                  {QStringLiteral("dateIssued"), prop(now())},
                  {QStringLiteral("validFrom"), prop(now())},
                  {QStringLiteral("description"), prop(description)},
                  {QStringLiteral("location"), geo(at)},
                  {QStringLiteral("simulated"), prop(true)},
                  {QStringLiteral("source"), prop(kSimulatedSource)}};
    if (kind.subCategory)
        e.insert(QLatin1String("subCategory"), prop(QString::fromLatin1(kind.subCategory)));
    if (!cameraId.isEmpty()) e.insert(QLatin1String("refCamera"), rel(cameraId));
    m_store->create(e, m_time);
    m_alerts.push_back(id);
    while (int(m_alerts.size()) > m_options.maxAlertsKept) {
        m_store->remove(m_alerts.front());
        m_alerts.pop_front();
    }
}

}  // namespace sim
