#include "widgets/clock_label.h"

#include <QTimer>

namespace bg {

ClockLabel::ClockLabel(QTimeZone zone, QString zoneAbbreviation, QWidget* parent)
    : QLabel(parent),
      m_zone(std::move(zone)),
      m_abbreviation(std::move(zoneAbbreviation)),
      m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("clock"));
    setTextFormat(Qt::PlainText);
    connect(m_timer, &QTimer::timeout, this, [this] { showTime(QDateTime::currentDateTimeUtc()); });
    m_timer->start(1000);
    showTime(QDateTime::currentDateTimeUtc());
}

void ClockLabel::showTime(const QDateTime& utc) {
    setText(utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
            m_abbreviation);
}

}  // namespace bg
