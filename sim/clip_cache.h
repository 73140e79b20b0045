#pragma once

#include "scene_library.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace sim {

/// One H.264 access unit (a whole frame, Annex B byte stream with its start codes).
struct AccessUnit {
    QByteArray bytes;
    bool keyframe = false;
};

/// An encoded loop of one scene for one stream, held in memory and served as is.
struct Clip {
    QSize size;
    int fps = 15;
    std::vector<AccessUnit> units;
};

/// Encodes every scene once per stream into H.264 files (x264, low-latency settings) under a
/// cache folder, and hands out the clips' access units so that the cameras serve them without
/// encoding anything. Encoding runs on one worker thread, in scene order, and a scene somebody
/// is waiting for jumps the queue. File names carry a hash of everything that shapes the
/// pictures, so a changed renderer or encoder setting re-encodes; a lock file per scene lets
/// several simulators share one cache folder.
///
/// Threading: all public functions are thread-safe; clip() blocks the calling thread (up to its
/// timeout) while the worker encodes the scene.
class ClipCache {
public:
    ClipCache(const SceneLibrary& library, QString directory);
    ~ClipCache();
    ClipCache(const ClipCache&) = delete;
    ClipCache& operator=(const ClipCache&) = delete;

    /// `$XDG_CACHE_HOME/bitgoeul-sim/scenes-v<kRendererVersion>`.
    static QString defaultDirectory();
    const QString& directory() const { return m_directory; }
    /// Where the clip of `scene` for `stream` is (or will be) stored.
    QString clipPath(const SceneSpec& scene, StreamKind stream) const;

    /// Queues every scene that has no clip yet for background encoding, which starts after
    /// `delayMs` (a simulator started for a few seconds, as tests do, then encodes nothing it
    /// is not asked for); scenes somebody waits for are encoded at once.
    void encodeAllInBackground(int delayMs);
    /// Encodes every missing clip now, on the calling thread. False (and `error`) on failure.
    bool encodeAll(QString* error);
    /// The clip of `scene` for `stream`, encoding it first if needed. Null when encoding failed
    /// or took longer than `timeoutMs`.
    std::shared_ptr<const Clip> clip(int scene, StreamKind stream, int timeoutMs);

    /// Splits an Annex B byte stream into access units (a new unit starts at an AUD/SPS/PPS/SEI
    /// after a slice, or at a slice whose first_mb_in_slice is 0).
    static std::vector<AccessUnit> splitAccessUnits(const QByteArray& byteStream);

private:
    bool haveClips(const SceneSpec& scene) const;
    bool encodeScene(const SceneSpec& scene, QString* error);
    void workerLoop();
    void ensureWorker();

    const SceneLibrary& m_library;
    QString m_directory;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<int> m_queue;       ///< scenes somebody waits for
    std::deque<int> m_background;  ///< scenes to encode once m_backgroundFrom has passed
    std::chrono::steady_clock::time_point m_backgroundFrom;
    std::set<int> m_done;  ///< scenes whose clips are on disk
    std::map<int, QString> m_failed;
    std::map<std::pair<int, int>, std::shared_ptr<const Clip>> m_loaded;
    std::thread m_worker;
    bool m_stopping = false;
    std::atomic<bool> m_abort{false};  ///< set on destruction: an encode stops at the next frame
};

}  // namespace sim
