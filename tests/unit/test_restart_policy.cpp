// The live-stream restart policy as a state machine: exponential backoff with jitter, capped,
// reset only after a stable run, slow retries for credentials and wrong paths.
#include "video/restart_policy.h"

#include <QTest>

using namespace bg;

class TestRestartPolicy : public QObject {
    Q_OBJECT
    RestartPolicyConfig config() const {
        RestartPolicyConfig c;
        c.initialDelayMs = 500;
        c.maxDelayMs = 8000;
        c.jitter = 0.2;
        c.stableMs = 10000;
        c.configurationErrorDelayMs = 30000;
        return c;
    }

private Q_SLOTS:
    void backsOffExponentiallyAndCaps() {
        RestartState s;
        QList<int> delays;
        for (int i = 0; i < 7; ++i)
            delays << decideRestart(config(), s, StreamEvent::Error, 1000 * i, 0.5).delayMs;
        QCOMPARE(delays, (QList<int>{500, 1000, 2000, 4000, 8000, 8000, 8000}));
        QCOMPARE(s.consecutiveFailures, 7);
    }

    void jitterStaysWithinBounds() {
        RestartState low;
        RestartState high;
        QCOMPARE(decideRestart(config(), low, StreamEvent::Error, 0, 0.0).delayMs, 400);
        QCOMPARE(decideRestart(config(), high, StreamEvent::Error, 0, 0.999999).delayMs, 600);
        RestartState capped;
        capped.consecutiveFailures = 20;
        QVERIFY(decideRestart(config(), capped, StreamEvent::Error, 0, 0.999).delayMs <= 8000);
    }

    void resetsOnlyAfterAStableRun() {
        RestartState s;
        for (int i = 0; i < 3; ++i) decideRestart(config(), s, StreamEvent::Error, 0, 0.5);
        // Plays for 2 s then fails again: still backing off (a flapping camera).
        QCOMPARE(decideRestart(config(), s, StreamEvent::Playing, 100000, 0.5), RestartDecision{});
        QCOMPARE(decideRestart(config(), s, StreamEvent::NoFrames, 102000, 0.5).delayMs, 4000);
        // Plays for 10 s then fails: back to the first delay.
        decideRestart(config(), s, StreamEvent::Playing, 200000, 0.5);
        QCOMPARE(decideRestart(config(), s, StreamEvent::Error, 210000, 0.5).delayMs, 500);
        QCOMPARE(s.consecutiveFailures, 1);
    }

    void configurationErrorsRetrySlowly() {
        RestartState s;
        auto d = decideRestart(config(), s, StreamEvent::Unauthorized, 0, 0.5);
        QVERIFY(d.restart);
        QCOMPARE(d.delayMs, 30000);
        d = decideRestart(config(), s, StreamEvent::NotFound, 0, 0.1);
        QCOMPARE(d.delayMs, 30000);
    }
};

QTEST_GUILESS_MAIN(TestRestartPolicy)
#include "test_restart_policy.moc"
