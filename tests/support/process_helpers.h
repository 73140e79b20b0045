#pragma once
// Helpers for tests that run the built programs as real processes.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace testsupport {

/// Path of a built program in build/bin.
inline QString program(const char* name) {
    return QStringLiteral(BITGOEUL_BIN_DIR "/") + QLatin1String(name);
}

/// An environment whose settings, data and logs go to `home` instead of the user's.
inline QProcessEnvironment isolatedEnvironment(const QString& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    // One cache for all test runs: the simulator's encoded scenes are made once, not per test.
    env.insert(QStringLiteral("XDG_CACHE_HOME"),
               QStringLiteral(BITGOEUL_BIN_DIR "/../test-xdg-cache"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

struct RunResult {
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};

/// Runs a program to its end (at most timeoutMs) and collects its output.
inline RunResult run(const QString& path, const QStringList& args, const QString& home,
                     int timeoutMs = 60000) {
    QProcess p;
    p.setProcessEnvironment(isolatedEnvironment(home));
    p.start(path, args);
    RunResult r;
    r.finished = p.waitForStarted(10000) && p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(2000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace testsupport
