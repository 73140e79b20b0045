#pragma once

#include "video/video_frame.h"

#include <QLineF>
#include <QPolygonF>
#include <QTimeZone>
#include <QWidget>

namespace bg {

/// One tile of the video wall: the latest frame scaled to fit (aspect kept), the camera's name,
/// the frame's time, a health badge (fps, latency, decode mode, sub/main) and, when there is no
/// picture, a plain statement of why (connecting, reconnecting (n), no signal, unauthorized…).
/// Accepts a camera dropped from the camera list or the map.
class VideoTile : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Connecting, Playing, Reconnecting, NoSignal, Unauthorized, NotFound };

    struct Health {
        double fps = 0;
        qint64 latencyMs = -1;  ///< capture → arrival, -1 when unknown
        double kbps = 0;        ///< encoded bitrate
        bool keyframesOnly = false;
        bool mainStream = false;
        friend bool operator==(const Health&, const Health&) = default;
    };

    /// One object drawn over the picture, in the pixels of the frame it was computed on.
    struct OverlayBox {
        QRectF box;
        QString label;
        QColor color;
        QVector<QPointF> trail;
    };

    /// A rule's shape drawn over the picture, in 0..1 of the frame (a zone or a line).
    struct RuleShape {
        QPolygonF zone;
        QLineF line;
        QString label;
    };
    enum class DrawMode { None, Zone, Line };

    explicit VideoTile(QWidget* parent = nullptr);

    void setRuleShapes(const QVector<RuleShape>& shapes);
    /// Lets the operator draw a zone (clicks, then double-click or Enter; Esc cancels) or a line
    /// (two clicks) on the picture; the result comes as zoneDrawn / lineDrawn.
    void startDrawing(DrawMode mode);
    bool isDrawing() const { return m_drawMode != DrawMode::None; }
    /// The rectangle the picture occupies in the tile (letterboxed).
    QRect pictureRect() const;
    /// A rule kind ("zoneIntrusion" …) in the current language.
    static QString ruleKindText(const QString& kind);

    /// Boxes computed on the frame that arrived at `frameArrivalMs`; they are drawn only while
    /// the picture shown is within a second of that frame (stale boxes are dropped).
    void setOverlay(const QVector<OverlayBox>& boxes, QSize frameSize, qint64 frameArrivalMs);
    void setOverlayEnabled(bool on);
    bool overlayEnabled() const { return m_overlayEnabled; }
    /// Whether boxes are drawn right now (enabled, and not stale).
    bool overlayShown() const;
    /// Extra health text from the analytics ("AI 5.0 fps · 42 ms"), appended to the badge.
    void setAnalyticsText(const QString& text);
    /// Why the tile shows this camera (selective monitoring), drawn as a tag under the name;
    /// empty: none.
    void setCaption(const QString& text);
    QString caption() const { return m_caption; }

    void setCamera(const QString& id, const QString& name);
    QString cameraId() const { return m_cameraId; }
    void setFrame(const VideoFrame& frame);
    void setState(State state, int attempt = 0);
    State state() const { return m_state; }
    void setHealth(const Health& health);
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    void clear();
    /// The text shown over the picture for the current state (empty while playing).
    QString stateText() const;
    /// The badge text (for tests and tooltips).
    QString badgeText() const;
    quint64 framesShown() const { return m_framesShown; }
    /// Capture → on-screen time of the last painted frame (-1 when the camera sends no capture
    /// time), and the number of frames actually painted.
    qint64 lastPaintLatencyMs() const { return m_paintLatencyMs; }
    quint64 framesPainted() const { return m_framesPainted; }
    /// Size of the last frame shown (empty before the first).
    QSize frameSize() const { return m_frame.image.size(); }
    /// The picture on the tile now (null when none).
    const VideoFrame& frame() const { return m_frame; }

Q_SIGNALS:
    void doubleClicked();
    /// The operator switched the AI overlay of this tile on or off (context menu).
    void overlayToggled(bool on);
    /// The operator asked for a rule of this kind (context menu): "zoneIntrusion", "loitering",
    /// "lineCrossing", "crowding", "illegalParking", "crosswalkSafety".
    void ruleRequested(const QString& kind);
    void rulesCleared();
    void zoneDrawn(const QPolygonF& normalised);
    void lineDrawn(const QLineF& normalised);
    void cameraDropped(const QString& cameraId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString m_cameraId;
    QString m_cameraName;
    VideoFrame m_frame;
    State m_state = State::Empty;
    int m_attempt = 0;
    Health m_health;
    QTimeZone m_zone;
    quint64 m_framesShown = 0;
    quint64 m_framesPainted = 0;
    quint64 m_lastPaintedSequence = 0;
    qint64 m_paintLatencyMs = -1;
    QVector<OverlayBox> m_overlay;
    QSize m_overlayFrameSize;
    qint64 m_overlayArrivalMs = -1;
    bool m_overlayEnabled = true;
    QString m_analyticsText;
    QString m_caption;
    QVector<RuleShape> m_rules;
    DrawMode m_drawMode = DrawMode::None;
    QPolygonF m_drawing;  ///< points so far, 0..1 of the frame
    void finishDrawing();
};

}  // namespace bg
