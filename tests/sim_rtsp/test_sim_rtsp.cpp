// bitgoeul-sim's simulated cameras, as a client sees them: the built simulator runs as a process
// on free ports and a GStreamer client (rtspsrc ! rtph264depay ! h264parse ! avdec_h264 !
// appsink) reads cameras 1 and 1,175 (different scenes): frame size, frame rate, time to the
// first frame, different pictures, the NTP-64 capture time, 404 for unknown cameras; plus the
// ground-truth export and --no-rtsp.
#include "clip_cache.h"
#include "support/process_helpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRect>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/rtp/gstrtpbuffer.h>

#include <atomic>
#include <cmath>

namespace {

constexpr qint64 kNtpUnixOffsetNs = 2208988800LL * 1000000000LL;

qint64 nowUnixNs() {
    return qint64(g_get_real_time()) * 1000;
}

/// The NTP capture time on a buffer as Unix ns, or 0 without the meta.
qint64 captureTimeUnixNs(GstBuffer* buffer) {
    GstCaps* caps = gst_caps_new_empty_simple("timestamp/x-ntp");
    GstReferenceTimestampMeta* meta = gst_buffer_get_reference_timestamp_meta(buffer, caps);
    gst_caps_unref(caps);
    return meta ? qint64(meta->timestamp) - kNtpUnixOffsetNs : 0;
}

/// A decoded frame: its size, luma plane and capture time.
struct Frame {
    int width = 0;
    int height = 0;
    QByteArray luma;
    qint64 captureUnixNs = 0;
    qint64 receivedUnixNs = 0;
};

/// A GStreamer RTSP client, as the console would build one.
class Client {
public:
    explicit Client(const QString& url) {
        m_pipeline = gst_parse_launch(
            "rtspsrc name=src latency=0 ! rtph264depay name=depay ! h264parse ! avdec_h264 ! "
            "appsink name=sink sync=false max-buffers=30 caps=video/x-raw,format=I420",
            nullptr);
        GstElement* src = gst_bin_get_by_name(GST_BIN(m_pipeline), "src");
        g_object_set(src, "location", url.toUtf8().constData(), nullptr);
        gst_object_unref(src);
        // Count depayloaded access units that carry the capture time (before the decoder).
        GstElement* depay = gst_bin_get_by_name(GST_BIN(m_pipeline), "depay");
        GstPad* pad = gst_element_get_static_pad(depay, "src");
        gst_pad_add_probe(
            pad, GST_PAD_PROBE_TYPE_BUFFER,
            [](GstPad*, GstPadProbeInfo* info, gpointer self) {
                auto* c = static_cast<Client*>(self);
                ++c->m_depayed;
                if (captureTimeUnixNs(GST_PAD_PROBE_INFO_BUFFER(info)) != 0) ++c->m_depayedWithTime;
                return GST_PAD_PROBE_OK;
            },
            this, nullptr);
        gst_object_unref(pad);
        // Count RTP packets that carry the NTP-64 header extension (id 1, 8 bytes).
        GstPad* sinkPad = gst_element_get_static_pad(depay, "sink");
        gst_pad_add_probe(
            sinkPad, GST_PAD_PROBE_TYPE_BUFFER,
            [](GstPad*, GstPadProbeInfo* info, gpointer self) {
                auto* c = static_cast<Client*>(self);
                GstRTPBuffer rtp = GST_RTP_BUFFER_INIT;
                if (gst_rtp_buffer_map(GST_PAD_PROBE_INFO_BUFFER(info), GST_MAP_READ, &rtp)) {
                    gpointer data = nullptr;
                    guint size = 0;
                    ++c->m_packets;
                    if (gst_rtp_buffer_get_extension_onebyte_header(&rtp, 1, 0, &data, &size) &&
                        size == 8)
                        ++c->m_packetsWithTime;
                    gst_rtp_buffer_unmap(&rtp);
                }
                return GST_PAD_PROBE_OK;
            },
            this, nullptr);
        gst_object_unref(sinkPad);
        gst_object_unref(depay);
        m_sink = gst_bin_get_by_name(GST_BIN(m_pipeline), "sink");
        m_started.start();
        gst_element_set_state(m_pipeline, GST_STATE_PLAYING);
    }
    ~Client() {
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        gst_object_unref(m_sink);
        gst_object_unref(m_pipeline);
    }

    /// The next frame within timeoutMs, or nothing.
    std::optional<Frame> next(int timeoutMs) {
        GstSample* sample = gst_app_sink_try_pull_sample(GST_APP_SINK(m_sink),
                                                         GstClockTime(timeoutMs) * GST_MSECOND);
        if (!sample) return std::nullopt;
        Frame f;
        f.receivedUnixNs = nowUnixNs();
        const GstStructure* s = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
        gst_structure_get_int(s, "width", &f.width);
        gst_structure_get_int(s, "height", &f.height);
        GstBuffer* buffer = gst_sample_get_buffer(sample);
        f.captureUnixNs = captureTimeUnixNs(buffer);
        GstMapInfo map;
        if (gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            f.luma = QByteArray(reinterpret_cast<const char*>(map.data),
                                qsizetype(std::min<gsize>(map.size, gsize(f.width * f.height))));
            gst_buffer_unmap(buffer, &map);
        }
        gst_sample_unref(sample);
        return f;
    }
    qint64 elapsedMs() const { return m_started.elapsed(); }
    /// An error message from the pipeline, if it posted one.
    QString error() {
        GstBus* bus = gst_element_get_bus(m_pipeline);
        GstMessage* msg = gst_bus_pop_filtered(bus, GST_MESSAGE_ERROR);
        QString text;
        if (msg) {
            GError* err = nullptr;
            gst_message_parse_error(msg, &err, nullptr);
            text = QString::fromUtf8(err->message);
            g_error_free(err);
            gst_message_unref(msg);
        }
        gst_object_unref(bus);
        return text;
    }
    int packets() const { return m_packets; }
    int packetsWithTime() const { return m_packetsWithTime; }
    int depayed() const { return m_depayed; }
    int depayedWithTime() const { return m_depayedWithTime; }

private:
    GstElement* m_pipeline = nullptr;
    GstElement* m_sink = nullptr;
    QElapsedTimer m_started;
    std::atomic<int> m_packets{0};
    std::atomic<int> m_packetsWithTime{0};
    std::atomic<int> m_depayed{0};
    std::atomic<int> m_depayedWithTime{0};
};

/// Mean absolute difference of two luma planes (0 … 255).
double meanDifference(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size() || a.isEmpty()) return -1;
    double sum = 0;
    for (qsizetype i = 0; i < a.size(); ++i) sum += std::abs(int(uchar(a[i])) - int(uchar(b[i])));
    return sum / double(a.size());
}

}  // namespace

class TestSimRtsp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        gst_init(nullptr, nullptr);
        QVERIFY(m_home.isValid());
        // The first run of a build tree encodes the clips (well under a minute); later runs
        // reuse them, as the simulator does from its user cache.
        const auto encoded =
            testsupport::run(testsupport::program("bitgoeul-sim"),
                             {QStringLiteral("--encode-scenes"), QStringLiteral("--scene-cache"),
                              QStringLiteral(SIM_SCENE_CACHE)},
                             m_home.path(), 170000);
        QVERIFY2(encoded.finished && encoded.exitCode == 0, qPrintable(encoded.err));

        m_sim.setProcessEnvironment(testsupport::isolatedEnvironment(m_home.path()));
        m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);  // its log in ours
        m_sim.start(testsupport::program("bitgoeul-sim"),
                    {QStringLiteral("--hub-port"), QStringLiteral("0"),
                     QStringLiteral("--rtsp-port"), QStringLiteral("0"),
                     QStringLiteral("--scene-cache"), QStringLiteral(SIM_SCENE_CACHE)});
        QVERIFY(m_sim.waitForStarted(5000));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000 && !out.contains("RTSP_URL=")) {
            m_sim.waitForReadyRead(200);
            out += m_sim.readAllStandardOutput();
        }
        while (!out.endsWith('\n') && t.elapsed() < 10000) {
            m_sim.waitForReadyRead(100);
            out += m_sim.readAllStandardOutput();
        }
        const QString text = QString::fromUtf8(out);
        QVERIFY2(text.contains(
                     QRegularExpression(QStringLiteral("^HUB_URL=http://127\\.0\\.0\\.1:\\d+$"),
                                        QRegularExpression::MultilineOption)),
                 qPrintable(text));
        const auto m =
            QRegularExpression(QStringLiteral("^RTSP_URL=(rtsp://127\\.0\\.0\\.1:(\\d+))$"),
                               QRegularExpression::MultilineOption)
                .match(text);
        QVERIFY2(m.hasMatch(), qPrintable(text));
        QVERIFY(m.captured(2).toInt() > 0);
        m_url = m.captured(1);
        m_hub = QUrl(QRegularExpression(QStringLiteral("^HUB_URL=(\\S+)$"),
                                        QRegularExpression::MultilineOption)
                         .match(text)
                         .captured(1));
    }

    void hubCamerasPointAtTheChosenPort() {
        // "--rtsp-port 0": the port the server took is the one in the hub's Camera entities.
        QNetworkAccessManager nam;
        QUrl u = m_hub;
        u.setPath(QStringLiteral("/ngsi-ld/v1/entities"));
        u.setQuery(QStringLiteral("type=Camera&limit=5&options=keyValues"));
        QNetworkReply* r = nam.get(QNetworkRequest(u));
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        r->deleteLater();
        const QByteArray body = r->readAll();
        const QJsonArray cameras = QJsonDocument::fromJson(body).array();
        QVERIFY2(!cameras.isEmpty(), body.constData());
        for (const QJsonValue& c : cameras) {
            const QString stream = c.toObject().value(u"streamURL").toString();
            QVERIFY2(stream.startsWith(m_url + u'/'),
                     qPrintable(stream + QStringLiteral(" vs ") + m_url));
        }
    }
    void cleanupTestCase() {
        m_sim.kill();
        m_sim.waitForFinished(5000);
    }

    void streams_data() {
        QTest::addColumn<int>("camera");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QSize>("size");
        QTest::newRow("cam 1 main") << 1 << QStringLiteral("main") << QSize(1280, 720);
        QTest::newRow("cam 1 sub") << 1 << QStringLiteral("sub") << QSize(640, 360);
        QTest::newRow("cam 1175 main") << 1175 << QStringLiteral("main") << QSize(1280, 720);
        QTest::newRow("cam 1175 sub") << 1175 << QStringLiteral("sub") << QSize(640, 360);
    }
    void streams() {
        QFETCH(int, camera);
        QFETCH(QString, stream);
        QFETCH(QSize, size);
        Client client(QStringLiteral("%1/cam/%2/%3").arg(m_url).arg(camera).arg(stream));
        const auto first = client.next(2000);
        QVERIFY2(first.has_value(),
                 qPrintable(QStringLiteral("no frame within 2 s: %1").arg(client.error())));
        QCOMPARE(QSize(first->width, first->height), size);
        // Cameras 1 and 1,175 show synthetic scenes at 15 fps.
        QElapsedTimer t;
        t.start();
        int frames = 0;
        while (t.elapsed() < 3000)
            if (client.next(500)) ++frames;
        const double fps = frames * 1000.0 / t.elapsed();
        QVERIFY2(fps > 12.5 && fps < 17.5, qPrintable(QString::number(fps)));
    }

    void differentScenesShowDifferentPictures() {
        const QString path = QStringLiteral("%1/cam/%2/sub");
        Client a(path.arg(m_url).arg(1));
        Client b(path.arg(m_url).arg(1175));
        const auto fa = a.next(3000);
        QVERIFY2(fa, qPrintable(a.error()));
        const auto fb = b.next(3000);
        QVERIFY2(fb, qPrintable(b.error()));
        const double diff = meanDifference(fa->luma, fb->luma);
        QVERIFY2(diff > 10, qPrintable(QString::number(diff)));
        // …and a camera's own pictures change from one second to the next (things move).
        std::optional<Frame> later;
        for (int i = 0; i < 15; ++i) later = a.next(1000);
        QVERIFY(later);
        const double moved = meanDifference(fa->luma, later->luma);
        QVERIFY2(moved > 0.2, qPrintable(QString::number(moved)));
    }

    void captureTimeTravelsWithTheFrames() {
        Client client(QStringLiteral("%1/cam/1/sub").arg(m_url));
        int withTime = 0;
        for (int i = 0; i < 20; ++i) {
            const auto f = client.next(2000);
            QVERIFY(f);
            if (f->captureUnixNs == 0) continue;
            ++withTime;
            // The capture time is the wall clock at the moment the simulator sent the frame.
            const qint64 ageMs = (f->receivedUnixNs - f->captureUnixNs) / 1000000;
            QVERIFY2(std::abs(ageMs) < 1000, qPrintable(QString::number(ageMs)));
        }
        qInfo("capture time on RTP packets %d/%d, depayloaded AUs %d/%d, decoded frames %d/20",
              client.packetsWithTime(), client.packets(), client.depayedWithTime(),
              client.depayed(), withTime);
        // Every packet carries it on the wire; after the depayloader and after avdec_h264 every
        // frame does, except at most the first one after connecting.
        QVERIFY2(withTime >= 18, qPrintable(QString::number(withTime)));
        QVERIFY(client.packetsWithTime() >= client.packets() - 20);
        QVERIFY(client.depayed() >= 20);
        QVERIFY(client.depayedWithTime() >= client.depayed() - 1);
    }

    void unknownCamerasAreNotFound() {
        for (const char* path : {"/cam/0/main", "/cam/99999/sub", "/cam/1/hd", "/cam/01/main"}) {
            Client client(m_url + QLatin1String(path));
            QVERIFY2(!client.next(3000), path);
            QVERIFY2(client.error().contains(QStringLiteral("not found"), Qt::CaseInsensitive),
                     path);
        }
    }

    void groundTruthExport() {
        QTemporaryDir dir;
        const auto r = testsupport::run(testsupport::program("bitgoeul-sim"),
                                        {QStringLiteral("--write-ground-truth"), dir.path()},
                                        m_home.path(), 60000);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        const QStringList files = QDir(dir.path()).entryList({QStringLiteral("*.json")});
        // 16 scenes, two of them the street video (no ground truth): 14 × main and sub.
        QCOMPARE(files.size(), 28);
        QSet<QString> classes;
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
            const bool main = name.contains(QStringLiteral(".main."));
            const QRect frameRect(0, 0, main ? 1280 : 640, main ? 720 : 360);
            QCOMPARE(doc.value(QStringLiteral("width")).toInt(), frameRect.width());
            QCOMPARE(doc.value(QStringLiteral("height")).toInt(), frameRect.height());
            QCOMPARE(doc.value(QStringLiteral("fps")).toInt(), 15);
            QVERIFY(name.startsWith(doc.value(QStringLiteral("scene")).toString()));
            const QJsonArray frames = doc.value(QStringLiteral("frames")).toArray();
            QCOMPARE(frames.size(), 150);
            QHash<int, QRect> firstBox;
            int moved = 0, objects = 0;
            for (qsizetype i = 0; i < frames.size(); ++i) {
                const QJsonObject frame = frames[i].toObject();
                QCOMPARE(frame.value(QStringLiteral("index")).toInt(), int(i));
                QCOMPARE(frame.value(QStringLiteral("pts_ms")).toInt(), int(i * 1000 / 15));
                for (const QJsonValue v : frame.value(QStringLiteral("objects")).toArray()) {
                    const QJsonObject o = v.toObject();
                    const QJsonArray b = o.value(QStringLiteral("box")).toArray();
                    QCOMPARE(b.size(), 4);
                    const QRect box(b[0].toInt(), b[1].toInt(), b[2].toInt(), b[3].toInt());
                    QVERIFY2(frameRect.contains(box) && box.width() > 0 && box.height() > 0,
                             qPrintable(name));
                    classes.insert(o.value(QStringLiteral("class")).toString());
                    ++objects;
                    const int id = o.value(QStringLiteral("id")).toInt();
                    if (!firstBox.contains(id))
                        firstBox.insert(id, box);
                    else if (firstBox.value(id) != box)
                        ++moved;
                }
            }
            QVERIFY2(objects > 150, qPrintable(name));
            QVERIFY2(moved > 100, qPrintable(name));  // objects move between frames
        }
        QCOMPARE(classes, (QSet<QString>{QStringLiteral("person"), QStringLiteral("car"),
                                         QStringLiteral("bus"), QStringLiteral("bicycle")}));
    }

    void noRtspServesNoCameras() {
        QProcess sim;
        sim.setProcessEnvironment(testsupport::isolatedEnvironment(m_home.path()));
        sim.start(testsupport::program("bitgoeul-sim"),
                  {QStringLiteral("--hub-port"), QStringLiteral("0"), QStringLiteral("--no-rtsp")});
        QVERIFY(sim.waitForStarted(5000));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 1500) {
            sim.waitForReadyRead(100);
            out += sim.readAllStandardOutput();
        }
        sim.kill();
        sim.waitForFinished(5000);
        QVERIFY2(out.contains("HUB_URL="), out.constData());
        QVERIFY2(!out.contains("RTSP_URL="), out.constData());
    }

    void accessUnitSplitting() {
        // SPS, PPS, IDR slice | non-IDR slice | AUD, non-IDR slice: three access units.
        const QByteArray stream = QByteArray::fromHex(
            "00000001 67 4200 00000001 68 ce 00000165 88 aa bb"
            "00000001 41 9a cc 000001 09 f0 00000001 41 9b dd");
        const auto units = sim::ClipCache::splitAccessUnits(stream);
        QCOMPARE(units.size(), size_t(3));
        QVERIFY(units[0].keyframe);
        QVERIFY(!units[1].keyframe && !units[2].keyframe);
        QCOMPARE(units[0].bytes,
                 QByteArray::fromHex("00000001 674200 00000001 68ce 000001 6588aabb"));
        QVERIFY(units[2].bytes.startsWith(QByteArray::fromHex("00000109")));
    }

private:
    QTemporaryDir m_home;
    QProcess m_sim;
    QUrl m_hub;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestSimRtsp)
#include "test_sim_rtsp.moc"
