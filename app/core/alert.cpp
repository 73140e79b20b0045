#include "core/alert.h"

#include <QDateTime>
#include <QJsonObject>

namespace bg {

ServiceArea areaOf(AlertCategory category) {
    switch (category) {
        case AlertCategory::CrosswalkRedLight:
        case AlertCategory::IllegalParking:
        case AlertCategory::ChargerFault:
            return ServiceArea::Transportation;
        case AlertCategory::BinFull:
            return ServiceArea::Environment;
        default:
            return ServiceArea::Safety;
    }
}

Severity defaultSeverity(AlertCategory category) {
    switch (category) {
        case AlertCategory::Fall:
        case AlertCategory::EmergencyBell:
            return Severity::Critical;
        case AlertCategory::Intrusion:
        case AlertCategory::CrosswalkRedLight:
            return Severity::High;
        case AlertCategory::Loitering:
        case AlertCategory::Crowding:
        case AlertCategory::ChargerFault:
        case AlertCategory::CameraOffline:
            return Severity::Medium;
        case AlertCategory::IllegalParking:
        case AlertCategory::BinFull:
        case AlertCategory::StreamDegraded:
        case AlertCategory::Other:
            return Severity::Low;
    }
    return Severity::Medium;
}

QJsonArray trackPathToJson(const QVector<TrackPoint>& path) {
    QJsonArray out;
    for (const TrackPoint& p : path)
        out.append(QJsonObject{
            {QStringLiteral("x"), p.point.x()},
            {QStringLiteral("y"), p.point.y()},
            {QStringLiteral("observedAt"),
             QDateTime::fromMSecsSinceEpoch(p.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
    return out;
}

Result<QVector<TrackPoint>> trackPathFromJson(const QJsonValue& json) {
    using R = Result<QVector<TrackPoint>>;
    if (json.isUndefined() || json.isNull()) return R::ok({});
    if (!json.isArray()) return R::fail(QStringLiteral("trackPath: an array expected"));
    QVector<TrackPoint> out;
    const QJsonArray items = json.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("trackPath[%1]").arg(i);
        if (!items[i].isObject()) return R::fail(where + QStringLiteral(": an object expected"));
        const QJsonObject o = items[i].toObject();
        TrackPoint p;
        for (const char* axis : {"x", "y"}) {
            const QJsonValue v = o.value(QLatin1String(axis));
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
                return R::fail(QStringLiteral("%1.%2: a number in 0..1 expected")
                                   .arg(where, QLatin1String(axis)));
            (axis[0] == 'x' ? p.point.rx() : p.point.ry()) = v.toDouble();
        }
        const QDateTime at =
            QDateTime::fromString(o.value(u"observedAt").toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            return R::fail(where + QStringLiteral(".observedAt: an ISO 8601 date-time expected"));
        p.timeMs = at.toMSecsSinceEpoch();
        out.append(p);
    }
    return R::ok(out);
}

}  // namespace bg
