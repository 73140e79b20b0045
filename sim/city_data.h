#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sim {

/// A WGS84 position.
struct GeoPoint {
    double lon = 0;
    double lat = 0;
};

/// One public (공영) parking lot of the district's standard data.
struct ParkingLotRecord {
    QString code;  ///< 주차장관리번호, e.g. 175-2-000008
    QString name;
    int capacity = 0;
    QString roadAddress, lotAddress;
    QString weekdayOpen, weekdayClose;
    QString fee;  ///< 유료 / 무료 / 혼합
    QString dataDate;
    GeoPoint at;
    bool placed = false;  ///< the data has no coordinates: the scenario placed it
    QString placementBasis;
    QString profile;  ///< demand profile: downtown, daeinMarket, namgwangjuMarket, station
};

/// One EV charging station of the district's standard data.
struct EvStationRecord {
    QString code;  ///< 001 … in file order
    QString name, roadAddress, lotAddress, operatorName, phone, dataDate;
    int slowChargers = 0, fastChargers = 0;
    QString fastType;  ///< e.g. DC차데모+AC3상+DC콤보
    GeoPoint at;
};

/// One row of the security-CCTV list (a site; one site can span rows by installation year).
struct CctvSiteRecord {
    int row = 0;  ///< 1-based row in the file
    GeoPoint at;
    QString roadAddress, lotAddress, pixels, view, retention, year, dataDate, agency;
    int cameras = 0;
};

/// One child protection zone (어린이보호구역) of the 2026 list.
struct ProtectionZoneRecord {
    QString name, kind, roadAddress;
    GeoPoint at;
};

/// Everything the simulated city is built from: the public data files of `dataDir` and the
/// scenario file (placements and assumptions for what the public data lacks).
struct CityData {
    QList<ParkingLotRecord> parkingLots;
    QList<EvStationRecord> evStations;
    QList<CctvSiteRecord> cctvSites;
    QList<ProtectionZoneRecord> protectionZones;
    QMap<QString, QList<GeoPoint>> roads;  ///< longest ITS link of each road the scenario names
    QJsonObject scenario;

    /// Reads the data. On failure returns nothing and names the file and field in `error`.
    static std::optional<CityData> load(const QString& dataDir, const QJsonObject& scenario,
                                        QString* error);
    /// The built-in scenario (sim/scenario/donggu.json, compiled in).
    static QJsonObject builtInScenario();
    /// The data folder to use: `requested` if given, else the build's default, else the copy
    /// installed beside the program (share/bitgoeul/data). Empty if none holds the data.
    static QString resolveDataDir(const QString& requested);
    /// Parses one CSV text (RFC 4180 quoting) into rows of fields.
    static QList<QStringList> parseCsv(const QString& text);
    /// The data files the simulator reads, relative to the data folder.
    static QStringList requiredFiles();
};

}  // namespace sim
