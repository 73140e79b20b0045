#include "video/analytics/analysis_gate.h"

#include <algorithm>
#include <cmath>

namespace bg {

void AnalysisGate::setTargetFps(double fps) {
    m_targetFps = std::clamp(fps, 0.1, 60.0);
    m_intervalMs = std::llround(1000.0 / m_targetFps);
    m_nextDueMs = -1;
}

bool AnalysisGate::admit(qint64 frameTimeMs, bool workerBusy) {
    if (m_nextDueMs >= 0 && frameTimeMs < m_nextDueMs) {
        ++m_skippedRate;
        return false;
    }
    if (workerBusy) {
        ++m_skippedBusy;
        return false;
    }
    // Schedule from the due time, not the frame time, so the rate does not drift down with
    // frame jitter; after a long pause, restart from now instead of bursting to catch up.
    m_nextDueMs = (m_nextDueMs < 0 || frameTimeMs - m_nextDueMs > m_intervalMs)
                      ? frameTimeMs + m_intervalMs
                      : m_nextDueMs + m_intervalMs;
    ++m_admitted;
    return true;
}

}  // namespace bg
