// The analytics engine on the real street scene (vtest.avi frames put into frame slots as a
// camera would): people found and tracked at the configured rate; a static scene is skipped by
// motion gating; under overload frames are skipped, never queued.
#include "video/analytics/analytics_engine.h"
#include "video/frame_slot.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace bg;

namespace {
const QString kVideo = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");

QVector<QImage> loadFrames(int count) {
    QVector<QImage> out;
    cv::VideoCapture cap(kVideo.toStdString());
    cv::Mat f;
    while (out.size() < count && cap.read(f)) {
        cv::Mat bgra;
        cv::cvtColor(f, bgra, cv::COLOR_BGR2BGRA);
        out.append(
            QImage(bgra.data, bgra.cols, bgra.rows, int(bgra.step), QImage::Format_RGB32).copy());
    }
    return out;
}

/// Puts frames into a slot at `fps` while the event loop runs, for `ms`.
void play(QVector<FrameSlot*> slots, const QVector<QImage>& frames, int fps, int ms,
          bool still = false) {
    QElapsedTimer t;
    t.start();
    int i = 0;
    while (t.elapsed() < ms) {
        for (FrameSlot* s : slots) {
            VideoFrame f;
            f.image = frames[still ? 0 : i % frames.size()];
            s->put(f, QDateTime::currentMSecsSinceEpoch());
        }
        ++i;
        QTest::qWait(1000 / fps);
    }
}
}  // namespace

class TestAnalyticsEngine : public QObject {
    Q_OBJECT
    QVector<QImage> m_frames;

private Q_SLOTS:
    void initTestCase() {
        if (!QFile::exists(kVideo)) QSKIP("vtest.avi missing (Debian package opencv-doc)");
        m_frames = loadFrames(60);
        QCOMPARE(m_frames.size(), 60);
    }

    void findsAndTracksPeopleAtTheRate() {
        AnalyticsEngine engine({}, 2);
        QCOMPARE(engine.detectorName(), QStringLiteral("yolox-nano"));
        FrameSlot slot;
        engine.addCamera(QStringLiteral("cam-1"), &slot, 5);
        QSignalSpy results(&engine, &AnalyticsEngine::analysed);
        play({&slot}, m_frames, 10, 4000);
        engine.waitForIdle();
        QTest::qWait(50);
        // About 5 a second for 4 s.
        QVERIFY2(results.size() >= 14 && results.size() <= 22,
                 qPrintable(QString::number(results.size())));
        const auto last = results.last().at(0).value<AnalysisResult>();
        QCOMPARE(last.cameraId, QStringLiteral("cam-1"));
        QCOMPARE(last.frameSize, QSize(768, 576));
        int people = 0;
        for (const Track& t : last.tracks) people += t.className == u"person" ? 1 : 0;
        QVERIFY2(people >= 3, qPrintable(QString::number(people)));
        const CameraAnalyticsHealth h = engine.health(QStringLiteral("cam-1"));
        QVERIFY(h.analysed >= 14);
        QVERIFY(h.inferenceMs > 0);
    }

    void staticSceneIsSkipped() {
        AnalyticsEngine engine({QStringLiteral("/nowhere/no.onnx")}, 1);  // the fallback is enough
        FrameSlot slot;
        engine.addCamera(QStringLiteral("still"), &slot, 5);
        play({&slot}, m_frames, 10, 2500, /*still=*/true);
        engine.waitForIdle();
        const CameraAnalyticsHealth h = engine.health(QStringLiteral("still"));
        QVERIFY2(h.skippedStatic >= 8, qPrintable(QString::number(h.skippedStatic)));
        QVERIFY(h.analysed <= 2);  // only the first frame was worth a look
    }

    void overloadSkipsInsteadOfQueueing() {
        AnalyticsEngine engine({}, 1);  // one worker for eight cameras at 15 fps: far behind
        QVector<FrameSlot*> slots;
        std::vector<std::unique_ptr<FrameSlot>> owned;
        for (int i = 0; i < 8; ++i) {
            owned.push_back(std::make_unique<FrameSlot>());
            slots.append(owned.back().get());
            engine.addCamera(QStringLiteral("cam-%1").arg(i), slots.back(), 15);
        }
        QSignalSpy results(&engine, &AnalyticsEngine::analysed);
        play(slots, m_frames, 15, 3000);
        const int during = int(results.size());
        engine.waitForIdle();  // at most one frame per camera was waiting: nothing piled up
        QTest::qWait(50);
        QVERIFY2(results.size() - during <= 8,
                 qPrintable(QString::number(results.size() - during)));
        quint64 busy = 0;
        for (int i = 0; i < 8; ++i)
            busy += engine.health(QStringLiteral("cam-%1").arg(i)).skippedBusy;
        QVERIFY2(busy > 50, qPrintable(QString::number(busy)));
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsEngine)
#include "test_analytics_engine.moc"
