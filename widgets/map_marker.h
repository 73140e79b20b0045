#pragma once

#include <QColor>
#include <QMetaType>
#include <QPointF>
#include <QString>
#include <QVector>

#include <array>

namespace bg {

/// What a map marker stands for; each kind is a layer that can be shown or hidden.
enum class MarkerKind {
    Camera,
    ParkingLot,
    ChargingStation,
    Crosswalk,
    SmartPole,
    RecyclingMachine,
    ChildZone,
    EnforcementCamera,
    Alert,
};
inline constexpr int kMarkerKindCount = 9;
inline constexpr std::array kAllMarkerKinds{
    MarkerKind::Camera,    MarkerKind::ParkingLot,        MarkerKind::ChargingStation,
    MarkerKind::Crosswalk, MarkerKind::SmartPole,         MarkerKind::RecyclingMachine,
    MarkerKind::ChildZone, MarkerKind::EnforcementCamera, MarkerKind::Alert};

/// One thing on the map, as plain values: the map knows nothing of where it came from. Texts
/// are already in the UI language.
struct MapMarker {
    QString id;
    MarkerKind kind = MarkerKind::Camera;
    double lon = 0;  ///< WGS84 degrees
    double lat = 0;
    QString name;   ///< the tooltip's first line
    QString state;  ///< the tooltip's second line, e.g. "online", "12 of 80 spaces free"
    QString label;  ///< short text drawn under the marker where there is room, e.g. "12/80"
    QColor color;   ///< the body's state colour; invalid: the kind's own colour
    double headingDeg = qQNaN();  ///< cameras: view direction, clockwise from north; NaN: no cone
    double fovDeg = 0;            ///< cameras: horizontal field of view
    double rangeM = 0;            ///< cameras: useful viewing distance in ground metres
    double level = -1;            ///< 0..1 gauge drawn in the body (a bin's fill); < 0: none
    QVector<QColor> segments;     ///< ring segments around the body, e.g. one per EV connector
    bool major = false;           ///< drawn larger (the RE100 mega station)
    bool flashing = false;        ///< blinks: a new alert, a ringing emergency bell
    bool unwatched = false;       ///< cameras: nobody has looked at it for a while
};

/// A named area (a district or a dong): rings of lon/lat points (x = lon, y = lat); the first
/// ring of each polygon is its outline, following rings of the same polygon are holes.
struct MapArea {
    QString name;
    QVector<QVector<QPointF>> rings;
};

/// A road link as lon/lat points with its rank (ITS ROAD_RANK: 101 expressway … 107 smallest).
struct MapRoad {
    QString name;  ///< empty when unknown
    int rank = 104;
    QVector<QPointF> points;
};

}  // namespace bg

Q_DECLARE_METATYPE(bg::MarkerKind)
