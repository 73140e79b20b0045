// Web Mercator (EPSG:3857): known values, round trips at Dong-gu and up to the latitude limit,
// clamping beyond it, and the ground scale the scale bar uses.
#include "core/web_mercator.h"

#include <QTest>

#include <cmath>

using namespace bg;

class TestWebMercator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownValues() {
        const QPointF origin = webmercator::project({0, 0});
        QVERIFY(std::abs(origin.x()) < 1e-9 && std::abs(origin.y()) < 1e-9);
        QCOMPARE(webmercator::project({180, 0}).x(), webmercator::kMaxExtentM);
        // The latitude limit is where y reaches the same extent as x: the world is a square.
        QVERIFY(std::abs(webmercator::project({0, webmercator::kMaxLatitude}).y() -
                         webmercator::kMaxExtentM) < 1e-6);
        // Dong-gu's office (126.9234 E, 35.1460 N), computed independently (Python, the EPSG:3857
        // formulas).
        const QPointF office = webmercator::project({126.9234, 35.1460});
        QVERIFY2(std::abs(office.x() - 14129048.26) < 0.01,
                 qPrintable(QString::number(office.x(), 'f', 1)));
        QVERIFY2(std::abs(office.y() - 4183739.70) < 0.01,
                 qPrintable(QString::number(office.y(), 'f', 1)));
    }

    void roundTripAtDonggu() {
        for (double lon = 126.90; lon <= 127.01; lon += 0.0137) {
            for (double lat = 35.07; lat <= 35.17; lat += 0.0113) {
                const GeoPoint back = webmercator::unproject(webmercator::project({lon, lat}));
                QVERIFY(std::abs(back.lon - lon) < 1e-9);
                QVERIFY(std::abs(back.lat - lat) < 1e-9);
            }
        }
    }

    void roundTripToThePolesLimit() {
        for (double lat :
             {-85.05, -80.0, -45.0, 0.0, 45.0, 80.0, 85.05, webmercator::kMaxLatitude - 1e-9}) {
            for (double lon : {-180.0, -90.0, 0.0, 126.92, 180.0}) {
                const GeoPoint back = webmercator::unproject(webmercator::project({lon, lat}));
                QVERIFY2(std::abs(back.lat - lat) < 1e-8, qPrintable(QString::number(lat)));
                QVERIFY(std::abs(back.lon - lon) < 1e-9);
            }
        }
    }

    void beyondTheLimitIsClamped() {
        const QPointF north = webmercator::project({10, 90});
        QVERIFY(std::isfinite(north.y()));
        QVERIFY(std::abs(north.y() - webmercator::kMaxExtentM) < 1e-6);
        const QPointF south = webmercator::project({10, -89.9});
        QVERIFY(std::abs(south.y() + webmercator::kMaxExtentM) < 1e-6);
        QVERIFY(std::abs(webmercator::unproject(north).lat - webmercator::kMaxLatitude) < 1e-9);
    }

    void groundScale() {
        QCOMPARE(webmercator::groundScale(0), 1.0);
        QVERIFY(std::abs(webmercator::groundScale(60) - 0.5) < 1e-12);
        // At Dong-gu a projected metre is about 0.82 metres on the ground.
        QVERIFY(std::abs(webmercator::groundScale(35.15) - 0.8176) < 1e-3);
        // Measured: 1 km east along the parallel is 1 / cos(lat) km on the plane.
        const GeoPoint a{126.92, 35.15};
        const GeoPoint b{126.92 + 1000.0 / (111195.0 * std::cos(35.15 * M_PI / 180)), 35.15};
        const double plane = webmercator::project(b).x() - webmercator::project(a).x();
        QVERIFY(std::abs(plane * webmercator::groundScale(35.15) - distanceMeters(a, b)) < 2.0);
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "test_web_mercator.moc"
