#include "widgets/marker_painter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace bg {

namespace {
const QColor kOutline(10, 14, 20, 230);
const QColor kGlyph(255, 255, 255);

QColor bodyColor(const MapMarker& m) {
    return m.color.isValid() ? m.color : MarkerPainter::kindColor(m.kind);
}

void cameraGlyph(QPainter* p, QPointF c, double r) {
    const double w = r * 0.95, h = r * 0.7;
    p->setPen(Qt::NoPen);
    p->setBrush(kGlyph);
    p->drawRoundedRect(QRectF(c.x() - w * 0.6, c.y() - h / 2, w, h), 1.5, 1.5);
    const QPolygonF lens{{c.x() + w * 0.35, c.y()},
                         {c.x() + w * 0.75, c.y() - h * 0.45},
                         {c.x() + w * 0.75, c.y() + h * 0.45}};
    p->drawPolygon(lens);
}

void boltGlyph(QPainter* p, QPointF c, double r) {
    const double s = r * 0.75;
    const QPolygonF bolt{
        {c.x() + 0.15 * s, c.y() - s},        {c.x() - 0.55 * s, c.y() + 0.12 * s},
        {c.x() - 0.05 * s, c.y() + 0.12 * s}, {c.x() - 0.2 * s, c.y() + s},
        {c.x() + 0.55 * s, c.y() - 0.15 * s}, {c.x() + 0.05 * s, c.y() - 0.15 * s}};
    p->setPen(Qt::NoPen);
    p->setBrush(kGlyph);
    p->drawPolygon(bolt);
}

void letter(QPainter* p, QPointF c, double r, const QString& text, QColor color) {
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(std::max(6, int(r * 1.25)));
    p->setFont(f);
    p->setPen(color);
    p->drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, text);
}
}  // namespace

QColor MarkerPainter::kindColor(MarkerKind kind) {
    switch (kind) {
        case MarkerKind::Camera:
            return QColor(0x3d, 0x8b, 0xfd);
        case MarkerKind::ParkingLot:
            return QColor(0x2f, 0xa8, 0x6b);
        case MarkerKind::ChargingStation:
            return QColor(0x12, 0xb5, 0xb0);
        case MarkerKind::Crosswalk:
            return QColor(0xa0, 0x7c, 0xf0);
        case MarkerKind::SmartPole:
            return QColor(0x8a, 0x96, 0xa8);
        case MarkerKind::RecyclingMachine:
            return QColor(0x5c, 0xb8, 0x3a);
        case MarkerKind::ChildZone:
            return QColor(0xff, 0xc8, 0x1e);
        case MarkerKind::EnforcementCamera:
            return QColor(0xf0, 0x7b, 0x2a);
        case MarkerKind::Alert:
            return QColor(0xe5, 0x48, 0x4d);
    }
    return Qt::gray;
}

double MarkerPainter::radius(const MapMarker& marker) {
    double r = 8;
    switch (marker.kind) {
        case MarkerKind::ChildZone:
        case MarkerKind::EnforcementCamera:
        case MarkerKind::SmartPole:
            r = 6.5;
            break;
        case MarkerKind::ParkingLot:
        case MarkerKind::Alert:
            r = 9;
            break;
        default:
            break;
    }
    return marker.major ? r * 1.5 : r;
}

double MarkerPainter::clusterRadius(int count) {
    return 9 + 4 * std::log10(std::max(1, count));
}

void MarkerPainter::paint(QPainter* p, const MapMarker& m, QPointF c, bool flashOn) {
    const double r = radius(m);
    const QColor body = bodyColor(m);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    if (m.flashing && flashOn) {
        // A halo that comes and goes draws the eye without hiding what is around the marker.
        QColor halo = body;
        halo.setAlpha(110);
        p->setPen(Qt::NoPen);
        p->setBrush(halo);
        p->drawEllipse(c, r * 2.1, r * 2.1);
    }
    if (m.unwatched) {
        // Attention coverage: a dashed amber ring, visible without hiding the state colour.
        QPen pen(QColor(0xf2, 0xa9, 0x00), 1.6, Qt::DashLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(c, r + 4, r + 4);
    }
    if (!m.segments.isEmpty()) {
        // One arc per connector around the body, so a faulted connector shows at a glance.
        const int n = int(m.segments.size());
        const double span = 360.0 / n;
        const QRectF ring(c.x() - r - 3, c.y() - r - 3, 2 * r + 6, 2 * r + 6);
        for (int i = 0; i < n; ++i) {
            QPen pen(m.segments[i], 3.2, Qt::SolidLine, Qt::FlatCap);
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            const double start = 90 - i * span - (n > 1 ? 8 : 0);
            const double sweep = -(span - (n > 1 ? 16 : 0));
            p->drawArc(ring, int(start * 16), int(sweep * 16));
        }
    }
    p->setPen(QPen(kOutline, 1.5));
    p->setBrush(body);
    switch (m.kind) {
        case MarkerKind::Camera:
            p->drawEllipse(c, r, r);
            cameraGlyph(p, c, r);
            break;
        case MarkerKind::ParkingLot:
            p->drawRoundedRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 3, 3);
            letter(p, c, r, QStringLiteral("P"), kGlyph);
            break;
        case MarkerKind::ChargingStation:
            p->drawEllipse(c, r, r);
            boltGlyph(p, c, r);
            break;
        case MarkerKind::Crosswalk: {
            p->drawRoundedRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 2, 2);
            p->setPen(Qt::NoPen);
            p->setBrush(kGlyph);
            const double w = r * 0.3;
            for (int i = -1; i <= 1; ++i)
                p->drawRect(QRectF(c.x() + i * 2 * w - w / 2, c.y() - r * 0.6, w, r * 1.2));
            break;
        }
        case MarkerKind::SmartPole:
            p->drawEllipse(c, r, r);
            p->setPen(QPen(kGlyph, 1.6, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(c.x(), c.y() + r * 0.6), QPointF(c.x(), c.y() - r * 0.5));
            p->drawLine(QPointF(c.x(), c.y() - r * 0.5),
                        QPointF(c.x() + r * 0.45, c.y() - r * 0.5));
            break;
        case MarkerKind::RecyclingMachine: {
            const QRectF box(c.x() - r * 0.8, c.y() - r, r * 1.6, 2 * r);
            p->drawRoundedRect(box, 2, 2);
            if (m.level >= 0) {
                const double level = std::clamp(m.level, 0.0, 1.0);
                const QRectF inner = box.adjusted(2.5, 2.5, -2.5, -2.5);
                p->setPen(Qt::NoPen);
                p->setBrush(QColor(255, 255, 255, 70));
                p->drawRect(inner);
                p->setBrush(kGlyph);
                p->drawRect(QRectF(inner.left(), inner.bottom() - inner.height() * level,
                                   inner.width(), inner.height() * level));
            }
            break;
        }
        case MarkerKind::ChildZone: {
            const QPolygonF tri{{c.x(), c.y() - r * 1.15},
                                {c.x() + r * 1.1, c.y() + r * 0.85},
                                {c.x() - r * 1.1, c.y() + r * 0.85}};
            p->setPen(QPen(QColor(40, 30, 0), 1.2));
            p->drawPolygon(tri);
            break;
        }
        case MarkerKind::EnforcementCamera:
            p->drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
            p->setPen(Qt::NoPen);
            p->setBrush(kGlyph);
            p->drawEllipse(c, r * 0.45, r * 0.45);
            break;
        case MarkerKind::Alert:
            p->drawEllipse(c, r, r);
            letter(p, c, r, QStringLiteral("!"), kGlyph);
            break;
    }
    p->restore();
}

void MarkerPainter::paintCluster(QPainter* p, MarkerKind kind, int count, QPointF c) {
    const double r = clusterRadius(count);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QColor ring = kindColor(kind);
    ring.setAlpha(90);
    p->setPen(Qt::NoPen);
    p->setBrush(ring);
    p->drawEllipse(c, r + 4, r + 4);
    p->setPen(QPen(kOutline, 1.2));
    p->setBrush(kindColor(kind).darker(115));
    p->drawEllipse(c, r, r);
    QFont f = p->font();
    f.setBold(true);
    f.setPixelSize(count >= 1000 ? 10 : 11);
    p->setFont(f);
    p->setPen(kGlyph);
    p->drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                QString::number(count));
    p->restore();
}

QPixmap MarkerPainter::icon(MarkerKind kind, int sizePx, qreal dpr, QColor color) {
    QPixmap pm(QSize(sizePx, sizePx) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    MapMarker m;
    m.kind = kind;
    m.color = color;
    const double scale = (sizePx / 2.0 - 1.5) / (radius(m) * 1.15);
    p.translate(sizePx / 2.0, sizePx / 2.0);
    p.scale(scale, scale);
    paint(&p, m, QPointF(0, 0), false);
    return pm;
}

}  // namespace bg
