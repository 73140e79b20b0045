#pragma once

#include <QtGlobal>

namespace bg {

/// Decides which frames of one camera get analysed: at most `targetFps` of them, and none while
/// the worker for that camera is still busy — a frame that cannot be analysed now is skipped,
/// never queued, so a slow detector costs freshness, not memory.
///
/// Threading: used by the one thread that feeds a camera's frames to the workers.
class AnalysisGate {
public:
    explicit AnalysisGate(double targetFps) { setTargetFps(targetFps); }

    void setTargetFps(double fps);
    double targetFps() const { return m_targetFps; }

    /// True when the frame at `frameTimeMs` (monotonic) should be analysed now.
    bool admit(qint64 frameTimeMs, bool workerBusy);

    quint64 admitted() const { return m_admitted; }
    quint64 skippedForRate() const { return m_skippedRate; }
    quint64 skippedBusy() const { return m_skippedBusy; }

private:
    double m_targetFps = 5;
    qint64 m_intervalMs = 200;
    qint64 m_nextDueMs = -1;
    quint64 m_admitted = 0;
    quint64 m_skippedRate = 0;
    quint64 m_skippedBusy = 0;
};

}  // namespace bg
