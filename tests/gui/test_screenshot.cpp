// `bitgoeul --demo --screenshot FILE --screenshot-after S` writes a picture of the shell:
// offscreen, and in a real X window under Xvfb when xvfb-run is installed.
#include "support/process_helpers.h"

#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace testsupport;

namespace {
/// Distinct colours in a grid of samples: a blank or single-colour picture has one or two.
int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7) colours.insert(image.pixel(x, y));
    return int(colours.size());
}
}  // namespace

class TestScreenshot : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    void check(const QString& shot) {
        QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(shot));
        QVERIFY2(image.width() >= 1000 && image.height() >= 600,
                 qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
        QVERIFY2(distinctColours(image) > 20, "the picture is nearly blank");
        // The dark theme is on: the page background (centre right) is dark.
        const QColor c = image.pixelColor(image.width() * 3 / 4, image.height() / 8);
        QVERIFY2(c.lightness() < 80, qPrintable(c.name()));
    }

private Q_SLOTS:
    void offscreen() {
        const QString shot = m_home.filePath(QStringLiteral("offscreen.png"));
        auto r = run(program("bitgoeul"),
                     {QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot,
                      QStringLiteral("--screenshot-after"), QStringLiteral("2"),
                      QStringLiteral("--page"), QStringLiteral("admin")},
                     m_home.path(), 90000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        check(shot);
    }

    void realWindowUnderXvfb() {
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfbRun.isEmpty()) QSKIP("xvfb-run is not installed (Debian package xvfb)");
        const QString shot = m_home.filePath(QStringLiteral("xvfb.png"));
        QProcess p;
        QProcessEnvironment env = isolatedEnvironment(m_home.path());
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // xcb, a real X window
        env.insert(QStringLiteral("QT_XCB_GL_INTEGRATION"), QStringLiteral("none"));
        p.setProcessEnvironment(env);
        p.start(xvfbRun, {QStringLiteral("-a"), QStringLiteral("-s"),
                          QStringLiteral("-screen 0 1600x1000x24"), program("bitgoeul"),
                          QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot,
                          QStringLiteral("--screenshot-after"), QStringLiteral("3")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        check(shot);
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "test_screenshot.moc"
