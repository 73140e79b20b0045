// The wall's overload policy: costliest tiles degrade first after a sustained overload, in
// steps; recovery is one tile at a time after a long calm (hysteresis); nothing flaps.
#include "video/cpu_meter.h"
#include "video/degrade_policy.h"

#include <QTest>

using namespace bg;

class TestDegradePolicy : public QObject {
    Q_OBJECT
    static QVector<TileLoad> tiles(int n) {
        QVector<TileLoad> t;
        for (int i = 0; i < n; ++i) t.append({i, 640.0 * 360 * 15 * (i == 5 ? 4 : 1), false});
        return t;
    }

private Q_SLOTS:
    void briefSpikesDoNothing() {
        DegradeConfig c;
        DegradeState s;
        auto t = tiles(16);
        QVERIFY(decideDegrade(c, s, 0.95, t, 0).toKeyframes.isEmpty());
        QVERIFY(decideDegrade(c, s, 0.95, t, 1000).toKeyframes.isEmpty());
        QVERIFY(decideDegrade(c, s, 0.70, t, 1200).toKeyframes.isEmpty());  // spike over
        QVERIFY(decideDegrade(c, s, 0.95, t, 2000).toKeyframes.isEmpty());  // starts again
    }

    void sustainedOverloadDegradesCostliestFirstInSteps() {
        DegradeConfig c;
        DegradeState s;
        auto t = tiles(16);
        decideDegrade(c, s, 0.95, t, 0);
        const DegradeDecision d = decideDegrade(c, s, 0.95, t, 1600);
        QCOMPARE(d.toKeyframes.size(), 4);   // a quarter of 16
        QCOMPARE(d.toKeyframes.first(), 5);  // the main-stream tile costs the most
        for (int i : d.toKeyframes) t[i].keyframesOnly = true;
        QVERIFY(decideDegrade(c, s, 0.95, t, 2000).toKeyframes.isEmpty());  // waits for effect
        const DegradeDecision d2 = decideDegrade(c, s, 0.95, t, 3200);
        QCOMPARE(d2.toKeyframes.size(), 3);  // a quarter of the 12 still full
        for (int i : d2.toKeyframes) QVERIFY(!d.toKeyframes.contains(i));
    }

    void recoversOneAtATimeAfterACalm() {
        DegradeConfig c;
        DegradeState s;
        auto t = tiles(4);
        for (auto& x : t) x.keyframesOnly = true;
        QVERIFY(decideDegrade(c, s, 0.30, t, 0).toFull.isEmpty());
        QVERIFY(decideDegrade(c, s, 0.30, t, 5000).toFull.isEmpty());
        QVERIFY(decideDegrade(c, s, 0.70, t, 6000).toFull.isEmpty());  // between: no change
        QVERIFY(decideDegrade(c, s, 0.30, t, 7000).toFull.isEmpty());  // the calm restarts
        const auto d = decideDegrade(c, s, 0.30, t, 15000);
        QCOMPARE(d.toFull.size(), 1);
        QVERIFY(d.toFull.first() != 5);
        t[d.toFull.first()].keyframesOnly = false;
        QVERIFY(decideDegrade(c, s, 0.30, t, 16000).toFull.isEmpty());  // not all at once
    }

    void cpuMeterMeasuresThisProcess() {
        CpuMeter meter;
        QElapsedTimer t;
        t.start();
        volatile double x = 0;
        while (t.elapsed() < 300) x = x + 1.0;  // one busy core for 0.3 s
        const double load = meter.sample();
        QVERIFY2(load > 0.2 / QThread::idealThreadCount() && load <= 1.05,
                 qPrintable(QString::number(load)));
        QVERIFY(CpuMeter::processCpuSeconds() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDegradePolicy)
#include "test_degrade_policy.moc"
