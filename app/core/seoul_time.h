#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace bg {

/// Asia/Seoul from the time-zone database; a fixed UTC+09:00 (Korea keeps no daylight saving
/// time) when the database lacks it, so times are never shown in the machine's zone by accident.
QTimeZone seoulTimeZone();

/// The same instant in Asia/Seoul.
QDateTime toSeoul(const QDateTime& t);

/// "2026-11-25 11:28:17" in Asia/Seoul, for the status-bar clock and tables.
QString formatSeoulDateTime(const QDateTime& t);

/// "11:28" in Asia/Seoul, for "offline since HH:MM".
QString formatSeoulHourMinute(const QDateTime& t);

}  // namespace bg
