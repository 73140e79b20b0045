// Selective monitoring (선별관제): which cameras an alert pulls in, how activity ranks cameras
// and decays, how tiles are filled without flicker, and which cameras nobody has looked at.
#include "core/entity_store.h"
#include "services/selective_monitor.h"

#include <QTest>

using namespace bg;

namespace {
const QDateTime t0(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);

GeoPoint offset(const GeoPoint& from, double eastM, double northM) {
    return {from.lon + eastM / 90800.0, from.lat + northM / 110950.0};
}
Camera cam(const QString& id, const GeoPoint& at, double heading, double range) {
    Camera c;
    c.id = id;
    c.name = {id, id};
    c.location = at;
    c.headingDeg = heading;
    c.fovDeg = 60;
    c.rangeM = range;
    c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1/") + id);
    c.subStreamUrl = c.mainStreamUrl;
    return c;
}
QDateTime at(double s) {
    return t0.addMSecs(qint64(s * 1000));
}
QStringList ids(const QVector<RankedCamera>& r) {
    QStringList out;
    for (const auto& x : r) out << x.cameraId;
    return out;
}
}  // namespace

class TestSelectiveMonitor : public QObject {
    Q_OBJECT
    const GeoPoint origin{126.92, 35.15};

private Q_SLOTS:
    void alertCamerasSourceFirstThenCovering() {
        EntityStore store;
        const GeoPoint place = offset(origin, 0, 40);
        QString error;
        QVERIFY2(store.upsert(cam(QStringLiteral("urn:c:far"), origin, 0, 80), &error),
                 qPrintable(error));
        QVERIFY(store.upsert(cam(QStringLiteral("urn:c:near"), offset(origin, 0, 20), 0, 80)));
        QVERIFY(store.upsert(cam(QStringLiteral("urn:c:away"), offset(origin, 0, 30), 180, 80)));
        QVERIFY(store.upsert(cam(QStringLiteral("urn:c:pole"), offset(origin, 500, 0), 0, 30)));
        SmartPole pole;
        pole.id = QStringLiteral("urn:p:1");
        pole.name = {QStringLiteral("p"), QStringLiteral("p")};
        pole.location = place;
        pole.cameraId = QStringLiteral("urn:c:pole");
        QVERIFY2(store.upsert(pole, &error), qPrintable(error));

        Alert bell;
        bell.id = QStringLiteral("urn:a:1");
        bell.category = AlertCategory::EmergencyBell;
        bell.sourceId = pole.id;  // no location of its own: the pole's is used
        QCOMPARE(camerasForAlert(store, bell, 4),
                 (QStringList{QStringLiteral("urn:c:pole"), QStringLiteral("urn:c:near"),
                              QStringLiteral("urn:c:far")}));
        QCOMPARE(camerasForAlert(store, bell, 2).size(), 2);

        Alert offline;
        offline.category = AlertCategory::CameraOffline;
        offline.sourceId = QStringLiteral("urn:c:near");
        offline.location = place;
        // The dead camera is useless: its neighbours that see the place are offered instead.
        QCOMPARE(camerasForAlert(store, offline, 4), QStringList{QStringLiteral("urn:c:far")});
    }

    void impulsesDecayAndPresenceHoldsThenFades() {
        SelectivePolicy policy;
        policy.halfLifeS = 60;
        policy.presenceHoldS = 5;
        policy.presenceFadeS = 10;
        ActivityScores s(policy);
        s.addImpulse(QStringLiteral("a"), 8, ActivityReason::Alert, QStringLiteral("A1"), at(0));
        QCOMPARE(s.score(QStringLiteral("a"), at(0)), 8.0);
        QVERIFY(qAbs(s.score(QStringLiteral("a"), at(60)) - 4.0) < 1e-9);
        QVERIFY(qAbs(s.score(QStringLiteral("a"), at(120)) - 2.0) < 1e-9);

        s.setPresence(QStringLiteral("b"), 3, at(100));
        QCOMPARE(s.score(QStringLiteral("b"), at(104)), 3.0);               // held
        QVERIFY(qAbs(s.score(QStringLiteral("b"), at(110)) - 1.5) < 1e-9);  // half faded
        QCOMPARE(s.score(QStringLiteral("b"), at(116)), 0.0);
        // "Nobody there any more" starts the fade at once instead of holding.
        s.setPresence(QStringLiteral("b"), 3, at(200));
        s.setPresence(QStringLiteral("b"), 0, at(201));
        QVERIFY(qAbs(s.score(QStringLiteral("b"), at(206)) - 1.5) < 1e-9);

        // Ranking: best first, the strongest pull names the reason; weak ones drop out.
        ActivityScores r(policy);
        r.addImpulse(QStringLiteral("x"), 2, ActivityReason::Device, QStringLiteral("bell"), at(0));
        r.setPresence(QStringLiteral("x"), 1, at(0));
        r.addImpulse(QStringLiteral("y"), 6, ActivityReason::Alert, QStringLiteral("A9"), at(0));
        r.addImpulse(QStringLiteral("z"), 0.1, ActivityReason::Alert, QString(), at(0));
        const QVector<RankedCamera> ranked = r.ranked(at(0));
        QCOMPARE(ids(ranked), (QStringList{QStringLiteral("y"), QStringLiteral("x")}));
        QCOMPARE(ranked[1].score, 3.0);
        QCOMPARE(ranked[1].reason, ActivityReason::Device);
        QCOMPARE(ranked[1].detail, QStringLiteral("bell"));

        // Pruning forgets what has decayed, keeps what has not.
        r.prune(at(3600));
        QCOMPARE(r.ranked(at(3600)).size(), 0);
        QCOMPARE(r.score(QStringLiteral("y"), at(3600)), 0.0);
    }

    void tilesFillKeepTheirPlaceAndDoNotFlicker() {
        SelectivePolicy policy;
        policy.minDwellS = 20;
        policy.replaceFactor = 1.5;
        const auto rank = [](std::initializer_list<std::pair<const char*, double>> list) {
            QVector<RankedCamera> out;
            for (const auto& [id, score] : list) out.append({QString::fromLatin1(id), score});
            return out;
        };
        TilePlan plan = planTiles({}, rank({{"a", 5}, {"b", 4}, {"c", 3}}), 2, at(0), policy);
        QCOMPARE(plan.cameras, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(plan.since[0], at(0));

        // A far better camera arrives within the dwell: nothing moves yet.
        plan = planTiles(plan, rank({{"d", 50}, {"a", 5}, {"b", 4}}), 2, at(10), policy);
        QCOMPARE(plan.cameras, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        // After the dwell it takes the weakest tile; "a" keeps its place.
        plan = planTiles(plan, rank({{"d", 50}, {"a", 5}, {"b", 4}}), 2, at(21), policy);
        QCOMPARE(plan.cameras, (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
        QCOMPARE(plan.since[1], at(21));

        // Close scores do not swap (hysteresis): 6 does not beat 5 × 1.5.
        plan = planTiles(plan, rank({{"d", 50}, {"e", 6}, {"a", 5}}), 2, at(60), policy);
        QCOMPARE(plan.cameras, (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
        // Activity gone: the tile is freed after its dwell, then the next camera fills it.
        plan = planTiles(plan, rank({{"a", 5}}), 2, at(61), policy);
        QCOMPARE(plan.cameras, (QStringList{QStringLiteral("a"), QString()}));
        plan = planTiles(plan, rank({{"a", 5}, {"f", 1}}), 2, at(62), policy);
        QCOMPARE(plan.cameras, (QStringList{QStringLiteral("a"), QStringLiteral("f")}));
        plan = planTiles(plan, rank({{"a", 5}}), 2, at(70), policy);  // f within its dwell
        QCOMPARE(plan.cameras, (QStringList{QStringLiteral("a"), QStringLiteral("f")}));

        // A smaller wall keeps the first tiles.
        plan = planTiles(plan, rank({{"a", 5}, {"f", 1}}), 1, at(80), policy);
        QCOMPARE(plan.cameras, QStringList{QStringLiteral("a")});
    }

    void alarmCamerasTakeTheWeakestTilesAtOnce() {
        TilePlan plan;
        plan.cameras = QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        plan.since = QVector<QDateTime>(3, at(0));
        const QVector<RankedCamera> ranked{{QStringLiteral("a"), 9}, {QStringLiteral("b"), 2},
                                           {QStringLiteral("c"), 5}};
        // Within everyone's dwell, "x" and "y" still go in: first the weakest (b), then c;
        // "a", already shown, stays where it is.
        const TilePlan next = placeUrgent(
            plan, {QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("y")}, ranked, 3, at(1));
        QCOMPARE(next.cameras,
                 (QStringList{QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("y")}));
        QCOMPARE(next.since[0], at(0));
        QCOMPARE(next.since[1], at(1));
        // More alarm cameras than tiles: the first ones win.
        QCOMPARE(placeUrgent({}, {QStringLiteral("p"), QStringLiteral("q")}, {}, 1, at(0)).cameras,
                 QStringList{QStringLiteral("p")});
    }

    void attentionCoverage() {
        AttentionLog log(at(0));
        const QStringList all{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QCOMPARE(log.unwatched(all, at(60), 5), QStringList());  // the console just started
        log.markViewed(QStringLiteral("b"), at(100));
        log.markViewed(QStringLiteral("c"), at(200));
        log.markViewed(QStringLiteral("c"), at(150));  // an older report does not go back
        QCOMPARE(log.lastViewed(QStringLiteral("c")), at(200));
        QVERIFY(!log.lastViewed(QStringLiteral("a")).isValid());
        // At 10 min: "a" never seen (10 min), "b" unseen 8.3 min, "c" unseen 6.7 min.
        QCOMPARE(log.unwatched(all, at(600), 5),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(log.unwatched(all, at(600), 7),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(log.unwatched(all, at(600), 9), QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(TestSelectiveMonitor)
#include "test_selective_monitor.moc"
