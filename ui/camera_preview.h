#pragma once

#include <QDateTime>
#include <QFrame>
#include <QHash>
#include <QImage>

#include <memory>

class QLabel;
class QThread;
class QTimer;

namespace bg {

class EntityStore;
class LiveSource;
class WallController;

/// A camera's latest picture for the map's hover preview: from the wall when the camera plays
/// there (live), else from a short look at its sub stream (a snapshot, kept for a minute so
/// sweeping the pointer over the map does not open a stream per pass).
///
/// Threading: GUI thread; the snapshot's stream runs on the video thread.
class CameraPreviewProvider : public QObject {
    Q_OBJECT
public:
    CameraPreviewProvider(EntityStore* store, WallController* wall, QThread* videoThread,
                          QObject* parent = nullptr);
    ~CameraPreviewProvider() override;

    /// Asks for the camera's picture; `ready` follows (at once when it is on the wall or
    /// cached, else when the stream gave a frame, or `failed` after a few seconds).
    void request(const QString& cameraId);
    /// The pointer went away: stop looking.
    void cancel();
    /// How long a snapshot is reused.
    void setSnapshotTtlMs(int ms) { m_ttlMs = ms; }

Q_SIGNALS:
    void ready(const QString& cameraId, const QImage& image, const QDateTime& capturedAt,
               bool live);
    void failed(const QString& cameraId, const QString& reason);

private:
    struct Cached {
        QImage image;
        QDateTime at;
    };
    void poll();
    void stopGrab();

    EntityStore* m_store;
    WallController* m_wall;
    QThread* m_videoThread;
    QHash<QString, Cached> m_cache;
    int m_ttlMs = 60'000;
    QString m_pending;
    std::unique_ptr<LiveSource> m_grab;
    QTimer* m_poll;
    qint64 m_grabStartMs = 0;
};

/// The small window the map shows beside a hovered camera: its name and its picture.
class CameraPreviewPopup : public QFrame {
    Q_OBJECT
public:
    explicit CameraPreviewPopup(QWidget* parent = nullptr);
    void showLoading(const QString& name, const QPoint& globalPos);
    void showImage(const QString& name, const QImage& image, const QDateTime& at, bool live);
    void showFailure(const QString& name, const QString& reason);
    QString statusText() const;

private:
    void place(const QPoint& globalPos);
    QLabel* m_title;
    QLabel* m_picture;
    QLabel* m_status;
};

}  // namespace bg
