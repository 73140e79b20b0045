// The detectors' decoding of model outputs on known frames of vtest.avi, against a reference
// made once by an independent path (tests/fixtures/make_detector_reference.py: Python, numpy and
// OpenCV's NMSBoxes); missing and broken models fall back to motion with a warning naming the file.
#include "video/analytics/detector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/videoio.hpp>

using namespace bg;

namespace {
const QString kVideo = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");

QMap<int, cv::Mat> readFrames(const QList<int>& wanted) {
    QMap<int, cv::Mat> out;
    cv::VideoCapture cap(kVideo.toStdString());
    cv::Mat f;
    for (int i = 0; i <= wanted.last() && cap.read(f); ++i)
        if (wanted.contains(i)) out.insert(i, f.clone());
    return out;
}
}  // namespace

class TestDetector : public QObject {
    Q_OBJECT
    QJsonObject m_reference;

private Q_SLOTS:
    void initTestCase() {
        if (!QFile::exists(kVideo)) QSKIP("vtest.avi missing (Debian package opencv-doc)");
        QFile f(QStringLiteral(BITGOEUL_SOURCE_DIR "/tests/fixtures/detector_reference.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_reference = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_reference.isEmpty());
    }

    void matchesTheIndependentReference_data() {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("model");
        QTest::newRow("yolox") << "yolox-nano"
                               << QStringLiteral(BITGOEUL_DATA_DIR
                                                 "/models/yolox_nano/yolox_nano.onnx");
        QTest::newRow("fastest") << "yolo-fastest-1.1"
                                 << QStringLiteral(BITGOEUL_DATA_DIR
                                                   "/models/yolo-fastest-1.1/yolo-fastest-1.1.cfg");
    }
    void matchesTheIndependentReference() {
        QFETCH(QString, detector);
        QFETCH(QString, model);
        DetectorLoad load = loadDetector({model, 0.3f, 0.45f, 416});
        QVERIFY2(load.warning.isEmpty(), qPrintable(load.warning));
        QCOMPARE(load.detector->name(), detector);
        const QJsonArray ref = m_reference.value(u"detectors").toObject().value(detector).toArray();
        QVERIFY(ref.size() >= 5);
        QList<int> indices;
        for (const auto& f : ref) indices << f.toObject().value(u"index").toInt();
        const auto frames = readFrames(indices);
        int compared = 0;
        for (const auto& fv : ref) {
            const QJsonObject f = fv.toObject();
            const QVector<Detection> got =
                load.detector->detect(frames.value(f.value(u"index").toInt()));
            const QJsonArray want = f.value(u"detections").toArray();
            QCOMPARE(got.size(), want.size());
            for (const auto& wv : want) {
                const QJsonObject w = wv.toObject();
                const QJsonArray b = w.value(u"box").toArray();
                const QRectF box(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(),
                                 b[3].toDouble());
                bool matched = false;
                for (const Detection& d : got) {
                    if (d.className == w.value(u"class").toString() && iou(d.box, box) > 0.97 &&
                        qAbs(d.confidence - w.value(u"confidence").toDouble()) < 0.01)
                        matched = true;
                }
                QVERIFY2(matched, qPrintable(QStringLiteral("frame %1: %2 %3 not found")
                                                 .arg(f.value(u"index").toInt())
                                                 .arg(w.value(u"class").toString())
                                                 .arg(QString::fromUtf8(QJsonDocument(b).toJson(
                                                     QJsonDocument::Compact)))));
                ++compared;
            }
        }
        QVERIFY(compared > 30);
    }

    void peopleAreFoundInTheStreet() {
        DetectorLoad load = loadDetector({});  // the shipped default
        QCOMPARE(load.detector->name(), QStringLiteral("yolox-nano"));
        const auto frames = readFrames({240});
        int people = 0;
        for (const Detection& d : load.detector->detect(frames.first())) {
            people += d.className == u"person" ? 1 : 0;
            QVERIFY(QRectF(0, 0, 768, 576).contains(d.box));  // source-frame pixels
        }
        QVERIFY2(people >= 5, qPrintable(QString::number(people)));
    }

    void missingModelFallsBackNamingTheFile() {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("no-such-model.onnx")));
        DetectorLoad load = loadDetector({QStringLiteral("/nowhere/no-such-model.onnx")});
        QCOMPARE(load.detector->name(), QStringLiteral("motion-fallback"));
        QVERIFY(load.warning.contains(u"/nowhere/no-such-model.onnx"));
    }

    void brokenModelFallsBack() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.onnx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a network");
        f.close();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken.onnx")));
        DetectorLoad load = loadDetector({path});
        QCOMPARE(load.detector->name(), QStringLiteral("motion-fallback"));
        QVERIFY(load.warning.contains(path));
    }

    void motionFallbackFindsWalkers() {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(".")));
        DetectorLoad load = loadDetector({QStringLiteral("/nowhere/x.onnx")});
        cv::VideoCapture cap(kVideo.toStdString());
        cv::Mat f;
        int found = 0;
        for (int i = 0; i < 60 && cap.read(f); ++i) {
            const auto d = load.detector->detect(f);
            if (i >= 40) found += int(d.size());
        }
        QVERIFY2(found >= 20, qPrintable(QString::number(found)));  // people walk in every frame
    }

    void nmsIsClassWise() {
        const QVector<Detection> in{{QStringLiteral("person"), 0, 0.9f, QRectF(0, 0, 10, 20)},
                                    {QStringLiteral("person"), 0, 0.8f, QRectF(1, 0, 10, 20)},
                                    {QStringLiteral("bicycle"), 1, 0.7f, QRectF(1, 0, 10, 20)}};
        const auto out = nonMaximumSuppression(in, 0.45f);
        QCOMPARE(out.size(), 2);
        QCOMPARE(out[0].confidence, 0.9f);
        QCOMPARE(out[1].className, QStringLiteral("bicycle"));
    }
};

QTEST_GUILESS_MAIN(TestDetector)
#include "test_detector.moc"
