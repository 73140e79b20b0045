#include "widgets/alert_snapshot.h"

#include <QPainter>
#include <QPen>
#include <QPolygonF>

namespace bg {

QImage markAlertSnapshot(const QImage& frame, const QRectF& box, const QVector<TrackPoint>& path) {
    QImage marked = frame.convertToFormat(QImage::Format_RGB32);
    QPainter p(&marked);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor pathColor(255, 210, 0);
    QPolygonF feet;
    for (const TrackPoint& t : path)
        feet << QPointF(t.point.x() * marked.width(), t.point.y() * marked.height());
    p.setPen(QPen(pathColor, 2));
    p.drawPolyline(feet);
    p.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < feet.size(); ++i) {
        QColor c = pathColor;
        c.setAlpha(90 + int(165 * (i + 1) / feet.size()));
        p.setBrush(c);
        p.drawEllipse(feet[i], 3.5, 3.5);
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::red, 3));
    p.drawRect(box);
    return marked;
}

}  // namespace bg
