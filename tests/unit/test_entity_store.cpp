// EntityStore: add/update/unchanged signals, batches, rejection keeps the old state, removal.
#include "core/entity_store.h"

#include <QSignalSpy>
#include <QTest>

using namespace bg;

class TestEntityStore : public QObject {
    Q_OBJECT

    static ParkingLot lot(const QString& id, int available) {
        ParkingLot p;
        p.id = id;
        p.location = {126.92, 35.15};
        p.totalSpots = 100;
        p.availableSpots = available;
        return p;
    }
    static Camera camera(const QString& id) {
        Camera c;
        c.id = id;
        c.location = {126.93, 35.14};
        return c;
    }

private Q_SLOTS:
    void addThenUpdateThenUnchanged() {
        EntityStore store;
        QSignalSpy changed(&store, &EntityStore::entityChanged);
        const QString id = QStringLiteral("urn:ngsi-ld:OffStreetParking:1");
        QVERIFY(store.upsert(lot(id, 10)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].toString(), id);
        QCOMPARE(changed[0][1].value<EntityKind>(), EntityKind::ParkingLot);
        QCOMPARE(changed[0][2].toBool(), true);  // added

        QVERIFY(store.upsert(lot(id, 11)));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[1][2].toBool(), false);  // updated
        QCOMPARE(store.get<ParkingLot>(id)->availableSpots, 11);

        QVERIFY(store.upsert(lot(id, 11)));  // same state again: nothing to repaint
        QCOMPARE(changed.size(), 2);
    }

    void invalidIsRejectedAndOldStateKept() {
        EntityStore store;
        const QString id = QStringLiteral("urn:ngsi-ld:OffStreetParking:2");
        QVERIFY(store.upsert(lot(id, 50)));
        QSignalSpy changed(&store, &EntityStore::entityChanged);
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rejected entity")));
        QVERIFY(!store.upsert(lot(id, 500), &error));
        QVERIFY(error.contains(u"availableSpots 500 exceeds totalSpots 100"));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.get<ParkingLot>(id)->availableSpots, 50);
    }

    void batchEmitsOnceWithChangedIds() {
        EntityStore store;
        QVERIFY(store.upsert(lot(QStringLiteral("urn:a:1"), 1)));
        QSignalSpy batch(&store, &EntityStore::entitiesChanged);
        QSignalSpy single(&store, &EntityStore::entityChanged);
        QStringList errors;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("rejected entity")));
        const int n = store.upsertMany({lot(QStringLiteral("urn:a:1"), 1),     // unchanged
                                        lot(QStringLiteral("urn:a:2"), 2),     // added
                                        lot(QStringLiteral("urn:a:3"), -1),    // invalid
                                        camera(QStringLiteral("urn:cam:1"))},  // added
                                       &errors);
        QCOMPARE(n, 2);
        QCOMPARE(batch.size(), 1);
        QCOMPARE(batch[0][0].toStringList(),
                 (QStringList{QStringLiteral("urn:a:2"), QStringLiteral("urn:cam:1")}));
        QCOMPARE(single.size(), 2);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].contains(u"urn:a:3"));
        QCOMPARE(store.count(), 3);

        batch.clear();
        QCOMPARE(store.upsertMany({lot(QStringLiteral("urn:a:2"), 2)}), 0);
        QCOMPARE(batch.size(), 0);  // nothing changed, nothing said
    }

    void queriesByKind() {
        EntityStore store;
        store.upsertMany({lot(QStringLiteral("urn:p:2"), 1), lot(QStringLiteral("urn:p:1"), 1),
                          camera(QStringLiteral("urn:c:1"))});
        QCOMPARE(store.count(EntityKind::ParkingLot), 2);
        QCOMPARE(store.count(EntityKind::Camera), 1);
        QCOMPARE(store.ids(EntityKind::ParkingLot),
                 (QStringList{QStringLiteral("urn:p:1"), QStringLiteral("urn:p:2")}));
        QCOMPARE(store.all<Camera>().size(), 1);
        QVERIFY(store.get<Camera>(QStringLiteral("urn:p:1")) == nullptr);  // wrong kind
        QVERIFY(store.find(QStringLiteral("urn:none")) == nullptr);
    }

    void removeAndClear() {
        EntityStore store;
        store.upsert(camera(QStringLiteral("urn:c:1")));
        QSignalSpy removed(&store, &EntityStore::entityRemoved);
        QVERIFY(store.remove(QStringLiteral("urn:c:1")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][1].value<EntityKind>(), EntityKind::Camera);
        QVERIFY(!store.remove(QStringLiteral("urn:c:1")));
        QCOMPARE(removed.size(), 1);
        store.upsert(camera(QStringLiteral("urn:c:2")));
        QSignalSpy cleared(&store, &EntityStore::cleared);
        store.clear();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(store.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "test_entity_store.moc"
