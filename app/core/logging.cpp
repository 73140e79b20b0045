#include "core/logging.h"

#include "core/seoul_time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcCore, "bitgoeul.core")

namespace bg {

struct RotatingLogFile::Impl {
    QFile file;
};

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int keepFiles)
    : m_path(std::move(path)),
      m_maxBytes(std::max<qint64>(1024, maxBytes)),
      m_keepFiles(std::max(1, keepFiles)),
      m_impl(new Impl) {}

RotatingLogFile::~RotatingLogFile() {
    delete m_impl;
}

Status RotatingLogFile::open() {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_impl->file.setFileName(m_path);
    if (!m_impl->file.open(QIODevice::Append | QIODevice::WriteOnly))
        return Status::fail(
            QStringLiteral("cannot open log file %1: %2").arg(m_path, m_impl->file.errorString()));
    return Status::ok();
}

void RotatingLogFile::rotate() {
    m_impl->file.close();
    QFile::remove(QStringLiteral("%1.%2").arg(m_path).arg(m_keepFiles));
    for (int i = m_keepFiles - 1; i >= 1; --i)
        QFile::rename(QStringLiteral("%1.%2").arg(m_path).arg(i),
                      QStringLiteral("%1.%2").arg(m_path).arg(i + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
    m_impl->file.setFileName(m_path);
    (void)m_impl->file.open(QIODevice::Append | QIODevice::WriteOnly);
}

void RotatingLogFile::write(const QByteArray& line) {
    if (!m_impl->file.isOpen()) return;
    if (m_impl->file.size() > 0 && m_impl->file.size() + line.size() > m_maxBytes) rotate();
    m_impl->file.write(line);
    m_impl->file.flush();
}

QByteArray formatLogLine(QtMsgType type, const char* category, const QString& message,
                         const QDateTime& when) {
    char level = 'I';
    switch (type) {
        case QtDebugMsg:
            level = 'D';
            break;
        case QtInfoMsg:
            level = 'I';
            break;
        case QtWarningMsg:
            level = 'W';
            break;
        case QtCriticalMsg:
            level = 'C';
            break;
        case QtFatalMsg:
            level = 'F';
            break;
    }
    QByteArray line = toSeoul(when).toString(Qt::ISODateWithMs).toUtf8();
    line += ' ';
    line += level;
    line += ' ';
    line += (category && *category) ? category : "default";
    line += ": ";
    line += message.toUtf8();
    return line;
}

namespace {

struct Sink {
    QMutex mutex;
    bool toStderr = true;
    std::unique_ptr<RotatingLogFile> file;
};
Sink* g_sink = nullptr;  // process-wide by nature: Qt has one message handler per process
QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext& ctx, const QString& msg) {
    QByteArray line = formatLogLine(type, ctx.category, msg, QDateTime::currentDateTimeUtc());
    line += '\n';
    if (g_sink) {
        QMutexLocker lock(&g_sink->mutex);
        if (g_sink->toStderr) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
        if (g_sink->file) g_sink->file->write(line);
    }
    if (type == QtFatalMsg) std::abort();
}

}  // namespace

Status installLogSink(const LogOptions& options) {
    auto sink = std::make_unique<Sink>();
    sink->toStderr = options.toStderr;
    Status status = Status::ok();
    if (!options.filePath.isEmpty()) {
        sink->file = std::make_unique<RotatingLogFile>(options.filePath, options.maxBytes,
                                                       options.keepFiles);
        status = sink->file->open();
        if (!status) sink->file.reset();
    }
    uninstallLogSink();
    g_sink = sink.release();
    g_previous = qInstallMessageHandler(handler);
    return status;
}

void uninstallLogSink() {
    if (!g_sink) return;
    qInstallMessageHandler(g_previous);
    delete g_sink;
    g_sink = nullptr;
}

}  // namespace bg
