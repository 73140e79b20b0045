// The alert queue by keyboard: critical first, A acknowledges with a note typed in the note bar,
// E escalates to 112/119 as a logged transition, illegal moves are refused with a message, and
// resolved alerts leave the open queue.
#include "core/entity_store.h"
#include "services/alert_engine.h"
#include "ui/alarm_sound.h"
#include "ui/alerts_page.h"
#include "ui/models/alert_queue_model.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

using namespace bg;

class TestAlertsPage : public QObject {
    Q_OBJECT

    static Alert alert(const QString& source, AlertCategory c, int minutesAgo) {
        Alert a;
        a.category = c;
        a.severity = defaultSeverity(c);
        a.sourceId = source;
        a.raisedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        return a;
    }

private Q_SLOTS:
    void modelAndProxy() {
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr);
        AlertQueueModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        engine.raise(alert(QStringLiteral("urn:a"), AlertCategory::BinFull, 30));
        engine.raise(alert(QStringLiteral("urn:b"), AlertCategory::EmergencyBell, 1));
        const QString intrusionOld =
            engine.raise(alert(QStringLiteral("urn:c"), AlertCategory::Intrusion, 20));
        engine.raise(alert(QStringLiteral("urn:d"), AlertCategory::Intrusion, 5));
        QCOMPARE(model.rowCount(), 4);
        // Severity first, then the one waiting longest.
        QCOMPARE(AlertCategory(proxy.index(0, 0).data(AlertQueueModel::CategoryRole).toInt()),
                 AlertCategory::EmergencyBell);
        QCOMPARE(proxy.index(1, 0).data(AlertQueueModel::IdRole).toString(), intrusionOld);
        QCOMPARE(AlertCategory(proxy.index(3, 0).data(AlertQueueModel::CategoryRole).toInt()),
                 AlertCategory::BinFull);
        proxy.setCategory(AlertCategory::Intrusion);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCategory(std::nullopt);
        QVERIFY(engine.transition(intrusionOld, AlertState::Acknowledged, QStringLiteral("u")));
        QVERIFY(engine.transition(intrusionOld, AlertState::Resolved, QStringLiteral("u")));
        QCOMPARE(proxy.rowCount(), 3);  // open only
        proxy.setOpenOnly(false);
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setArea(ServiceArea::Environment);  // the bin
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setArea(ServiceArea::Safety);  // the bell and the two intrusions
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setArea(std::nullopt);
    }

    void filtersByAreaAndDongOnThePage() {
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr);
        AlertsPage page(&store, &engine, QStringLiteral("박관제"));
        Alert a = alert(QStringLiteral("urn:a"), AlertCategory::BinFull, 3);
        a.dong = QStringLiteral("충장동");
        engine.raise(a);
        Alert b = alert(QStringLiteral("urn:b"), AlertCategory::Intrusion, 2);
        b.dong = QStringLiteral("계림1동");
        engine.raise(b);
        Alert c = alert(QStringLiteral("urn:c"), AlertCategory::IllegalParking, 1);
        c.dong = QStringLiteral("충장동");
        engine.raise(c);
        auto* dong = page.findChild<QComboBox*>(QStringLiteral("dongFilter"));
        auto* area = page.findChild<QComboBox*>(QStringLiteral("areaFilter"));
        QVERIFY(dong && area);
        QCOMPARE(dong->count(), 3);  // all + the two dongs, sorted
        QCOMPARE(dong->itemText(1), QStringLiteral("계림1동"));
        dong->setCurrentIndex(dong->findText(QStringLiteral("충장동")));
        QCOMPARE(page.table()->model()->rowCount(), 2);
        area->setCurrentIndex(area->findData(int(ServiceArea::Transportation)));
        QCOMPARE(page.table()->model()->rowCount(), 1);
        dong->setCurrentIndex(0);
        area->setCurrentIndex(0);
        QCOMPARE(page.table()->model()->rowCount(), 3);
    }

    void criticalAlertsSoundUnlessMuted() {
        // The tone is a real WAV: RIFF header, 16-bit mono PCM, four 150 ms tones.
        const QByteArray wav = makeAlarmWav(8000);
        QVERIFY(wav.startsWith("RIFF") && wav.mid(8, 8) == "WAVEfmt ");
        QCOMPARE(wav.size(), 44 + 4 * 1200 * 2);
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr);
        AlertsPage page(&store, &engine, QStringLiteral("박관제"));
        AlarmSound* sound = page.alarmSound();
        QVERIFY(QFile::exists(sound->filePath()));
        engine.raise(alert(QStringLiteral("urn:lot"), AlertCategory::IllegalParking, 0));
        QCOMPARE(sound->played(), 0);  // low: silent
        engine.raise(alert(QStringLiteral("urn:pole"), AlertCategory::EmergencyBell, 0));
        QCOMPARE(sound->played(), 1);
        page.findChild<QCheckBox*>(QStringLiteral("muteSound"))->setChecked(true);
        QVERIFY(sound->isMuted());
        engine.raise(alert(QStringLiteral("urn:pole:2"), AlertCategory::EmergencyBell, 0));
        QCOMPARE(sound->played(), 1);
    }

    void acknowledgeAndEscalateByKeyboard() {
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr);
        AlertsPage page(&store, &engine, QStringLiteral("박관제"));
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString bell =
            engine.raise(alert(QStringLiteral("urn:pole"), AlertCategory::EmergencyBell, 3));
        const QString parking =
            engine.raise(alert(QStringLiteral("urn:lot"), AlertCategory::IllegalParking, 10));

        QTableView* table = page.table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home);  // first row: the critical bell
        QCOMPARE(page.selectedAlertId(), bell);
        QTest::keyClick(table, Qt::Key_A);
        QVERIFY(page.noteEdit()->isVisible());
        QVERIFY(page.noteEdit()->hasFocus());
        page.noteEdit()->insert(
            QStringLiteral("현장 순찰 요청"));  // typed (QTest types ASCII only)
        QTest::keyClick(page.noteEdit(), Qt::Key_Return);
        QCOMPARE(store.get<Alert>(bell)->state, AlertState::Acknowledged);
        QCOMPARE(engine.trail(bell).last().note, QStringLiteral("현장 순찰 요청"));
        QCOMPARE(engine.trail(bell).last().user, QStringLiteral("박관제"));
        QVERIFY(!page.noteEdit()->isVisible());

        // A again on an acknowledged alert: refused, said plainly, nothing changes.
        QTest::keyClick(table, Qt::Key_A);
        QTest::keyClick(page.noteEdit(), Qt::Key_Return);
        QCOMPARE(store.get<Alert>(bell)->state, AlertState::Acknowledged);
        QCOMPARE(engine.trail(bell).size(), 1);

        // E on the parking alert: escalated to 119, logged with the note.
        page.selectAlert(parking);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_E);
        auto* to = page.findChildren<QComboBox*>().last();
        to->setCurrentIndex(1);  // 119
        page.noteEdit()->insert(
            QStringLiteral("차량 화재 의심"));  // typed (QTest types ASCII only)
        QTest::keyClick(page.noteEdit(), Qt::Key_Enter);
        QCOMPARE(store.get<Alert>(parking)->state, AlertState::Acknowledged);
        QVERIFY(engine.trail(parking).last().note.contains(u"119"));
        QVERIFY(engine.trail(parking).last().note.contains(u"차량 화재 의심"));

        // The procedure: ticking a step logs it in the trail, once; it stays ticked.
        page.selectAlert(bell);
        QListWidget* steps = page.procedure();
        QVERIFY(steps->count() >= 3);  // the bell's checklist
        QListWidgetItem* first = steps->item(0);
        const QString step = first->text();
        QVERIFY(first->flags() & Qt::ItemIsUserCheckable);
        first->setCheckState(Qt::Checked);
        QCoreApplication::processEvents();  // the queued refresh
        QCOMPARE(engine.trail(bell).last().note, QStringLiteral("✓ ") + step);
        QCOMPARE(engine.trail(bell).last().from, engine.trail(bell).last().to);  // state kept
        QCOMPARE(store.get<Alert>(bell)->state, AlertState::Acknowledged);
        page.selectAlert(parking);
        page.selectAlert(bell);
        QCOMPARE(page.procedure()->item(0)->checkState(), Qt::Checked);
        QVERIFY(!(page.procedure()->item(0)->flags() & Qt::ItemIsUserCheckable));
        page.selectAlert(parking);
        table->setFocus();

        // Esc cancels without a transition.
        QTest::keyClick(table, Qt::Key_A);
        QTest::keyClick(page.noteEdit(), Qt::Key_Escape);
        QVERIFY(!page.noteEdit()->isVisible());
        QCOMPARE(engine.trail(parking).size(), 1);
    }
};

QTEST_MAIN(TestAlertsPage)
#include "test_alerts_page.moc"
