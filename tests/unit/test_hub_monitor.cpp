// HubMonitor folds probe results into the connection state and paces the probes; the status
// text says "offline since HH:MM — cached data" in Asia/Seoul. The real HTTP probe against the
// real simulator is in tests/integration/test_executables.cpp.
#include "core/hub_probe.h"
#include "services/hub_monitor.h"
#include "ui/models/connection_status.h"

#include <QSignalSpy>
#include <QTest>

using namespace bg;

namespace {
/// Answers each probe with the next scripted result, after the event loop turns once.
class ScriptedProbe : public HubProbe {
public:
    QList<bool> script;
    int probes = 0;
    void probe() override {
        ++probes;
        const bool ok = script.isEmpty() ? true : script.takeFirst();
        QMetaObject::invokeMethod(
            this,
            [this, ok] {
                Q_EMIT finished(ok, ok ? QStringLiteral("200") : QStringLiteral("refused"));
            },
            Qt::QueuedConnection);
    }
};
}  // namespace

class TestHubMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void withoutProbeStaysNotConfigured() {
        HubMonitor m(nullptr);
        m.start();
        QCOMPARE(m.state().link, HubLink::NotConfigured);
    }

    void followsProbesAndBacksOff() {
        ScriptedProbe probe;
        probe.script = {true, false, false, true};
        const QDateTime t0(QDate(2026, 11, 25), QTime(5, 0), Qt::UTC);
        int ticks = 0;  // each probe result is read at t0 + 10 s, + 20 s …
        HubMonitor m(&probe, nullptr, 20, 200, [&] { return t0.addSecs(10 * ++ticks); });
        QCOMPARE(m.state().link, HubLink::Connecting);
        QSignalSpy spy(&m, &HubMonitor::stateChanged);
        QElapsedTimer timer;
        timer.start();
        m.start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 4, 5000);
        const qint64 elapsedMs = timer.elapsed();
        m.stop();
        const auto state = [&spy](int i) { return spy.at(i).at(0).value<ConnectionState>(); };
        QCOMPARE(state(0).link, HubLink::Online);
        QCOMPARE(state(1).link, HubLink::Offline);
        QCOMPARE(state(1).offlineSince, t0.addSecs(20));
        QCOMPARE(state(2).link, HubLink::Offline);
        QCOMPARE(state(2).offlineSince, t0.addSecs(20));  // since the first failure
        QCOMPARE(state(2).consecutiveFailures, 2);
        QCOMPARE(state(3).link, HubLink::Online);
        QVERIFY(!state(3).offlineSince.isValid());
        // Waits were 20 ms (online), 20 ms (1st failure), 40 ms (2nd, backing off).
        QVERIFY2(elapsedMs >= 75, qPrintable(QString::number(elapsedMs)));
        const int probes = probe.probes;
        QTest::qWait(100);
        QCOMPARE(probe.probes, probes);  // stopped means no more probes
    }

    void statusTexts() {
        ConnectionState s;
        QCOMPARE(presentConnection(s, {}).tone, ConnectionStatusView::Tone::Warning);
        s.link = HubLink::Offline;
        s.offlineSince = QDateTime(QDate(2026, 11, 25), QTime(5, 7), Qt::UTC);
        s.detail = QStringLiteral("Connection refused");
        s.consecutiveFailures = 3;
        const ConnectionStatusView v = presentConnection(s, QStringLiteral("http://hub:1026"));
        QCOMPARE(v.text, QStringLiteral("Offline since 14:07 — cached data"));
        QCOMPARE(v.tone, ConnectionStatusView::Tone::Bad);
        QVERIFY(v.tooltip.contains(u"Connection refused"));
        QVERIFY(v.tooltip.contains(u"http://hub:1026"));
        s = nextConnectionState(s, true, QStringLiteral("ok"), s.offlineSince.addSecs(60));
        QCOMPARE(presentConnection(s, {}).text, QStringLiteral("Hub online"));
        QCOMPARE(presentConnection(s, {}).tone, ConnectionStatusView::Tone::Good);
    }
};

QTEST_GUILESS_MAIN(TestHubMonitor)
#include "test_hub_monitor.moc"
