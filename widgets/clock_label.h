#pragma once

#include <QLabel>
#include <QTimeZone>

class QTimer;

namespace bg {

/// A clock that ticks every second in a given time zone (the console passes Asia/Seoul),
/// whatever the machine's own zone is.
class ClockLabel : public QLabel {
    Q_OBJECT
public:
    explicit ClockLabel(QTimeZone zone, QString zoneAbbreviation, QWidget* parent = nullptr);

    /// Shows `utc` (used by the timer, and by tests and screenshots).
    void showTime(const QDateTime& utc);

private:
    QTimeZone m_zone;
    QString m_abbreviation;
    QTimer* m_timer;
};

}  // namespace bg
