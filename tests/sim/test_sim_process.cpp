// The built bitgoeul-sim as the console runs it: its options, --seed reproducibility across
// runs, --speed, and a missing data folder.
#include "support/process_helpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace testsupport;

namespace {

class SimProcess {
public:
    SimProcess(const QString& home, const QStringList& args) {
        m_process.setProcessEnvironment(isolatedEnvironment(home));
        m_process.start(program("bitgoeul-sim"),
                        QStringList{QStringLiteral("--exit-with-parent")} + args);
        if (!m_process.waitForStarted(10000)) return;
        QByteArray buf;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && !buf.contains('\n') &&
               m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            buf += m_process.readAllStandardOutput();
        }
        const auto m =
            QRegularExpression(QStringLiteral("HUB_URL=(\\S+)")).match(QString::fromUtf8(buf));
        if (m.hasMatch()) url = m.captured(1);
    }
    ~SimProcess() {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    QJsonDocument get(const QString& pathAndQuery) {
        QNetworkReply* reply = m_nam.get(QNetworkRequest(QUrl(url + pathAndQuery)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return doc;
    }
    /// Everything random about the city at start: spot states and machine fill levels.
    QJsonArray randomParts() {
        QJsonArray out;
        for (const char* q :
             {"/ngsi-ld/v1/entities?type=ParkingSpot&options=keyValues&attrs=status&limit=100",
              "/ngsi-ld/v1/"
              "entities?type=WasteContainer&options=keyValues&attrs=materialFillingLevel"})
            for (const QJsonValue& v : get(QString::fromLatin1(q)).array()) out.append(v);
        return out;
    }
    QString url;

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
};

const QString kStart = QStringLiteral("2026-03-02T12:00:00+09:00");

}  // namespace

class TestSimProcess : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void sameSeedSameCityAcrossRuns() {
        QJsonArray first, second, other;
        {
            SimProcess sim(m_home.path(), {QStringLiteral("--seed"), QStringLiteral("42"),
                                           QStringLiteral("--start-time"), kStart});
            QVERIFY(!sim.url.isEmpty());
            first = sim.randomParts();
            const QJsonObject health = sim.get(QStringLiteral("/sim/v1/health")).object();
            QCOMPARE(health.value(u"seed").toInteger(), 42);
            QCOMPARE(health.value(u"modelTime").toString(),
                     QStringLiteral("2026-03-02T03:00:00.000Z"));
        }
        {
            SimProcess sim(m_home.path(), {QStringLiteral("--seed"), QStringLiteral("42"),
                                           QStringLiteral("--start-time"), kStart});
            second = sim.randomParts();
        }
        {
            SimProcess sim(m_home.path(), {QStringLiteral("--seed"), QStringLiteral("43"),
                                           QStringLiteral("--start-time"), kStart});
            other = sim.randomParts();
        }
        QVERIFY(first.size() >= 28);
        QCOMPARE(first, second);
        QVERIFY(first != other);
    }

    void speedRunsTimeFaster() {
        SimProcess sim(m_home.path(), {QStringLiteral("--seed"), QStringLiteral("1"),
                                       QStringLiteral("--start-time"), kStart,
                                       QStringLiteral("--speed"), QStringLiteral("600")});
        QVERIFY(!sim.url.isEmpty());
        QTest::qWait(3000);  // 30 simulated minutes
        const QJsonObject health = sim.get(QStringLiteral("/sim/v1/health")).object();
        const QDateTime model =
            QDateTime::fromString(health.value(u"modelTime").toString(), Qt::ISODateWithMs);
        const QDateTime start = QDateTime::fromString(kStart, Qt::ISODate);
        QVERIFY2(start.secsTo(model) >= 20 * 60 && start.secsTo(model) <= 60 * 60,
                 qPrintable(health.value(u"modelTime").toString()));
        QCOMPARE(health.value(u"speed").toDouble(), 600.0);
    }

    void badOptionsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("speed") << QStringList{QStringLiteral("--speed"), QStringLiteral("fast")};
        QTest::newRow("seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("x")};
        QTest::newRow("start-time")
            << QStringList{QStringLiteral("--start-time"), QStringLiteral("noon")};
        QTest::newRow("alert-rate")
            << QStringList{QStringLiteral("--alert-rate"), QStringLiteral("-1")};
        QTest::newRow("rtsp-port")
            << QStringList{QStringLiteral("--rtsp-port"), QStringLiteral("70000")};
    }
    void badOptionsExitTwo() {
        QFETCH(QStringList, args);
        const auto r = run(program("bitgoeul-sim"), args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(args.first()), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.out.isEmpty());
    }

    void missingDataIsNamed() {
        const auto r =
            run(program("bitgoeul-sim"),
                {QStringLiteral("--data-dir"), m_home.filePath(QStringLiteral("nodata"))},
                m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"donggu_parking_lots_std_2023.csv"), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"HUB_URL"));
    }
};

QTEST_GUILESS_MAIN(TestSimProcess)
#include "test_sim_process.moc"
