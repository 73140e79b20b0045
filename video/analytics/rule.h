#pragma once

#include "core/enum_names.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLineF>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bg {

/// What a video-analytics rule watches for.
enum class RuleKind {
    ZoneIntrusion,
    Loitering,
    LineCrossing,
    Crowding,
    IllegalParking,
    CrosswalkSafety,
};
template <>
struct EnumNames<RuleKind> {
    static constexpr std::array kNames{std::pair{RuleKind::ZoneIntrusion, "zoneIntrusion"},
                                       std::pair{RuleKind::Loitering, "loitering"},
                                       std::pair{RuleKind::LineCrossing, "lineCrossing"},
                                       std::pair{RuleKind::Crowding, "crowding"},
                                       std::pair{RuleKind::IllegalParking, "illegalParking"},
                                       std::pair{RuleKind::CrosswalkSafety, "crosswalkSafety"}};
};

/// One rule of a camera, as a plain value. Geometry is frame-normalised: x and y run 0..1 over
/// the frame's width and height, so a rule drawn on the sub stream applies unchanged to the main
/// stream (same aspect ratio assumed). Which fields matter depends on `kind`; the others keep
/// their defaults and are ignored.
struct Rule {
    QString id;  ///< unique within the camera; events and counters are keyed by it
    QString name;
    RuleKind kind = RuleKind::ZoneIntrusion;
    bool enabled = true;

    /// The watched area (every kind but LineCrossing): at least 3 points, normalised.
    QPolygonF zone;
    /// The tripwire (LineCrossing only), normalised, p1 → p2.
    QLineF line;
    /// Which crossings raise an event: +1 left → right as seen standing on p1 facing p2 (on
    /// screen, y down), -1 right → left, 0 both. Counters count both directions regardless.
    int direction = 0;
    /// Class names the rule applies to, case-insensitive; empty means the kind's default:
    /// any class, except IllegalParking (car, bus, truck, motorcycle, motorbike). For
    /// CrosswalkSafety pedestrians are always "person" and `classes` lists the vehicle classes
    /// (empty: the same vehicle defaults).
    QStringList classes;

    int minDwellMs = 0;     ///< intrusion, crowding, pedestrian-on-red: time held before an event
    int loiterMs = 60000;   ///< loitering: time inside the zone
    int crowdCount = 10;    ///< crowding: tracks inside the zone at once
    int parkedMs = 300000;  ///< illegal parking: time standing still inside the zone
    /// Crosswalk: a vehicle faster than this while a pedestrian is on the crossing raises an
    /// event; 0 disables the check.
    double fastApproachKmh = 0;
    /// Crosswalk speed scale: how many metres of road the full frame width spans at the
    /// crossing. Speeds are pixel displacements of the vehicle's reference point converted with
    /// frameWidth / metresAcrossFrame pixels per metre — a flat, perspective-free estimate that
    /// is good enough to tell 60 km/h from walking pace near the crossing, not a speed camera.
    double metresAcrossFrame = 0;
    int cooldownMs = 0;  ///< after an event, further events of this rule are dropped this long

    friend bool operator==(const Rule&, const Rule&) = default;

    /// The rule an operator gets by drawing one on a tile: the shape, and defaults a control
    /// room can live with (people only where it matters, a 30 s cooldown, shorter times than
    /// the struct's conservative ones). The caller gives it an id.
    static Rule drawn(RuleKind kind, const QPolygonF& zone, const QLineF& line);

    /// The rule as stored in a camera's rule file.
    QJsonObject toJson() const;
    /// Reads and validates one rule; the error names the rule id and the field:
    /// "rule 'r1': zone needs at least 3 points".
    static Result<Rule> fromJson(const QJsonObject& json);
};

/// The class names a rule matches when its `classes` list is empty (see Rule::classes).
QStringList defaultVehicleClasses();

/// A camera's rule set as saved by the console: {"version": 1, "rules": [ ... ]}. Rejects the
/// whole set (naming the rule and field) if any rule is invalid or two rules share an id.
Result<QVector<Rule>> rulesFromJson(const QByteArray& json);
QByteArray rulesToJson(const QVector<Rule>& rules);

}  // namespace bg
