#include "video/frame_slot.h"

namespace bg {

void FrameSlot::put(VideoFrame frame, qint64 nowUtcMs) {
    frame.arrivalUtcMs = nowUtcMs;
    QMutexLocker lock(&m_mutex);
    frame.sequence = m_sequence.load() + 1;
    if (!m_taken) m_dropped.fetch_add(1);
    m_latest = std::move(frame);
    m_taken = false;
    m_sequence.store(m_latest.sequence);
    m_lastArrivalMs.store(nowUtcMs);
}

std::optional<VideoFrame> FrameSlot::latestAfter(quint64 lastSeenSequence) {
    QMutexLocker lock(&m_mutex);
    if (m_latest.sequence == 0 || m_latest.sequence <= lastSeenSequence) return std::nullopt;
    m_taken = true;
    return m_latest;
}

qint64 FrameSlot::msSinceLastFrame(qint64 nowUtcMs) const {
    const qint64 last = m_lastArrivalMs.load();
    return last < 0 ? -1 : nowUtcMs - last;
}

}  // namespace bg
