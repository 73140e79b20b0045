#include "clip_cache.h"

#include "scene_renderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>

#include <chrono>

Q_LOGGING_CATEGORY(lcClips, "bitgoeul.sim.clips", QtInfoMsg)

namespace sim {

namespace {

// Every setting that shapes the encoded bytes; part of the clip's hash.
QString encoderSettings(const SceneSpec& scene, StreamKind stream) {
    const int kbps = stream == StreamKind::Main ? 2000 : 600;
    return QStringLiteral(
               "x264enc tune=zerolatency speed-preset=ultrafast key-int-max=%1 bframes=0 "
               "threads=1 bitrate=%2")
        .arg(scene.fps)
        .arg(kbps);
}

/// Feeds raw RGBx frames into x264 and writes the byte stream to a file.
class StreamEncoder {
public:
    StreamEncoder(const SceneSpec& scene, StreamKind stream, const QString& path)
        : m_fps(scene.fps) {
        const QSize size = SceneLibrary::frameSize(stream);
        const QString launch =
            QStringLiteral(
                "appsrc name=src format=time block=true max-bytes=8000000 "
                "caps=video/x-raw,format=RGBx,width=%1,height=%2,framerate=%3/1 ! videoconvert ! "
                "video/x-raw,format=I420 ! %4 ! video/x-h264,stream-format=byte-stream ! "
                "filesink name=sink")
                .arg(size.width())
                .arg(size.height())
                .arg(scene.fps)
                .arg(encoderSettings(scene, stream));
        GError* err = nullptr;
        m_pipeline = gst_parse_launch(launch.toUtf8().constData(), &err);
        if (err) {
            m_error = QString::fromUtf8(err->message);
            g_error_free(err);
            if (m_pipeline) gst_object_unref(m_pipeline);
            m_pipeline = nullptr;
            return;
        }
        GstElement* sink = gst_bin_get_by_name(GST_BIN(m_pipeline), "sink");
        g_object_set(sink, "location", QFile::encodeName(path).constData(), nullptr);
        gst_object_unref(sink);
        m_src = gst_bin_get_by_name(GST_BIN(m_pipeline), "src");
        if (gst_element_set_state(m_pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
            m_error = QStringLiteral("cannot start the encoder (is x264enc installed?)");
    }
    ~StreamEncoder() {
        if (m_src) gst_object_unref(m_src);
        if (m_pipeline) {
            gst_element_set_state(m_pipeline, GST_STATE_NULL);
            gst_object_unref(m_pipeline);
        }
    }
    bool ok() const { return m_pipeline && m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    void push(const QImage& frame, int index) {
        const qsizetype bytes = frame.sizeInBytes();
        GstBuffer* buffer = gst_buffer_new_allocate(nullptr, gsize(bytes), nullptr);
        gst_buffer_fill(buffer, 0, frame.constBits(), gsize(bytes));
        GST_BUFFER_PTS(buffer) = gst_util_uint64_scale(guint64(index), GST_SECOND, guint64(m_fps));
        GST_BUFFER_DURATION(buffer) = gst_util_uint64_scale(1, GST_SECOND, guint64(m_fps));
        gst_app_src_push_buffer(GST_APP_SRC(m_src), buffer);
    }

    /// Ends the stream and waits until the file is complete.
    bool finish() {
        gst_app_src_end_of_stream(GST_APP_SRC(m_src));
        GstBus* bus = gst_element_get_bus(m_pipeline);
        GstMessage* msg = gst_bus_timed_pop_filtered(
            bus, 120 * GST_SECOND, GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR));
        bool ok = msg && GST_MESSAGE_TYPE(msg) == GST_MESSAGE_EOS;
        if (msg && !ok) {
            GError* err = nullptr;
            gst_message_parse_error(msg, &err, nullptr);
            m_error = QString::fromUtf8(err->message);
            g_error_free(err);
        } else if (!msg) {
            m_error = QStringLiteral("the encoder did not finish");
        }
        if (msg) gst_message_unref(msg);
        gst_object_unref(bus);
        return ok;
    }

private:
    int m_fps;
    GstElement* m_pipeline = nullptr;
    GstElement* m_src = nullptr;
    QString m_error;
};

/// Decodes the street video into RGBx frames, one at a time.
class VideoFrames {
public:
    explicit VideoFrames(const QString& path) {
        GError* err = nullptr;
        m_pipeline = gst_parse_launch(
            "filesrc name=file ! decodebin ! videoconvert ! video/x-raw,format=RGBx ! "
            "appsink name=sink sync=false max-buffers=4",
            &err);
        if (err) {
            g_error_free(err);
            if (m_pipeline) gst_object_unref(m_pipeline);
            m_pipeline = nullptr;
            return;
        }
        GstElement* file = gst_bin_get_by_name(GST_BIN(m_pipeline), "file");
        g_object_set(file, "location", QFile::encodeName(path).constData(), nullptr);
        gst_object_unref(file);
        m_sink = gst_bin_get_by_name(GST_BIN(m_pipeline), "sink");
        gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
    }
    ~VideoFrames() {
        if (m_sink) gst_object_unref(m_sink);
        if (m_pipeline) {
            gst_element_set_state(m_pipeline, GST_STATE_NULL);
            gst_object_unref(m_pipeline);
        }
    }
    /// The next frame, or a null image at the end.
    QImage next() {
        if (!m_sink) return {};
        GstSample* sample = gst_app_sink_try_pull_sample(GST_APP_SINK(m_sink), 10 * GST_SECOND);
        if (!sample) return {};
        GstStructure* s = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
        int w = 0, h = 0;
        gst_structure_get_int(s, "width", &w);
        gst_structure_get_int(s, "height", &h);
        GstMapInfo map;
        QImage image;
        GstBuffer* buffer = gst_sample_get_buffer(sample);
        if (w > 0 && h > 0 && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            // GStreamer's RGBx rows are 4-byte aligned, as QImage's are.
            image = QImage(map.data, w, h, w * 4, QImage::Format_RGBX8888).copy();
            gst_buffer_unmap(buffer, &map);
        }
        gst_sample_unref(sample);
        return image;
    }

private:
    GstElement* m_pipeline = nullptr;
    GstElement* m_sink = nullptr;
};

}  // namespace

ClipCache::ClipCache(const SceneLibrary& library, QString directory)
    : m_library(library), m_directory(std::move(directory)) {
    if (!gst_is_initialized()) gst_init(nullptr, nullptr);
    QDir().mkpath(m_directory);
}

ClipCache::~ClipCache() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
        m_background.clear();
    }
    m_abort = true;  // quitting must not wait for a scene to finish encoding
    m_changed.notify_all();
    if (m_worker.joinable()) m_worker.join();
}

QString ClipCache::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/bitgoeul-sim/scenes-v%1").arg(SceneLibrary::kRendererVersion);
}

QString ClipCache::clipPath(const SceneSpec& scene, StreamKind stream) const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QSize size = SceneLibrary::frameSize(stream);
    hash.addData(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9x%10|")
                     .arg(SceneLibrary::kRendererVersion)
                     .arg(scene.name)
                     .arg(int(scene.kind))
                     .arg(scene.variant)
                     .arg(scene.fps)
                     .arg(scene.frameCount)
                     .arg(int(scene.mirrored))
                     .arg(int(scene.night))
                     .arg(size.width())
                     .arg(size.height())
                     .toUtf8());
    hash.addData(encoderSettings(scene, stream).toUtf8());
    if (!scene.synthetic()) {
        const QFileInfo video(m_library.streetVideoPath());
        hash.addData(QByteArray::number(video.size()));
    }
    return QStringLiteral("%1/%2.%3.%4.h264")
        .arg(m_directory, scene.name, SceneLibrary::streamName(stream),
             QString::fromLatin1(hash.result().toHex().left(10)));
}

bool ClipCache::haveClips(const SceneSpec& scene) const {
    return QFileInfo::exists(clipPath(scene, StreamKind::Main)) &&
           QFileInfo::exists(clipPath(scene, StreamKind::Sub));
}

bool ClipCache::encodeScene(const SceneSpec& scene, QString* error) {
    // Another simulator sharing the folder may be encoding this scene: wait for it, then reuse.
    QLockFile lock(QStringLiteral("%1/%2.lock").arg(m_directory, scene.name));
    lock.setStaleLockTime(0);
    if (!lock.lock()) {
        *error = QStringLiteral("cannot lock %1").arg(lock.error());
        return false;
    }
    if (haveClips(scene)) return true;

    const auto started = std::chrono::steady_clock::now();
    const QString mainPath = clipPath(scene, StreamKind::Main);
    const QString subPath = clipPath(scene, StreamKind::Sub);
    const QString mainTmp = mainPath + QStringLiteral(".part");
    const QString subTmp = subPath + QStringLiteral(".part");
    int frames = 0;
    {
        StreamEncoder main(scene, StreamKind::Main, mainTmp);
        StreamEncoder sub(scene, StreamKind::Sub, subTmp);
        if (!main.ok() || !sub.ok()) {
            *error = main.ok() ? sub.error() : main.error();
            return false;
        }
        const SceneRenderer renderer(scene);
        QImage mainFrame(SceneLibrary::frameSize(StreamKind::Main), QImage::Format_RGBX8888);
        if (scene.synthetic()) {
            for (; frames < scene.frameCount && !m_abort; ++frames) {
                renderer.render(frames, mainFrame);
                main.push(mainFrame, frames);
                // Scaling the main picture keeps main and sub identical apart from size.
                sub.push(mainFrame.scaled(SceneLibrary::frameSize(StreamKind::Sub),
                                          Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                         frames);
            }
        } else {
            VideoFrames video(m_library.streetVideoPath());
            for (QImage source = video.next(); !source.isNull() && !m_abort;
                 source = video.next()) {
                renderer.renderVideoFrame(frames, source, mainFrame);
                main.push(mainFrame, frames);
                sub.push(mainFrame.scaled(SceneLibrary::frameSize(StreamKind::Sub),
                                          Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                         frames);
                ++frames;
            }
            if (frames == 0) {
                *error = QStringLiteral("cannot decode %1").arg(m_library.streetVideoPath());
                return false;
            }
        }
        if (m_abort) {
            *error = QStringLiteral("stopped");
            QFile::remove(mainTmp);
            QFile::remove(subTmp);
            return false;
        }
        if (!main.finish() || !sub.finish()) {
            *error = main.error().isEmpty() ? sub.error() : main.error();
            return false;
        }
    }
    // Renamed only when complete, so a crash never leaves a truncated clip behind.
    QFile::remove(mainPath);
    QFile::remove(subPath);
    if (!QFile::rename(mainTmp, mainPath) || !QFile::rename(subTmp, subPath)) {
        *error = QStringLiteral("cannot write %1").arg(mainPath);
        return false;
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    qCInfo(lcClips, "encoded %s: %d frames in %lld ms", qPrintable(scene.name), frames,
           static_cast<long long>(ms));
    return true;
}

void ClipCache::ensureWorker() {
    if (!m_worker.joinable()) m_worker = std::thread([this] { workerLoop(); });
}

void ClipCache::workerLoop() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        const auto ready = [this] {
            return m_stopping || !m_queue.empty() ||
                   (!m_background.empty() && std::chrono::steady_clock::now() >= m_backgroundFrom);
        };
        if (m_queue.empty() && !m_background.empty())
            m_changed.wait_until(lock, m_backgroundFrom, ready);
        else
            m_changed.wait(lock, ready);
        if (m_stopping) return;
        if (!ready()) continue;
        std::deque<int>& from = m_queue.empty() ? m_background : m_queue;
        const int index = from.front();
        from.pop_front();
        if (m_done.count(index) || m_failed.count(index)) continue;
        lock.unlock();
        QString error;
        const bool ok = encodeScene(m_library.scene(index), &error);
        lock.lock();
        if (ok) {
            m_done.insert(index);
        } else {
            if (!m_abort)
                qCWarning(lcClips, "cannot encode scene %d: %s", index, qPrintable(error));
            m_failed[index] = error;
        }
        m_changed.notify_all();
    }
}

void ClipCache::encodeAllInBackground(int delayMs) {
    std::lock_guard lock(m_mutex);
    m_backgroundFrom = std::chrono::steady_clock::now() + std::chrono::milliseconds(delayMs);
    for (const SceneSpec& s : m_library.scenes()) {
        if (haveClips(s))
            m_done.insert(s.index);
        else
            m_background.push_back(s.index);
    }
    if (!m_background.empty()) ensureWorker();
    m_changed.notify_all();
}

bool ClipCache::encodeAll(QString* error) {
    for (const SceneSpec& s : m_library.scenes()) {
        if (!encodeScene(s, error)) return false;
        std::lock_guard lock(m_mutex);
        m_done.insert(s.index);
    }
    return true;
}

std::shared_ptr<const Clip> ClipCache::clip(int scene, StreamKind stream, int timeoutMs) {
    const SceneSpec& spec = m_library.scene(scene);
    std::unique_lock lock(m_mutex);
    const auto key = std::make_pair(scene, int(stream));
    if (auto it = m_loaded.find(key); it != m_loaded.end()) return it->second;
    if (!m_done.count(scene) && haveClips(spec)) m_done.insert(scene);
    if (!m_done.count(scene)) {
        m_failed.erase(scene);      // a new viewer may try again
        m_queue.push_front(scene);  // jump the queue: somebody is watching
        ensureWorker();
        m_changed.notify_all();
        const bool ready = m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
            return m_stopping || m_done.count(scene) || m_failed.count(scene);
        });
        if (!ready || !m_done.count(scene)) return nullptr;
    }
    lock.unlock();
    QFile file(clipPath(spec, stream));
    if (!file.open(QIODevice::ReadOnly)) return nullptr;
    auto clip = std::make_shared<Clip>();
    clip->size = SceneLibrary::frameSize(stream);
    clip->fps = spec.fps;
    clip->units = splitAccessUnits(file.readAll());
    if (clip->units.empty()) return nullptr;
    lock.lock();
    // Another thread may have loaded it meanwhile: keep the first, so all share one copy.
    return m_loaded.emplace(key, std::move(clip)).first->second;
}

std::vector<AccessUnit> ClipCache::splitAccessUnits(const QByteArray& data) {
    // Positions of the NAL units (after their start codes) and where each start code begins.
    struct Nal {
        qsizetype codeStart;
        qsizetype payload;
    };
    std::vector<Nal> nals;
    const qsizetype n = data.size();
    const auto* d = reinterpret_cast<const uchar*>(data.constData());
    for (qsizetype i = 0; i + 3 <= n;) {
        if (d[i] == 0 && d[i + 1] == 0 && d[i + 2] == 1) {
            const qsizetype start = (i > 0 && d[i - 1] == 0) ? i - 1 : i;
            nals.push_back({start, i + 3});
            i += 3;
        } else {
            ++i;
        }
    }
    std::vector<AccessUnit> units;
    qsizetype unitStart = -1;
    bool unitHasSlice = false, unitIsKey = false;
    const auto close = [&](qsizetype end) {
        if (unitStart >= 0 && unitHasSlice)
            units.push_back({data.mid(unitStart, end - unitStart), unitIsKey});
    };
    for (const Nal& nal : nals) {
        if (nal.payload >= n) break;
        const int type = d[nal.payload] & 0x1f;
        const bool slice = type == 1 || type == 5;
        // first_mb_in_slice is ue(v): 0 is coded as a single 1 bit.
        const bool firstSlice = slice && nal.payload + 1 < n && (d[nal.payload + 1] & 0x80);
        const bool prefix = type == 6 || type == 7 || type == 8 || type == 9;
        if (unitStart < 0 || (unitHasSlice && (prefix || firstSlice))) {
            close(nal.codeStart);
            unitStart = nal.codeStart;
            unitHasSlice = false;
            unitIsKey = false;
        }
        unitHasSlice = unitHasSlice || slice;
        unitIsKey = unitIsKey || type == 5;
    }
    close(n);
    return units;
}

}  // namespace sim
