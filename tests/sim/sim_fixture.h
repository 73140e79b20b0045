#pragma once
// Builds the simulated Dong-gu in-process from the shared data, as bitgoeul-sim does.

#include "city_data.h"
#include "city_model.h"
#include "context_store.h"

#include <QDateTime>

#include <memory>
#include <optional>

namespace simtest {

/// 2026-03-02 is a Monday; 12:00 KST is lunch time downtown and a 남광주시장 market day.
inline QDateTime fixedStart() {
    return QDateTime::fromString(QStringLiteral("2026-03-02T03:00:00Z"), Qt::ISODate);
}

/// A store filled by a CityModel with a given seed.
struct City {
    std::optional<sim::CityData> data;
    sim::ContextStore store;
    std::unique_ptr<sim::CityModel> model;
    QString error;

    explicit City(quint32 seed = 7, double alertRate = 3.0, QDateTime start = fixedStart()) {
        data = sim::CityData::load(QStringLiteral(BITGOEUL_DATA_DIR),
                                   sim::CityData::builtInScenario(), &error);
        if (!data) return;
        sim::CityModel::Options o;
        o.seed = seed;
        o.start = start;
        o.alertRatePerMin = alertRate;
        model = std::make_unique<sim::CityModel>(*data, &store, o);
        model->populate();
    }
    void steps(int n) {
        for (int i = 0; i < n; ++i) model->step();
    }
};

}  // namespace simtest
