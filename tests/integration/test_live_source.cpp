// LiveSource against a real RTSP server (gst-rtsp-server in a child process): first frame, frame
// rate, keyframe-only decoding, reconnection after the server is killed and restarted on the same
// port, a wrong path, and a server that answers 401.
#include "support/announcing_process.h"
#include "video/live_source.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace bg;

namespace {

using testsupport::RtspServer;

LiveSourceConfig config(const QUrl& url) {
    LiveSourceConfig c;
    c.url = url;
    c.noFrameTimeoutMs = 2000;
    c.restart.initialDelayMs = 200;
    c.restart.maxDelayMs = 1000;
    c.restart.configurationErrorDelayMs = 1000;
    return c;
}

}  // namespace

class TestLiveSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstFrameAndRate() {
        RtspServer server;
        QVERIFY(server.url.isValid());
        LiveSource source(config(server.url));
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamState::Playing, 10000);
        auto frame = source.frames().latestAfter(0);
        QTRY_VERIFY_WITH_TIMEOUT((frame = source.frames().latestAfter(0)).has_value(), 5000);
        QCOMPARE(frame->image.size(), QSize(640, 360));
        const quint64 before = source.stats().frames;
        QTest::qWait(2000);
        const quint64 in2s = source.stats().frames - before;
        QVERIFY2(in2s >= 20 && in2s <= 40, qPrintable(QString::number(in2s)));  // 15 fps
        const StreamStats s = source.stats();
        QVERIFY(s.firstFrameMs > 0 && s.firstFrameMs < 10000);
        QCOMPARE(s.reconnects, 0);
        QVERIFY2(s.kbps > 10, qPrintable(QString::number(s.kbps)));  // an H.264 stream is flowing

        source.setKeyframesOnly(true);  // one keyframe a second at this server's settings
        QTest::qWait(500);
        const quint64 k0 = source.stats().frames;
        QTest::qWait(3000);
        const quint64 keyframes = source.stats().frames - k0;
        QVERIFY2(keyframes >= 1 && keyframes <= 6, qPrintable(QString::number(keyframes)));
        source.stop();
        QCOMPARE(source.state(), StreamState::Stopped);
    }

    void reconnectsWhenTheServerReturns() {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        const QStringList args{QStringLiteral("--port"), QString::number(port)};
        auto server = std::make_unique<RtspServer>(args);
        QVERIFY(server->url.isValid());
        LiveSource source(config(server->url));
        QSignalSpy states(&source, &LiveSource::stateChanged);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamState::Playing, 10000);
        server.reset();  // the camera dies
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamState::Reconnecting, 10000);
        const quint64 framesWhileDown = source.stats().frames;
        server = std::make_unique<RtspServer>(args);  // and comes back
        QVERIFY(server->url.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamState::Playing, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(source.stats().frames > framesWhileDown + 5, 5000);
        QVERIFY(source.stats().reconnects >= 1);
        bool sawAttempt = false;
        for (const auto& s : states)
            if (s.at(0).value<StreamState>() == StreamState::Reconnecting && s.at(1).toInt() >= 1)
                sawAttempt = true;
        QVERIFY(sawAttempt);
    }

    void wrongPathIsNotFound() {
        RtspServer server;
        QUrl url = server.url;
        url.setPath(QStringLiteral("/no-such-camera"));
        LiveSource source(config(url));
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), StreamState::NotFound, 10000);
    }

    void unauthorizedWithoutTheRightPassword() {
        RtspServer server({QStringLiteral("--user"), QStringLiteral("operator"),
                           QStringLiteral("--password"), QStringLiteral("s3cret")});
        QUrl wrong = server.url;
        wrong.setUserName(QStringLiteral("operator"));
        wrong.setPassword(QStringLiteral("guess"));
        LiveSource denied(config(wrong));
        QSignalSpy states(&denied, &LiveSource::stateChanged);
        denied.start();
        QTRY_COMPARE_WITH_TIMEOUT(denied.state(), StreamState::Unauthorized, 10000);
        QVERIFY(!denied.displayUrl().contains(u"guess"));
        for (const auto& s : states) QVERIFY(!s.at(2).toString().contains(u"guess"));
        denied.stop();

        QUrl right = wrong;
        right.setPassword(QStringLiteral("s3cret"));
        LiveSource allowed(config(right));
        allowed.start();
        QTRY_COMPARE_WITH_TIMEOUT(allowed.state(), StreamState::Playing, 10000);
    }

    void ctlProbeCountsAcrossAnOutage() {
        quint16 port = 0;
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            port = probe.serverPort();
        }
        const QStringList args{QStringLiteral("--port"), QString::number(port)};
        auto server = std::make_unique<RtspServer>(args);
        QVERIFY(server->url.isValid());
        QProcess ctl;
        ctl.start(QStringLiteral(BITGOEUL_BIN_DIR "/bitgoeulctl"),
                  {QStringLiteral("video"), QStringLiteral("probe"), QStringLiteral("--url"),
                   server->url.toString(), QStringLiteral("--seconds"), QStringLiteral("8"),
                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(ctl.waitForStarted(5000));
        QTest::qWait(2500);
        server.reset();  // an outage in the middle of the probe
        QTest::qWait(1500);
        server = std::make_unique<RtspServer>(args);
        QVERIFY(ctl.waitForFinished(30000));
        QCOMPARE(ctl.exitCode(), 0);
        const QJsonObject s = QJsonDocument::fromJson(ctl.readAllStandardOutput())
                                  .object()
                                  .value(u"streams")
                                  .toArray()
                                  .at(0)
                                  .toObject();
        for (const char* key : {"url", "frames", "fps", "first_frame_ms", "reconnects", "errors",
                                "dropped", "latency_ms_median"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QVERIFY(s.value(u"reconnects").toInt() >= 1);
        // About 2.5 s before and 2 s or more after the outage at 15 fps, counted together.
        QVERIFY2(s.value(u"frames").toInt() > 50,
                 qPrintable(QString::number(s.value(u"frames").toInt())));
        QVERIFY(s.value(u"first_frame_ms").toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveSource)
#include "test_live_source.moc"
