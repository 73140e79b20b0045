#include "hub/ngsi_time.h"

#include <QRegularExpression>

namespace bg {

QDateTime parseNgsiTime(QStringView text) {
    // A hand-written pattern rather than Qt::ISODateWithMs: that one rejects the comma decimal
    // separator of KETI's broker and fractions longer than three digits.
    static const QRegularExpression kPattern(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)"
                       R"((Z|z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const auto m = kPattern.match(text.trimmed().toString());
    if (!m.hasMatch()) return {};
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(),
                     m.capturedView(3).toInt());
    int ms = 0;
    if (m.capturedLength(7) > 0) {
        // Keep the first three digits, padded: ",29" is 290 ms, ".123456" is 123 ms.
        const QString digits = m.captured(7).left(3).leftJustified(3, u'0');
        ms = digits.toInt();
    }
    const int seconds = m.capturedLength(6) > 0 ? m.capturedView(6).toInt() : 0;
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), seconds, ms);
    if (!date.isValid() || !time.isValid()) return {};

    int offsetSeconds = 0;
    const QStringView zone = m.capturedView(8);
    if (!zone.isEmpty() && zone != u"Z" && zone != u"z") {
        const int sign = zone.front() == u'-' ? -1 : 1;
        const QString digits = zone.mid(1).toString().remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        if (hours > 23 || minutes > 59) return {};
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QString formatNgsiTime(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

}  // namespace bg
