#pragma once

#include "city_data.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <deque>

namespace sim {

class ContextStore;

/// The simulated Dong-gu: builds every entity from the public data and the scenario into a
/// ContextStore and moves them one simulated minute at a time. All randomness comes from one
/// generator seeded by `seed`, and time only from `start` plus the steps taken, so the same
/// seed and start give the same entities and the same sequence of values.
///
/// Threading: used on the simulator's main thread only.
class CityModel {
public:
    struct Options {
        quint32 seed = 1;
        QDateTime start;  ///< UTC
        double alertRatePerMin = 3.0;
        quint16 rtspPort = 8554;
        int maxAlertsKept = 300;  ///< older Alert entities are deleted
    };

    CityModel(const CityData& data, ContextStore* store, const Options& options);

    /// Creates all entities at the start time. Call once.
    void populate();
    /// Advances one simulated minute and writes what changed.
    void step();
    /// The simulated time of the last state written.
    QDateTime time() const { return m_time; }
    /// Number of cameras (real + simulated); camera n streams at /cam/<n>/.
    int cameraCount() const { return int(m_cameras.size()); }
    /// Alerts raised so far.
    int alertsRaised() const { return m_alertSeq; }

    static constexpr const char* kIdPrefix = "urn:ngsi-ld:";

private:
    struct Camera {
        QString id;
        GeoPoint at;
        bool on = true;
        int offMinutes = 0;
    };
    struct Lot {
        QString id, profile;
        int capacity = 0, occupied = 0;
    };
    struct Spot {
        QString id;
        bool occupied = false;
    };
    struct Street {
        QString id;
        QList<Spot> spots;
        GeoPoint at;
        QString cameraId;
    };
    struct ChargePoint {
        QStringList socketTypes;
        double maxPowerKw = 7;
        QString state = QStringLiteral("available");
        double powerKw = 0;
        int minutesLeft = 0;
    };
    struct Station {
        QString id;
        GeoPoint at;
        QList<ChargePoint> points;
        QString cameraId;
        bool re100 = false;
    };
    struct Pole {
        QString id, cameraId;
        GeoPoint at;
        int bellMinutes = 0;
    };
    struct Crosswalk {
        QString id, cameraId, zoneType;
        GeoPoint at;
        int violationMinutes = 0;
    };
    struct Machine {
        QString id, cameraId;
        GeoPoint at;
        QMap<QString, double> items;  // per material
        bool fullReported = false;
    };

    // Building.
    void buildCameras();
    void buildParking();
    void buildStations();
    void buildPoles();
    void buildCrosswalks();
    void buildMachines();
    int addCamera(const GeoPoint& at, const QJsonObject& attributes, bool simulated);
    QString nearestCamera(const GeoPoint& at) const;

    // Moving.
    void stepParking();
    void stepStations();
    void stepSolar();
    void stepPoles();
    void stepCrosswalks();
    void stepMachines();
    void stepCameras();
    void raiseRandomAlerts();
    void raiseAlert(const QString& type, const QString& sourceId, const QString& cameraId,
                    const GeoPoint& at, const QString& description);

    // Entity writing.
    QJsonObject lotAttributes(const Lot& lot) const;
    QJsonObject stationAttributes(const Station& station) const;
    QJsonObject poleAttributes(const Pole& pole) const;
    QJsonObject machineAttributes(const Machine& machine) const;
    void write(const QString& id, const QJsonObject& attributes);
    QJsonObject observed(const QJsonValue& value) const;
    QString now() const;

    // Randomness.
    double uniform(double lo = 0, double hi = 1);
    bool chance(double p) { return uniform() < p; }
    int poisson(double lambda);
    int pick(int n) { return n <= 0 ? 0 : int(m_rng.bounded(n)); }

    const CityData& m_data;
    ContextStore* m_store;
    Options m_options;
    QRandomGenerator m_rng;
    QDateTime m_time;

    std::vector<Camera> m_cameras;
    QList<Lot> m_lots;
    QList<Street> m_streets;
    QList<Station> m_stations;
    QList<Pole> m_poles;
    QList<Crosswalk> m_crosswalks;
    QList<Machine> m_machines;
    QMap<QString, double> m_machineCapacity;  // items per material bin
    double m_cloud = 0.3;
    double m_energyTodayKWh = 0;
    QDateTime m_meteringStarted;
    int m_alertSeq = 0;
    std::deque<QString> m_alerts;
};

}  // namespace sim
