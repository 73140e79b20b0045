// The tracker on synthetic tracks: stable ids for crossing objects, a short occlusion keeps the
// id, objects of different classes never swap, and tracks end after they are gone.
#include "video/analytics/tracker.h"

#include <QTest>

using namespace bg;

namespace {
Detection det(const char* cls, double x, double y, double w = 20, double h = 40) {
    return {QString::fromLatin1(cls), 0, 0.9f, QRectF(x, y, w, h)};
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
