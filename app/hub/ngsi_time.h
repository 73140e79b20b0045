#pragma once

#include <QDateTime>
#include <QStringView>

namespace bg {

/// Parses an NGSI-LD timestamp into UTC. Accepts ISO 8601 date-times with the fraction after
/// `.` or `,` (KETI City Data Hub writes `2023-11-17T20:48:09,290+09:00`), any number of
/// fraction digits (kept to the millisecond), and `Z`, `±HH:MM`, `±HHMM` or no zone (taken as
/// UTC, which is what NGSI-LD requires). Returns an invalid QDateTime for anything else.
QDateTime parseNgsiTime(QStringView text);

/// Formats a UTC time the way both dialects accept it: `2026-03-01T09:12:30.000Z`.
QString formatNgsiTime(const QDateTime& time);

}  // namespace bg
