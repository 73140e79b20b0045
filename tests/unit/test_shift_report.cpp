// The shift report's numbers: alerts of the shift only, times to acknowledge and resolve from
// the trail, open items at handover, and the actions made during the shift.
#include "services/shift_report.h"
#include "ui/models/shift_report_document.h"

#include <QTest>

using namespace bg;

class TestShiftReport : public QObject {
    Q_OBJECT
    const QDateTime from = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC);  // 09:00 KST
    const QDateTime to = from.addSecs(8 * 3600);

    Alert alert(const QString& id, AlertCategory c, int minutes, AlertState s) const {
        Alert a;
        a.id = id;
        a.category = c;
        a.severity = defaultSeverity(c);
        a.state = s;
        a.raisedAt = from.addSecs(60 * minutes);
        return a;
    }
    AlertTransition t(const QString& id, AlertState f, AlertState s, int minutes) const {
        return {
            id, f, s, QStringLiteral("김관제"), from.addSecs(60 * minutes), QStringLiteral("메모")};
    }

private Q_SLOTS:
    void numbers() {
        const QVector<Alert> alerts{
            alert(QStringLiteral("a"), AlertCategory::Intrusion, 10, AlertState::Resolved),
            alert(QStringLiteral("b"), AlertCategory::Intrusion, 20, AlertState::Acknowledged),
            alert(QStringLiteral("c"), AlertCategory::BinFull, 30, AlertState::New),
            alert(QStringLiteral("old"), AlertCategory::Fall, -60,
                  AlertState::InProgress),  // before
            alert(QStringLiteral("next"), AlertCategory::Fall, 8 * 60 + 5,
                  AlertState::New)};  // after
        const QVector<AlertTransition> trail{
            t(QStringLiteral("old"), AlertState::New, AlertState::Acknowledged, -50),
            t(QStringLiteral("a"), AlertState::New, AlertState::Acknowledged, 12),        // 2 min
            t(QStringLiteral("b"), AlertState::New, AlertState::Acknowledged, 26),        // 6 min
            t(QStringLiteral("a"), AlertState::Acknowledged, AlertState::Resolved, 40)};  // 30 min
        const ShiftReport r = buildShiftReport(alerts, trail, from, to);
        QCOMPARE(r.raised, 3);
        QCOMPARE(r.byCategory.value(AlertCategory::Intrusion), 2);
        QCOMPARE(r.byCategory.value(AlertCategory::BinFull), 1);
        QCOMPARE(r.acknowledged, 2);
        QCOMPARE(r.resolved, 1);
        QCOMPARE(r.medianAckSeconds, 240.0);  // median of 120 s and 360 s
        QCOMPARE(r.meanAckSeconds, 240.0);
        QCOMPARE(r.medianResolveSeconds, 1800.0);
        // Open at handover: b, c and the old in-progress one, oldest first; not the later one.
        QCOMPARE(r.stillOpen.size(), 3);
        QCOMPARE(r.stillOpen.first().id, QStringLiteral("old"));
        QCOMPARE(r.actions.size(), 3);  // the one before the shift is not this shift's
    }

    void emptyShift() {
        const ShiftReport r = buildShiftReport({}, {}, from, to);
        QCOMPARE(r.raised, 0);
        QCOMPARE(r.medianAckSeconds, -1.0);
        QVERIFY(shiftReportHtml(r, QStringLiteral("동구")).contains(u"—"));
    }
};

QTEST_GUILESS_MAIN(TestShiftReport)
#include "test_shift_report.moc"
