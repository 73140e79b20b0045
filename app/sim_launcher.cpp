#include "sim_launcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApp, "bitgoeul.app")

SimLauncher::SimLauncher(QObject* parent) : QObject(parent), m_process(new QProcess(this)) {
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The simulator's own diagnostics go to our stderr, where the operator's terminal is.
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray err = m_process->readAllStandardError();
        for (const QByteArray& line : err.split('\n'))
            if (!line.trimmed().isEmpty()) qCInfo(lcApp).noquote() << "sim:" << line.trimmed();
    });
}

SimLauncher::~SimLauncher() {
    stop();
}

QString SimLauncher::findSimulator() {
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bitgoeul-sim"));
    if (QFileInfo(beside).isExecutable()) return beside;
    return QStandardPaths::findExecutable(QStringLiteral("bitgoeul-sim"));
}

bg::Result<QUrl> SimLauncher::startAndWait(int timeoutMs) {
    using R = bg::Result<QUrl>;
    const QString program = findSimulator();
    if (program.isEmpty())
        return R::fail(QStringLiteral("bitgoeul-sim was not found next to %1 nor on PATH")
                           .arg(QCoreApplication::applicationDirPath()));
    // The cameras' URLs carry the RTSP port, so it is chosen here, free at this moment.
    quint16 rtspPort = 0;
    {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0)) rtspPort = probe.serverPort();
    }
    m_process->start(
        program, {QStringLiteral("--hub-port"), QStringLiteral("0"), QStringLiteral("--rtsp-port"),
                  QString::number(rtspPort), QStringLiteral("--exit-with-parent")});
    if (!m_process->waitForStarted(5000))
        return R::fail(
            QStringLiteral("cannot start %1: %2").arg(program, m_process->errorString()));

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
    connect(m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    QElapsedTimer elapsed;
    elapsed.start();
    QByteArray buffer;
    while (elapsed.elapsed() < timeoutMs) {
        buffer += m_process->readAllStandardOutput();
        for (const QByteArray& line : buffer.split('\n')) {
            if (line.startsWith("HUB_URL=")) {
                const QUrl url(QString::fromUtf8(line.mid(8).trimmed()));
                if (url.isValid()) {
                    qCInfo(lcApp).noquote()
                        << "simulator" << m_process->processId() << "hub at" << url.toString();
                    return R::ok(url);
                }
            }
        }
        if (m_process->state() == QProcess::NotRunning)
            return R::fail(QStringLiteral("bitgoeul-sim exited (status %1) before its hub was up")
                               .arg(m_process->exitCode()));
        timer.start(int(std::max<qint64>(1, timeoutMs - elapsed.elapsed())));
        loop.exec();
    }
    stop();
    return R::fail(
        QStringLiteral("bitgoeul-sim did not report its hub within %1 ms").arg(timeoutMs));
}

void SimLauncher::stop() {
    if (m_process->state() == QProcess::NotRunning) return;
    m_process->closeWriteChannel();  // the simulator quits on EOF
    if (!m_process->waitForFinished(2000)) {
        m_process->terminate();
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(1000);
        }
    }
    qCInfo(lcApp) << "simulator stopped";
}

qint64 SimLauncher::processId() const {
    return m_process->processId();
}
