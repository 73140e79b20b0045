#pragma once

#include "core/site.h"

#include <QVector>

namespace bg {

struct OccupancySample {
    QDateTime at;
    int availableSpots = 0;
    friend bool operator==(const OccupancySample&, const OccupancySample&) = default;
};

/// An off-street parking lot (FIWARE OffStreetParking).
struct ParkingLot : EntityBase {
    static constexpr int kMaxHistory = 288;  ///< 24 h at 5-minute samples, kept in memory

    QString address;
    int totalSpots = 0;
    int availableSpots = 0;
    bool isPublic = true;
    QVector<OccupancySample> history;  ///< oldest first, at most kMaxHistory

    /// Share of spots in use, 0..1; 0 when the lot has no capacity.
    double occupancy() const {
        return totalSpots > 0 ? double(totalSpots - availableSpots) / totalSpots : 0.0;
    }
    /// Appends a sample, dropping the oldest beyond kMaxHistory.
    void recordSample(const QDateTime& at, int available) {
        history.append({at, available});
        if (history.size() > kMaxHistory) history.remove(0, history.size() - kMaxHistory);
    }
    friend bool operator==(const ParkingLot&, const ParkingLot&) = default;
};

}  // namespace bg
