#pragma once

#include "core/result.h"

#include <QObject>
#include <QUrl>

class QProcess;

/// Starts `bitgoeul-sim` as a child process on free loopback ports for `bitgoeul --demo`, learns
/// its hub URL from the line it prints, and stops it when the console ends. The simulator also
/// quits by itself when its standard input closes, so a killed console leaves no orphan.
///
/// Threading: GUI thread (QProcess).
class SimLauncher : public QObject {
    Q_OBJECT
public:
    explicit SimLauncher(QObject* parent = nullptr);
    ~SimLauncher() override;

    /// The simulator next to this executable, else on PATH; empty when there is none.
    static QString findSimulator();

    /// Starts the simulator and waits (running the event loop) until it reports its hub URL.
    bg::Result<QUrl> startAndWait(int timeoutMs = 15000);
    /// Closes the simulator's stdin, waits a little, then terminates/kills it.
    void stop();
    qint64 processId() const;

private:
    QProcess* m_process;
};
