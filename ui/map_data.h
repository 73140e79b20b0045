#pragma once

#include "widgets/map_marker.h"

#include <QStringList>
#include <QVector>

namespace bg {

/// A point facility from the public data (a child protection zone, an enforcement camera).
struct MapFacility {
    QString id;    ///< stable within its file, e.g. "childZone:3"
    QString name;  ///< in Korean, as published
    QString address;
    QString dong;
    QString detail;  ///< kind-specific: facility type of a zone, speed limit of a camera
    double lon = 0;
    double lat = 0;
};

/// The map's base data, bundled into the resources at build time from the shared data folder
/// (`:/mapdata/map/...`, `:/mapdata/facilities/...`). Area and road names are as published
/// (Korean); the page puts them in the UI language.
struct MapData {
    QVector<MapArea> neighbours;  ///< the other Gwangju districts (구), names "서구" …
    QVector<MapArea> district;    ///< Dong-gu's outline
    QVector<MapArea> dongs;       ///< the 13 administrative dongs, names "충장동" …
    QVector<MapRoad> roads;
    QVector<MapFacility> childZones;
    QVector<MapFacility> enforcementCameras;
    /// Problems met while reading, each naming the file and the feature; what could be read
    /// is kept.
    QStringList errors;

    /// Reads every file from `root` (the resource prefix, or a data folder in tests).
    static MapData load(const QString& root = QStringLiteral(":/mapdata"));
};

}  // namespace bg
