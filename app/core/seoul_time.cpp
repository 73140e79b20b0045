#include "core/seoul_time.h"

namespace bg {

QTimeZone seoulTimeZone() {
    static const QTimeZone zone = [] {
        QTimeZone tz("Asia/Seoul");
        return tz.isValid() ? tz : QTimeZone(9 * 3600);
    }();
    return zone;
}

QDateTime toSeoul(const QDateTime& t) {
    return t.toTimeZone(seoulTimeZone());
}

QString formatSeoulDateTime(const QDateTime& t) {
    return toSeoul(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatSeoulHourMinute(const QDateTime& t) {
    return toSeoul(t).toString(QStringLiteral("HH:mm"));
}

}  // namespace bg
