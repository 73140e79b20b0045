// Domain types: validation names the entity and field, derived values, enum names, geometry,
// the hub connection state machine and Asia/Seoul formatting.
#include "core/connection_state.h"
#include "core/entity.h"
#include "core/seoul_time.h"

#include <QTest>

using namespace bg;

class TestDomain : public QObject {
    Q_OBJECT

    static ParkingLot lot() {
        ParkingLot p;
        p.id = QStringLiteral("urn:ngsi-ld:OffStreetParking:donggu-daein-1");
        p.name = {QStringLiteral("대인시장 제1공영주차장"), QStringLiteral("Daein Market Lot 1")};
        p.location = {126.9189, 35.1516};
        p.dong = QStringLiteral("충장동");
        p.totalSpots = 120;
        p.availableSpots = 30;
        return p;
    }

private Q_SLOTS:
    void validEntitiesHaveNoProblems() {
        QVERIFY(validate(lot()).isEmpty());
        Camera c;
        c.id = QStringLiteral("urn:ngsi-ld:Camera:cctv-0001");
        c.location = {126.92, 35.15};
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/cam/0001/main"));
        c.subStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/cam/0001/sub"));
        c.headingDeg = 270;
        QVERIFY2(validate(c).isEmpty(), qPrintable(validate(c).join(u'\n')));
    }

    void problemsNameEntityAndField() {
        ParkingLot p = lot();
        p.availableSpots = 130;
        const QStringList problems = validate(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems[0].contains(p.id));
        QVERIFY(problems[0].contains(u"availableSpots 130 exceeds totalSpots 120"));
        QVERIFY(problems[0].startsWith(u"ParkingLot "));
    }

    void locationMustBeWgs84() {
        ParkingLot p = lot();
        p.location = {1269189.0, 35.15};  // a projected metre value pasted by mistake
        QVERIFY(validate(p).join(u' ').contains(u"location"));
        p.location = {};
        QVERIFY(!validate(p).isEmpty());
    }

    void idMustBeAUri() {
        ParkingLot p = lot();
        p.id = QStringLiteral("lot-1");
        QVERIFY(validate(p).join(u' ').contains(u"not a URI"));
        p.id.clear();
        QVERIFY(validate(p).join(u' ').contains(u"id is empty"));
    }

    void cameraChecks() {
        Camera c;
        c.id = QStringLiteral("urn:ngsi-ld:Camera:x");
        c.location = {126.92, 35.15};
        c.subStreamUrl = QUrl(QStringLiteral("ftp://user:secret@host/cam"));
        c.fovDeg = 0;
        const QString all = validate(Entity(c)).join(u'\n');
        QVERIFY(all.contains(u"subStreamUrl"));
        QVERIFY(all.contains(u"fovDeg"));
        QVERIFY2(!all.contains(u"secret"), "credentials must never reach messages");
    }

    void recyclingAndPoleRanges() {
        RecyclingMachine m;
        m.id = QStringLiteral("urn:ngsi-ld:WasteContainer:rvm-1");
        m.location = {126.92, 35.15};
        m.pet.fillPercent = 101;
        m.can.fillPercent = 40;
        QVERIFY(validate(m).join(u' ').contains(u"pet"));
        QCOMPARE(m.maxFillPercent(), 101.0);
        SmartPole pole;
        pole.id = QStringLiteral("urn:ngsi-ld:Streetlight:pole-1");
        pole.location = {126.92, 35.15};
        pole.lightLevelPercent = -5;
        QVERIFY(validate(pole).join(u' ').contains(u"lightLevelPercent"));
    }

    void alertAndIncidentNeedTimes() {
        Alert a;
        a.id = QStringLiteral("urn:ngsi-ld:Alert:1");
        QVERIFY(validate(a).join(u' ').contains(u"raisedAt"));
        a.raisedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(validate(a).isEmpty());  // an alert may have no location
        Incident i;
        i.id = QStringLiteral("urn:ngsi-ld:Incident:1");
        i.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(validate(i).join(u' ').contains(u"title"));
    }

    void derivedValues() {
        ParkingLot p = lot();
        QCOMPARE(p.occupancy(), 0.75);
        p.totalSpots = 0;
        p.availableSpots = 0;
        QCOMPARE(p.occupancy(), 0.0);
        ChargingStation s;
        s.connectors = {
            {QStringLiteral("1"), QStringLiteral("DC-Combo"), 100, 42.5, ConnectorState::Charging},
            {QStringLiteral("2"), QStringLiteral("AC"), 7, 0, ConnectorState::Faulted},
            {QStringLiteral("3"), QStringLiteral("AC"), 7, 6.6, ConnectorState::Charging}};
        QCOMPARE(s.count(ConnectorState::Charging), 2);
        QCOMPARE(s.count(ConnectorState::Faulted), 1);
        QCOMPARE(s.drawKw(), 49.1);
    }

    void occupancyHistoryIsBounded() {
        ParkingLot p = lot();
        const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < ParkingLot::kMaxHistory + 10; ++i)
            p.recordSample(t0.addSecs(300 * i), i);
        QCOMPARE(p.history.size(), ParkingLot::kMaxHistory);
        QCOMPARE(p.history.first().availableSpots, 10);
        QCOMPARE(p.history.last().availableSpots, ParkingLot::kMaxHistory + 9);
    }

    void equalityDrivesChangeDetection() {
        ParkingLot a = lot();
        ParkingLot b = lot();
        QVERIFY(Entity(a) == Entity(b));
        b.availableSpots = 31;
        QVERIFY(!(Entity(a) == Entity(b)));
    }

    void enumNamesRoundTrip() {
        for (auto c : {AlertCategory::Intrusion, AlertCategory::CrosswalkRedLight,
                       AlertCategory::ChargerFault, AlertCategory::StreamDegraded}) {
            QCOMPARE(enumFromName<AlertCategory>(enumName(c)), std::optional(c));
        }
        QCOMPARE(enumName(AlertState::InProgress), QStringLiteral("inProgress"));
        QCOMPARE(enumFromName<Severity>(u"critical"), std::optional(Severity::Critical));
        QVERIFY(!enumFromName<Severity>(u"urgent").has_value());
        QCOMPARE(enumName(EntityKind::RecyclingMachine), QStringLiteral("RecyclingMachine"));
        QCOMPARE(kindOf(Entity(lot())), EntityKind::ParkingLot);
    }

    void defaultSeverities() {
        QCOMPARE(defaultSeverity(AlertCategory::EmergencyBell), Severity::Critical);
        QCOMPARE(defaultSeverity(AlertCategory::CrosswalkRedLight), Severity::High);
        QCOMPARE(defaultSeverity(AlertCategory::BinFull), Severity::Low);
    }

    void localizedTextFallsBack() {
        LocalizedText t{QStringLiteral("충장동"), {}};
        QCOMPARE(t.text(u"en"), QStringLiteral("충장동"));
        t.en = QStringLiteral("Chungjang-dong");
        QCOMPARE(t.text(u"en"), QStringLiteral("Chungjang-dong"));
        QCOMPARE(t.text(u"ko"), QStringLiteral("충장동"));
    }

    void geometry() {
        // Two points in Dong-gu's core: 2,748 m by the independent equirectangular approximation
        // (dy = 0.0188° × 111.2 km, dx = 0.0196° × 91.0 km).
        const GeoPoint square{126.9276, 35.1467};
        const GeoPoint station{126.9080, 35.1655};
        const double d = distanceMeters(square, station);
        QVERIFY2(d > 2600 && d < 2800, qPrintable(QString::number(d)));
        QCOMPARE(distanceMeters(square, square), 0.0);
        const double north = bearingDegrees({127.0, 35.0}, {127.0, 35.1});
        QVERIFY(north < 0.01 || north > 359.99);
        QVERIFY(qAbs(bearingDegrees({127.0, 35.0}, {127.1, 35.0}) - 90.0) < 0.1);
        QVERIFY(!GeoPoint{}.isValid());
        QVERIFY(GeoPoint{} == GeoPoint{});
    }

    void connectionStateMachine() {
        const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(5, 0), Qt::UTC);
        ConnectionState s;
        s.link = HubLink::Connecting;
        s = nextConnectionState(s, true, QStringLiteral("ok"), t0);
        QCOMPARE(s.link, HubLink::Online);
        QCOMPARE(s.lastContact, t0);
        QCOMPARE(nextProbeDelayMs(s, 5000, 30000), 5000);

        s = nextConnectionState(s, false, QStringLiteral("refused"), t0.addSecs(60));
        QCOMPARE(s.link, HubLink::Offline);
        QCOMPARE(s.offlineSince, t0.addSecs(60));
        QCOMPARE(nextProbeDelayMs(s, 5000, 30000), 5000);
        s = nextConnectionState(s, false, QStringLiteral("refused"), t0.addSecs(65));
        QCOMPARE(s.offlineSince, t0.addSecs(60));  // the first failure, not the latest
        QCOMPARE(s.consecutiveFailures, 2);
        QCOMPARE(nextProbeDelayMs(s, 5000, 30000), 10000);
        for (int i = 0; i < 20; ++i) s = nextConnectionState(s, false, {}, t0.addSecs(70 + i));
        QCOMPARE(nextProbeDelayMs(s, 5000, 30000), 30000);  // capped

        s = nextConnectionState(s, true, QStringLiteral("back"), t0.addSecs(300));
        QCOMPARE(s.link, HubLink::Online);
        QVERIFY(!s.offlineSince.isValid());
        QCOMPARE(s.consecutiveFailures, 0);
    }

    void seoulTime() {
        // 2026-11-25 02:28:17 UTC is 11:28:17 in Seoul (UTC+9, no daylight saving time).
        const QDateTime utc(QDate(2026, 11, 25), QTime(2, 28, 17), Qt::UTC);
        QCOMPARE(formatSeoulDateTime(utc), QStringLiteral("2026-11-25 11:28:17"));
        QCOMPARE(formatSeoulHourMinute(utc), QStringLiteral("11:28"));
        const QDateTime summer(QDate(2026, 7, 1), QTime(15, 30), Qt::UTC);
        QCOMPARE(formatSeoulDateTime(summer), QStringLiteral("2026-07-02 00:30:00"));
        QCOMPARE(seoulTimeZone().offsetFromUtc(summer), 9 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"
