#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sim {

class CityModel;

/// Simulated time: `start` plus the real time elapsed times `speed`. A timer steps the city
/// model once per simulated minute it has fallen behind, never more often than needed: at
/// speed 1 that is one small step a minute.
///
/// Threading: lives on the simulator's main thread.
class SimRunner : public QObject {
    Q_OBJECT
public:
    SimRunner(CityModel* model, const QDateTime& start, double speed, QObject* parent = nullptr);

    /// Starts stepping.
    void start();
    /// The current simulated time (UTC).
    QDateTime now() const;
    double speed() const { return m_speed; }

    /// Steps taken in one timer round at most, so a stalled process catches up gradually.
    static constexpr int kMaxStepsPerRound = 240;

private:
    void catchUp();

    CityModel* m_model;
    QDateTime m_start;
    double m_speed;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

}  // namespace sim
