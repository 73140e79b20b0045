#pragma once
// A child process that announces where it listens with a "KEY=value" line on standard output
// (the simulator's HUB_URL=…, the RTSP test server's RTSP_URL=…), killed when the object goes.

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

namespace testsupport {

class AnnouncingProcess {
public:
    AnnouncingProcess(const QString& program, const QStringList& args, const QString& key,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                      int timeoutMs = 20000) {
        m_process.setProcessEnvironment(env);
        m_process.start(program, args);
        if (!m_process.waitForStarted(10000)) return;
        const QRegularExpression line(QRegularExpression::escape(key) + QStringLiteral("=(\\S+)"));
        QString out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(200);
            out += QString::fromUtf8(m_process.readAllStandardOutput());
            if (const auto m = line.match(out); m.hasMatch()) {
                url = QUrl(m.captured(1));
                return;
            }
            if (m_process.state() == QProcess::NotRunning) return;
        }
    }
    ~AnnouncingProcess() { kill(); }
    AnnouncingProcess(const AnnouncingProcess&) = delete;
    AnnouncingProcess& operator=(const AnnouncingProcess&) = delete;

    void kill() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QProcess& process() { return m_process; }

    QUrl url;  ///< what the process announced; invalid when it did not

private:
    QProcess m_process;
};

#ifdef RTSP_TEST_SERVER
/// tests/support/rtsp_test_server.cpp as a child process (the test's CMake target defines
/// RTSP_TEST_SERVER as its path); `url` is its stream.
struct RtspServer : AnnouncingProcess {
    explicit RtspServer(QStringList args = {})
        : AnnouncingProcess(QStringLiteral(RTSP_TEST_SERVER), std::move(args),
                            QStringLiteral("RTSP_URL")) {}
};
#endif

}  // namespace testsupport
