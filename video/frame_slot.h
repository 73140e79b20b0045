#pragma once

#include "video/video_frame.h"

#include <QMutex>

#include <atomic>
#include <optional>

namespace bg {

/// The hand-off between one stream's decoder thread and its readers: the latest frame wins.
/// A frame that is replaced before anyone took it counts as dropped; nothing ever queues, so a
/// slow reader costs memory for one frame, never more.
///
/// Threading: `put` from the streaming thread, `latestAfter`/`msSinceLastFrame` from any thread.
class FrameSlot {
public:
    /// Stores `frame` as the latest, stamping its sequence number and arrival time.
    void put(VideoFrame frame, qint64 nowUtcMs);

    /// The latest frame when it is newer than `lastSeenSequence` (pass 0 the first time).
    std::optional<VideoFrame> latestAfter(quint64 lastSeenSequence);

    /// Frames that were overwritten before any reader took them.
    quint64 droppedFrames() const { return m_dropped.load(); }
    quint64 framesPut() const { return m_sequence.load(); }

    /// Milliseconds since the last frame arrived; -1 before the first (the no-frame watchdog).
    qint64 msSinceLastFrame(qint64 nowUtcMs) const;

private:
    mutable QMutex m_mutex;
    VideoFrame m_latest;
    bool m_taken = true;
    std::atomic<quint64> m_sequence{0};
    std::atomic<quint64> m_dropped{0};
    std::atomic<qint64> m_lastArrivalMs{-1};
};

}  // namespace bg
