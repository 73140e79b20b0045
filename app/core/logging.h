#pragma once

#include "core/result.h"

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace bg {

struct LogOptions {
    QString filePath;                   ///< empty: no file, stderr only
    qint64 maxBytes = 5 * 1024 * 1024;  ///< rotate when the file would grow past this
    int keepFiles = 5;                  ///< file.log.1 … file.log.N kept after rotation
    bool toStderr = true;
};

/// A log file that never grows past maxBytes: when a line would overflow it, file.log becomes
/// file.log.1, file.log.1 becomes file.log.2 … and the oldest beyond keepFiles is removed.
///
/// Threading: not thread-safe by itself; the log sink serialises calls with a mutex.
class RotatingLogFile {
public:
    RotatingLogFile(QString path, qint64 maxBytes, int keepFiles);
    ~RotatingLogFile();
    RotatingLogFile(const RotatingLogFile&) = delete;
    RotatingLogFile& operator=(const RotatingLogFile&) = delete;

    Status open();
    void write(const QByteArray& line);
    QString path() const { return m_path; }

private:
    void rotate();

    QString m_path;
    qint64 m_maxBytes;
    int m_keepFiles;
    struct Impl;
    Impl* m_impl;
};

/// Installs the process-wide Qt message handler that writes every message as
/// "2026-11-25T11:28:17.123+09:00 W bitgoeul.cache: text" to stderr and/or a rotating file.
/// QT_LOGGING_RULES and QLoggingCategory filters still decide what is logged.
/// Called once by each executable's composition root; `uninstallLogSink` restores Qt's handler.
Status installLogSink(const LogOptions& options);
void uninstallLogSink();

/// The line the sink writes for one message (without the newline); exposed for tests.
QByteArray formatLogLine(QtMsgType type, const char* category, const QString& message,
                         const QDateTime& when);

}  // namespace bg
