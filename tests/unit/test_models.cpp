// DataSourcesModel under QAbstractItemModelTester, fed by the real attribution file; its parser
// names the entry and field of bad input.
#include "ui/models/data_sources_model.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>

using namespace bg;

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realAttributionFileParses() {
        QFile f(QStringLiteral(BITGOEUL_SOURCE_DIR "/resources/about/data_sources.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto r = parseDataSources(f.readAll());
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(r.value().size() >= 9);
        // Every licence the shared data README names is there.
        QStringList licences;
        for (const auto& s : r.value()) licences << s.licence;
        const QString all = licences.join(u'|');
        for (const char* l : {"CC BY 4.0", "KOGL Type 1", "BSD-3-Clause", "Apache-2.0"})
            QVERIFY2(all.contains(QLatin1String(l)), l);
    }

    void everyFileNamedExistsInTheSharedData() {
        QFile f(QStringLiteral(BITGOEUL_SOURCE_DIR "/resources/about/data_sources.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto r = parseDataSources(f.readAll());
        QVERIFY(r);
        for (const auto& s : r.value()) {
            for (const QString& file : s.files) {
                const QString path =
                    file.startsWith(u'/') ? file : QStringLiteral(BITGOEUL_DATA_DIR "/") + file;
                if (file.startsWith(u"/usr/")) continue;  // from a Debian package, checked by diag
                QVERIFY2(QFileInfo::exists(path), qPrintable(path));
            }
        }
    }

    void modelPassesTester() {
        DataSourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setSources({{QStringLiteral("a"),
                           QStringLiteral("가"),
                           QStringLiteral("A"),
                           {QStringLiteral("map/x.geojson")},
                           QStringLiteral("P"),
                           QStringLiteral("KOGL Type 1"),
                           QStringLiteral("통계청")},
                          {QStringLiteral("b"),
                           QStringLiteral("나"),
                           QStringLiteral("B"),
                           {},
                           QStringLiteral("Q"),
                           QStringLiteral("CC BY 4.0"),
                           QStringLiteral("x")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DataSourcesModel::ColumnCount));
        QCOMPARE(model.index(0, DataSourcesModel::TitleColumn).data().toString(),
                 QStringLiteral("가"));
        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.index(1, DataSourcesModel::TitleColumn).data().toString(),
                 QStringLiteral("B"));
        QCOMPARE(model.index(0, DataSourcesModel::LicenceColumn).data().toString(),
                 QStringLiteral("KOGL Type 1"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("map/x.geojson"));
        QVERIFY(!model.headerData(DataSourcesModel::AttributionColumn, Qt::Horizontal)
                     .toString()
                     .isEmpty());
        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
    }

    void badInputNamesTheField() {
        auto r = parseDataSources("{\"sources\": [{\"id\": \"x\", \"title_ko\": \"가\"}]}");
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"sources[0]") && r.error().contains(u"title_en"),
                 qPrintable(r.error()));
        r = parseDataSources("{\"sources\": 3}");
        QVERIFY(r.error().contains(u"'sources' must be an array"));
        r = parseDataSources("{not json");
        QVERIFY(r.error().contains(u"not JSON"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "test_models.moc"
