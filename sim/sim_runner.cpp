#include "sim_runner.h"

#include "city_model.h"

#include <algorithm>

namespace sim {

SimRunner::SimRunner(CityModel* model, const QDateTime& start, double speed, QObject* parent)
    : QObject(parent), m_model(model), m_start(start.toUTC()), m_speed(speed) {
    m_elapsed.start();
    // One simulated minute of real time, but at least a quarter second between rounds: at high
    // speeds several steps are taken per round instead of waking up hundreds of times a second.
    m_timer.setInterval(std::clamp(int(60000 / m_speed), 250, 60000));
    connect(&m_timer, &QTimer::timeout, this, &SimRunner::catchUp);
}

void SimRunner::start() {
    m_timer.start();
}

QDateTime SimRunner::now() const {
    return m_start.addMSecs(qint64(double(m_elapsed.elapsed()) * m_speed));
}

void SimRunner::catchUp() {
    const QDateTime target = now();
    for (int i = 0; i < kMaxStepsPerRound && m_model->time().addSecs(60) <= target; ++i)
        m_model->step();
}

}  // namespace sim
