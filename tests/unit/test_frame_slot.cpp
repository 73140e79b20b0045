// FrameSlot: latest frame wins, drops are counted, readers never see a frame twice, the
// watchdog measures silence; AnalysisGate: target rate, skip-not-queue while busy.
#include "video/analytics/analysis_gate.h"
#include "video/frame_slot.h"

#include <QTest>

#include <thread>

using namespace bg;

namespace {
VideoFrame frame(int pts) {
    VideoFrame f;
    f.image = QImage(4, 4, QImage::Format_RGB32);
    f.ptsMs = pts;
    return f;
}
}  // namespace

class TestFrameSlot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void latestWinsAndDropsAreCounted() {
        FrameSlot slot;
        QVERIFY(!slot.latestAfter(0).has_value());
        QCOMPARE(slot.msSinceLastFrame(1000), qint64(-1));
        slot.put(frame(0), 1000);
        slot.put(frame(40), 1040);
        slot.put(frame(80), 1080);
        QCOMPARE(slot.droppedFrames(), quint64(2));  // two replaced before anyone took them
        auto f = slot.latestAfter(0);
        QVERIFY(f.has_value());
        QCOMPARE(f->ptsMs, qint64(80));
        QCOMPARE(f->sequence, quint64(3));
        QCOMPARE(f->arrivalUtcMs, qint64(1080));
        QVERIFY(!slot.latestAfter(f->sequence).has_value());  // nothing newer
        slot.put(frame(120), 1120);
        QCOMPARE(slot.droppedFrames(), quint64(2));  // the previous one was taken
        QCOMPARE(slot.msSinceLastFrame(1620), qint64(500));
    }

    void concurrentWriterAndReaderNeverGoBackwards() {
        FrameSlot slot;
        constexpr int kFrames = 20000;
        std::thread writer([&] {
            for (int i = 0; i < kFrames; ++i) slot.put(frame(i), i);
        });
        quint64 last = 0;
        int seen = 0;
        while (last < kFrames) {
            if (auto f = slot.latestAfter(last)) {
                QVERIFY(f->sequence > last);
                QCOMPARE(f->ptsMs, qint64(f->sequence - 1));
                last = f->sequence;
                ++seen;
            }
        }
        writer.join();
        QCOMPARE(slot.framesPut(), quint64(kFrames));
        QCOMPARE(slot.droppedFrames() + quint64(seen), quint64(kFrames));
    }

    void gateKeepsTheRate() {
        AnalysisGate gate(5);  // 5 fps out of a 25 fps stream
        int admitted = 0;
        for (int i = 0; i < 250; ++i) admitted += gate.admit(i * 40, false) ? 1 : 0;  // 10 s
        QCOMPARE(admitted, 50);
        QCOMPARE(gate.skippedForRate(), quint64(200));
    }

    void gateSkipsWhileBusyAndDoesNotBurst() {
        AnalysisGate gate(5);
        QVERIFY(gate.admit(0, false));
        QVERIFY(!gate.admit(200, true));  // due, but the worker is busy: skipped
        QCOMPARE(gate.skippedBusy(), quint64(1));
        QVERIFY(gate.admit(240, false));  // next frame, worker free
        // After a 10 s pause the gate restarts from now instead of catching up 50 frames.
        QVERIFY(gate.admit(10240, false));
        QVERIFY(!gate.admit(10280, false));
        QVERIFY(!gate.admit(10400, false));
        QVERIFY(gate.admit(10440, false));
    }
};

QTEST_GUILESS_MAIN(TestFrameSlot)
#include "test_frame_slot.moc"
