#include "widgets/video_tile.h"

#include "core/camera.h"

#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

namespace bg {

namespace {
const QString kCameraMime = cameraMimeType();
}

VideoTile::VideoTile(QWidget* parent) : QWidget(parent), m_zone(QTimeZone::utc()) {
    setAcceptDrops(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 36);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void VideoTile::setCamera(const QString& id, const QString& name) {
    m_cameraId = id;
    m_cameraName = name;
    m_frame = {};
    update();
}

void VideoTile::setFrame(const VideoFrame& frame) {
    m_frame = frame;
    ++m_framesShown;
    update();
}

void VideoTile::setOverlay(const QVector<OverlayBox>& boxes, QSize frameSize,
                           qint64 frameArrivalMs) {
    m_overlay = boxes;
    m_overlayFrameSize = frameSize;
    m_overlayArrivalMs = frameArrivalMs;
    update();
}

void VideoTile::setOverlayEnabled(bool on) {
    if (on == m_overlayEnabled) return;
    m_overlayEnabled = on;
    if (!on) m_overlay.clear();
    update();
}

bool VideoTile::overlayShown() const {
    return m_overlayEnabled && !m_overlay.isEmpty() && !m_frame.isNull() &&
           qAbs(m_frame.arrivalUtcMs - m_overlayArrivalMs) <= 1000;
}

void VideoTile::setCaption(const QString& text) {
    if (text == m_caption) return;
    m_caption = text;
    update();
}

void VideoTile::setAnalyticsText(const QString& text) {
    if (text == m_analyticsText) return;
    m_analyticsText = text;
    update();
}

void VideoTile::setState(State state, int attempt) {
    if (state == m_state && attempt == m_attempt) return;
    m_state = state;
    m_attempt = attempt;
    update();
}

void VideoTile::setHealth(const Health& health) {
    if (health == m_health) return;
    m_health = health;
    setToolTip(badgeText());
    update();
}

void VideoTile::clear() {
    m_cameraId.clear();
    m_cameraName.clear();
    m_caption.clear();
    m_frame = {};
    m_state = State::Empty;
    m_health = {};
    update();
}

QString VideoTile::stateText() const {
    switch (m_state) {
        case State::Empty:
            return tr("Drop a camera here");
        case State::Connecting:
            return tr("Connecting…");
        case State::Playing:
            return {};
        case State::Reconnecting:
            return tr("Reconnecting (%1)").arg(m_attempt);
        case State::NoSignal:
            return tr("No signal");
        case State::Unauthorized:
            return tr("Unauthorized: check the camera's user name and password");
        case State::NotFound:
            return tr("The camera has no such stream");
    }
    return {};
}

QString VideoTile::badgeText() const {
    QStringList parts;
    parts << tr("%1 fps").arg(m_health.fps, 0, 'f', 1);
    if (m_health.kbps > 0) parts << tr("%1 kbps").arg(qRound(m_health.kbps));
    if (m_health.latencyMs >= 0) parts << tr("%1 ms").arg(m_health.latencyMs);
    parts << (m_health.keyframesOnly ? tr("keyframes") : tr("all frames"));
    parts << (m_health.mainStream ? tr("main") : tr("sub"));
    if (!m_analyticsText.isEmpty()) parts << m_analyticsText;
    return parts.join(QStringLiteral(" · "));
}

void VideoTile::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0x0b, 0x0e, 0x13));
    const bool picture = !m_frame.isNull() && m_state == State::Playing;
    if (picture) {
        const QRect target = pictureRect();
        p.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < m_frame.image.width());
        p.drawImage(target, m_frame.image);
        if (m_frame.sequence != m_lastPaintedSequence) {
            m_lastPaintedSequence = m_frame.sequence;
            ++m_framesPainted;
            if (m_frame.captureUtcMs > 0)
                m_paintLatencyMs = QDateTime::currentMSecsSinceEpoch() - m_frame.captureUtcMs;
        }
        if (overlayShown() && m_overlayFrameSize.width() > 0) {
            const double sx = double(target.width()) / m_overlayFrameSize.width();
            const double sy = double(target.height()) / m_overlayFrameSize.height();
            const auto map = [&](const QPointF& pt) {
                return QPointF(target.x() + pt.x() * sx, target.y() + pt.y() * sy);
            };
            QFont small = font();
            small.setPointSizeF(std::clamp(height() / 30.0, 6.5, 9.0));
            p.setFont(small);
            for (const OverlayBox& b : std::as_const(m_overlay)) {
                const QRectF r(map(b.box.topLeft()), map(b.box.bottomRight()));
                p.setPen(QPen(b.color, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(r);
                if (b.trail.size() > 1) {
                    QPolygonF trail;
                    for (const QPointF& c : b.trail) trail << map(c);
                    p.setPen(QPen(b.color, 1.5, Qt::DotLine));
                    p.drawPolyline(trail);
                }
                if (!b.label.isEmpty() && r.width() > 18) {
                    const QRectF tag(r.left(), r.top() - p.fontMetrics().height() - 1,
                                     p.fontMetrics().horizontalAdvance(b.label) + 6,
                                     p.fontMetrics().height() + 1);
                    p.fillRect(tag, b.color);
                    p.setPen(Qt::black);
                    p.drawText(tag, Qt::AlignCenter, b.label);
                }
            }
        }
    }
    // Rules and the shape being drawn, over the picture.
    if ((m_overlayEnabled && !m_rules.isEmpty()) || m_drawMode != DrawMode::None) {
        const QRectF r = pictureRect();
        const auto map = [&r](const QPointF& n) {
            return QPointF(r.x() + n.x() * r.width(), r.y() + n.y() * r.height());
        };
        for (const RuleShape& s : std::as_const(m_rules)) {
            p.setPen(QPen(QColor(0xe5, 0x48, 0x4d), 2, Qt::DashLine));
            p.setBrush(QColor(0xe5, 0x48, 0x4d, 40));
            QPointF labelAt;
            if (s.zone.size() >= 3) {
                QPolygonF poly;
                for (const QPointF& n : s.zone) poly << map(n);
                p.drawPolygon(poly);
                labelAt = poly.boundingRect().topLeft();
            } else if (!s.line.isNull()) {
                p.drawLine(map(s.line.p1()), map(s.line.p2()));
                labelAt = map(s.line.p1());
            }
            if (!s.label.isEmpty()) {
                p.setPen(QColor(0xff, 0xd7, 0xd8));
                p.drawText(labelAt + QPointF(3, -3), s.label);
            }
        }
        if (m_drawMode != DrawMode::None) {
            p.setPen(QPen(QColor(0xf2, 0xa9, 0x00), 2));
            p.setBrush(Qt::NoBrush);
            QPolygonF poly;
            for (const QPointF& n : std::as_const(m_drawing)) poly << map(n);
            p.drawPolyline(poly);
            for (const QPointF& pt : std::as_const(poly)) p.drawEllipse(pt, 3, 3);
            p.drawText(r.adjusted(6, 6, -6, -6), Qt::AlignBottom | Qt::AlignHCenter,
                       m_drawMode == DrawMode::Line ? tr("Click the line's two ends")
                                                    : tr("Click the zone's corners, double-click "
                                                         "or Enter to finish, Esc to cancel"));
        }
    }
    p.setPen(QColor(0x23, 0x2a, 0x36));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_cameraId.isEmpty() && m_state == State::Empty) {
        p.setPen(QColor(0x6b, 0x75, 0x86));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, stateText());
        return;
    }
    QFont f = font();
    f.setPointSizeF(std::clamp(height() / 22.0, 7.0, 11.0));
    p.setFont(f);
    const int pad = 4;
    const int lineH = p.fontMetrics().height();
    const auto box = [&p](const QRect& r) { p.fillRect(r, QColor(0, 0, 0, 150)); };
    // Name, top left; time of the frame, top right.
    const QString name = p.fontMetrics().elidedText(m_cameraName, Qt::ElideRight, width() / 2);
    QRect nameRect(pad, pad, p.fontMetrics().horizontalAdvance(name) + 2 * pad, lineH + 2);
    box(nameRect);
    p.setPen(Qt::white);
    p.drawText(nameRect, Qt::AlignCenter, name);
    if (!m_caption.isEmpty()) {
        const QString tag =
            p.fontMetrics().elidedText(m_caption, Qt::ElideRight, width() - 4 * pad);
        QRect r(pad, nameRect.bottom() + 3, p.fontMetrics().horizontalAdvance(tag) + 2 * pad,
                lineH + 2);
        p.fillRect(r, QColor(0xf2, 0xa9, 0x00, 220));
        p.setPen(QColor(0x10, 0x12, 0x16));
        p.drawText(r, Qt::AlignCenter, tag);
        p.setPen(Qt::white);
    }
    if (picture && m_frame.arrivalUtcMs > 0) {
        const QString time = QDateTime::fromMSecsSinceEpoch(m_frame.arrivalUtcMs, m_zone)
                                 .toString(QStringLiteral("HH:mm:ss"));
        const int w = p.fontMetrics().horizontalAdvance(time) + 2 * pad;
        QRect r(width() - w - pad, pad, w, lineH + 2);
        box(r);
        p.drawText(r, Qt::AlignCenter, time);
    }
    // Health badge, bottom left, when there is room.
    if (height() > 3 * lineH) {
        const QString badge = badgeText();
        const int w =
            std::min(p.fontMetrics().horizontalAdvance(badge) + 2 * pad, width() - 2 * pad);
        QRect r(pad, height() - lineH - 2 - pad, w, lineH + 2);
        box(r);
        p.setPen(m_health.keyframesOnly ? QColor(0xf5, 0xa5, 0x24) : QColor(0xc9, 0xd1, 0xdc));
        p.drawText(r, Qt::AlignCenter, p.fontMetrics().elidedText(badge, Qt::ElideRight, w - pad));
    }
    if (!picture) {
        const QString text = stateText();
        const bool bad = m_state == State::Unauthorized || m_state == State::NotFound ||
                         m_state == State::NoSignal;
        p.setPen(bad ? QColor(0xff, 0x9b, 0x9e) : QColor(0xc9, 0xd1, 0xdc));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
}

void VideoTile::mouseDoubleClickEvent(QMouseEvent*) {
    if (m_drawMode == DrawMode::Zone) {
        finishDrawing();  // the double-click's first press already added the last point
        return;
    }
    Q_EMIT doubleClicked();
}

void VideoTile::contextMenuEvent(QContextMenuEvent* event) {
    if (m_cameraId.isEmpty()) return;
    QMenu menu(this);
    QAction* overlay = menu.addAction(tr("Show AI boxes"));
    overlay->setCheckable(true);
    overlay->setChecked(m_overlayEnabled);
    QMenu* add = menu.addMenu(tr("Add rule"));
    for (const char* kind : {"zoneIntrusion", "loitering", "lineCrossing", "crowding",
                             "illegalParking", "crosswalkSafety"})
        add->addAction(ruleKindText(QLatin1String(kind)))->setData(QString::fromLatin1(kind));
    QAction* clear = menu.addAction(tr("Remove this camera's rules"));
    clear->setEnabled(!m_rules.isEmpty());
    QAction* chosen = menu.exec(event->globalPos());
    if (chosen == overlay) {
        setOverlayEnabled(overlay->isChecked());
        Q_EMIT overlayToggled(overlay->isChecked());
    } else if (chosen == clear) {
        Q_EMIT rulesCleared();
    } else if (chosen && !chosen->data().toString().isEmpty()) {
        Q_EMIT ruleRequested(chosen->data().toString());
    }
}

void VideoTile::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(kCameraMime)) event->acceptProposedAction();
}

void VideoTile::dropEvent(QDropEvent* event) {
    const QString id = QString::fromUtf8(event->mimeData()->data(kCameraMime));
    if (id.isEmpty()) return;
    event->acceptProposedAction();
    Q_EMIT cameraDropped(id);
}

}  // namespace bg

namespace bg {

QString VideoTile::ruleKindText(const QString& kind) {
    if (kind == u"zoneIntrusion") return tr("Zone intrusion");
    if (kind == u"loitering") return tr("Loitering");
    if (kind == u"lineCrossing") return tr("Line crossing");
    if (kind == u"crowding") return tr("Crowding");
    if (kind == u"illegalParking") return tr("Illegal parking");
    if (kind == u"crosswalkSafety") return tr("Crosswalk safety");
    return kind;
}

void VideoTile::setRuleShapes(const QVector<RuleShape>& shapes) {
    m_rules = shapes;
    update();
}

QRect VideoTile::pictureRect() const {
    const QSize source = m_frame.isNull() ? QSize(16, 9) : m_frame.image.size();
    const QSize fitted = source.scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void VideoTile::startDrawing(DrawMode mode) {
    m_drawMode = mode;
    m_drawing.clear();
    setCursor(mode == DrawMode::None ? Qt::ArrowCursor : Qt::CrossCursor);
    setFocus();
    update();
}

void VideoTile::finishDrawing() {
    const DrawMode mode = m_drawMode;
    const QPolygonF points = m_drawing;
    startDrawing(DrawMode::None);
    if (mode == DrawMode::Zone && points.size() >= 3) Q_EMIT zoneDrawn(points);
    if (mode == DrawMode::Line && points.size() >= 2)
        Q_EMIT lineDrawn(QLineF(points[0], points[1]));
}

void VideoTile::mousePressEvent(QMouseEvent* event) {
    if (m_drawMode == DrawMode::None || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QRect r = pictureRect();
    if (!r.contains(event->position().toPoint())) return;
    m_drawing << QPointF((event->position().x() - r.x()) / r.width(),
                         (event->position().y() - r.y()) / r.height());
    if (m_drawMode == DrawMode::Line && m_drawing.size() == 2) finishDrawing();
    update();
}

void VideoTile::keyPressEvent(QKeyEvent* event) {
    if (m_drawMode != DrawMode::None) {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            finishDrawing();
            return;
        }
        if (event->key() == Qt::Key_Escape) {
            startDrawing(DrawMode::None);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

}  // namespace bg
