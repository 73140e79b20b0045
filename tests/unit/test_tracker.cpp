// The tracker on synthetic tracks: stable ids for crossing objects, a short occlusion keeps the
// id, objects of different classes never swap, and tracks end after they are gone. At the
// console's 5 analysed frames a second: a walker who stops and turns, two walkers crossing
// with one hidden behind the other for a second.
#include "video/analytics/tracker.h"

#include <QTest>

#include <cmath>

using namespace bg;

namespace {
Detection det(const char* cls, double x, double y, double w = 20, double h = 40) {
    return {QString::fromLatin1(cls), 0, 0.9f, QRectF(x, y, w, h)};
}

constexpr qint64 kStepMs = 200;  // 5 analysed frames a second

/// A person's box (sub stream: 22 × 56 px) with its feet at `foot`, with ±1 px of detector
/// jitter that repeats every few frames.
Detection walker(QPointF foot, int frame) {
    const double jx = ((frame * 7) % 5 - 2) * 0.5, jy = ((frame * 3) % 5 - 2) * 0.5;
    return {QStringLiteral("person"), 0, 0.8f,
            QRectF(foot.x() - 11 + jx, foot.y() - 56 + jy, 22, 56)};
}
}  // namespace

class TestTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoWalkersKeepTheirIds() {
        Tracker tracker;
        QSet<int> idsA, idsB;
        for (int f = 0; f < 40; ++f) {
            // A walks right, B walks left on a parallel line 60 px below.
            const auto r = tracker.update(
                {det("person", 10 + 5 * f, 100), det("person", 300 - 5 * f, 160)}, f * 100);
            idsA.insert(r.trackOfDetection[0]);
            idsB.insert(r.trackOfDetection[1]);
        }
        QCOMPARE(idsA.size(), 1);
        QCOMPARE(idsB.size(), 1);
        QVERIFY(idsA != idsB);
    }

    void shortOcclusionKeepsTheId() {
        Tracker tracker;
        int id = -1;
        for (int f = 0; f < 10; ++f)
            id = tracker.update({det("car", 10 + 8 * f, 50, 60, 30)}, f).trackOfDetection[0];
        for (int f = 10; f < 14; ++f) {  // behind a bus for four frames
            const auto r = tracker.update({}, f);
            QCOMPARE(r.tracks.size(), 1);  // coasting on its prediction
            QVERIFY(r.tracks[0].box.x() > 10 + 8 * 9);
        }
        const auto r = tracker.update({det("car", 10 + 8 * 14, 50, 60, 30)}, 14);
        QCOMPARE(r.trackOfDetection[0], id);
        QVERIFY(r.tracks[0].trail.size() >= 10);
    }

    void classesDoNotSwap() {
        Tracker tracker;
        const auto first = tracker.update({det("person", 100, 100), det("bicycle", 100, 100)}, 0);
        QVERIFY(first.trackOfDetection[0] != first.trackOfDetection[1]);
        const auto next = tracker.update({det("bicycle", 102, 100), det("person", 101, 100)}, 1);
        QCOMPARE(next.trackOfDetection[0], first.trackOfDetection[1]);
        QCOMPARE(next.trackOfDetection[1], first.trackOfDetection[0]);
    }

    void walkerWhoStopsAndTurnsKeepsTheId() {
        // 1.4 m/s is about 14 px per analysed frame on the sub stream: walk right for 3 s,
        // stand for 2 s, walk down (a 90° turn) for 3 s, then diagonally back up.
        Tracker tracker;
        QSet<int> ids;
        QPointF foot(40, 120);
        int frame = 0;
        auto step = [&](QPointF v, int frames) {
            for (int i = 0; i < frames; ++i, ++frame) {
                foot += v;
                const auto r = tracker.update({walker(foot, frame)}, frame * kStepMs);
                if (frame > 0) ids.insert(r.trackOfDetection[0]);
            }
        };
        step({14, 0}, 15);
        step({0, 0}, 10);
        step({0, 9}, 15);
        step({-10, -6}, 10);
        QCOMPARE(ids.size(), 1);
    }

    void walkersCrossingBehindEachOtherKeepTheirIds() {
        // A walks right in front; B walks left a little farther back (smaller, higher). While
        // their boxes overlap the detector sees only A — about one second (5 frames).
        Tracker tracker;
        QSet<int> idsA, idsB;
        int hiddenFrames = 0;
        for (int f = 0; f < 30; ++f) {
            const QPointF a(60 + 12 * f, 200);
            const QPointF b(420 - 12 * f, 190);
            QVector<Detection> dets{walker(a, f)};
            const bool hidden = std::abs(a.x() - b.x()) < 50;
            if (hidden)
                ++hiddenFrames;
            else
                dets.append(walker(b, f + 3));
            const auto r = tracker.update(dets, f * kStepMs);
            if (f == 0) continue;
            idsA.insert(r.trackOfDetection[0]);
            if (!hidden) idsB.insert(r.trackOfDetection[1]);
        }
        QCOMPARE(hiddenFrames, 5);
        QCOMPARE(idsA.size(), 1);
        QCOMPARE(idsB.size(), 1);
        QVERIFY(idsA != idsB);
    }

    void goneTracksEndAndUnconfirmedAreHidden() {
        TrackerConfig c;
        c.maxMissed = 3;
        c.minHits = 2;
        Tracker tracker(c);
        QCOMPARE(tracker.update({det("person", 0, 0)}, 0).tracks.size(), 0);  // one sighting
        QCOMPARE(tracker.update({det("person", 1, 0)}, 1).tracks.size(), 1);  // confirmed
        for (int f = 2; f <= 5; ++f) tracker.update({}, f);
        QCOMPARE(tracker.update({}, 6).tracks.size(), 0);
        const auto r = tracker.update({det("person", 2, 0)}, 7);
        QVERIFY(r.trackOfDetection[0] > 1);  // a new id: the old track ended
    }
};

QTEST_GUILESS_MAIN(TestTracker)
#include "test_tracker.moc"
