#include "hub/ngsi_domain.h"

#include <QHash>

#include "hub/hub_log.h"
#include "hub/ngsi_entity.h"
#include "hub/ngsi_time.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace bg {

namespace {

// Reads typed fields out of an entity's key-values, tolerating the shapes brokers send.
class Reader {
public:
    explicit Reader(const HubEntity& entity) : m_entity(entity), m_kv(entity.keyValues) {}

    bool has(QStringView name) const { return m_kv.contains(name); }
    QJsonValue value(QStringView name) const { return m_kv.value(name); }

    QString text(QStringView name) const {
        const QJsonValue v = value(name);
        if (v.isString()) return v.toString();
        if (v.isDouble()) return QString::number(v.toDouble());
        return {};
    }
    std::optional<double> number(QStringView name) const {
        const QJsonValue v = value(name);
        if (v.isDouble()) return v.toDouble();
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().toDouble(&ok);
            if (ok) return d;
        }
        return std::nullopt;
    }
    /// A power in kW: the unitCode "WTT" (watt) is converted; "KWT" or none is kW already.
    std::optional<double> kilowatts(QStringView name) const {
        const std::optional<double> v = number(name);
        if (!v) return v;
        const QString unit =
            ngsiDefaultInstance(m_entity.normalized.value(name)).value(u"unitCode").toString();
        if (unit == u"WTT") return *v / 1000.0;
        if (unit == u"MAW") return *v * 1000.0;
        return v;
    }
    std::optional<bool> boolean(QStringView name) const {
        const QJsonValue v = value(name);
        if (v.isBool()) return v.toBool();
        if (v.isDouble()) return v.toDouble() != 0;
        if (v.isString()) {
            const QString s = v.toString().toLower();
            if (s == u"true" || s == u"on" || s == u"active" || s == u"yes") return true;
            if (s == u"false" || s == u"off" || s == u"inactive" || s == u"no") return false;
        }
        return std::nullopt;
    }
    /// A Relationship's target, or a Property holding an id.
    QString reference(QStringView name) const {
        const QJsonValue v = value(name);
        if (v.isArray()) return v.toArray().isEmpty() ? QString() : v.toArray().first().toString();
        return v.toString();
    }
    QStringList strings(QStringView name) const {
        const QJsonValue v = value(name);
        if (v.isString()) return {v.toString()};
        QStringList list;
        for (const QJsonValue& item : v.toArray()) list << item.toString();
        return list;
    }
    QDateTime time(QStringView name) const { return parseNgsiTime(text(name)); }

    void fillBase(EntityBase& base) const {
        base.id = m_entity.id;
        base.modifiedAt = m_entity.modifiedAt;
        base.name = localized(value(u"name"));
        base.location = point(value(u"location"));
        base.dong = text(u"dong");
        if (base.dong.isEmpty())
            base.dong = value(u"address").toObject().value(u"addressTown").toString();
        base.simulated = boolean(u"simulated").value_or(false);
    }
    QString address() const {
        const QJsonValue v = value(u"address");
        if (v.isString()) return v.toString();
        const QJsonObject a = v.toObject();
        QString street = a.value(u"streetAddress").toString();
        if (street.isEmpty()) {
            QStringList parts;
            for (const char* key : {"addressRegion", "addressLocality", "addressTown"}) {
                const QString part = a.value(QLatin1String(key)).toString();
                if (!part.isEmpty()) parts << part;
            }
            street = parts.join(u' ');
        }
        return street;
    }

private:
    static bool hasHangul(const QString& s) {
        for (const QChar c : s)
            if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) return true;
        return false;
    }
    static LocalizedText localized(const QJsonValue& v) {
        LocalizedText text;
        if (v.isObject()) {  // a LanguageProperty's languageMap
            const QJsonObject map = v.toObject();
            text.ko = map.value(u"ko").toString();
            text.en = map.value(u"en").toString();
            if (text.isEmpty() && !map.isEmpty()) text.en = map.begin()->toString();
        } else if (hasHangul(v.toString())) {
            text.ko = v.toString();
        } else {
            text.en = v.toString();
        }
        return text;
    }
    /// A Point's position; of other geometries the mean of the outer ring's or line's vertices.
    static GeoPoint point(const QJsonValue& v) {
        const QJsonObject geo = v.toObject();
        const QString type = geo.value(u"type").toString();
        QJsonArray coords = geo.value(u"coordinates").toArray();
        if (type == u"Point") {
            if (coords.size() < 2 || !coords.at(0).isDouble() || !coords.at(1).isDouble())
                return {};
            return {coords.at(0).toDouble(), coords.at(1).toDouble()};
        }
        if (type == u"Polygon" || type == u"MultiLineString") coords = coords.first().toArray();
        if (type != u"Polygon" && type != u"LineString" && type != u"MultiPoint" &&
            type != u"MultiLineString")
            return {};
        double lon = 0, lat = 0;
        int n = 0;
        for (const QJsonValue& c : coords) {
            const QJsonArray pair = c.toArray();
            if (pair.size() < 2) return {};
            lon += pair.at(0).toDouble();
            lat += pair.at(1).toDouble();
            ++n;
        }
        if (n == 0) return {};
        return {lon / n, lat / n};
    }

    const HubEntity& m_entity;
    const QJsonObject& m_kv;
};

Entity parkingLot(const Reader& r) {
    ParkingLot lot;
    r.fillBase(lot);
    lot.address = r.address();
    lot.totalSpots = int(r.number(u"totalSpotNumber").value_or(0));
    lot.availableSpots = int(r.number(u"availableSpotNumber").value_or(0));
    lot.isPublic = !r.strings(u"category").contains(QStringLiteral("private"));
    return lot;
}

ConnectorState connectorState(const QString& status) {
    if (const auto s = enumFromName<ConnectorState>(status)) return *s;
    if (status == u"occupied" || status == u"inUse") return ConnectorState::Charging;
    if (status == u"outOfService") return ConnectorState::Offline;
    if (status == u"withIncidence" || status == u"fault") return ConnectorState::Faulted;
    return ConnectorState::Unknown;
}

Entity chargingStation(const Reader& r) {
    ChargingStation station;
    r.fillBase(station);
    station.address = r.address();
    station.operatorName = r.text(u"operator");
    // The RE100 mega station says so, or is known by the PV measurement that feeds it.
    station.megaStation =
        r.boolean(u"megaStation").value_or(!r.reference(u"refPhotovoltaicMeasurement").isEmpty());
    const QJsonValue structured = r.value(u"connectors");
    if (structured.isArray()) {
        for (const QJsonValue& item : structured.toArray()) {
            const QJsonObject c = item.toObject();
            Connector connector;
            connector.id = c.value(u"id").toVariant().toString();
            connector.type = c.value(u"type").toString();
            if (connector.type.isEmpty()) {
                QStringList sockets;
                for (const QJsonValue& t : c.value(u"socketTypes").toArray())
                    sockets << t.toString();
                connector.type = sockets.join(u'/');
            }
            // Two shapes: {powerKw: rated, drawKw: now} and {maxPowerKw: rated, powerKw: now}.
            if (c.contains(u"maxPowerKw")) {
                connector.powerKw = c.value(u"maxPowerKw").toDouble();
                connector.drawKw = c.value(u"powerKw").toDouble();
            } else {
                connector.powerKw = c.value(u"powerKw").toDouble();
                connector.drawKw = c.value(u"drawKw").toDouble();
            }
            connector.state =
                connectorState(c.value(c.contains(u"status") ? u"status" : u"state").toString());
            station.connectors.append(connector);
        }
        return station;
    }
    // FIWARE's own model knows only counts: one connector per vehicle it can charge at once.
    const QStringList sockets = r.strings(u"socketType");
    const int capacity = int(r.number(u"capacity").value_or(double(sockets.size())));
    const std::optional<double> available = r.number(u"availableCapacity");
    const QStringList status = r.strings(u"status");
    for (int i = 0; i < capacity; ++i) {
        Connector connector;
        connector.id = QString::number(i + 1);
        connector.type = sockets.value(i, sockets.value(0));
        if (available) {
            connector.state =
                i < int(*available) ? ConnectorState::Available : ConnectorState::Charging;
        }
        if (status.contains(QStringLiteral("outOfService"))) {
            connector.state = ConnectorState::Offline;
        } else if (status.contains(QStringLiteral("withIncidence")) &&
                   connector.state != ConnectorState::Available) {
            connector.state = ConnectorState::Faulted;
        }
        station.connectors.append(connector);
    }
    return station;
}

Entity solarArray(const Reader& r) {
    SolarArray solar;
    r.fillBase(solar);
    solar.peakKw = r.kilowatts(u"nominalPeakPowerGeneration").value_or(0);
    solar.powerKw = r.kilowatts(u"activePower").value_or(0);
    solar.energyTodayKwh =
        r.number(u"energyToday").value_or(r.number(u"energyTodayKWh").value_or(0));
    solar.stationId = r.reference(u"refChargingStation");
    if (solar.stationId.isEmpty()) solar.stationId = r.reference(u"refEVChargingStation");
    return solar;
}

Entity camera(const Reader& r) {
    Camera cam;
    r.fillBase(cam);
    if (cam.name.isEmpty()) cam.name.en = r.text(u"cameraName");
    const QJsonObject streams = r.value(u"streams").toObject();
    const QString main = streams.value(u"main").toString();
    cam.mainStreamUrl = QUrl(main.isEmpty() ? r.text(u"streamURL") : main);
    const QString sub = streams.value(u"sub").toString();
    cam.subStreamUrl = QUrl(sub.isEmpty() ? r.text(u"subStreamURL") : sub);
    if (const auto heading = r.number(u"heading")) {
        cam.headingDeg = *heading;
    } else if (const auto orientation = r.number(u"cameraOrientation")) {
        cam.headingDeg = *orientation;
    } else {
        // The FIWARE example gives an object with free text; a number inside it is still used.
        const QJsonObject o = r.value(u"cameraOrientation").toObject();
        for (const char* key : {"heading", "azimuth", "bearing"})
            if (o.value(QLatin1String(key)).isDouble())
                cam.headingDeg = o.value(QLatin1String(key)).toDouble();
    }
    cam.headingDeg = std::fmod(std::fmod(cam.headingDeg, 360.0) + 360.0, 360.0);
    cam.fovDeg = r.number(u"fov").value_or(cam.fovDeg);
    cam.rangeM = r.number(u"range").value_or(cam.rangeM);
    cam.ptz = r.text(u"cameraType").compare(u"PTZ", Qt::CaseInsensitive) == 0;
    cam.siteId = r.reference(u"refSite");
    const QString status = r.text(u"status");
    if (const auto s = enumFromName<CameraStatus>(status)) {
        cam.status = *s;
    } else if (const auto on = r.boolean(u"on")) {
        cam.status = *on ? CameraStatus::Online : CameraStatus::Offline;
    }
    return cam;
}

Entity smartPole(const Reader& r) {
    SmartPole pole;
    r.fillBase(pole);
    pole.lightOn = r.text(u"powerState") == u"on" || r.text(u"powerState") == u"low";
    // FIWARE gives illuminanceLevel as 0..1; values above 1 are taken as percent already.
    const double level = r.number(u"illuminanceLevel").value_or(pole.lightOn ? 1.0 : 0.0);
    pole.lightLevelPercent = int(std::lround(level <= 1.0 ? level * 100.0 : level));
    pole.emergencyBellActive = r.boolean(u"emergencyBell").value_or(false);
    pole.cameraId = r.reference(u"refCamera");
    for (const char* key : {"temperature", "relativeHumidity", "pm10", "pm25", "noise"})
        if (const auto v = r.number(QString::fromLatin1(key)))
            pole.sensors.insert(QString::fromLatin1(key), *v);
    return pole;
}

Entity recyclingMachine(const Reader& r) {
    RecyclingMachine machine;
    r.fillBase(machine);
    QJsonObject byMaterial;
    for (const char16_t* name : {u"fillingLevelByMaterial", u"materialFillingLevel"}) {
        const QJsonObject o = r.value(name).toObject();
        // Material names in any case ("PET", "CAN", "paper").
        for (auto it = o.begin(); it != o.end(); ++it) byMaterial.insert(it.key().toLower(), *it);
        if (!byMaterial.isEmpty()) break;
    }
    if (!byMaterial.isEmpty()) {
        // One scale for the whole object: all values within 0..1 are fractions.
        bool fractions = true;
        for (const QJsonValue& v : byMaterial)
            if (v.toDouble() > 1.0) fractions = false;
        const double scale = fractions ? 100.0 : 1.0;
        machine.pet.fillPercent = byMaterial.value(u"pet").toDouble() * scale;
        machine.can.fillPercent = byMaterial.value(u"can").toDouble() * scale;
        machine.paper.fillPercent = byMaterial.value(u"paper").toDouble() * scale;
    } else if (const auto level = r.number(u"fillingLevel")) {
        const double percent = *level <= 1.0 ? *level * 100.0 : *level;
        machine.pet.fillPercent = machine.can.fillPercent = machine.paper.fillPercent = percent;
    }
    const QJsonObject items = r.value(u"itemsTodayByMaterial").toObject();
    machine.pet.itemsToday = items.value(u"pet").toInt();
    machine.can.itemsToday = items.value(u"can").toInt();
    machine.paper.itemsToday = items.value(u"paper").toInt();
    const QString status = r.text(u"status");
    if (const auto s = enumFromName<MachineStatus>(status)) {
        machine.status = *s;
    } else if (!status.isEmpty()) {
        // FIWARE's safety states (lidOpen, dropped, moved, vandalized, burning) all need a visit.
        machine.status = MachineStatus::Fault;
    }
    return machine;
}

Entity crosswalk(const Reader& r) {
    Crosswalk cw;
    r.fillBase(cw);
    cw.phase = enumFromName<SignalPhase>(r.text(u"signalPhase")).value_or(SignalPhase::Unknown);
    cw.pedestriansOnCrossing = int(r.number(u"pedestriansOnCrossing").value_or(0));
    cw.vehicleApproaching = r.boolean(u"vehicleApproaching").value_or(false);
    cw.approachingSpeedKmh = r.number(u"approachingSpeed").value_or(0);
    cw.zone = enumFromName<ProtectionZone>(r.text(u"zoneType")).value_or(ProtectionZone::None);
    cw.zoneName = r.text(u"zoneName");
    cw.cameraId = r.reference(u"refCamera");
    return cw;
}

Entity alert(const Reader& r) {
    Alert a;
    r.fillBase(a);
    // The console's own category name travels in `alertType` (the simulator, our own writes)
    // or `subCategory`; FIWARE's subcategories that mean the same are mapped; its broad
    // category (security, traffic…) is the last resort.
    static const QHash<QString, AlertCategory> kFiwareSubCategories{
        {QStringLiteral("carStopped"), AlertCategory::IllegalParking},
        {QStringLiteral("pedestrianOnRoad"), AlertCategory::CrosswalkRedLight},
        {QStringLiteral("suspiciousAction"), AlertCategory::Loitering},
        {QStringLiteral("fallenPerson"), AlertCategory::Fall}};
    if (const auto own = enumFromName<AlertCategory>(r.text(u"alertType")))
        a.category = *own;
    else if (const auto sub = enumFromName<AlertCategory>(r.text(u"subCategory")))
        a.category = *sub;
    else
        a.category = kFiwareSubCategories.value(
            r.text(u"subCategory"),
            enumFromName<AlertCategory>(r.text(u"category")).value_or(AlertCategory::Other));
    const QString severity = r.text(u"severity");
    if (severity == u"informational") {
        a.severity = Severity::Low;
    } else {
        a.severity = enumFromName<Severity>(severity).value_or(defaultSeverity(a.category));
    }
    const QString state = r.has(u"status") ? r.text(u"status") : r.text(u"alertState");
    a.state = enumFromName<AlertState>(state).value_or(AlertState::New);
    a.sourceId = r.reference(u"alertSource");
    a.description = r.text(u"description");
    a.raisedAt = r.time(u"dateIssued");
    if (!a.raisedAt.isValid()) a.raisedAt = r.time(u"validFrom");
    a.repeatCount = int(r.number(u"repeatCount").value_or(1));
    // Our own analytics alerts carry the tracked object's path (see AlertEngine::raise); a bad
    // one is dropped with a warning, the alert is kept.
    if (auto path = trackPathFromJson(r.value(u"trackPath")))
        a.trackPath = std::move(path).value();
    else
        qCWarning(lcHub).noquote() << a.id << path.error();
    return a;
}

using Mapper = Entity (*)(const Reader&);

struct TypeMapping {
    const char* type;
    Mapper mapper;
};

constexpr TypeMapping kMappings[] = {
    {"OffStreetParking", parkingLot},
    {"EVChargingStation", chargingStation},
    {"PhotovoltaicMeasurement", solarArray},
    {"Camera", camera},
    {"Streetlight", smartPole},
    {"WasteContainer", recyclingMachine},
    {"SmartCrosswalk", crosswalk},
    {"Alert", alert},
};

}  // namespace

QStringList ngsiDomainTypes() {
    QStringList types;
    for (const auto& m : kMappings) types << QLatin1String(m.type);
    return types;
}

std::optional<Entity> ngsiToDomain(const HubEntity& entity, QStringList* warnings) {
    for (const auto& m : kMappings) {
        if (entity.type != QLatin1String(m.type)) continue;
        Entity domain = m.mapper(Reader(entity));
        const QStringList problems = validate(domain);
        if (problems.isEmpty()) return domain;
        if (warnings) {
            for (const QString& problem : problems)
                *warnings << QStringLiteral("entity %1: %2; shown without its %3 view")
                                 .arg(entity.id, problem, enumName(kindOf(domain)));
        }
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace bg
