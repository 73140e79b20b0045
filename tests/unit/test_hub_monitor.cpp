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
        QMetaObject::invokeMethod(this, [this, ok] {
            Q_EMIT finished(ok, ok ? QStringLiteral("200") : QStringLiteral("refused"));
        }, Qt::QueuedConnection);
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
        QDateTime now(QDate(2026, 11, 25), QTime(5, 0), Qt::UTC);
        HubMonitor m(&probe, nullptr, 20, 200, [&now] { return now; });
        QCOMPARE(m.state().link, HubLink::Connecting);
        QSignalSpy spy(&m, &HubMonitor::stateChanged);
        QElapsedTimer timer;
        timer.start();
        m.start();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(m.state().link, HubLink::Online);
        now = now.addSecs(30);
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(m.state().link, HubLink::Offline);
        QCOMPARE(m.state().offlineSince, now);
        QTRY_COMPARE(spy.size(), 3);
        QCOMPARE(m.state().consecutiveFailures, 2);
        QTRY_COMPARE(spy.size(), 4);
        QCOMPARE(m.state().link, HubLink::Online);
        // Delays were 20 (online), 20 (1st failure), 40 (2nd failure): at least 80 ms in all.
        QVERIFY(timer.elapsed() >= 75);
        m.stop();
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
